import {html, nothing, type TemplateResult} from 'lit';

/**
 * A real h2–h6 element (any other level gives h2). Lit cannot bind a tag name, and
 * static-html would cost more bytes. `focusable` adds tabindex="-1" so focus can be moved to it.
 */
export function heading(level: number, part: string, inner: unknown, focusable = false): TemplateResult {
  const tabindex = focusable ? -1 : nothing;
  switch (level) {
    case 3: return html`<h3 class=${part} part=${part} tabindex=${tabindex}>${inner}</h3>`;
    case 4: return html`<h4 class=${part} part=${part} tabindex=${tabindex}>${inner}</h4>`;
    case 5: return html`<h5 class=${part} part=${part} tabindex=${tabindex}>${inner}</h5>`;
    case 6: return html`<h6 class=${part} part=${part} tabindex=${tabindex}>${inner}</h6>`;
    default: return html`<h2 class=${part} part=${part} tabindex=${tabindex}>${inner}</h2>`;
  }
}

/** Turns any `heading-level` into 2–6 (default 2). */
export function headingLevelOf(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
}
