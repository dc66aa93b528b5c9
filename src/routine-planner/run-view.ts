import {html, nothing, type TemplateResult} from 'lit';
import {heading} from '../core/heading.js';
import type {Routine, RoutineContent, RoutineStep} from '../schema/routine.js';
import {button} from '../core/button.js';
import {formatDuration, schedule} from './routine.js';
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
}

/**
 * Run mode: one step at a time. One heading says where the parent is ("Step 2 of 5") and names
 * the step once, in large text, so it is heard after Done or Skip; then its time, note and tip,
 * the "watch your baby" panel and the reminders. No timers.
 */
export function runView(view: RunView): TemplateResult {
  const {
    words,
    routine,
    levels: [level, sub],
  } = view;
  const {reminders} = words;
  const steps = routine.steps;
  const index = Math.min(view.index, steps.length);
  const step = steps[index] as RoutineStep | undefined;
  return html`
    ${heading(level, 'title', routine.name || words.ui.untitled)}
    <div class="run-step" part="run-step">
      ${
        !steps.length
          ? html`<p>${words.ui.noSteps}</p>`
          : step
            ? currentStep(view, step, index)
            : html`
        ${heading(sub, 'run-heading', words.ui.finished, true)}
        <div class="actions">${button(words.ui.runAgain, () => view.go(0), {kind: 'primary'})}</div>`
      }
    </div>
    ${cuesPanel(view)}
    ${
      reminders.items.length
        ? html`<section class="reminders" part="reminders">
      ${heading(sub, 'heading', reminders.heading)}
      <ul>${reminders.items.map((item) => html`<li>${item.text}</li>`)}</ul>
    </section>`
        : nothing
    }
    <div class="actions">${button(words.ui.edit, view.edit)}</div>`;
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
