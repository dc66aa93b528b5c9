/**
 * Keeping a moved step under the finger. Move up and Move down swap a step with its neighbour,
 * so the row a parent just pressed jumps one row away, and a second tap in the same spot would
 * press the neighbour's button and move a different step. Scrolling by exactly how far the row
 * moved puts it back under the finger. At the very top of the page there is nothing to scroll:
 * there the row still moves away.
 */

/** Where `el`'s top is on screen now, to give `keepInPlace` after the change. */
export function screenTop(el: Element | null | undefined): number | undefined {
  return el?.getBoundingClientRect().top;
}

/** Scrolls what holds `el` (its innermost scrolling box first, the page last) until its top is back at `top`. */
export function keepInPlace(el: Element, top: number): void {
  for (const scroller of scrollersOf(el)) {
    const off = el.getBoundingClientRect().top - top;
    if (Math.abs(off) < 0.5) return;
    // 'instant' even on a page that scrolls smoothly: the row must be there before the next tap.
    scroller.scrollBy({top: off, behavior: 'instant'});
  }
}

function* scrollersOf(el: Element): Generator<Element> {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const {overflowY} = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) yield node;
  }
  yield document.scrollingElement ?? document.documentElement;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  return node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
}
