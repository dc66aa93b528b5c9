/** Every Attune element, the content sections it needs, and helpers to poke at a pack's leaves. */
import '../../src/help-card.js';
import '../../src/mood-check-in.js';
import '../../src/routine-planner.js';
import '../../src/mood-trend.js';
import '../../src/baby-cues.js';
import type {ContentPack, ContentSection} from '../../src/schema/content.js';

/** What every Attune element has in common, as a host sees it. */
export type AnyWidget = HTMLElement & {content: ContentPack; readonly updateComplete: Promise<boolean>};

/** Each element's tag and the optional pack sections it refuses to run without. */
export const widgets: readonly {tag: string; sections: readonly ContentSection[]}[] = [
  {tag: 'attune-help-card', sections: []},
  {tag: 'attune-mood-check-in', sections: ['checkIn']},
  {tag: 'attune-routine-planner', sections: ['routine']},
  {tag: 'attune-mood-trend', sections: ['trend']},
  {tag: 'attune-baby-cues', sections: ['cues']},
];

/** Creates one element of each kind inside `parent` and waits for their first render. */
export async function mountWidgets(parent: HTMLElement): Promise<AnyWidget[]> {
  const elements = widgets.map(({tag}) => document.createElement(tag) as AnyWidget);
  parent.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

export type Path = (string | number)[];

/** The path of every node under `value` (objects, arrays and leaves), root excluded, depth first. */
export function nodePaths(value: unknown, path: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...path, key], ...nodePaths(child, [...path, key])]);
}

/** The path of every string leaf under `value`. */
export function stringPaths(value: unknown): Path[] {
  return nodePaths(value).filter((path) => typeof getAt(value, path) === 'string');
}

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

/** Replaces (or, with `remove`, deletes) the node at `path` in place. */
export function setAt(value: unknown, path: Path, replacement: unknown, remove = false): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  if (!remove) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

/**
 * Every element under `root`, nested shadow roots included (e.g. the inline help card), but not
 * those of an inert element: no one can see or reach them (the stage where a widget readies its
 * next screens while idle, src/core/prepare.ts).
 */
export function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot && !(el as HTMLElement).inert ? deepElements(el.shadowRoot) : []),
  ]);
}

/** The tag names found in a shadow root, nested shadow roots included. */
export function tagsIn(root: ShadowRoot | Element): Set<string> {
  return new Set(deepElements(root).map((el) => el.localName));
}
