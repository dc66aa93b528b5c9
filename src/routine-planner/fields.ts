import {html, nothing, type TemplateResult} from 'lit';
import type {RoutineContent} from '../schema/routine.js';
import {isValidMinutes} from './routine.js';

/** What a labelled field needs: its value, what to do on change, its kind, limit, hint and form name. */
export interface FieldOptions {
  value?: string;
  change?: (input: HTMLInputElement) => void;
  type?: 'time' | 'minutes';
  max?: number;
  hint?: string;
  name?: 'label' | 'minutes' | 'note';
}

/**
 * A labelled text or time field with its optional hint and inline error. Minutes are text
 * with a numeric keyboard: a number input changes on arrow keys and the wheel, one event each.
 */
export function field(id: string, label: string, error: string | undefined, options: FieldOptions): TemplateResult {
  const {value = '', change, type, max, hint, name} = options;
  const commit =
    change &&
    ((e: Event) => {
      const input = e.target as HTMLInputElement;
      // A time field changes once per typed part (hours, then minutes): save it as the parent leaves it.
      if (type !== 'time' || e.type === 'blur' || !input.matches(':focus')) change(input);
    });
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    <input id=${id} name=${name ?? nothing} class="input ${type ?? ''}" part="input" type=${type === 'time' ? type : 'text'}
      inputmode=${type === 'minutes' ? 'numeric' : nothing} maxlength=${max ?? nothing}
      autocomplete="off" .value=${value} aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${`${error ? `${id}-error ` : ''}${hint ? `${id}-hint` : ''}`.trim() || nothing}
      @change=${commit} @blur=${type === 'time' ? commit : nothing}>
  </div>`;
}

export type ButtonKind = 'primary' | 'secondary' | 'submit';

/** A button; `hidden` is appended to its accessible name only (e.g. "Move up: Bath"). */
export function button(
  label: string,
  click?: (e: Event) => void,
  hidden = '',
  kind: ButtonKind = 'secondary',
  disabled = false,
  extra = '',
): TemplateResult {
  return html`<button type=${kind === 'submit' ? kind : 'button'} part="button" class="button ${kind} ${extra}"
    ?disabled=${disabled} @click=${click}>
    ${label}${hidden ? html`<span class="visually-hidden">: ${hidden}</span>` : nothing}</button>`;
}

/**
 * Checks a label or minutes field, records or clears its error in `errors` (by field id), and
 * gives the error in the pack's words back, or false when the value is fine. A note is always fine.
 */
export function checkField(
  input: HTMLInputElement,
  ui: RoutineContent['ui'],
  errors: Map<string, string>,
): string | false {
  const {value, name, id} = input;
  const error =
    name === 'minutes'
      ? !isValidMinutes(Number(value)) && ui.minutesInvalid
      : name === 'label' && !value.trim() && ui.labelRequired;
  if (error) errors.set(id, error);
  else errors.delete(id);
  return error;
}
