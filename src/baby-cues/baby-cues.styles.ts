import {css} from 'lit';

/**
 * The guide's look. A ticked box keeps its native checkbox and gets a thicker border (not only a
 * colour), so the tick shows in forced colours and in greyscale. Targets are 44 px; choices are
 * one column in a narrow widget and two when wide, and reflow at 320 px and 200 % text (a
 * control never shrinks, no word is broken). The signs of illness sit in their own framed group
 * with a thick edge and a warning sign drawn before the legend, so they never look like an
 * everyday cue, even without colour.
 */
export const styles = css`
  /* A container takes no width from its content, so in a host's flex row or fit-content box the
     guide would shrink to a sliver: there it is a phone's width instead. */
  .base {
    container-type: inline-size; contain-intrinsic-inline-size: 20rem;
    padding: calc(var(--_space) * 0.75); border-radius: var(--_radius);
  }
  .title, .notice-heading, .reading-heading, .repair-heading { margin: 0 0 var(--_space); font-size: 1.25em; line-height: 1.3; }
  .steps-heading, .say-heading, .save-heading { margin: var(--_space) 0 0.5rem; font-size: 1.125em; line-height: 1.3; }
  p { margin: 0 0 var(--_space); }
  fieldset { margin: 0 0 var(--_space); padding: 0; border: 0; min-width: 0; }
  legend { margin-block-end: 0.5rem; padding: 0; font-weight: 700; }
  .band-legend { font-size: 1.125em; }
  .hint, .about { color: var(--_text-muted); }
  .hint { margin-block-end: 0.75rem; }
  .choices { display: grid; grid-template-columns: 1fr; gap: 0.5rem; }
  @container (min-width: 40rem) {
    .choices { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
  .choice {
    display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.25rem 0.75rem; min-height: var(--_target);
    padding: 0.5rem 0.75rem; border: 2px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
    overflow-wrap: normal; word-break: normal; hyphens: manual;
  }
  .choice:has(:checked) { padding: calc(0.5rem - 2px) calc(0.75rem - 2px); border: 4px solid var(--_accent); background: var(--_surface-alt); }
  /* Large text in a narrow widget (200 % on a 320 px phone): less room around each choice and
     the signs, and a choice's words go under its box when they cannot fit beside it. */
  @container (max-width: 22rem) {
    .choice { gap: 0.25rem 0.5rem; padding-inline: 0.375rem; }
    .choice:has(:checked) { padding-inline: calc(0.375rem - 2px); }
    .red-flags { padding-inline: 0.375rem 0.25rem; border-inline-start-width: 6px; }
  }
  input { flex: none; width: 1.5rem; height: 1.5rem; margin: 0.125rem 0 0; accent-color: var(--_accent); }
  .words, .choice > span { display: flex; flex-direction: column; flex: 1 1 9rem; min-width: 0; }
  .name { font-weight: 600; }
  .red-flags {
    padding: calc(var(--_space) * 0.75); border: 2px solid var(--_border);
    border-inline-start-width: 8px; border-radius: var(--_radius);
  }
  .red-flags > legend { padding-inline: 0.25rem; }
  .red-flags > legend::before {
    content: ''; display: inline-block; width: 1.25em; height: 1.125em; margin-inline-end: 0.375rem; vertical-align: -0.125em;
    background: currentColor; clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .error { padding-inline-start: 0.75rem; border-inline-start: 4px solid; color: var(--_error); font-weight: 700; }
  .show, .actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-block: var(--_space); }
  .show .error { flex-basis: 100%; margin: 0; }
  /* The baby's help and its first call action come on screen with room around them. */
  .baby-help, .help { scroll-margin-block: var(--_space); margin-block-end: var(--_space); }
  .baby-help attune-help-card::part(action) { scroll-margin-block: var(--_space); }
  .reading { margin-block-start: calc(var(--_space) * 1.5); padding-block-start: var(--_space); border-block-start: 2px solid var(--_border); }
  .eyebrow { display: block; font-size: 1rem; font-weight: 400; color: var(--_text-muted); }
  .reading-title { display: block; }
  .for-you { padding-inline-start: 0.75rem; border-inline-start: 4px solid var(--_border); font-style: italic; }
  ol, ul { margin: 0 0 var(--_space); padding-inline-start: 1.5em; }
  li + li { margin-block-start: 0.25em; }
  .say li { font-weight: 600; }
  .save { margin-block-start: var(--_space); }
  .note-label { display: block; margin-block-end: 0.25rem; font-weight: 700; }
  textarea {
    display: block; width: 100%; min-height: 5rem; padding: 0.5rem; field-sizing: content;
    border: 2px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: inherit; font: inherit;
  }
  /* Not by colour alone: forced colours repaint every border the same, so an error also thickens it. */
  textarea[aria-invalid] { padding: calc(0.5rem - 2px); border: 4px solid var(--_error); }
  .saved { font-weight: 700; }
  .saved:not(:empty)::before { content: '✓' / ''; margin-inline-end: 0.375rem; }
  .repair { margin-block-start: calc(var(--_space) * 1.5); padding-block-start: var(--_space); border-block-start: 2px solid var(--_border); }
  summary {
    display: flex; align-items: center; min-height: var(--_target); cursor: pointer;
    color: var(--_accent); font-weight: 700;
  }
  summary > span { text-decoration: underline; text-underline-offset: 0.2em; }
  summary::before { content: '▸'; margin-inline-end: 0.5rem; }
  details[open] > summary::before { content: '▾'; }
  .repair-body { padding-block-start: 0.5rem; }

  @media (forced-colors: active) {
    .red-flags > legend::before { forced-color-adjust: none; background: CanvasText; }
    summary { color: LinkText; }
  }
`;
