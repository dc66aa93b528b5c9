import {css} from 'lit';

/**
 * Planner layout, phone first. Everything wraps, so nothing scrolls sideways at 320 px, nor at
 * 200 % text. Words break only where they must: a word wider than its whole box (a parent's
 * own), never one squeezed by its neighbours. Headings are styled by class, not tag, as their
 * levels follow `heading-level`. Each step is one compact row (time, name, minutes, Move up,
 * Move down); its fields open below it. The drag handle and the move arrows are text or borders,
 * not background images, so forced colours keep them. The drop marker and the dragged step
 * differ by border shape as well as colour. The keyboard hint shows only where a keyboard is likely.
 */
export const styles = css`
  /*
   * The shared "anywhere" lets a box shrink to one letter's width, so a name squeezed beside the
   * move buttons at large text broke a letter a line. "break-word" breaks only a word that fits
   * nowhere, and the boxes below (min-width: 0, max-width: 100 %) give it a width to break at.
   */
  :host { --_gap: calc(var(--_space) * 0.75); overflow-wrap: break-word; }
  .base { padding: var(--_gap); border-radius: var(--_radius); }
  .title, [class$=heading] { margin: calc(var(--_space) * 1.5) 0 0.5rem; font-size: 1.125em; line-height: 1.3; }
  .title { margin-block-start: 0; font-size: 1.375em; }
  .subheading { margin: 0; font-size: 1em; }
  p, ul, ol, form, .actions, .field, .status { margin: 0 0 var(--_gap); }
  fieldset { min-width: 0; margin: 0; padding: 0; border: 0; }
  legend, label { font-weight: 600; }
  /* Browsers pad a legend by 2 px: "Or make your own step" would sit in from its fields. */
  legend { padding: 0; }
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
  .minutes { width: 6em; max-width: 100%; }
  .clock { width: 8em; max-width: 100%; }

  .templates, .steps, .cue-lists {
    display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: var(--_gap);
    padding: 0; list-style: none;
  }
  /*
   * The steps' width decides the row's layout (a container query), and their rows are never
   * scroll anchors: a moved row is kept under the finger by the planner itself (keep-in-place.ts).
   */
  .steps { grid-template-columns: minmax(0, 1fr); gap: 0.5rem; container: steps / inline-size; overflow-anchor: none; }
  .card, .run-step, .cues { padding: var(--_gap); border: 2px solid var(--_border); border-radius: var(--_radius); }
  .card, .cues { background: var(--_surface-alt); }
  .card > :first-child, .time, .total { font-weight: 700; }

  .step { padding: 0.25rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .step.open { border: 2px solid var(--_accent); }
  .step-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem; }
  .toggle {
    flex: 1 1 8em; min-width: 0; min-height: var(--_target); display: flex; flex-direction: column; align-items: flex-start;
    padding: 0.25rem 0.5rem; border: 0; border-radius: var(--_radius);
    background: none; color: inherit; font: inherit; text-align: start; cursor: pointer;
  }
  .step-name { max-width: 100%; color: var(--_accent); font-weight: 600; text-decoration: underline; text-underline-offset: 0.15em; }
  [aria-expanded=true] .step-name { text-decoration-thickness: 3px; }
  .step-meta { display: flex; flex-wrap: wrap; gap: 0 0.75rem; color: var(--_text-muted); }
  .time { color: var(--_text); }
  .moves { display: flex; gap: 0.25rem; margin-inline-start: auto; }
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
   * Too narrow for the name beside the handle and both move buttons (a small phone at large
   * text): the name takes the whole first line, and the handle and buttons go on the next.
   */
  @container steps (width < 17.5em) {
    .toggle { flex-basis: 100%; order: -1; padding-inline: 0.25rem; }
    /* The handle takes what the buttons leave of that line, so the three never need a third. */
    .handle { flex: 1 1 0; min-width: 1em; place-items: center start; padding-inline-start: 0.25em; }
  }
  /* Alt+Arrow is for keyboards: said once, above the steps, and only where a keyboard is likely. */
  .keys { display: none; }
  @media (any-hover: hover) and (pointer: fine) {
    .keys { display: block; }
  }

  .run-step, .cues { margin-block-end: var(--_space); }
  .run-heading, .cues .heading { margin-block-start: 0; }
  .run-progress { display: block; color: var(--_text-muted); font-size: 1rem; font-weight: 600; }
  /*
   * The step's name is large, but never so large that one of its words cannot fit the box: at
   * 200 % text on a small phone it shrinks with the box (cqi), to no less than the heading's size.
   */
  .run-step { container-type: inline-size; }
  .run-label { display: block; font-size: clamp(1em, 12cqi, 1.5rem); }
  .note, .tip, .reminders { padding-inline-start: 0.75rem; border-inline-start: 4px solid var(--_accent); }

  /* A crying routine: the safety advice first, set apart by a thick edge as well as its colour. */
  .safety {
    margin-block-end: var(--_gap); padding: var(--_gap); border: 2px solid var(--_border);
    border-inline-start-width: 8px; border-radius: var(--_radius); background: var(--_surface-alt);
  }
  .safety-heading { margin-block-start: 0; }
  .safety p { margin: 0; }
  .break { margin-block-end: var(--_space); background: var(--_surface); }
  .break > .button { width: 100%; }
  .break-heading { margin-block-start: var(--_gap); }
  .break-steps { padding-inline-start: 1.5em; }
  .break-steps li + li, .advice li + li { margin-block-start: 0.5rem; }
  /*
   * "Take a break" stays at the top of the window while the parent scrolls, when the window is
   * tall enough to spare the room (not at 400 % zoom). Open, it stays in place so all of its steps
   * can be read. What takes focus scrolls clear of it. A host with its own fixed header sets
   * --attune-sticky-top to that header's height.
   */
  @media (min-height: 30em) {
    .break:not(.open) { position: sticky; top: var(--attune-sticky-top, 0); z-index: 1; padding-block: 0.5rem; }
    .crying :is(a, button, [tabindex]) { scroll-margin-top: calc(var(--attune-sticky-top, 0px) + var(--_target) + 1.5rem); }
  }
  /*
   * Narrow for its text (a small phone at 200 % text: about ten words' width), the boxes give
   * their sides to the words and lists indent less, so no word has to break.
   */
  .run { container: run / inline-size; }
  @container run (width < 12em) {
    .run-step, .cues { padding-inline: 0; border-inline: 0; border-radius: 0; }
    .safety, .reminders { padding-inline-end: 0.5rem; padding-inline-start: 0.5rem; }
    .run ul, .run ol { padding-inline-start: 1em; }
  }
  .links { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block-start: 0.25rem; }
  .link {
    display: inline-flex; align-items: center; min-height: var(--_target); padding: 0.25rem 0.75rem;
    border: 2px solid var(--_accent); border-radius: var(--_radius); color: var(--_accent); font-weight: 600;
  }

  @media (forced-colors: active) {
    .drop-before, .drop-after, .step.open { border-color: Highlight; }
    .step-name { color: LinkText; }
  }
`;
