import {html, nothing, type TemplateResult} from 'lit';
import {describedBy} from '../core/described-by.js';
import {fill} from '../core/format.js';
import type {RoutineContent} from '../schema/routine.js';
import {formatClock, readTypedTime, showTime} from './clock.js';
import {isValidMinutes} from './routine.js';

type Ui = RoutineContent['ui'];

/** What a labelled field needs: its value, what to do on change, its kind, limit, hint and form name. */
export interface FieldOptions {
  value?: string;
  change?: (input: HTMLInputElement) => void;
  /** `minutes` brings a numeric keyboard; both are narrow fields. */
  type?: 'minutes' | 'clock';
  max?: number;
  hint?: string;
  name?: 'label' | 'minutes' | 'note';
}

/**
 * A labelled text field with its optional hint and inline error. Minutes are text with a
 * numeric keyboard: a number input changes on arrow keys and the wheel, one event each.
 */
export function field(id: string, label: string, error: string | undefined, options: FieldOptions): TemplateResult {
  const {value = '', change, type, max, hint, name} = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    <input id=${id} name=${name ?? nothing} class="input ${type ?? ''}" part="input" type="text"
      inputmode=${type === 'minutes' ? 'numeric' : nothing} maxlength=${max ?? nothing}
      autocomplete="off" .value=${value} aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      @change=${change && ((e: Event) => change(e.target as HTMLInputElement))}>
  </div>`;
}

/**
 * Checks a label or minutes field, records or clears its error in `errors` (by field id), and
 * gives the error in the pack's words back, or false when the value is fine. A note is always fine.
 */
export function checkField(input: HTMLInputElement, ui: Ui, errors: Map<string, string>): string | false {
  const {value, name, id} = input;
  const error =
    name === 'minutes'
      ? !isValidMinutes(Number(value)) && ui.minutesInvalid
      : name === 'label' && !value.trim() && ui.labelRequired;
  if (error) errors.set(id, error);
  else errors.delete(id);
  return error;
}

/** The example time in the start-time hint and error: half past six in the evening, in the pack's clock. */
export const exampleTime = (locale: string) => formatClock(18 * 60 + 30, locale);

/**
 * Reads the start-time field: "HH:MM", or '' when it is empty. A time it can read is written
 * back into the field in the pack's own format ("6.30pm" becomes "18:30" in en-GB); one it
 * cannot stays as typed, with an error recorded in `errors`, and gives undefined.
 */
export function checkStartTime(
  input: HTMLInputElement,
  ui: Ui,
  locale: string,
  errors: Map<string, string>,
): string | undefined {
  const time = readTypedTime(input.value, locale);
  if (time === undefined) {
    const example = exampleTime(locale);
    // A pack from before `startTimeInvalid` still gets a correction: "Start time: 18:30".
    errors.set(
      input.id,
      ui.startTimeInvalid ? fill(ui.startTimeInvalid, {time: example}) : `${ui.startTimeLabel}: ${example}`,
    );
    return undefined;
  }
  errors.delete(input.id);
  input.value = showTime(time, locale);
  return time;
}
