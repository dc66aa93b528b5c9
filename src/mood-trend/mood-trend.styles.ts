import {css} from 'lit';

/**
 * The chart scales with its viewBox (no horizontal scroll at 320 px) and draws with the
 * theme's colours; in forced colours every mark uses system colours so it stays visible.
 */
export const styles = css`
  .base { padding: calc(var(--_space) * 0.75); border-radius: var(--_radius); }
  .title { margin: 0; }
  /*
   * As wide as the column; its height is fixed (in rem, so it grows with the reader's text size),
   * so measuring it never moves the page.
   */
  svg { display: block; width: 100%; height: 9.875rem; direction: ltr; }
  .grid { stroke: var(--_border); stroke-dasharray: 2 4; }
  .ticks { stroke: var(--_border); stroke-width: 1.5; }
  .line { fill: none; stroke: var(--_accent); stroke-width: 2.5; }
  .point { fill: var(--_accent); stroke: var(--_surface); stroke-width: 2; }
  details { margin-block: var(--_space); }
  /* A 44 px target; flex drops the native marker, so the triangle is drawn (and hidden from screen readers). */
  summary { display: inline-flex; align-items: center; gap: 0.5em; min-height: var(--_target); cursor: pointer; }
  summary::before { content: '\\25B8' / ''; }
  [open] > summary::before { content: '\\25BE' / ''; }
  table { width: 100%; border-collapse: collapse; }
  caption, th { text-align: start; }
  th, td { padding: 0.375rem 0.5rem 0.375rem 0; border-block-end: 1px solid var(--_border); }
  tbody th { font-weight: 400; }

  .share { margin-block: var(--_space); }
  .share fieldset { margin: 0 0 var(--_space); padding: 0; border: 0; min-width: 0; }
  .share legend { margin-block-end: 0.5rem; padding: 0; font-weight: 700; }
  .share .choice {
    display: flex; align-items: center; gap: 0.75rem; min-height: var(--_target); margin-block-end: 0.5rem;
    padding: 0.5rem 0.75rem; border: 2px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
  }
  .share input { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--_accent); }
  .share .hint { margin: 0 0 0.75rem; color: var(--_text-muted); }
  .nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
  a.button { text-decoration: none; }
  .sheet { margin-block-end: var(--_space); padding: var(--_space); border: 2px solid var(--_border); border-radius: var(--_radius); }
  .sheet-title { margin: 0; font-size: 1.25em; }
  .sheet-part { margin: var(--_space) 0 0.25rem; font-size: 1em; }
  .sheet ul { margin: 0; padding-inline-start: 1.25em; }

  /* Printed, the widget is the summary alone: one tidy page (A4 or a phone's own paper size). */
  @media print {
    .base > :not(.share), .share > :not(.sheet) { display: none !important; }
    .sheet { border: 0; padding: 0; font-size: 11pt; line-height: 1.35; }
    .sheet ul { columns: 2; column-gap: 2em; }
    .sheet li { break-inside: avoid; }
  }

  @media (forced-colors: active) {
    .grid, .ticks { stroke: GrayText; }
    .line { stroke: CanvasText; }
    .point { fill: CanvasText; stroke: Canvas; }
  }
`;
