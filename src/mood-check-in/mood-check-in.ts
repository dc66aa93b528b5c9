import {html, type TemplateResult} from 'lit';
import {AttuneHelpCard} from '../help-card/help-card.js';
import {scopedRegistry} from '../core/scoped-registry.js';
import {AttuneElement, checkedValue, loadedValidators, sameData} from '../core/attune-element.js';
import {onePressOneAction} from '../core/press.js';
import {nhsAppLinks} from '../core/nhs-app.js';
import {AttuneCheckInChangeEvent, AttuneCheckInSubmitEvent} from '../core/events.js';
import {FocusAfterRender} from '../core/focus.js';
import {newId, now} from '../core/stamps.js';
import {heading, headingLevels, type HeadingLevel} from '../core/heading.js';
import {controls} from '../core/controls.styles.js';
import {tokens} from '../core/styles.js';
import {isUrgent} from '../model/levels.js';
import {checkInStepsFor, type CheckInStep} from '../model/check-in-steps.js';
import type {CheckInDraft, CheckInResponse} from '../schema/check-in-data.js';
import type {PackWith} from '../schema/content.js';
import {checkIn} from '../content/en-GB-england/check-in.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {atStep, buildResponse, emptyState, firstProblem, started, toDraft, writeNote} from './draft.js';
import type {CheckInProblem, CheckInState} from './draft.js';
import {urgentHelpSoFar} from '../model/check-in-scoring.js';
import {helpChanged, resultView, revealFirstAction} from './result.js';
import {noteNewsFor, stepScreen, type CheckInView} from './steps.js';
import {prepareScreensAhead} from './prepare.js';
import {controlOf, savedDraft, syncForm} from './form.js';
import {styles} from './mood-check-in.styles.js';

const scoped = scopedRegistry({'attune-help-card': AttuneHelpCard});

/** The built-in pack for this element: its own words and the help card it shows. */
const builtInContent = {...meta, help, checkIn};

/**
 * A short, kind check-in for parents: mood, feeling words, optional questions (which a host may
 * score), an optional note, a review, then a result with a kind message, two ideas and, where the
 * answers call for it, the right `<attune-help-card>`. A worrying answer to a safety question
 * always gives urgent or emergency help, shown first and focused, in the same render.
 *
 * The check-in stores nothing: every change fires `attune-check-in-change`, whose `draft` the host
 * can save and set back; finishing fires one `attune-check-in-submit`. With a `name` inside a
 * `<form>`, the form submits `{ schemaVersion, response }` as JSON, like the submit event.
 *
 * @summary A parent's mood check-in with a kind result and a safe path to help.
 *
 * @fires {CheckInChangeDetail} attune-check-in-change - The parent changed an answer or moved to another step. `detail`: `{ schemaVersion, draft }`; set `draft` back to restore the same step and answers. Setting `content` or `draft` never fires it.
 * @fires {CheckInSubmitDetail} attune-check-in-submit - The parent finished the check-in (once per submission). `detail`: `{ schemaVersion, response }`.
 * @fires {ContentErrorDetail} attune-content-error - `content` or `draft` was refused (or a draft's unknown ids were left out). `detail`: `{ schemaVersion, property, issues: [{ path, message }] }`.
 *
 * @csspart base - The wrapper that carries the pack's `lang` and `dir`.
 * @csspart title - The check-in's heading.
 * @csspart step - The fieldset of the current step.
 * @csspart step-legend - The step's legend, with the progress.
 * @csspart progress - "Step 2 of 5".
 * @csspart question - The fieldset of one question.
 * @csspart choice - One mood, feeling or answer option (a label around a native input).
 * @csspart note - The note's textarea.
 * @csspart summary - The list of answers on the review step.
 * @csspart nav - The Next, Back and Finish buttons.
 * @csspart button - Every button.
 * @csspart result - The result view.
 * @csspart help - The wrapper of each help card. Each part of the card passes on as `help-<part>`.
 * @csspart help-* - Every part of the help cards inside it, as `help-<part>`; their colour tokens reach them too (both listed in custom-elements.json from the help card's own docs).
 * @csspart now - What to do right now in an emergency (the call, and the baby), before the card.
 *
 * @cssprop [--attune-color-text=light-dark(#1f2328, #eceef0)] - Body text colour.
 * @cssprop [--attune-color-text-muted=light-dark(#4b5560, #b9c0c8)] - Muted text colour: hints, progress and the character count.
 * @cssprop [--attune-color-surface=light-dark(#ffffff, #1a1c1f)] - Background: the widget and its fields.
 * @cssprop [--attune-color-surface-alt=light-dark(#f1f4f6, #262a2f)] - Second background: a chosen option.
 * @cssprop [--attune-color-border=light-dark(#68737d, #8e99a4)] - Border colour: options and fields.
 * @cssprop [--attune-color-accent=light-dark(#1f5aa6, #8dbdff)] - Accent colour: buttons and the chosen option's border.
 * @cssprop [--attune-color-on-accent=light-dark(#ffffff, #0d1b2c)] - Text on filled buttons.
 * @cssprop [--attune-color-error=light-dark(#a4161a, #ff8e8e)] - Error colour: error messages.
 * @cssprop [--attune-color-focus=light-dark(#b35c00, #ffbf47)] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`. Default: 3 px solid in `--attune-color-focus`.
 * @cssprop [--attune-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--attune-font-family-heading] - Font stack of the headings. Default: `--attune-font-family`.
 * @cssprop [--attune-font-size=1rem] - Base font size.
 * @cssprop [--attune-radius=0.5rem] - Corner radius.
 * @cssprop [--attune-space=1rem] - Base spacing unit.
 */
export class AttuneMoodCheckIn extends AttuneElement<'checkIn'> {
  static formAssociated = true;
  static override styles = [tokens, controls, styles];
  static override properties = {
    disabled: {type: Boolean, reflect: true},
    name: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    draft: {attribute: false, noAccessor: true},
  };

  /** Turns every control off. A disabled `<fieldset>` around the element does the same. */
  disabled = false;
  /** The form field name: a surrounding `<form>` submits `{ schemaVersion, response }` as JSON under it. */
  name?: string;
  /** The level of the check-in's heading, 2 to 6; result headings are one level below. */
  headingLevel: HeadingLevel = 2;

  #internals = this.attachInternals();
  #focus = new FocusAfterRender(this);
  /** Kept on the instance, so taking the element out of the page and back keeps the answers. */
  #state: CheckInState = emptyState();
  #response?: CheckInResponse;
  #responseId?: string;
  /** What must be put right before going on, shown and focused; see `#check`. */
  #problem?: CheckInProblem;
  /** What the note's live region last said (see `#typeNote`). */
  #noteNews = '';
  /** Said once when an answer brings help on screen before the result, or takes it away. */
  #helpNews = '';
  /** Next goes back to the review (see `#go`). */
  #toReview?: boolean;
  #formDisabled = false;

  constructor() {
    super(builtInContent, ['checkIn']);
    scoped.adopt(this);
    this.addController(onePressOneAction(this));
    this.addController(nhsAppLinks(this));
  }

  static override shadowRootOptions = scoped.shadowRootOptions; // the inner help card's own registry

  /**
   * The answers so far and the step on screen, as `attune-check-in-change` carries it. Set it
   * (e.g. from storage) to restore them: it is checked, fitted to the current content (answers
   * whose ids are gone are left out and reported with `attune-content-error`) and never throws.
   * The draft it has just sent, set straight back, changes nothing; after Finish the result and its
   * help stay, whatever draft is set, until the parent starts again.
   */
  get draft(): CheckInDraft {
    return toDraft(this.#state, this.pack, now());
  }
  set draft(value: CheckInDraft | null | undefined) {
    this.#setDraft(value);
  }
  #setDraft = checkedValue(this.checks, 'draft', {
    parse: (v, input) => v.parseCheckInDraftFor(input, this.pack.checkIn),
    apply: ({state, issues}) => {
      if (this.#response) return; // after Finish only the parent starts again: a crisis card stays
      this.#restart(state);
      if (issues.length) this.reportContentError('draft', issues);
    },
    empty: () => ({state: emptyState(), issues: []}),
    unchanged: (checked, v) => sameData(checked, v.fitCheckInDraft(this.draft, this.pack.checkIn)),
  });

  /** What the parent submitted, once they have finished; `undefined` before. */
  get response(): CheckInResponse | undefined {
    return this.#response;
  }

  /** Clears every answer and shows the first step, without an event; after Finish the result stays. */
  reset(): void {
    if (!this.#response) this.#restart(emptyState());
  }

  /** Why a surrounding form would not submit yet (e.g. no mood chosen), in the pack's words; empty outside a form. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  formAssociatedCallback(): void {
    this.#syncForm();
  }
  formResetCallback(): void {
    this.reset();
  }
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    // Also called while Lit reflects `disabled` mid-update, when a request would be lost.
    queueMicrotask(() => this.requestUpdate());
  }
  formStateRestoreCallback(state: unknown): void {
    const saved = savedDraft(state);
    if (saved !== undefined) this.draft = saved as CheckInDraft; // else not one we saved: nothing changes
  }

  protected override applyContent(pack: PackWith<'checkIn'>): void {
    // Another pack: keep every answer whose ids it still has. A host's pack was validated, so
    // the validators are there; without them the pack is the built-in one the answers came from.
    const fitted = loadedValidators()?.fitCheckInDraft(this.#state, pack.checkIn).state;
    if (fitted) this.#state = fitted;
    super.applyContent(pack);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render too (it may wait for a draft's check): never valid unfinished.
    this.#syncForm();
    prepareScreensAhead(this, () => this.#view, headingLevels(this.headingLevel, 3));
  }

  protected override updated(): void {
    this.#syncForm();
  }

  #restart(state: CheckInState): void {
    this.#state = state;
    this.#response = this.#responseId = this.#problem = this.#toReview = undefined;
    this.#noteNews = this.#helpNews = '';
    this.requestUpdate();
  }

  /** After every change the parent makes: keep it, tell the host, and show it. `fixes`: it puts the problem shown right. */
  #changed(next: CheckInState = this.#state, fixes = false): void {
    if (fixes) this.#problem = undefined;
    const helpBefore = urgentHelpSoFar(this.#state, this.pack.checkIn);
    this.#state = started(next, now());
    this.#helpNews = helpChanged(this, this.pack, helpBefore, urgentHelpSoFar(this.#state, this.pack.checkIn));
    this.requestUpdate();
    this.dispatchEvent(new AttuneCheckInChangeEvent({schemaVersion: 1, draft: this.draft}));
  }

  /** Shows `step`. `toReview`: a change from the review (or a problem it found), so Next goes back there. */
  #go(step: CheckInStep, toReview?: boolean): void {
    this.#toReview = toReview;
    this.#noteNews = '';
    this.#problem = undefined;
    this.#focus.request('.step-legend');
    this.#changed(atStep(this.#state, step));
  }

  /** Shows and focuses what still needs doing (on `step`, or anywhere: `firstProblem`); true when all is well. */
  #check(step?: CheckInStep): boolean {
    const problem = firstProblem(this.#state, this.pack.checkIn, step);
    if (!problem) return true;
    if (this.#state.step !== problem.step) this.#go(problem.step, true);
    this.#problem = problem;
    this.#focus.request(controlOf(problem));
    return false;
  }

  #next(): void {
    const steps = checkInStepsFor(this.pack.checkIn);
    if (this.#check(this.#state.step)) this.#go(this.#toReview ? 'review' : steps[steps.indexOf(this.#state.step) + 1]);
  }

  #submit(): void {
    // State, not timers: a second click or Enter finds the response already made.
    if (this.#response || !this.#check()) return;
    const state = this.#state as CheckInState & {mood: NonNullable<CheckInState['mood']>};
    this.#responseId ??= newId();
    const response = buildResponse(state, this.pack, this.#responseId, now());
    this.#response = response;
    const urgent = isUrgent(response.signpost);
    this.#focus.request(urgent ? '.help' : '.result-heading');
    if (urgent) void revealFirstAction(this);
    this.dispatchEvent(new AttuneCheckInSubmitEvent({schemaVersion: 1, response}));
  }

  /** The parent's "Start a new check-in": clears every answer and shows the first step. */
  #startAgain(): void {
    this.#restart(emptyState());
    this.#go('mood');
  }

  /** The parent typed in the note; see `noteNewsFor` for what the live region says. */
  #typeNote(note: string): void {
    this.#noteNews = noteNewsFor(this.pack, this.#state.note, note) ?? this.#noteNews;
    this.#changed(writeNote(this.#state, note));
  }

  /** Tells a surrounding form the value and whether it may submit; see `name`. No form, no work. */
  #syncForm(): void {
    // No shadow root yet when a form adopts the element before it is connected.
    if (this.#internals.form) syncForm(this.#internals, this.shadowRoot, this.#state, this.pack, this.#response, now());
  }

  /** What the templates read, and how they report back. */
  get #view(): CheckInView {
    const content = this.pack.checkIn;
    return {
      pack: this.pack,
      cardContent: this.content === builtInContent ? undefined : this.content,
      state: this.#state,
      content,
      steps: checkInStepsFor(content),
      problem: this.#problem,
      // `disabled`, or a disabled <fieldset> around the element.
      disabled: this.disabled || this.#formDisabled,
      noteNews: this.#noteNews,
      helpNews: this.#helpNews,
      urgentHelp: urgentHelpSoFar(this.#state, content),
      change: (update, fixes) => this.#changed(update(this.#state), fixes), // the state now: two changes in one task keep both
      go: (step, toReview) => this.#go(step, toReview),
      typeNote: (note) => this.#typeNote(note),
      next: () => this.#next(),
      submit: () => this.#submit(),
      startAgain: () => this.#startAgain(),
    };
  }

  protected override renderContent(): TemplateResult {
    const [titleLevel, subLevel, subSubLevel] = headingLevels(this.headingLevel, 3);
    const view = this.#view;
    return html`${heading(titleLevel, 'title', view.content.title)}${
      this.#response ? resultView(view, this.#response, subLevel, subSubLevel) : stepScreen(view, subLevel)
    }`;
  }
}
