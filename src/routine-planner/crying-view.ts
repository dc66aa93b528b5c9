import {html, nothing, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {heading} from '../core/heading.js';
import type {CryingWords, RoutineContent, RoutineReminder} from '../schema/routine.js';

/**
 * Pieces of run mode for a routine that calms a crying baby, where a parent may be near the end
 * of their tether: the safety advice comes first, "Take a break" stays within reach, and the
 * end asks "Still crying?" with what to do next.
 */
export interface CryingView {
  words: CryingWords;
  /** The section heading level (one below the title). */
  level: number;
  /** The safe-break steps are showing. */
  breakOpen: boolean;
  toggleBreak(): void;
}

/**
 * Never shake; it is OK to put the baby down and step away: first on the screen, so it is seen
 * before anything else. Its heading takes focus when the routine starts, so it is heard first too.
 * Then "Take a break", a disclosure that shows the safe-break steps in place; while closed it
 * sticks to the top of the window (routine-planner.styles.ts), so it is always within reach.
 */
export function safetyFirst(view: CryingView): TemplateResult {
  const {words, level, breakOpen} = view;
  return html`<section class="safety" part="safety">
      ${heading(level, 'safety-heading', words.heading, true)}
      <p>${words.text}</p>
    </section>
    <div class="break ${breakOpen ? 'open' : ''}" part="break">
      <button type="button" class="button primary" part="button" aria-expanded=${breakOpen ? 'true' : 'false'}
        aria-controls="break-steps" @click=${view.toggleBreak}>${words.takeBreak}</button>
      <div id="break-steps" ?hidden=${!breakOpen}>
        ${heading(level, 'break-heading', words.breakHeading, true)}
        <ol class="break-steps">${words.breakSteps.map((step) => html`<li>${step}</li>`)}</ol>
      </div>
    </div>`;
}

/** The end of a crying routine: "Still crying?", what to do next, and Start again. */
export function stillCrying(view: CryingView, ui: RoutineContent['ui'], again: () => void): TemplateResult {
  const {stillCrying: words} = view.words;
  return html`${heading(view.level, 'run-heading', words.heading, true)}
    <p>${words.intro}</p>
    ${adviceList(words.items)}
    <div class="actions">${button(ui.runAgain, again, {kind: 'primary'})}</div>`;
}

/**
 * Short pieces of advice, each with its links: "Call 999" is a real `tel:` link a parent can
 * press, not a number to copy. Every word and link is the pack's, rendered as text.
 */
export function adviceList(items: readonly RoutineReminder[]): TemplateResult {
  return html`<ul class="advice">
    ${items.map(
      (item) => html`<li>
      ${item.text}
      ${
        item.actions?.length
          ? html`<span class="links">${item.actions.map(
              (action) =>
                html`<a class="link ${action.kind}" part="link" href=${action.href} data-action-id=${action.id}>${action.label}</a>`,
            )}</span>`
          : nothing
      }
    </li>`,
    )}
  </ul>`;
}
