import {css} from 'lit';

/**
 * Check-in look. A chosen option keeps its native radio or checkbox and gets a thicker border
 * (not only a colour), so the choice shows in forced colours and in greyscale. Targets are 44 px.
 * Choices are one column in a narrow widget (as NHS.UK radios are) and a steady grid when wide,
 * with as many columns as make full rows (5 moods in one row), so none is left alone. A control
 * never shrinks when its label wraps, and no word is broken across lines.
 */
export const styles = css`
  .base { container-type: inline-size; padding: calc(var(--_space) * 0.75); border-radius: var(--_radius); }
  .title, .result-heading, .ideas-heading { margin: 0 0 var(--_space); font-size: 1.25em; line-height: 1.3; }
  fieldset { margin: 0 0 var(--_space); padding: 0; border: 0; min-width: 0; }
  legend { margin-block-end: 0.5rem; padding: 0; font-weight: 700; }
  .step-legend { font-size: 1.25em; }
  .progress, .hint, .count { display: block; font-size: 1rem; font-weight: 400; color: var(--_text-muted); }
  .hint, .count, .error { margin: 0 0 0.75rem; }
  .question { margin-block-start: calc(var(--_space) * 1.5); }
  .error { padding-inline-start: 0.75rem; border-inline-start: 4px solid; color: var(--_error); font-weight: 700; }
  .nav, .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
  .choices { display: grid; grid-template-columns: 1fr; gap: 0.5rem; }
  @container (min-width: 46rem) {
    .choices { --_cols: 4; grid-template-columns: repeat(var(--_cols), minmax(0, 1fr)); }
    .choices[data-columns='2'] { --_cols: 2; }
    .choices[data-columns='3'] { --_cols: 3; }
    .choices[data-columns='5'] { --_cols: 5; }
  }
  .choice {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; min-height: var(--_target);
    padding: 0.5rem 0.75rem; border: 2px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
    overflow-wrap: normal; word-break: normal; hyphens: manual;
  }
  /* The words wrap beside the radio; only when they cannot get 8 em there (large text) do they go under it. */
  .choice > :last-child { flex: 1 1 0; min-width: min(8em, 100%); }
  /* Large text in a narrow widget (200 % on a 320 px phone): less room around each choice. */
  @container (max-width: 22rem) {
    .choice { gap: 0.25rem 0.5rem; padding-inline: 0.5rem; }
    .choice:has(:checked) { padding-inline: calc(0.5rem - 2px); }
  }
  .face { flex: none; width: 2rem; height: 2rem; }
  .choice:has(:checked) { padding: calc(0.5rem - 2px) calc(0.75rem - 2px); border: 4px solid var(--_accent); background: var(--_surface-alt); }
  input { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--_accent); }
  /* A crisis card that takes focus shows its first call action on a phone screen. */
  .help { scroll-margin-block: var(--_space); }
  /* Brought into view after a crisis card takes focus: not flush with the screen's edge. */
  .help attune-help-card::part(action) { scroll-margin-block: var(--_space); }
  textarea {
    display: block; width: 100%; min-height: 8rem; margin-block-end: 0.5rem; padding: 0.5rem;
    border: 2px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: inherit; font: inherit;
  }
  /* Not by colour alone: forced colours repaint every border the same, so an error also thickens it. */
  textarea[aria-invalid] { padding: calc(0.5rem - 2px); border: 4px solid var(--_error); }
  .row { padding-block: 0.75rem; border-block-end: 1px solid var(--_border); }
  dt { flex: 1 1 12rem; font-weight: 700; }
  dd { flex: 2 1 12rem; margin: 0; white-space: pre-wrap; }
  dd + dd { flex: none; }
  ul { margin: 0; padding-inline-start: 1.25em; }
  .ideas { margin-block-end: var(--_space); }
  .now { margin: 0 0 var(--_space); font-size: 1.125em; }
  .now strong { display: block; font-size: 1.25em; }
`;
