import {css} from 'lit';

/**
 * Check-in look. A chosen option keeps its native radio or checkbox and gets a thicker border
 * (not only a colour), so the choice shows in forced colours and in greyscale. Targets are 44 px.
 * Choices are one column in a narrow widget (as NHS.UK radios are) and a steady grid when wide,
 * with as many columns as make full rows (5 moods in one row), so none is left alone. A control
 * never shrinks when its label wraps, and no word is broken across lines.
 *
 * The widget follows its own width, not the screen's, without a container query: one costs about
 * a tenth of the first render (`bench/first-ab.mjs`). Instead a width of `(W - 100%) * 100000`
 * inside `clamp()` is hugely negative when the box is wider than W and hugely positive when it is
 * narrower, so the clamp takes its lower bound in the first case and its upper in the second.
 * (With a smaller factor, a box a fraction of a pixel under W gets a width in between.)
 */
export const styles = css`
  .base { padding: calc(var(--_space) * 0.75); border-radius: var(--_radius); }
  .title, .result-heading, .ideas-heading { margin: 0 0 var(--_space); font-size: 1.25em; line-height: 1.3; }
  fieldset { margin: 0 0 var(--_space); padding: 0; border: 0; min-width: 0; }
  legend { margin-block-end: 0.5rem; padding: 0; font-weight: 700; }
  .step-legend { font-size: 1.25em; }
  .progress, .hint, .count { display: block; font-size: 1rem; font-weight: 400; color: var(--_text-muted); }
  .hint, .count, .error { margin: 0 0 0.75rem; }
  .question { margin-block-start: calc(var(--_space) * 1.5); }
  .error { padding-inline-start: 0.75rem; border-inline-start: 4px solid; color: var(--_error); font-weight: 700; }
  .nav, .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
  /* Each column is at least the whole grid below 46rem (one column), and a --_cols share of it
     above, less 0.1px so that --_cols columns always fit whatever the rounding. */
  .choices {
    --_cols: 4;
    --_share: calc((100% - (var(--_cols) - 1) * 0.5rem) / var(--_cols) - 0.1px);
    display: grid; gap: 0.5rem;
    grid-template-columns: repeat(auto-fill, minmax(clamp(var(--_share), (46rem - 100%) * 100000, 100%), 1fr));
  }
  .choices[data-columns='2'] { --_cols: 2; }
  .choices[data-columns='3'] { --_cols: 3; }
  .choices[data-columns='5'] { --_cols: 5; }
  /* A choice narrower than 22rem (a phone, or a column of five) has less room around its words,
     and one narrower than 9rem (200 % text on a 320 px phone) less again, so a long word fits. */
  .choice {
    --_pad: clamp(0.375rem, (100% - 9rem) * 100000, clamp(0.5rem, (100% - 22rem) * 100000, 0.75rem));
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; min-height: var(--_target);
    padding: 0.5rem var(--_pad); border: 2px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
    overflow-wrap: normal; word-break: normal; hyphens: manual;
  }
  /* The words wrap beside the radio; only when they cannot get 8 em there (large text) do they go under it. */
  .choice > :last-child { flex: 1 1 0; min-width: min(8em, 100%); }
  .face { flex: none; width: 2rem; height: 2rem; }
  /* The thicker border takes its 2px from the padding, so the words do not move. */
  .choice:has(:checked) { padding: calc(0.5rem - 2px) calc(var(--_pad) - 2px); border: 4px solid var(--_accent); background: var(--_surface-alt); }
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
