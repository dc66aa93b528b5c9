import {html, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {AttuneElement} from '../core/attune-element.js';
import {AttuneRoutineChangeEvent, AttuneRoutineStepCompleteEvent} from '../core/events.js';
import {fill} from '../core/format.js';
import {say} from '../core/plural.js';
import {controls} from '../core/controls.styles.js';
import {tokens} from '../core/styles.js';
import type {Routine, RoutineChangeReason, RoutineStep} from '../schema/routine.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {routine as routineWords} from '../content/en-GB-england/routine.js';
import {
  addStep,
  applyTemplate,
  createRoutine,
  editStep,
  moveStep,
  removeStep,
  renameRoutine,
  restoreStep,
  setStartTime,
  type StepEdit,
} from './routine.js';
import {DragController} from './drag-controller.js';
import {chosenStep, customFields} from './add-view.js';
import {editView} from './edit-view.js';
import {runView} from './run-view.js';
import {checkField} from './fields.js';
import {levels, stepName, type Ui, type Undo} from './step-list.js';
import {styles} from './routine-planner.styles.js';

/** The built-in pack for this element: `help` is required by every pack; `routine` is its words. */
const builtInContent = {...meta, help, routine: routineWords};

/**
 * A planner for calm, predictable routines (bedtime, naps, bath time, calming a crying baby).
 * Parents start from an idea or from nothing, add steps from a library or their own, reorder
 * them with buttons, Alt+Arrow keys or by dragging, and see each step's clock time and the
 * total. Steps are a compact list (time, name, minutes); a step's name opens its fields, one
 * step at a time (Escape or Done closes them). In `run` mode it shows one step at a time with a
 * "watch your baby" panel, so the parent follows the baby's lead. No timers, sounds or rewards.
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
 * @csspart run-heading - The current step's heading in run mode: "Step 2 of 7" and the step's name.
 * @csspart subheading - A cue list's heading, two levels below the title.
 * @csspart templates - The list of ideas to start from.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step in edit mode.
 * @csspart step-toggle - A step's name, time and minutes: the button that opens its fields.
 * @csspart step-editor - A step's fields, Done and Remove (shown for the open step only).
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
  /** The step whose fields are open: one at a time. */
  #open?: string;
  /** Field id → error message, for inline validation. */
  #errors = new Map<string, string>();
  #runIndex = 0;
  #drag = new DragController(
    this,
    () => this.shadowRoot!.querySelectorAll('li.step'),
    (id, to) => this.#move(id, to),
  );

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
    this.checkThenApply('routine', value, {
      parse: (v, input) => v.parseRoutine(input),
      apply: (routine) => {
        this.#routine = routine;
        this.#freshEdit();
      },
      empty: createRoutine,
      current: this.#routine,
    });
  }

  /** Edit mode starts afresh (new fields; no message, Undo, errors or open step) on restore and for run mode. */
  #freshEdit(): void {
    this.#generation++;
    this.#undo = undefined;
    this.#open = undefined;
    this.#status = '';
    this.#errors.clear();
    this.requestUpdate();
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
    return this.mode === 'run'
      ? runView({
          words: this.pack.routine,
          locale: this.pack.locale,
          routine: this.#routine,
          index: this.#runIndex,
          levels: levels(this.headingLevel),
          done: (step) => this.#done(step),
          go: (i) => this.#advance(i),
          edit: () => this.#switchTo('edit'),
        })
      : html`${keyed(this.#generation, this.#renderEdit())}`;
  }

  #renderEdit(): TemplateResult {
    return editView({
      pack: this.pack,
      routine: this.#routine,
      levels: levels(this.headingLevel),
      status: this.#status,
      undo: this.#undo?.label,
      open: this.#open,
      errors: this.#errors,
      drag: this.#drag,
      rename: (input) => this.#commit(renameRoutine(this.#routine, input.value), 'rename'),
      startTime: (input) => this.#commit(setStartTime(this.#routine, input.value.slice(0, 5)), 'start-time'),
      useTemplate: (id) => this.#useTemplate(id),
      undoRemove: () => this.#onUndo(),
      run: () => this.#switchTo('run'),
      addLibrary: (e) => this.#onAddLibrary(e),
      addCustom: (e) => this.#onAddCustom(e),
      toggle: (id) => this.#toggle(id),
      move: (id, to) => this.#move(id, to),
      remove: (id) => this.#remove(id),
      edit: (input, id) => this.#editStep(input, id),
      keydown: (e, id) => this.#onStepKeydown(e, id),
    });
  }

  /** Opens a step's fields (closing any other) and focuses its first field; closing returns focus to its row. */
  #toggle(id: string): void {
    const opening = this.#open !== id;
    this.#open = opening ? id : undefined;
    this.requestUpdate();
    void this.#focusLater(`li[data-id="${id}"] ${opening ? 'input' : '.toggle'}`);
  }

  /** Starts from an idea; ideas are offered only while the routine is empty, so nothing is replaced. */
  #useTemplate(templateId?: string): void {
    const template = this.pack.routine.templates.find((t) => t.id === templateId);
    if (!template) {
      void this.#focusLater('#library'); // "Start with no steps": go straight to adding one.
    } else if (
      this.#commit(
        applyTemplate(this.#routine, template, this.pack.routine.library),
        'template',
        fill(this.#ui.added, {label: template.name}),
      )
    ) {
      void this.#focusLater('.steps-heading');
    }
  }

  /** Commits one field of a step on `change`, after checking it. */
  #editStep(input: HTMLInputElement, id: string): void {
    const field = input.name as keyof StepEdit;
    const error = this.#check(input);
    // Said in the status region too: the field is not focused again, so its description is not read.
    if (error) this.#status = error;
    else
      this.#commit(
        editStep(this.#routine, id, {[field]: field === 'minutes' ? Number(input.value) : input.value}),
        'edit-step',
      );
  }

  /** Shows or clears a label or minutes field's inline error, and gives it back (falsy when the value is fine). A note is always fine. */
  #check(input: HTMLInputElement): string | false {
    this.requestUpdate();
    return checkField(input, this.#ui, this.#errors);
  }

  #onAddLibrary(e: SubmitEvent): void {
    const step = chosenStep(e, this.pack.routine.library);
    if (step) this.#commit(addStep(this.#routine, step), 'add-step', fill(this.#ui.added, {label: step.label}));
  }

  #onAddCustom(e: SubmitEvent): void {
    const [form, inputs] = customFields(e);
    const invalid = inputs.filter((input) => this.#check(input));
    const [label, minutes] = inputs.map((input) => input.value);
    // Focus once the errors are on screen, so the field is read with its error.
    if (invalid.length) void this.#focusLater(() => invalid[0]);
    else if (
      this.#commit(addStep(this.#routine, {label, minutes: Number(minutes)}), 'add-step', fill(this.#ui.added, {label}))
    ) {
      form.reset();
      inputs[0].focus();
    }
  }

  #remove(id: string): void {
    const steps = this.#routine.steps;
    const index = steps.findIndex((s) => s.id === id);
    const step = steps[index];
    if (!step) return;
    const label = stepName(this.#ui, steps, index, this.pack.locale);
    if (
      this.#commit(removeStep(this.#routine, id), 'remove-step', fill(this.#ui.removed, {label}), {label, step, index})
    ) {
      void this.#focusLater('.status button');
    }
  }

  #onUndo(): void {
    const {label, step, index} = this.#undo!;
    // Any other edit clears the undo, so the step gets its own id back; its fields open again.
    if (this.#commit(restoreStep(this.#routine, step, index), 'add-step', fill(this.#ui.restored, {label}))) {
      this.#open = step.id;
      void this.#focusLater(`li[data-id="${step.id}"] input`);
    }
  }

  /** Moves a step, announces where it went, and keeps focus on the moved step. */
  #move(id: string, to: number, focus?: HTMLElement): void {
    const active = focus ?? (this.shadowRoot!.activeElement as HTMLElement | null);
    const next = moveStep(this.#routine, id, to);
    const index = next.steps.findIndex((s) => s.id === id);
    const message = say(
      this.pack.locale,
      this.#ui.moved,
      {label: stepName(this.#ui, next.steps, index, this.pack.locale), position: index + 1, count: next.steps.length},
      'count',
    );
    if (!this.#commit(next, 'move-step', message)) return;
    // A move button now disabled (at the top or bottom) hands focus to the other one.
    void this.#focusLater(() =>
      (active as HTMLButtonElement | null)?.disabled
        ? this.shadowRoot!.querySelector(`li[data-id="${id}"] .move:enabled`)
        : active,
    );
  }

  /** Alt+Arrow moves the step from any of its controls; Escape closes its fields. */
  #onStepKeydown(e: KeyboardEvent, id: string): void {
    const close = e.key === 'Escape' && this.#open === id;
    const by = e.altKey ? ({ArrowUp: -1, ArrowDown: 1} as Record<string, number>)[e.key] : undefined;
    if (!close && !by) return;
    e.preventDefault();
    const target = e.target as HTMLElement;
    // Save what was typed in this field first, as it is about to move or be hidden (a button ignores it).
    target.dispatchEvent(new Event('change'));
    if (close) this.#toggle(id);
    else this.#move(id, this.#routine.steps.findIndex((s) => s.id === id) + by!, target);
  }

  /** Runs the routine from its first step, or goes back to editing it with focus on the steps. */
  #switchTo(mode: 'edit' | 'run'): void {
    this.mode = mode;
    if (mode === 'edit') return void this.#focusLater('.steps-heading');
    this.#freshEdit();
    this.#advance(0);
  }

  #advance(index: number): void {
    this.#runIndex = index;
    this.requestUpdate();
    void this.#focusLater('.run-heading');
  }

  #done(step: RoutineStep): void {
    this.dispatchEvent(
      new AttuneRoutineStepCompleteEvent({
        schemaVersion: 1,
        routineId: this.#routine.id,
        stepId: step.id,
        completedAt: new Date().toISOString(),
      }),
    );
    this.#advance(this.#runIndex + 1);
  }
}
