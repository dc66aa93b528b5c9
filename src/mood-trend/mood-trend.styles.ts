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

  @media (forced-colors: active) {
    .grid, .ticks { stroke: GrayText; }
    .line { stroke: CanvasText; }
    .point { fill: CanvasText; stroke: Canvas; }
  }
`;
