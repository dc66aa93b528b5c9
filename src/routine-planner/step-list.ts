import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {fill} from '../core/format.js';
import {formatMessage} from '../core/plural.js';
import type {RoutineContent, RoutineStep} from '../schema/routine.js';
import {MAX_LABEL_LENGTH, MAX_NOTE_LENGTH} from '../model/routine-limits.js';
import type {DragController} from './drag-controller.js';
import {button} from '../core/button.js';
import {formatClock} from './clock.js';
import {field} from './fields.js';
import {formatDuration} from './routine.js';

export type Ui = RoutineContent['ui'];

/** What "Undo" puts back: the step just removed, at its old position. */
export interface Undo {
  label: string;
  step: RoutineStep;
  index: number;
}

/** "Step 2 of 5". */
export function progress(ui: Ui, index: number, count: number, locale: string): string {
  return formatMessage(locale, ui.runProgress, {current: index + 1, total: count}, 'total');
}

/** The name of a step in announcements and hidden button text; an empty label falls back to its position. */
export function stepName(ui: Ui, steps: readonly RoutineStep[], index: number, locale: string): string {
  return steps[index].label || progress(ui, index, steps.length, locale);
}

/** What the list of steps shows, and what it does on each action. */
export interface StepList {
  ui: Ui;
  locale: string;
  steps: readonly RoutineStep[];
  /** Each step's start, in minutes after midnight, when the routine has a start time. */
  starts?: readonly number[];
  /** The step whose fields are open (one at a time). */
  open?: string;
  /** Every step's fields are in the page; false for the frame that first shows a new idea's rows. */
  fields: boolean;
  errors: ReadonlyMap<string, string>;
  drag: DragController;
  toggle(id: string): void;
  move(id: string, to: number): void;
  remove(id: string): void;
  edit(input: HTMLInputElement, id: string): void;
  keydown(e: KeyboardEvent, id: string): void;
}

/**
 * The steps as a compact list: one row per step with its clock time, name and minutes, Move up
 * and Move down. The row's name is a disclosure button that opens that step's fields below it,
 * one step at a time, so a six-step routine fits on a phone screen or two.
 */
export function stepList(list: StepList): TemplateResult {
  return html`<ol class="steps" part="steps" aria-label=${list.ui.stepsHeading}>
    ${repeat(
      list.steps,
      (step) => step.id,
      (step, i) => stepRow(list, step, i),
    )}
  </ol>`;
}

function stepRow(list: StepList, step: RoutineStep, i: number): TemplateResult {
  const {ui, locale, steps, starts, drag} = list;
  const name = stepName(ui, steps, i, locale);
  const id = `s-${step.id}`;
  const open = list.open === step.id;
  const start = starts?.[i];
  const move = (to: number, label: string, dir: string, disabled: boolean) => html`<button type="button" part="button"
    class="button secondary move ${dir}" ?disabled=${disabled} @click=${() => list.move(step.id, to)}>
    <span class="visually-hidden">${label}: ${name}</span></button>`;
  return html`<li class="step ${drag.classFor(step.id, i)} ${open ? 'open' : ''}" part="step" data-id=${step.id}
    @keydown=${(e: KeyboardEvent) => list.keydown(e, step.id)}>
    <div class="step-row">
      <span class="handle" part="handle" aria-hidden="true" @pointerdown=${(e: PointerEvent) => drag.start(e, step.id, i)}>⠿</span>
      <button type="button" class="toggle" part="step-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-edit"
        @click=${() => list.toggle(step.id)}>
        <span class="step-name">${step.label || name}</span>
        <span class="step-meta">${start === undefined ? nothing : html`<span class="time">${formatClock(start, locale)}</span>`}
          <span class="minutes-shown">${formatDuration(step.minutes, ui, locale)}</span></span>
      </button>
      <span class="moves">
        ${move(i - 1, ui.moveUp, 'up', i === 0)}
        ${move(i + 1, ui.moveDown, 'down', i === steps.length - 1)}
      </span>
    </div>
    ${list.fields || open ? stepEditor(list, step, i, open) : nothing}
  </li>`;
}

/** One step's fields, Done and Remove; rendered for every step so nothing typed is lost, shown for the open one. */
function stepEditor(list: StepList, step: RoutineStep, i: number, open: boolean): TemplateResult {
  const {ui, locale, steps, errors} = list;
  const id = `s-${step.id}`;
  const name = stepName(ui, steps, i, locale);
  const edit = (input: HTMLInputElement) => list.edit(input, step.id);
  const input = (
    key: 'label' | 'minutes' | 'note',
    label: string,
    extra: {max?: number; type?: 'minutes'; value: string},
  ) => field(`${id}-${key}`, label, errors.get(`${id}-${key}`), {name: key, change: edit, ...extra});
  return html`<fieldset class="step-body" id="${id}-edit" part="step-editor" ?hidden=${!open}>
    <legend class="visually-hidden">${progress(ui, i, steps.length, locale)}: ${step.label}</legend>
    <div class="row">
      ${input('label', ui.stepLabel, {value: step.label, max: MAX_LABEL_LENGTH})}
      ${input('minutes', ui.minutesLabel, {value: String(step.minutes), type: 'minutes'})}
    </div>
    ${input('note', ui.noteLabel, {value: step.note ?? '', max: MAX_NOTE_LENGTH})}
    <div class="actions">
      ${button(ui.done, () => list.toggle(step.id), {kind: 'primary', hidden: `: ${name}`})}
      ${button(ui.remove, () => list.remove(step.id), {hidden: `: ${name}`})}
    </div>
  </fieldset>`;
}

/** "Starts at 18:30", in the pack's words and clock. */
export function startsAt(ui: Ui, start: number, locale: string): string {
  return fill(ui.startsAt, {time: formatClock(start, locale)});
}
