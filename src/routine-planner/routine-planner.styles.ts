import {css} from 'lit';

/**
 * Planner layout, phone first. Everything wraps, so nothing scrolls sideways at 320 px. Headings
 * are styled by class, not tag, as their levels follow `heading-level`. Each step is one compact
 * row (time, name, minutes, Move up, Move down); its fields open below it. The drag handle and
 * the move arrows are text or borders, not background images, so forced colours keep them. The
 * drop marker and the dragged step differ by border shape as well as colour. The keyboard hint
 * shows only where a keyboard is likely, and stays in the accessible description everywhere.
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
  .clock { width: 8em; }

  .templates, .steps, .cue-lists {
    display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: var(--_gap);
    padding: 0; list-style: none;
  }
  .steps { grid-template-columns: 1fr; gap: 0.5rem; }
  .card, .run-step, .cues { padding: var(--_gap); border: 2px solid var(--_border); border-radius: var(--_radius); }
  .card, .cues { background: var(--_surface-alt); }
  .card > :first-child, .time, .total { font-weight: 700; }

  .step { padding: 0.25rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .step.open { border: 2px solid var(--_accent); }
  .step-row { display: flex; align-items: center; gap: 0.25rem; }
  .toggle {
    flex: 1; min-width: 0; min-height: var(--_target); display: flex; flex-direction: column; align-items: flex-start;
    padding: 0.25rem 0.5rem; border: 0; border-radius: var(--_radius);
    background: none; color: inherit; font: inherit; text-align: start; cursor: pointer;
  }
  .step-name { color: var(--_accent); font-weight: 600; text-decoration: underline; text-underline-offset: 0.15em; }
  [aria-expanded=true] .step-name { text-decoration-thickness: 3px; }
  .step-meta { display: flex; flex-wrap: wrap; gap: 0 0.75rem; color: var(--_text-muted); }
  .time { color: var(--_text); }
  .move { flex: none; width: var(--_target); padding: 0; }
  .move::before {
    content: ''; width: 0.6em; height: 0.6em; border: solid currentColor; border-width: 3px 3px 0 0;
    transform: translateY(0.15em) rotate(-45deg);
  }
  .move.down::before { transform: translateY(-0.15em) rotate(135deg); }
  .step-body { margin: 0.25rem 0.5rem 0.5rem; padding-block-start: var(--_gap); border-block-start: 1px solid var(--_border); }
  .step-body .actions { margin: 0; }
  .dragging { border-style: dashed; opacity: 0.7; }
  .drop-before { border-block-start: 6px solid var(--_accent); }
  .drop-after { border-block-end: 6px solid var(--_accent); }
  .handle {
    flex: none; display: grid; place-items: center; width: var(--_target); height: var(--_target);
    color: var(--_text-muted); font-size: 1.5em; cursor: grab; touch-action: none;
  }
  /*
   * Alt+Arrow is for keyboards: shown where one is likely. Elsewhere it is hidden but still each
   * row's accessible description (aria-describedby reads hidden text), so a screen reader says it.
   */
  .keys { display: none; }
  @media (any-hover: hover) and (pointer: fine) {
    .keys { display: block; }
  }

  .run-step, .cues { margin-block-end: var(--_space); }
  .run-heading, .cues .heading { margin-block-start: 0; }
  .run-progress { display: block; color: var(--_text-muted); font-size: 1rem; font-weight: 600; }
  .run-label { display: block; font-size: 1.5rem; }
  .note, .tip, .reminders { padding-inline-start: 0.75rem; border-inline-start: 4px solid var(--_accent); }

  @media (forced-colors: active) {
    .drop-before, .drop-after, .step.open { border-color: Highlight; }
    .step-name { color: LinkText; }
  }
`;
