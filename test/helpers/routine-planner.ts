/** The harness of `<attune-routine-planner>`: mounted on the shared stage, and read as a parent sees it. */
import '../../src/routine-planner.js';
import type {AttuneRoutinePlanner} from '../../src/routine-planner.js';
import type {ContentPack, PackWith} from '../../src/schema/content.js';
import type {Routine} from '../../src/schema/routine-data.js';
import {applyTemplate, createRoutine} from '../../src/routine-planner/routine.js';
import {$, $$, textOf} from '../../fixtures/read.js';
import {mount} from './stage.js';

/** A planner on the stage with `content` and a copy of `routine`, if given, in `mode` (edit unless told). */
export function mountPlanner(
  props: {routine?: Routine; content?: ContentPack; mode?: 'edit' | 'run'} = {},
): Promise<AttuneRoutinePlanner> {
  const {routine, ...rest} = props;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return mount<AttuneRoutinePlanner>('attune-routine-planner', {
    ...given,
    ...(routine && {routine: structuredClone(routine)}),
  });
}

/** The routine the pack's idea `templateId` gives, in the pack's own words, made on a fixed day. */
export function routineFrom(pack: PackWith<'routine'>, templateId: string): Routine {
  const day = new Date('2026-11-27T18:00:00Z');
  const template = pack.routine.templates.find((t) => t.id === templateId)!;
  return applyTemplate(createRoutine(day), template, pack.routine.library, day);
}

/** The value of every step's field `name` (label, minutes, note), in order. */
export const values = (el: AttuneRoutinePlanner, name: string) =>
  $$<HTMLInputElement>(el, `li.step input[name=${name}]`).map((i) => i.value);
/** Every step's clock time, in order. */
export const times = (el: AttuneRoutinePlanner) => $$(el, 'li.step .time').map(textOf);
/** The button that opens and closes the step `id`'s fields. */
export const toggleOf = (el: AttuneRoutinePlanner, id: string) =>
  $<HTMLButtonElement>(el, `li[data-id="${id}"] .toggle`)!;
/** What the live region last said. */
export const status = (el: AttuneRoutinePlanner) => textOf($(el, '[role=status]'));

/**
 * The words of the planner's visible text that are split across two lines (broken inside the
 * word, not wrapped between words), found by asking the browser how many lines each word's
 * text sits on. Words are split at spaces and hyphens, where a break is allowed.
 */
export function brokenWords(el: Element): string[] {
  const broken: string[] = [];
  const texts = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
    // Screen-reader-only text is 1 px wide on purpose; nobody sees it.
    if (node.parentElement?.closest('.visually-hidden')) continue;
    for (const word of node.data.matchAll(/[^\s\-‐–]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(word[0]);
    }
  }
  return broken;
}

/** How far the page scrolls sideways: 0 when it does not. */
export function sidewaysScroll(): number {
  const page = document.scrollingElement!;
  return page.scrollWidth - page.clientWidth;
}

/** Sets the page's text size as a browser's text-size setting does (the root font size); '' puts it back. */
export function setTextSize(size: '200%' | ''): void {
  document.documentElement.style.fontSize = size;
}
