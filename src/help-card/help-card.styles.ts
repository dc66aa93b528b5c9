import {css} from 'lit';

/**
 * Care-card look. Each level has its own border shape (not only its own colour), so the
 * difference survives greyscale, print and forced colours. An emergency reads as more urgent
 * than an urgent card at a glance, in every scheme, without colour: it has a thick frame all
 * round, a warning sign drawn before its heading and, as on NHS.UK, a dark body with light text;
 * an urgent card has a light body and a thick top edge only (in a dark scheme its heading is
 * outlined, not filled, so the emergency's filled heading still stands out). The level colours
 * read their public `--attune-*` property right where they are used; hosts set them on the
 * element or above, so the value is the same.
 */
export const styles = css`
  .card {
    --_level: var(--attune-color-non-urgent, light-dark(#1f5aa6, #8dbdff));
    margin-block: 0 calc(var(--_space) * 1.5);
    border: 2px solid var(--_level);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .card.emergency {
    --_level: var(--attune-color-emergency, light-dark(#a4161a, #ff8e8e));
    border-width: 6px;
    background: var(--attune-color-emergency-surface, light-dark(#212b32, #000));
    color: var(--attune-color-on-emergency-surface, #fff);
  }
  .emergency .heading { font-size: 1.375em; }
  .emergency .heading::before {
    content: ''; display: inline-block; width: 24px; height: 22px; margin-inline-end: .5rem; vertical-align: -2px;
    background: currentColor;
    clip-path: path(evenodd, "M12 0L24 22H0Z M10.5 7H13.5V14H10.5Z M10.5 16H13.5V19H10.5Z");
  }
  .card.urgent { --_level: var(--attune-color-urgent, light-dark(#a4161a, #ff8e8e)); border-width: 6px 2px 2px; }
  .urgent .heading {
    background: light-dark(var(--_level), transparent);
    color: light-dark(var(--attune-color-on-level, #ffffff), var(--_level));
  }
  .card.support {
    --_level: var(--attune-color-support, light-dark(#4b5560, #b9c0c8));
    border-width: 0;
    border-inline-start: 6px solid var(--_level);
    border-radius: 0;
    color: var(--_text);
  }
  .heading {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_level);
    color: var(--attune-color-on-level, light-dark(#ffffff, #141414));
    font-size: 1.25em;
    line-height: 1.3;
  }
  .support .heading { background: transparent; color: inherit; padding-block-end: 0; }
  .body { padding: var(--_space); }
  .body > :first-child { margin-block-start: 0; }
  .body > :last-child { margin-block-end: 0; }
  .signs { margin-block: 0 var(--_space); padding-inline-start: 1.5em; }
  .signs li + li { margin-block-start: 0.25em; }
  .catch-all { font-weight: 600; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; margin: var(--_space) 0 0; padding: 0; }
  .action {
    display: inline-flex; align-items: center;
    min-height: var(--_target); min-width: var(--_target);
    padding: 0.5rem 1rem;
    border: 2px solid currentColor; border-radius: var(--_radius);
    color: inherit; font-weight: 700; text-decoration: underline; text-underline-offset: 0.2em;
  }
  /* The accent only where the body is the widget's own surface, which the accent is chosen for.
     Urgent and emergency actions keep the card's text colour: it always contrasts with the card's
     body, dark or light, whatever a theme sets. */
  .non-urgent .action, .support .action { color: var(--_accent); }
  .action:hover { text-decoration-thickness: 3px; }
  /* The emergency body may be dark (as in the NHS theme): ring it in its own text colour so
     focus always shows on the most important link. */
  .emergency .action:focus-visible { outline-color: currentColor; }
  /* The first call action of a crisis card is in view when the card takes focus. */
  .card { scroll-margin-block: var(--_space); }

  /* The partner part: a disclosure after the card's own actions, set apart by a rule. Its summary
     is a 44 px target; flex drops the native marker, so the triangle is drawn (and hidden from
     screen readers), and points the way the text runs. */
  .partner {
    margin-block-start: calc(var(--_space) * 1.25);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid currentColor;
  }
  .partner-summary {
    display: flex; align-items: center; gap: 0.5em;
    min-height: var(--_target); width: fit-content; max-width: 100%;
    cursor: pointer; font-weight: 700;
    text-decoration: underline; text-underline-offset: 0.2em;
  }
  .partner-summary:hover { text-decoration-thickness: 3px; }
  .partner-summary::before { content: '\\25B8' / ''; flex: none; }
  [dir='rtl'] .partner-summary::before { content: '\\25C2' / ''; }
  .partner[open] > .partner-summary::before { content: '\\25BE' / ''; }
  .emergency .partner-summary:focus-visible { outline-color: currentColor; }
  .partner-body { padding-block-start: calc(var(--_space) * 0.5); }
  .partner-heading { margin: var(--_space) 0 0.5em; font-size: 1.125em; line-height: 1.3; }
  /* The signs to call 999 for are marked as the emergency they are, by a thick edge, not colour alone. */
  .partner-emergency {
    border-inline-start: 6px solid var(--attune-color-emergency, light-dark(#a4161a, #ff8e8e));
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .partner-emergency > .partner-heading { margin-block-start: 0; }
  .partner-list { margin-block: 0 var(--_space); padding-inline-start: 1.5em; }
  .partner-list li + li { margin-block-start: 0.25em; }
  .partner .actions { margin-block: 0 var(--_space); }
  .partner-body > :last-child { margin-block-end: 0; }

  @media print {
    .card { break-inside: avoid; }
    .heading, .urgent .heading { background: transparent; color: inherit; }
    .card.emergency { background: none; color: #000; }
    .action::after { content: ' (' attr(href) ')'; font-weight: 400; }
    /* On paper the partner part cannot be opened: print what it holds. */
    .partner::details-content { content-visibility: visible; }
  }
  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    .heading { background: Canvas; color: CanvasText; }
    .emergency .heading::before { forced-color-adjust: none; background: CanvasText; }
    .action { border-color: LinkText; color: LinkText; }
    .partner, .partner-emergency { border-color: CanvasText; }
  }
`;
