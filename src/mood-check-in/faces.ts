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

/** What shows beside an option's word: a drawn face for the built-in mood symbols, else the symbol itself (or nothing). */
export function optionSymbol(symbol: string | undefined): TemplateResult | typeof nothing {
  if (!symbol) return nothing;
  const mouth = mouths[symbol];
  // Every line is a 2-unit stroke in the text colour, set once on the <svg>; the eyes are dots.
  // Closing tags, not "/>": the template minifier reads these as HTML.
  return mouth
    ? html`<svg class="face" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"
        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
        <circle cx="16" cy="16" r="14"></circle>
        <circle cx="11.5" cy="12.5" r="1.75" fill="currentColor" stroke="none"></circle>
        <circle cx="20.5" cy="12.5" r="1.75" fill="currentColor" stroke="none"></circle>
        <path d=${mouth}></path>
      </svg>`
    : html`<span aria-hidden="true">${symbol}</span>`;
}
