/**
 * A widget on a page as a host puts it there (between two page buttons), and ways to read
 * and drive it as a person would: real mouse clicks, the element with focus, reflow checks.
 */
import {nextFrame} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {deepElements, type AnyWidget} from './widgets.js';
import {textOf} from '../../fixtures/read.js';

export {find, option} from '../../fixtures/read.js';

// ---- the stage: a widget between two page buttons, as on a host page ----------------------

let stage: HTMLDivElement | undefined;
export const pageButton = (which: 'before' | 'after') => stage!.querySelector<HTMLButtonElement>(`#${which}`)!;

/**
 * Puts a fresh `tag` on a fresh stage (the last one goes) with `attributes` and `props` set as a
 * host would, and waits for it to render. Every widget harness (help-card.ts, check-in.ts,
 * routine-planner.ts, mood-trend.ts, states.ts) mounts through this.
 */
export async function mount<T extends AnyWidget>(
  tag: string,
  props: Record<string, unknown> = {},
  attributes: Record<string, string> = {},
): Promise<T> {
  stage?.remove();
  stage = document.createElement('div');
  stage.innerHTML = '<button id="before">before</button><div id="slot"></div><button id="after">after</button>';
  document.body.append(stage);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, props);
  stage.querySelector('#slot')!.append(el);
  await settle(el);
  return el;
}

/** Waits for the widget and every widget nested in it (the inline help card), then a frame. */
export async function settle(el: Element): Promise<void> {
  await (el as AnyWidget).updateComplete;
  for (const nested of el.shadowRoot ? deepElements(el.shadowRoot) : [])
    if (nested.localName.startsWith('attune-')) await (nested as AnyWidget).updateComplete;
  await nextFrame();
}

// ---- reading and driving a widget as a person would ---------------------------------------

/** The focused element, looked up through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when `node` is `host` or inside it, across shadow boundaries. */
export function isInside(host: Element, node: Node | null): boolean {
  for (; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) if (node === host) return true;
  return false;
}

/** A short name for an element in failure messages. */
export function nameOf(el: Element | null): string {
  if (!el) return 'nothing';
  const id = el.id ? `#${el.id}` : '';
  const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
  return `<${el.localName}${id}${cls}> "${textOf(el).slice(0, 40)}"`;
}

/** A real mouse click in the middle of `target`, then the mouse is moved away (no hover left behind). */
export async function click(widget: Element, target: Element): Promise<void> {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
  // Moved, not reset: a reset lifts every button where the pointer is, which Chromium can take
  // as a second click on whatever the first one put there (an Undo in place of a Remove).
  await sendMouse({type: 'move', position: [0, 0]});
  await settle(widget);
}

/** Takes the stage off the page. */
export function removeStage(): void {
  stage?.remove();
  stage = undefined;
}

/** Horizontal scroll, boxes past the right edge, and content cut off by overflow: hidden or clip. */
export function reflowProblems(widget: Element, width: number): string[] {
  const problems: string[] = [];
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > width) problems.push(`the page scrolls sideways (scrollWidth ${pageWidth})`);
  for (const el of deepElements(widget.shadowRoot!)) {
    // Screen-reader-only text is clipped to 1 px on purpose; nobody sees it.
    if (el.closest('.visually-hidden')) continue;
    const right = el.getBoundingClientRect().right;
    if (right > width + 0.5) problems.push(`${nameOf(el)} ends at ${right.toFixed(1)} px`);
    const {overflowX} = getComputedStyle(el);
    if ((overflowX === 'hidden' || overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${nameOf(el)} cuts off its content (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
  }
  return problems;
}
