import {html, nothing, type TemplateResult} from 'lit';
import {heading} from '../core/heading.js';
import type {Routine, RoutineContent, RoutineStep} from '../schema/routine.js';
import {button} from '../core/button.js';
import {adviceList, safetyFirst, stillCrying, type CryingView} from './crying-view.js';
import {cryingWordsFor, formatDuration, schedule} from './routine.js';
import {progress, startsAt} from './step-list.js';

/** What run mode shows, and what its buttons do. */
export interface RunView {
  words: RoutineContent;
  locale: string;
  routine: Routine;
  index: number;
  /** The title, section and sub-heading levels. */
  levels: readonly number[];
  done(step: RoutineStep): void;
  go(index: number): void;
  edit(): void;
  /** The safe-break steps are showing (a crying routine only). */
  breakOpen: boolean;
  toggleBreak(): void;
}

/**
 * Run mode: one step at a time. One heading says where the parent is ("Step 2 of 5") and names
 * the step once, in large text, so it is heard after Done or Skip; then its time, note and tip,
 * the "watch your baby" panel and the reminders. No timers. A crying routine puts its safety
 * advice and "Take a break" first, the reminders (with their 999 and 111 links) before the play
 * cues, and ends with "Still crying?" instead of "All done".
 */
export function runView(view: RunView): TemplateResult {
  const {
    words,
    routine,
    levels: [level, sub],
  } = view;
  const cryingWords = cryingWordsFor(words, routine);
  const crying: CryingView | undefined = cryingWords && {
    words: cryingWords,
    level: sub,
    breakOpen: view.breakOpen,
    toggleBreak: view.toggleBreak,
  };
  const steps = routine.steps;
  const index = Math.min(view.index, steps.length);
  const step = steps[index] as RoutineStep | undefined;
  const ended = steps.length > 0 && !step;
  const again = () => view.go(0);
  const current = !steps.length
    ? html`<p>${words.ui.noSteps}</p>`
    : step
      ? currentStep(view, step, index)
      : crying
        ? stillCrying(crying, words.ui, again)
        : html`${heading(sub, 'run-heading', words.ui.finished, true)}
          <div class="actions">${button(words.ui.runAgain, again, {kind: 'primary'})}</div>`;
  // At the end of a crying routine, "Still crying?" already says what the reminders would.
  const more = crying ? (ended ? [] : [reminders(view), cuesPanel(view)]) : [cuesPanel(view), reminders(view)];
  return html`<div class="run ${crying ? 'crying' : ''}">
    ${heading(level, 'title', routine.name || words.ui.untitled)}
    ${crying ? safetyFirst(crying) : nothing}
    <div class="run-step" part="run-step">${current}</div>
    ${more}
    <div class="actions">${button(words.ui.edit, view.edit)}</div>
  </div>`;
}

function reminders(view: RunView): TemplateResult | typeof nothing {
  const {
    words: {reminders},
    levels: [, sub],
  } = view;
  return reminders.items.length
    ? html`<section class="reminders" part="reminders">
      ${heading(sub, 'heading', reminders.heading)}
      ${adviceList(reminders.items)}
    </section>`
    : nothing;
}

function currentStep(view: RunView, step: RoutineStep, index: number): TemplateResult {
  const {
    words: {ui, library},
    locale,
    routine,
    levels: [, sub],
  } = view;
  const steps = routine.steps;
  const start = schedule(routine).starts?.[index];
  const tip = library.find((s) => s.id === step.stepId)?.tip;
  const title = html`<span class="run-progress">${progress(ui, index, steps.length, locale)}</span>${
    step.label ? html`<span class="visually-hidden">: </span><span class="run-label">${step.label}</span>` : nothing
  }`;
  return html`
    ${heading(sub, 'run-heading', title, true)}
    <p class="hint">${formatDuration(step.minutes, ui, locale)}${start === undefined ? nothing : html`<br>${startsAt(ui, start, locale)}`}</p>
    ${step.note ? html`<p class="note">${step.note}</p>` : nothing}
    ${tip ? html`<p class="tip">${tip}</p>` : nothing}
    <div class="actions">
      ${button(ui.done, () => view.done(step), {kind: 'primary'})}
      ${button(ui.skip, () => view.go(index + 1))}
      ${button(ui.finish, () => view.go(steps.length))}
    </div>`;
}

function cuesPanel(view: RunView): TemplateResult {
  const {
    words: {cues},
    levels: [, sub, subsub],
  } = view;
  return html`<section class="cues" part="cues">
    ${heading(sub, 'heading', cues.heading)}
    <p>${cues.intro}</p>
    <div class="cue-lists">
      ${[cues.engagement, cues.disengagement, cues.tired].map(
        (list) => html`<div>
        ${heading(subsub, 'subheading', list.heading)}
        <ul>${list.items.map((item) => html`<li>${item}</li>`)}</ul>
      </div>`,
      )}
    </div>
  </section>`;
}
