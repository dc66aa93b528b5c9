import {html, type TemplateResult} from 'lit';
import {heading} from '../core/heading.js';
import {formatMessage} from '../core/plural.js';
import type {LibraryStep, RoutineContent} from '../schema/routine.js';
import {MAX_LABEL_LENGTH} from '../model/routine-limits.js';
import {button} from '../core/button.js';
import {field} from './fields.js';

/** The ideas to start from, offered while the routine is empty; `use()` without an id starts with no steps. */
export function templatesView(
  words: RoutineContent,
  use: (templateId?: string) => void,
  level: number,
): TemplateResult {
  const ui = words.ui;
  return html`<section>
    ${heading(level, 'heading', ui.templatesLegend)}
    <ul class="templates" part="templates">
      ${words.templates.map(
        (template) => html`<li class="card">
        <p>${template.name}</p>
        <p>${template.description}</p>
        ${button(ui.useTemplate, () => use(template.id), {hidden: `: ${template.name}`})}
      </li>`,
      )}
    </ul>
    <div class="actions">${button(ui.startEmpty, () => use())}</div>
  </section>`;
}

/** What the "Add a step" section needs. */
export interface AddView {
  /** Its heading's level. */
  sub: number;
  /** The routine has the most steps allowed. */
  full: boolean;
  errors: ReadonlyMap<string, string>;
  library(e: SubmitEvent): void;
  custom(e: SubmitEvent): void;
}

/** "Add a step": one from the library (grouped by category), or the parent's own. */
export function addView(words: RoutineContent, locale: string, view: AddView): TemplateResult {
  const {ui, categories, library} = words;
  const input = (key: 'label' | 'minutes', label: string, extra: {max?: number; type?: 'minutes'}) =>
    field(`custom-${key}`, label, view.errors.get(`custom-${key}`), {name: key, ...extra});
  return html`<section part="add">
    ${heading(view.sub, 'heading', ui.addHeading)}
    <form class="row" @submit=${view.library}>
      <div class="field">
        <label for="library">${ui.addFromLibrary}</label>
        <select id="library" name="step" class="input" part="input">
          ${categories.map(
            (category) =>
              html`<optgroup label=${category.label}>${library
                .filter((step) => step.category === category.id)
                .map(
                  (step) =>
                    html`<option value=${step.id}>${step.label} (${formatMessage(locale, ui.minutesShort, {minutes: step.minutes}, 'minutes')})</option>`,
                )}</optgroup>`,
          )}
        </select>
      </div>
      ${button(ui.addStep, undefined, {kind: 'primary', type: 'submit', disabled: view.full})}
    </form>
    <form novalidate @submit=${view.custom}>
      <fieldset>
        <legend>${ui.customLegend}</legend>
        <div class="row">
          ${input('label', ui.stepLabel, {max: MAX_LABEL_LENGTH})}
          ${input('minutes', ui.minutesLabel, {type: 'minutes'})}
        </div>
        ${button(ui.addCustom, undefined, {kind: 'primary', type: 'submit', disabled: view.full})}
      </fieldset>
    </form>
  </section>`;
}

/** The library step chosen in "Add a step" (the form is not sent anywhere). */
export function chosenStep(e: SubmitEvent, library: readonly LibraryStep[]): LibraryStep | undefined {
  e.preventDefault();
  const id = ((e.target as HTMLFormElement).elements.namedItem('step') as HTMLSelectElement).value;
  return library.find((s) => s.id === id);
}

/** The "make your own step" form and its label and minutes fields (the form is not sent anywhere). */
export function customFields(e: SubmitEvent): [HTMLFormElement, HTMLInputElement[]] {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  return [form, ['label', 'minutes'].map((name) => form.elements.namedItem(name) as HTMLInputElement)];
}
