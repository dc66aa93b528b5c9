import {css} from 'lit';

/**
 * Planner layout. Everything wraps, so nothing scrolls sideways at 320 px. Headings are styled
 * by class, not tag, as their levels follow `heading-level`. The drag handle is a text glyph, not
 * a background image, so forced colours keep it. The drop marker
 * and the dragged step differ by border shape as well as colour, so they survive forced colours.
 */
export const styles = css`
  :host { --_gap: calc(var(--_space) * 0.75); }
  .base { padding: var(--_gap); border-radius: var(--_radius); }
  .title, [class$=heading] { margin: calc(var(--_space) * 1.5) 0 0.5rem; font-size: 1.125em; line-height: 1.3; }
  .title { margin-block-start: 0; font-size: 1.375em; }
  .subheading { margin: 0; font-size: 1em; }
  p, ul, ol, form, .actions, .field, .status { margin: 0 0 var(--_gap); }
  fieldset { min-width: 0; margin: 0; padding: 0; border: 0; }
  legend, label { font-weight: 600; }
  .hint { color: var(--_text-muted); }
  .error { color: var(--_error); font-weight: 600; }

  .row, .actions, .status { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5rem var(--_gap); }
  .field { display: flex; flex-direction: column; gap: 0.25rem; min-width: 0; }
  .field p, .status p { margin: 0; }
  .row > :first-child { flex: 1 1 12rem; }
  .input {
    width: 100%; min-height: var(--_target); padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); color: inherit; font: inherit;
  }
  .input[aria-invalid] { border-width: 3px; border-color: var(--_error); }
  .minutes { width: 6em; }

  .templates, .steps, .cue-lists {
    display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: var(--_gap);
    padding: 0; list-style: none;
  }
  .steps { grid-template-columns: 1fr; }
  .card, .step, .run-step, .cues { padding: var(--_gap); border: 2px solid var(--_border); border-radius: var(--_radius); }
  .card, .cues { background: var(--_surface-alt); }
  .card > :first-child, .time, .total { font-weight: 700; }

  .step { display: flex; gap: 0.5rem; align-items: flex-start; }
  .step-body { flex: 1; }
  .dragging { border-style: dashed; opacity: 0.7; }
  .drop-before { border-block-start: 6px solid var(--_accent); }
  .drop-after { border-block-end: 6px solid var(--_accent); }
  .handle {
    flex: none; display: grid; place-items: center; width: var(--_target); height: var(--_target);
    color: var(--_text-muted); font-size: 1.5em; cursor: grab; touch-action: none;
  }

  .run-step, .cues { margin-block-end: var(--_space); }
  .run-heading, .cues .heading { margin-block-start: 0; }
  .run-label { font-size: 1.5em; font-weight: 700; }
  .note, .tip, .reminders { padding-inline-start: 0.75rem; border-inline-start: 4px solid var(--_accent); }

  @media (forced-colors: active) {
    .drop-before, .drop-after { border-color: Highlight; }
  }
`;
