import {html, nothing, type TemplateResult} from 'lit';
import {fill} from '../core/format.js';
import {heading} from '../core/heading.js';
import type {PackWith} from '../schema/content.js';
import type {Routine} from '../schema/routine.js';
import {MAX_NAME_LENGTH, MAX_ROUTINE_STEPS} from '../model/routine-limits.js';
import {addView, templatesView} from './add-view.js';
import {button} from '../core/button.js';
import {formatClock, showTime} from './clock.js';
import {exampleTime, field} from './fields.js';
import {formatDuration, schedule} from './routine.js';
import {stepList, type StepList} from './step-list.js';

/** What edit mode shows, and what each control does. */
export interface EditView extends Omit<StepList, 'ui' | 'locale' | 'steps' | 'starts'> {
  pack: PackWith<'routine'>;
  routine: Routine;
  /** The title, section and sub-heading levels. */
  levels: readonly number[];
  status: string;
  /** The name of the step that Undo would put back. */
  undo?: string;
  rename(input: HTMLInputElement): void;
  startTime(input: HTMLInputElement): void;
  useTemplate(id?: string): void;
  undoRemove(): void;
  run(): void;
  addLibrary(e: SubmitEvent): void;
  addCustom(e: SubmitEvent): void;
}

/**
 * Edit mode: the routine's name and start time, its steps as a compact list, what was just
 * done (with Undo), the total, and "Add a step". The Alt+Arrow hint is said once, above the
 * list, and only where a keyboard is likely: as every button's description it was heard three
 * times a step, and on a phone it names keys there are none of.
 */
export function editView(view: EditView): TemplateResult {
  const {
    pack,
    routine,
    levels: [level, sub],
  } = view;
  const {ui} = pack.routine;
  const locale = pack.locale;
  const {total, starts, end} = schedule(routine);
  const duration = formatDuration(total, ui, locale);
  const empty = !routine.steps.length;
  const input = (id: string, label: string, options: Parameters<typeof field>[3]) =>
    field(id, label, view.errors.get(id), options);
  return html`
    ${heading(level, 'title', pack.routine.title)}
    ${empty ? templatesView(pack.routine, view.useTemplate, sub) : nothing}
    <div class="row">
      ${input('name', ui.nameLabel, {value: routine.name, max: MAX_NAME_LENGTH, change: view.rename})}
      ${input('start', ui.startTimeLabel, {value: showTime(routine.startTime, locale), type: 'clock', hint: fill(ui.startTimeHint, {time: exampleTime(locale)}), change: view.startTime})}
    </div>
    ${heading(sub, 'steps-heading', ui.stepsHeading, true)}
    ${
      empty
        ? html`<p class="hint">${ui.emptyRoutine}</p>`
        : html`<p class="hint keys">${ui.reorderHint}</p>
        ${stepList({...view, ui, locale, steps: routine.steps, starts})}`
    }
    <div class="status" part="status">
      <p role="status">${view.status}</p>
      ${view.undo ? button(ui.undo, view.undoRemove, {hidden: `: ${view.undo}`}) : nothing}
    </div>
    ${
      empty
        ? nothing
        : html`
      <p class="total" part="total">${
        end === undefined
          ? fill(ui.totalNoTime, {duration})
          : fill(ui.total, {duration, time: formatClock(end, locale)})
      }</p>
      ${button(ui.run, view.run, {kind: 'primary'})}`
    }
    ${addView(pack.routine, locale, {
      sub,
      full: routine.steps.length >= MAX_ROUTINE_STEPS,
      errors: view.errors,
      library: view.addLibrary,
      custom: view.addCustom,
    })}`;
}
