import {html, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {AttuneElement, checkedValue, sameData} from '../core/attune-element.js';
import {onePressOneAction} from '../core/press.js';
import {nhsAppLinks} from '../core/nhs-app.js';
import {AttuneRoutineChangeEvent, AttuneRoutineStepCompleteEvent} from '../core/events.js';
import {FocusAfterRender} from '../core/focus.js';
import {prepareWhenIdle} from '../core/prepare.js';
import {headingLevels, type HeadingLevel} from '../core/heading.js';
import {controls} from '../core/controls.styles.js';
import {tokens} from '../core/styles.js';
import type {Routine, RoutineChangeReason, RoutineStep} from '../schema/routine.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {routine as routineWords} from '../content/en-GB-england/routine.js';
import {applyTemplate, createRoutine, cryingWordsFor} from './routine.js';
import {RoutineEditor} from './editor.js';
import {runView} from './run-view.js';
import {styles} from './routine-planner.styles.js';

/** The built-in pack for this element: `help` is required by every pack; `routine` is its words. */
const builtInContent = {...meta, help, routine: routineWords};

/** What the planner shows: `edit` builds the routine, `run` goes through it step by step. */
export type RoutineMode = 'edit' | 'run';

/**
 * A planner for calm, predictable routines (bedtime, naps, bath time, calming a crying baby).
 * Parents start from an idea or from nothing, add steps from a library or their own, reorder
 * them with buttons, Alt+Arrow keys or by dragging, and see each step's clock time and the
 * total. Steps are a compact list (time, name, minutes); a step's name opens its fields, one
 * step at a time (Escape or Done closes them). In `run` mode it shows one step at a time with a
 * "watch your baby" panel, so the parent follows the baby's lead. No timers, sounds or rewards.
 * A routine from an idea the pack marks `crying` runs safety first: never shake, it is OK to put
 * the baby down and step away, a "Take a break" button that stays on screen, 999 and 111 as
 * links, and "Still crying?" at the end.
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
 * @csspart link - A call or web link in the reminders or in "Still crying?".
 * @csspart safety - A crying routine's safety advice, first in run mode.
 * @csspart safety-heading - Its heading ("Never shake a baby").
 * @csspart break - The "Take a break" button and the safe-break steps it shows.
 * @csspart break-heading - The heading of the safe-break steps.
 * @csspart button - Every button.
 * @csspart input - Every text field and the library's select.
 *
 * @cssprop [--attune-color-text=light-dark(#1f2328, #eceef0)] - Body text colour.
 * @cssprop [--attune-color-text-muted=light-dark(#4b5560, #b9c0c8)] - Muted text colour: hints and the drag handle.
 * @cssprop [--attune-color-surface=light-dark(#ffffff, #1a1c1f)] - Background: the widget, its steps and fields.
 * @cssprop [--attune-color-surface-alt=light-dark(#f1f4f6, #262a2f)] - Second background: the cues panel and the ideas.
 * @cssprop [--attune-color-border=light-dark(#68737d, #8e99a4)] - Border colour: fields and steps.
 * @cssprop [--attune-color-accent=light-dark(#1f5aa6, #8dbdff)] - Accent colour: buttons, links and the drop marker.
 * @cssprop [--attune-color-on-accent=light-dark(#ffffff, #0d1b2c)] - Text on filled buttons.
 * @cssprop [--attune-color-error=light-dark(#a4161a, #ff8e8e)] - Error colour: field errors.
 * @cssprop [--attune-color-focus=light-dark(#b35c00, #ffbf47)] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`. Default: 3 px solid in `--attune-color-focus`.
 * @cssprop [--attune-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--attune-font-family-heading] - Font stack of the headings. Default: `--attune-font-family`.
 * @cssprop [--attune-font-size=1rem] - Base font size.
 * @cssprop [--attune-radius=0.5rem] - Corner radius.
 * @cssprop [--attune-space=1rem] - Base spacing unit.
 * @cssprop [--attune-sticky-top=0] - How far from the top of the window "Take a break" stays while the page scrolls, e.g. the height of the host's own fixed header.
 */
export class AttuneRoutinePlanner extends AttuneElement<'routine'> {
  constructor() {
    super(builtInContent, ['routine']);
    this.addController(onePressOneAction(this));
    this.addController(nhsAppLinks(this));
  }

  static override styles = [tokens, controls, styles];
  static override properties = {
    mode: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    // Lit hands a routine set before the element was defined to the setter (see `content`).
    routine: {attribute: false, noAccessor: true},
  };

  /** The level of the planner's heading, 2 to 6; section headings are one level below, cue lists two below. */
  headingLevel: HeadingLevel = 2;
  /** `edit` (build the routine) or `run` (go through it step by step). */
  mode: RoutineMode = 'edit';
  #routine = createRoutine();
  /** Bumped when the host sets `routine`, so every field is rebuilt from it. */
  #generation = 0;
  #runIndex = 0;
  /** A crying routine's safe-break steps are showing. */
  #breakOpen = false;
  #focus = new FocusAfterRender(this);
  #editor = new RoutineEditor({
    element: this,
    focus: this.#focus,
    routine: () => this.#routine,
    pack: () => this.pack,
    save: (next, reason) => this.#save(next, reason),
  });

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
    this.#setRoutine(value);
  }
  #setRoutine = checkedValue(this.checks, 'routine', {
    parse: (v, input) => v.parseRoutine(input),
    apply: (routine) => {
      this.#routine = routine;
      this.#freshEdit();
    },
    empty: createRoutine,
    unchanged: (routine) => sameData(routine, this.#routine),
  });

  /**
   * Edit mode starts afresh (new fields; no message, Undo, errors or open step) on restore and for
   * run mode, and run mode with the safe-break steps closed.
   */
  #freshEdit(): void {
    this.#generation++;
    this.#editor.reset();
    this.#breakOpen = false;
    this.requestUpdate();
  }

  /** Also waits for the step fields a new idea's rows hold back for a frame (see RoutineEditor). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.#editor.pending;
    if (!pending) return done;
    await pending;
    return this.getUpdateComplete();
  }

  /** Takes in one edit of the parent's and sends one change event with a copy of the routine. */
  #save(next: Routine, reason: RoutineChangeReason): void {
    this.#routine = next;
    this.requestUpdate();
    this.dispatchEvent(new AttuneRoutineChangeEvent({schemaVersion: 1, routine: structuredClone(next), reason}));
  }

  protected override renderContent(): TemplateResult {
    const levels = headingLevels(this.headingLevel, 3);
    if (this.mode !== 'run') {
      return html`${keyed(
        this.#generation,
        this.#editor.render(levels, () => this.#switchTo('run')),
      )}`;
    }
    return this.#runView(levels, this.#routine, this.#runIndex);
  }

  /** Run mode for `routine` at step `index`, with this element's actions. */
  #runView(levels: readonly number[], routine: Routine, index: number): TemplateResult {
    return runView({
      words: this.pack.routine,
      locale: this.pack.locale,
      routine,
      index,
      levels,
      done: (step) => this.#done(step),
      go: (i) => this.#advance(i),
      edit: () => this.#switchTo('edit'),
      breakOpen: this.#breakOpen,
      toggleBreak: () => this.#toggleBreak(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prepareWhenIdle(this, 'planner screens', () => this.#screensAhead());
  }

  /** A routine from the first idea, in edit mode and in run mode: the screens a parent reaches first. */
  #screensAhead(): TemplateResult[] {
    const levels = headingLevels(this.headingLevel, 3);
    const words = this.pack.routine;
    const template = words.templates[0];
    if (!template) return [];
    const routine = applyTemplate(createRoutine(), template, words.library);
    return [this.#editor.renderUnseen(levels, routine), this.#runView(levels, routine, 0)];
  }

  /** Runs the routine from its first step, or goes back to editing it with focus on the steps. */
  #switchTo(mode: RoutineMode): void {
    this.mode = mode;
    if (mode === 'edit') return this.#focus.request('.steps-heading');
    this.#freshEdit();
    this.#advance(0);
  }

  /**
   * Shows the step at `index` (the end past the last) with focus on its heading, so it is heard.
   * A crying routine starts on its safety advice instead, so that is heard first.
   */
  #advance(index: number): void {
    this.#runIndex = index;
    const crying = index === 0 && cryingWordsFor(this.pack.routine, this.#routine);
    this.#focus.request(crying ? '.safety-heading' : '.run-heading');
  }

  /** Shows the safe-break steps with focus on their heading, or hides them with focus on the button. */
  #toggleBreak(): void {
    this.#breakOpen = !this.#breakOpen;
    this.#focus.request(this.#breakOpen ? '.break-heading' : '.break > button');
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
