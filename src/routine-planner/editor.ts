import type {ReactiveControllerHost, TemplateResult} from 'lit';
import {fill} from '../core/format.js';
import {afterPaint, type FocusAfterRender} from '../core/focus.js';
import {formatMessage} from '../core/plural.js';
import type {PackWith} from '../schema/content.js';
import type {Routine, RoutineChangeReason} from '../schema/routine.js';
import {chosenStep, customFields} from './add-view.js';
import {DragController} from './drag-controller.js';
import {editView, type EditView} from './edit-view.js';
import {keepInPlace, screenTop} from './keep-in-place.js';
import {checkField, checkStartTime} from './fields.js';
import {
  addStep,
  applyTemplate,
  editStep,
  moveStep,
  removeStep,
  renameRoutine,
  restoreStep,
  setStartTime,
  type StepEdit,
} from './routine.js';
import {stepName, type Undo} from './step-list.js';

/** What the editor needs from its element. */
export interface EditorHost {
  /** The element: drag listens on it, and every render is asked of it. */
  element: ReactiveControllerHost & HTMLElement;
  /** The one way the element moves focus after a render. */
  focus: FocusAfterRender;
  routine(): Routine;
  pack(): PackWith<'routine'>;
  /** Takes in one edit of the parent's and sends its one change event. */
  save(next: Routine, reason: RoutineChangeReason): void;
}

/**
 * Edit mode's state and actions: what was just done (and its Undo), the one open step, the
 * fields' errors and drag. Each action makes at most one edit, through `host.save`, and says
 * where focus goes next. Rendering is `editView`'s; this class only wires it.
 */
export class RoutineEditor {
  readonly #host: EditorHost;
  /** What the status region says about the last action. */
  #status = '';
  #undo?: Undo;
  /** The step whose fields are open: one at a time. */
  #open?: string;
  /** Field id → error message, for inline validation. */
  readonly #errors = new Map<string, string>();
  readonly #drag: DragController;
  /** A new idea's step fields come the frame after its rows: settles once they are asked for. */
  #fieldsLater?: Promise<void>;

  constructor(host: EditorHost) {
    this.#host = host;
    this.#drag = new DragController(
      host.element,
      () => host.element.shadowRoot!.querySelectorAll('li.step'),
      (id, to) => this.#move(id, to, {}),
    );
  }

  /** Forgets the message, Undo, errors and open step (on restore, and on the way to run mode). */
  reset(): void {
    this.#undo = undefined;
    this.#open = undefined;
    this.#status = '';
    this.#errors.clear();
  }

  /** Settles when the step fields held back for a frame (see `#useTemplate`) have been asked for. */
  get pending(): Promise<void> | undefined {
    return this.#fieldsLater;
  }

  render(levels: readonly number[], run: () => void): TemplateResult {
    return editView(this.#view(levels, this.#host.routine(), run));
  }

  /**
   * Edit mode for `routine` instead of the parent's, with a message and Undo showing: a screen for
   * `prepareWhenIdle`, never shown.
   */
  renderUnseen(levels: readonly number[], routine: Routine): TemplateResult {
    const view = this.#view(levels, routine, () => {});
    // Any text: a message and an Undo button show, so their templates are readied too.
    return editView({...view, status: 'unseen', undo: 'unseen', fields: true});
  }

  #view(levels: readonly number[], routine: Routine, run: () => void): EditView {
    return {
      pack: this.#host.pack(),
      routine,
      levels,
      status: this.#status,
      undo: this.#undo?.label,
      open: this.#open,
      fields: !this.#fieldsLater,
      errors: this.#errors,
      drag: this.#drag,
      run,
      rename: (input) => this.#commit(renameRoutine(this.#routine, input.value), 'rename'),
      startTime: (input) => this.#onStartTime(input),
      useTemplate: (id) => this.#useTemplate(id),
      undoRemove: () => this.#onUndo(),
      addLibrary: (e) => this.#onAddLibrary(e),
      addCustom: (e) => this.#onAddCustom(e),
      toggle: (id) => this.#toggle(id),
      move: (id, to) => this.#move(id, to, {keep: true}),
      remove: (id) => this.#remove(id),
      edit: (input, id) => this.#editStep(input, id),
      keydown: (e, id) => this.#onStepKeydown(e, id),
    };
  }

  get #routine(): Routine {
    return this.#host.routine();
  }

  get #words() {
    return this.#host.pack().routine;
  }

  get #locale(): string {
    return this.#host.pack().locale;
  }

  /** Saves one edit with what to announce (and Undo); false when the edit changed nothing. */
  #commit(next: Routine, reason: RoutineChangeReason, status = '', undo?: Undo): boolean {
    if (next === this.#routine) return false;
    // Set before the event, so a host that sets the routine straight back keeps the message.
    this.#status = status;
    this.#undo = undo;
    this.#host.save(next, reason);
    return true;
  }

  /** Opens a step's fields (closing any other) and focuses its first field; closing returns focus to its row. */
  #toggle(id: string): void {
    const opening = this.#open !== id;
    this.#open = opening ? id : undefined;
    this.#host.focus.request(`li[data-id="${id}"] ${opening ? 'input' : '.toggle'}`);
  }

  /** Starts from an idea; ideas are offered only while the routine is empty, so nothing is replaced. */
  #useTemplate(templateId?: string): void {
    const words = this.#words;
    const template = words.templates.find((t) => t.id === templateId);
    if (!template) return this.#host.focus.request('#library'); // "Start with no steps": go straight to adding one.
    const next = applyTemplate(this.#routine, template, words.library);
    if (!this.#commit(next, 'template', fill(words.ui.added, {label: template.name}))) return;
    // Many new rows: the tap paints them first, on a slow phone too. Their fields (hidden until a
    // step is opened) follow a frame later, and focus once the rows are on screen: focusing
    // forces the new content's style and layout, which would hold the tap's paint back.
    this.#fieldsLater = new Promise((resolve) =>
      afterPaint(() => {
        this.#fieldsLater = undefined;
        this.#host.element.requestUpdate();
        resolve();
      }),
    );
    this.#host.focus.request('.steps-heading', {afterPaint: true});
  }

  /** Reads the start time the parent typed; what cannot be read stays in the field, with an error. */
  #onStartTime(input: HTMLInputElement): void {
    const error = this.#errors.get(input.id);
    const time = checkStartTime(input, this.#words.ui, this.#locale, this.#errors);
    this.#host.element.requestUpdate();
    if (time === undefined) this.#status = this.#errors.get(input.id)!;
    else this.#commitFixed(setStartTime(this.#routine, time), 'start-time', error);
  }

  /** Commits one field of a step on `change`, after checking it. */
  #editStep(input: HTMLInputElement, id: string): void {
    const field = input.name as keyof StepEdit;
    const before = this.#errors.get(input.id);
    const error = this.#check(input);
    // Said in the status region too: the field is not focused again, so its description is not read.
    if (error) this.#status = error;
    else {
      const value = field === 'minutes' ? Number(input.value) : input.value;
      this.#commitFixed(editStep(this.#routine, id, {[field]: value}), 'edit-step', before);
    }
  }

  /**
   * Commits a field that now reads well. Back to the value it had, it changes nothing, but the
   * error it last said in the status region (`error`) is no longer true, so it goes.
   */
  #commitFixed(next: Routine, reason: RoutineChangeReason, error?: string): void {
    if (!this.#commit(next, reason) && error && this.#status === error) this.#status = '';
  }

  /** Shows or clears a label or minutes field's inline error, and gives it back (false when the value is fine). */
  #check(input: HTMLInputElement): string | false {
    this.#host.element.requestUpdate();
    return checkField(input, this.#words.ui, this.#errors);
  }

  #onAddLibrary(e: SubmitEvent): void {
    const step = chosenStep(e, this.#words.library);
    if (step) this.#commit(addStep(this.#routine, step), 'add-step', fill(this.#words.ui.added, {label: step.label}));
  }

  #onAddCustom(e: SubmitEvent): void {
    const [form, inputs] = customFields(e);
    const invalid = inputs.filter((input) => this.#check(input));
    const [label, minutes] = inputs.map((input) => input.value);
    // Focus once the errors are on screen, so the field is read with its error.
    if (invalid.length) return this.#host.focus.request(() => invalid[0]);
    const next = addStep(this.#routine, {label, minutes: Number(minutes)});
    if (this.#commit(next, 'add-step', fill(this.#words.ui.added, {label}))) {
      form.reset();
      inputs[0].focus();
    }
  }

  #remove(id: string): void {
    const steps = this.#routine.steps;
    const index = steps.findIndex((s) => s.id === id);
    const step = steps[index];
    if (!step) return;
    const label = stepName(this.#words.ui, steps, index, this.#locale);
    const message = fill(this.#words.ui.removed, {label});
    if (this.#commit(removeStep(this.#routine, id), 'remove-step', message, {label, step, index})) {
      this.#host.focus.request('.status button');
    }
  }

  #onUndo(): void {
    const {label, step, index} = this.#undo!;
    // Any other edit clears the undo, so the step gets its own id back; its fields open again.
    const message = fill(this.#words.ui.restored, {label});
    if (this.#commit(restoreStep(this.#routine, step, index), 'add-step', message)) {
      this.#open = step.id;
      this.#host.focus.request(`li[data-id="${step.id}"] input`);
    }
  }

  /**
   * Moves a step, announces where it went, and keeps focus on the moved step. A move by button or
   * key (`keep`) also keeps the step's row where it was on screen, under the finger that pressed
   * it; a dragged step stays where it was dropped.
   */
  #move(id: string, to: number, {focus, keep = false}: {focus?: HTMLElement; keep?: boolean}): void {
    const root = this.#host.element.shadowRoot!;
    const active = focus ?? (root.activeElement as HTMLElement | null);
    const row = () => root.querySelector(`li[data-id="${id}"]`);
    const top = keep ? screenTop(row()) : undefined;
    const next = moveStep(this.#routine, id, to);
    const index = next.steps.findIndex((s) => s.id === id);
    const label = stepName(this.#words.ui, next.steps, index, this.#locale);
    const values = {label, position: index + 1, count: next.steps.length};
    if (!this.#commit(next, 'move-step', formatMessage(this.#locale, this.#words.ui.moved, values, 'count'))) return;
    this.#host.focus.request(() => {
      const moved = row();
      if (moved && top !== undefined) keepInPlace(moved, top);
      // A move button now disabled (at the top or bottom) hands focus to the other one.
      return (active as HTMLButtonElement | null)?.disabled ? moved?.querySelector('.move:enabled') : active;
    });
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
    else this.#move(id, this.#routine.steps.findIndex((s) => s.id === id) + by!, {focus: target, keep: true});
  }
}
