import {html, nothing, type TemplateResult} from 'lit';

/**
 * A real h2–h6 element: a level past 6 gives h6 (a sub-heading never jumps back up to h2) and
 * anything else below 3 gives h2. One plain template per level: `lit/static-html.js` could bind
 * the tag name, but it looks its template up by joining strings on every call, and headings are
 * in every render. `focusable` adds tabindex="-1" so focus can be moved to it.
 */
export function heading(level: number, part: string, inner: unknown, focusable = false): TemplateResult {
  const tabindex = focusable ? -1 : nothing;
  switch (Math.min(level, 6)) {
    case 3:
      return html`<h3 class=${part} part=${part} tabindex=${tabindex}>${inner}</h3>`;
    case 4:
      return html`<h4 class=${part} part=${part} tabindex=${tabindex}>${inner}</h4>`;
    case 5:
      return html`<h5 class=${part} part=${part} tabindex=${tabindex}>${inner}</h5>`;
    case 6:
      return html`<h6 class=${part} part=${part} tabindex=${tabindex}>${inner}</h6>`;
    default:
      return html`<h2 class=${part} part=${part} tabindex=${tabindex}>${inner}</h2>`;
  }
}

/** A heading level a widget takes: its own heading's, from `<h2>` to `<h6>`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Turns any `heading-level` into 2–6 (default 2). */
export function headingLevelOf(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
}

/**
 * A widget's heading levels: `[level, level + 1, …]`, `depth` of them, from its `heading-level`
 * (see `headingLevelOf`), each at most 6. `const [title, sub] = headingLevels(this.headingLevel, 2)`.
 */
export function headingLevels(value: unknown, depth: number): number[] {
  const level = headingLevelOf(value);
  return Array.from({length: depth}, (_, below) => Math.min(level + below, 6));
}
