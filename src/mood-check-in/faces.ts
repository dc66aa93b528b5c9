import {html, nothing, type TemplateResult} from 'lit';

/**
 * The mood faces as inline SVG, so they show without an emoji font (emoji draw as empty boxes
 * there) and look the same on every phone. Drawn in `currentColor` with attributes only (no
 * inline style, so a strict Content-Security-Policy holds), hidden from screen readers: the
 * option's word stays its accessible name. A symbol the pack chose that is not one of these
 * faces is shown as it is.
 */
const mouths: Record<string, string> = {
  '😞': 'M10 23 Q16 17 22 23', // very low: a deep frown
  '🙁': 'M11 22 Q16 19 21 22', // low: a small frown
  '😐': 'M11 21 H21', // okay: a straight mouth
  '🙂': 'M11 20 Q16 23 21 20', // good: a small smile
  '😊': 'M10 19 Q16 25 22 19', // very good: a wide smile
};

/** The face's outline: a circle of radius 14 around (16, 16), as two arcs. */
const OUTLINE = 'M2 16a14 14 0 1 0 28 0a14 14 0 1 0-28 0';

/** What shows beside an option's word: a drawn face for the built-in mood symbols, else the symbol itself (or nothing). */
export function optionSymbol(symbol: string | undefined): TemplateResult | typeof nothing {
  if (!symbol) return nothing;
  const mouth = mouths[symbol];
  // Two paths, not five shapes: fewer nodes in every check-in. The outline and the mouth are one
  // 2-unit stroke in the text colour; the eyes are zero-length lines with round 3.5-unit caps (dots).
  // Closing tags, not "/>": the template minifier reads these as HTML.
  return mouth
    ? html`<svg class="face" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"
        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
        <path d=${OUTLINE + mouth}></path>
        <path d="M11.5 12.5h0M20.5 12.5h0" stroke-width="3.5"></path>
      </svg>`
    : html`<span aria-hidden="true">${symbol}</span>`;
}
