import {html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {repeat} from 'lit/directives/repeat.js';
import {AttuneElement} from '../core/attune-element.js';
import {AttuneRoutineChangeEvent, AttuneRoutineStepCompleteEvent} from '../core/events.js';
import {fill} from '../core/format.js';
import {say} from '../core/plural.js';
import {heading, headingLevelOf} from '../core/heading.js';
import {controls} from '../core/controls.styles.js';
import {tokens} from '../core/styles.js';
import type {Routine, RoutineChangeReason, RoutineContent, RoutineStep} from '../schema/routine.js';
import {MAX_LABEL_LENGTH, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_ROUTINE_STEPS} from '../schema/routine-limits.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {routine as routineWords} from '../content/en-GB-england/routine.js';
import {
  addStep, applyTemplate, createRoutine, editStep, formatClock, formatDuration, isValidMinutes,
  moveStep, removeStep, renameRoutine, restoreStep, schedule, setStartTime, type StepEdit,
} from './routine.js';
import {styles} from './routine-planner.styles.js';

/** The built-in pack for this element: `help` is required by every pack; `routine` is its words. */
const builtInContent = {...meta, help, routine: routineWords};

type Ui = RoutineContent['ui'];

/** What "Undo" puts back: the step just removed, at its old position. */
interface Undo {
  label: string;
  step: RoutineStep;
  index: number;
}

/** "Step 2 of 5". */
function progress(ui: Ui, index: number, count: number, locale: string): string {
  return say(locale, ui.runProgress, {current: index + 1, total: count}, 'total');
}

/** The title, section and sub-heading levels for a `heading-level`. */
const levels = (value: unknown) => [0, 1, 2].map((below) => Math.min(headingLevelOf(value) + below, 6));

/** The name of a step in announcements and hidden button text; an empty label falls back to its position. */
function stepName(ui: Ui, steps: readonly RoutineStep[], index: number, locale: string): string {
  return steps[index].label || progress(ui, index, steps.length, locale);
}

/**
 * A planner for calm, predictable routines (bedtime, naps, bath time, calming a crying baby).
 * Parents start from an idea or from nothing, add steps from a library or their own, reorder
 * them with buttons, Alt+Arrow keys or by dragging, and see each step's clock time and the
 * total. In `run` mode it shows one step at a time with a "watch your baby" panel, so the
 * parent follows the baby's lead. No timers, sounds, streaks or rewards.
 *
 * The planner stores nothing: every edit fires one `attune-routine-change` whose `routine`
 * the host saves and gives back through the `routine` property.
 *
 * Set `heading-level` (2–6, default 2) to fit the host page's outline: the planner's title is
 * at that level, its sections one level below and the cue lists two below.
 *
 * @summary Build a calm routine, see its clock times, and run it one step at a time.
 *
 * @fires {RoutineChangeDetail} attune-routine-change - The parent edited the routine (one event per edit). `detail`: `{ schemaVersion, routine, reason }`; `reason` is `add-step`, `remove-step`, `move-step`, `edit-step`, `rename`, `start-time` or `template`. Setting `routine` or `content` never fires it.
 * @fires {RoutineStepCompleteDetail} attune-routine-step-complete - A step was marked Done in run mode. `detail`: `{ schemaVersion, routineId, stepId, completedAt }`.
 * @fires {ContentErrorDetail} attune-content-error - `content` or `routine` was refused; the planner keeps its last good value. `detail`: `{ schemaVersion, property, issues: [{ path, message }] }`.
 *
 * @csspart base - The wrapper that carries the pack's `lang` and `dir`.
 * @csspart title - The planner's heading, at `heading-level`.
 * @csspart heading - A section heading, one level below the title.
 * @csspart steps-heading - The "Your steps" heading.
 * @csspart run-heading - The current step's heading in run mode, e.g. "Step 2 of 7: Warm bath".
 * @csspart subheading - A cue list's heading, two levels below the title.
 * @csspart templates - The list of ideas to start from.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step in edit mode.
 * @csspart handle - A step's drag handle.
 * @csspart status - The announcement and Undo area.
 * @csspart total - The total time and end time.
 * @csspart add - The "add a step" area.
 * @csspart run-step - The current step in run mode.
 * @csspart cues - The "watch your baby" panel.
 * @csspart reminders - The reminders in run mode.
 * @csspart button - Every button.
 * @csspart input - Every text, time and select field.
 *
 * @cssprop [--attune-color-text] - Body text colour.
 * @cssprop [--attune-color-text-muted] - Hints and the drag handle.
 * @cssprop [--attune-color-surface] - Background of steps and fields.
 * @cssprop [--attune-color-surface-alt] - Background of the cues panel and template cards.
 * @cssprop [--attune-color-border] - Field and step borders.
 * @cssprop [--attune-color-accent] - Buttons, links and the drop marker.
 * @cssprop [--attune-color-on-accent] - Text on filled buttons.
 * @cssprop [--attune-color-error] - Field errors.
 * @cssprop [--attune-color-focus] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`.
 * @cssprop [--attune-font-family] - Font stack.
 * @cssprop [--attune-font-size] - Base font size.
 * @cssprop [--attune-radius] - Corner radius.
 * @cssprop [--attune-space] - Base spacing unit.
 */
export class AttuneRoutinePlanner extends AttuneElement<'routine'> {
  constructor() {
    super(builtInContent, ['routine']);
  }

  static override styles = [tokens, controls, styles];
  static override properties = {
    mode: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    // Lit hands a routine set before the element was defined to the setter (see `content`).
    routine: {attribute: false, noAccessor: true},
  };

  /** The level of the planner's heading, 2 to 6; section headings are one level below, cue lists two below. */
  headingLevel = 2;

  /** `edit` (build the routine) or `run` (go through it step by step). */
  mode: 'edit' | 'run' = 'edit';

  #routine = createRoutine();
  /** Bumped when the host sets `routine`, so every field is rebuilt from it. */
  #generation = 0;
  #status = '';
  #undo?: Undo;
  /** Field id → error message, for inline validation. */
  #errors = new Map<string, string>();
  #runIndex = 0;
  #drag?: {id: string; from: number; to: number; listening: AbortController};

  /**
   * The routine being planned. Set it to restore one the host saved from
   * `attune-routine-change`; it is checked first, and a routine that fails is refused with
   * one `attune-content-error` (paths such as `routine.steps.1.minutes`) while the planner
   * keeps its last good routine. Setting it never fires `attune-routine-change`, and the
   * routine it has just sent, set straight back (React state, a two-way binding), changes
   * nothing: focus, the message and Undo stay. Reading it gives a copy of the current routine.
   */
  get routine(): Routine {
    return structuredClone(this.#routine);
  }
  set routine(value: Routine | null | undefined) {
    this.validateLater('routine', value, (v, input) => v.parseRoutine(input), (routine) => {
      this.#routine = routine;
      this.#freshEdit();
    }, createRoutine, this.#routine);
  }

  /**
   * The edit view starts afresh (new fields, no message, no Undo, no errors): after a routine is
   * restored, and on leaving it for run mode, so the old message is not announced again on return.
   */
  #freshEdit(): void {
    this.#generation++;
    this.#undo = undefined;
    this.#status = '';
    this.#errors.clear();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#endDrag();
  }

  get #ui(): Ui {
    return this.pack.routine.ui;
  }

  /** Applies one user edit: the new routine, one change event, and what to announce. */
  #commit(next: Routine, reason: RoutineChangeReason, status = '', undo?: Undo): boolean {
    if (next === this.#routine) return false;
    this.#routine = next;
    this.#status = status;
    this.#undo = undo;
    this.requestUpdate();
    this.dispatchEvent(new AttuneRoutineChangeEvent({schemaVersion: 1, routine: structuredClone(next), reason}));
    return true;
  }

  /** Focuses `target` (an element, or a selector in the shadow root) once the next render is on screen. */
  async #focusLater(target: string | (() => Element | null | undefined)): Promise<void> {
    await this.updateComplete;
    ((typeof target === 'string' ? this.shadowRoot!.querySelector(target) : target()) as HTMLElement | null)?.focus();
  }

  protected override renderContent(): TemplateResult {
    return this.mode === 'run' ? this.#renderRun() : html`${keyed(this.#generation, this.#renderEdit())}`;
  }

  // ---- edit mode -------------------------------------------------------------------------

  #renderEdit(): TemplateResult {
    const ui = this.#ui;
    const routine = this.#routine;
    const {total, starts, end} = schedule(routine);
    const duration = formatDuration(total, ui, this.pack.locale);
    const empty = !routine.steps.length;
    const [level, sub] = levels(this.headingLevel);
    return html`
      ${heading(level, 'title', this.pack.routine.title)}
      ${empty ? html`<section>${heading(sub, 'heading', ui.templatesLegend)}${this.#renderTemplates()}</section>` : nothing}
      <div class="row">
        ${this.#input('name', ui.nameLabel, {value: routine.name, max: MAX_NAME_LENGTH,
          change: (input) => this.#commit(renameRoutine(this.#routine, input.value), 'rename')})}
        ${this.#input('start', ui.startTimeLabel, {value: routine.startTime ?? '', type: 'time', hint: ui.startTimeHint,
          change: (input) => this.#commit(setStartTime(this.#routine, input.value.slice(0, 5)), 'start-time')})}
      </div>
      ${heading(sub, 'steps-heading', ui.stepsHeading, true)}
      ${empty
        ? html`<p class="hint">${ui.emptyRoutine}</p>`
        : html`<p class="hint" id="reorder-hint">${ui.reorderHint}</p>
          <ol class="steps" part="steps" aria-label=${ui.stepsHeading}>
            ${repeat(routine.steps, (step) => step.id, (step, i) => this.#renderStep(step, i, starts?.[i]))}
          </ol>`}
      <div class="status" part="status">
        <p role="status">${this.#status}</p>
        ${this.#undo ? this.#button(ui.undo, this.#onUndo, this.#undo.label) : nothing}
      </div>
      ${empty ? nothing : html`
        <p class="total" part="total">${end === undefined
          ? fill(ui.totalNoTime, {duration})
          : fill(ui.total, {duration, time: formatClock(end, this.pack.locale)})}</p>
        ${this.#button(ui.run, this.#startRun, '', 'primary')}`}
      ${this.#renderAdd(sub)}
`;
  }

  /**
   * A labelled text or time field with its optional hint and inline error. Minutes are text
   * with a numeric keyboard: a number input changes on arrow keys and the wheel, one event each.
   */
  #input(id: string, label: string, options: {
    value?: string; change?: (input: HTMLInputElement) => void; type?: 'time' | 'minutes';
    max?: number; hint?: string; name?: 'label' | 'minutes' | 'note';
  }): TemplateResult {
    const {value = '', change, type, max, hint, name} = options;
    const error = this.#errors.get(id);
    const commit = change && ((e: Event) => {
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

  /** A button; `hidden` is appended to its accessible name only (e.g. "Move up: Bath"). */
  #button(label: string, click?: (e: Event) => void, hidden = '', kind: 'primary' | 'secondary' | 'submit' = 'secondary', disabled = false): TemplateResult {
    return html`<button type=${kind === 'submit' ? kind : 'button'} part="button" class="button ${kind}"
      ?disabled=${disabled} @click=${click}>
      ${label}${hidden ? html`<span class="visually-hidden">: ${hidden}</span>` : nothing}</button>`;
  }

  #renderTemplates(): TemplateResult {
    const ui = this.#ui;
    return html`<ul class="templates" part="templates">
      ${this.pack.routine.templates.map((template) => html`<li class="card">
        <p>${template.name}</p>
        <p>${template.description}</p>
        ${this.#button(ui.useTemplate, () => this.#useTemplate(template.id), template.name)}
      </li>`)}
    </ul>
    ${this.#button(ui.startEmpty, () => this.#useTemplate())}`;
  }

  #renderStep(step: RoutineStep, i: number, start: number | undefined): TemplateResult {
    const ui = this.#ui;
    const steps = this.#routine.steps;
    const name = stepName(ui, steps, i, this.pack.locale);
    const id = `s-${step.id}`;
    const drag = this.#drag;
    // The dragged step will land before (moving up) or after (moving down) the step now at its target index.
    const dropClass = drag && i === drag.to && i !== drag.from ? (i < drag.from ? 'drop-before' : 'drop-after') : '';
    const edit = (input: HTMLInputElement) => this.#editStep(input, step.id);
    return html`<li class="step ${drag?.id === step.id ? 'dragging' : ''} ${dropClass}" part="step" data-id=${step.id}
      @keydown=${(e: KeyboardEvent) => this.#onStepKeydown(e, step.id)}>
      <span class="handle" part="handle" aria-hidden="true" @pointerdown=${(e: PointerEvent) => this.#startDrag(e, step.id)}>⠿</span>
      <fieldset class="step-body" aria-describedby="reorder-hint">
        <legend class="visually-hidden">${progress(ui, i, steps.length, this.pack.locale)}: ${step.label}</legend>
        ${start === undefined ? nothing : html`<p class="time">${fill(ui.startsAt, {time: formatClock(start, this.pack.locale)})}</p>`}
        <div class="row">
          ${this.#input(`${id}-label`, ui.stepLabel, {name: 'label', value: step.label, max: MAX_LABEL_LENGTH, change: edit})}
          ${this.#input(`${id}-minutes`, ui.minutesLabel, {name: 'minutes', value: String(step.minutes), type: 'minutes', change: edit})}
        </div>
        ${this.#input(`${id}-note`, ui.noteLabel, {name: 'note', value: step.note, max: MAX_NOTE_LENGTH, change: edit})}
        <div class="actions">
          ${this.#button(ui.moveUp, () => this.#move(step.id, i - 1), name, undefined, i === 0)}
          ${this.#button(ui.moveDown, () => this.#move(step.id, i + 1), name, undefined, i === steps.length - 1)}
          ${this.#button(ui.remove, () => this.#remove(step.id), name)}
        </div>
      </fieldset>
    </li>`;
  }

  #renderAdd(sub: number): TemplateResult {
    const ui = this.#ui;
    const {categories, library} = this.pack.routine;
    const full = this.#routine.steps.length >= MAX_ROUTINE_STEPS;
    return html`<section part="add">
      ${heading(sub, 'heading', ui.addHeading)}
      <form class="row" @submit=${this.#onAddLibrary}>
        <div class="field">
          <label for="library">${ui.addFromLibrary}</label>
          <select id="library" name="step" class="input" part="input">
            ${categories.map((category) => html`<optgroup label=${category.label}>${library.filter((step) => step.category === category.id).map((step) =>
              html`<option value=${step.id}>${step.label} (${say(this.pack.locale, ui.minutesShort, {minutes: step.minutes}, 'minutes')})</option>`)}</optgroup>`)}
          </select>
        </div>
        ${this.#button(ui.addStep, undefined, '', 'submit', full)}
      </form>
      <form novalidate @submit=${this.#onAddCustom}>
        <fieldset>
          <legend>${ui.customLegend}</legend>
          <div class="row">
            ${this.#input('custom-label', ui.stepLabel, {name: 'label', max: MAX_LABEL_LENGTH})}
            ${this.#input('custom-minutes', ui.minutesLabel, {name: 'minutes', type: 'minutes'})}
          </div>
          ${this.#button(ui.addCustom, undefined, '', 'submit', full)}
        </fieldset>
      </form>
    </section>`;
  }

  // ---- edit-mode actions -----------------------------------------------------------------

  /** Starts from an idea; ideas are offered only while the routine is empty, so nothing is replaced. */
  #useTemplate(templateId?: string): void {
    const template = this.pack.routine.templates.find((t) => t.id === templateId);
    if (!template) {
      // "Start with no steps": go straight to adding one.
      void this.#focusLater('#library');
    } else if (this.#commit(applyTemplate(this.#routine, template, this.pack.routine.library), 'template', fill(this.#ui.added, {label: template.name}))) {
      void this.#focusLater('.steps-heading');
    }
  }

  /** Commits one field of a step on `change`, after checking it. */
  #editStep(input: HTMLInputElement, id: string): void {
    const field = input.name as keyof StepEdit;
    const error = this.#check(input);
    // Said in the status region too: the field is not focused again, so its description is not read.
    if (error) this.#status = error;
    else this.#commit(editStep(this.#routine, id, {[field]: field === 'minutes' ? Number(input.value) : input.value}), 'edit-step');
  }

  /** Shows or clears a label or minutes field's inline error, and gives it back (falsy when the value is fine). A note is always fine. */
  #check(input: HTMLInputElement): string | false {
    const {value, name, id} = input;
    const ui = this.#ui;
    const error = name === 'minutes' ? !isValidMinutes(Number(value)) && ui.minutesInvalid
      : name === 'label' && !value.trim() && ui.labelRequired;
    if (error) this.#errors.set(id, error);
    else this.#errors.delete(id);
    this.requestUpdate();
    return error;
  }

  #onAddLibrary(e: SubmitEvent): void {
    e.preventDefault();
    const id = ((e.target as HTMLFormElement).elements.namedItem('step') as HTMLSelectElement).value;
    const step = this.pack.routine.library.find((s) => s.id === id);
    if (step) this.#commit(addStep(this.#routine, step), 'add-step', fill(this.#ui.added, {label: step.label}));
  }

  #onAddCustom(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const inputs = ['label', 'minutes'].map((name) => form.elements.namedItem(name) as HTMLInputElement);
    const invalid = inputs.filter((input) => this.#check(input));
    const [label, minutes] = inputs.map((input) => input.value);
    // Focus once the errors are on screen, so the field is read with its error.
    if (invalid.length) void this.#focusLater(() => invalid[0]);
    else if (this.#commit(addStep(this.#routine, {label, minutes: Number(minutes)}), 'add-step', fill(this.#ui.added, {label}))) {
      form.reset();
      inputs[0].focus();
    }
  }

  #remove(id: string): void {
    const steps = this.#routine.steps;
    const index = steps.findIndex((s) => s.id === id);
    if (index < 0) return;
    const step = steps[index];
    const label = stepName(this.#ui, steps, index, this.pack.locale);
    if (this.#commit(removeStep(this.#routine, id), 'remove-step', fill(this.#ui.removed, {label}), {label, step, index})) {
      void this.#focusLater('.status button');
    }
  }

  #onUndo(): void {
    const {label, step, index} = this.#undo!;
    // Any other edit clears the undo, so the step gets its own id back.
    if (this.#commit(restoreStep(this.#routine, step, index), 'add-step', fill(this.#ui.restored, {label}))) {
      void this.#focusLater(`li[data-id="${step.id}"] input`);
    }
  }

  /** Moves a step, announces where it went, and keeps focus on the moved step. */
  #move(id: string, to: number, focus?: HTMLElement): void {
    const active = focus ?? (this.shadowRoot!.activeElement as HTMLElement | null);
    const next = moveStep(this.#routine, id, to);
    const index = next.steps.findIndex((s) => s.id === id);
    const message = say(this.pack.locale, this.#ui.moved, {label: stepName(this.#ui, next.steps, index, this.pack.locale), position: index + 1, count: next.steps.length}, 'count');
    if (!this.#commit(next, 'move-step', message)) return;
    // A move button now disabled (at the top or bottom) hands focus to the other one.
    void this.#focusLater(() => ((active as HTMLButtonElement | null)?.disabled
      ? this.shadowRoot!.querySelector(`li[data-id="${id}"] button:enabled`) : active));
  }

  #onStepKeydown(e: KeyboardEvent, id: string): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const target = e.target as HTMLElement;
    // Save what was typed in this field first, so the move never drops it (a button ignores it).
    target.dispatchEvent(new Event('change'));
    const index = this.#routine.steps.findIndex((s) => s.id === id);
    this.#move(id, index + (e.key === 'ArrowUp' ? -1 : 1), target);
  }

  // ---- pointer drag ------------------------------------------------------------------------
  // The handle is for pointer users only (aria-hidden): buttons and Alt+Arrow keys are the
  // accessible path. While dragging, a marker shows where the step will land; the list
  // itself changes once, on release, so one drag is one `move-step` event.

  #startDrag(e: PointerEvent, id: string): void {
    if (!e.isPrimary || e.button) return; // the main button of the first pointer only
    e.preventDefault();
    const from = this.#routine.steps.findIndex((s) => s.id === id);
    const listening = new AbortController();
    this.#drag = {id, from, to: from, listening};
    const options = {signal: listening.signal};
    window.addEventListener('pointermove', this.#onDragMove, options);
    window.addEventListener('pointerup', this.#onDragEnd, options);
    window.addEventListener('pointercancel', this.#endDrag, options);
    this.requestUpdate();
  }

  #onDragMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag) return;
    let to = 0;
    this.shadowRoot!.querySelectorAll('li.step').forEach((li, i) => {
      const box = li.getBoundingClientRect();
      if (i !== drag.from && e.clientY > box.top + box.height / 2) to++;
    });
    if (to !== drag.to) {
      drag.to = to;
      this.requestUpdate();
    }
  };

  #onDragEnd = (): void => {
    const drag = this.#drag;
    this.#endDrag();
    if (drag && drag.to !== drag.from) this.#move(drag.id, drag.to);
  };

  #endDrag = (): void => {
    this.#drag?.listening.abort();
    this.#drag = undefined;
    this.requestUpdate();
  };

  // ---- run mode ----------------------------------------------------------------------------

  #startRun(): void {
    this.mode = 'run';
    this.#freshEdit();
    this.#advance(0);
  }

  #backToEdit(): void {
    this.mode = 'edit';
    void this.#focusLater('.steps-heading');
  }

  #advance(index: number): void {
    this.#runIndex = index;
    this.requestUpdate();
    void this.#focusLater('.run-heading');
  }

  #done(step: RoutineStep): void {
    this.dispatchEvent(new AttuneRoutineStepCompleteEvent({
      schemaVersion: 1, routineId: this.#routine.id, stepId: step.id, completedAt: new Date().toISOString(),
    }));
    this.#advance(this.#runIndex + 1);
  }

  #renderRun(): TemplateResult {
    const ui = this.#ui;
    const {cues, reminders, library} = this.pack.routine;
    const routine = this.#routine;
    const steps = routine.steps;
    const index = Math.min(this.#runIndex, steps.length);
    const step = steps[index];
    const start = schedule(routine).starts?.[index];
    const tip = library.find((s) => s.id === step?.stepId)?.tip;
    const [level, sub, subsub] = levels(this.headingLevel);
    const button = (label: string, click: () => void, kind?: 'primary') => this.#button(label, click, '', kind);
    return html`
      ${heading(level, 'title', routine.name || ui.untitled)}
      <div class="run-step" part="run-step">
        ${!steps.length ? html`<p>${ui.noSteps}</p>` : step ? html`
          ${heading(sub, 'run-heading', progress(ui, index, steps.length, this.pack.locale) + (step.label && `: ${step.label}`), true)}
          <p class="run-label">${step.label}</p>
          <p class="hint">${formatDuration(step.minutes, ui, this.pack.locale)}${start === undefined ? nothing : html`<br>${fill(ui.startsAt, {time: formatClock(start, this.pack.locale)})}`}</p>
          ${step.note ? html`<p class="note">${step.note}</p>` : nothing}
          ${tip ? html`<p class="tip">${tip}</p>` : nothing}
          <div class="actions">
            ${button(ui.done, () => this.#done(step), 'primary')}
            ${button(ui.skip, () => this.#advance(index + 1))}
            ${button(ui.finish, () => this.#advance(steps.length))}
          </div>` : html`
          ${heading(sub, 'run-heading', ui.finished, true)}
          <div class="actions">${button(ui.runAgain, () => this.#advance(0), 'primary')}</div>`}
      </div>
      <section class="cues" part="cues">
        ${heading(sub, 'heading', cues.heading)}
        <p>${cues.intro}</p>
        <div class="cue-lists">
          ${[cues.engagement, cues.disengagement, cues.tired].map((list) => html`<div>
            ${heading(subsub, 'subheading', list.heading)}
            <ul>${list.items.map((item) => html`<li>${item}</li>`)}</ul>
          </div>`)}
        </div>
      </section>
      ${reminders.items.length ? html`<section class="reminders" part="reminders">
        ${heading(sub, 'heading', reminders.heading)}
        <ul>${reminders.items.map((item) => html`<li>${item.text}</li>`)}</ul>
      </section>` : nothing}
      <div class="actions">${button(ui.edit, this.#backToEdit)}</div>`;
  }
}
