import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {AttuneHelpCard} from '../help-card/help-card.js';
import {scopedRegistry} from '../core/scoped-registry.js';
import {AttuneElement, loadedValidators} from '../core/attune-element.js';
import {AttuneCheckInChangeEvent, AttuneCheckInSubmitEvent} from '../core/events.js';
import {checked} from '../core/checked.js';
import {say} from '../core/plural.js';
import {heading, headingLevelOf} from '../core/heading.js';
import {controls} from '../core/controls.styles.js';
import {tokens} from '../core/styles.js';
import {isUrgent, type HelpLevel} from '../schema/levels.js';
import type {CheckInContent, CheckInDraft, CheckInResponse} from '../schema/check-in.js';
import type {CheckInStep} from '../schema/check-in-constants.js';
import type {PackWith} from '../schema/content.js';
import {checkIn} from '../content/en-GB-england/check-in.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {checkInStepsFor as stepsFor} from '../schema/check-in-constants.js';
import {buildResponse, emptyState, noteOver, toDraft, unansweredSafety, type CheckInState} from './draft.js';
import {urgentHelpSoFar} from './scoring.js';
import {styles} from './mood-check-in.styles.js';
import {optionSymbol} from './faces.js';

const scoped = scopedRegistry({'attune-help-card': AttuneHelpCard});

/** The built-in pack for this element: its own words and the help card it shows. */
const builtInContent = {...meta, help, checkIn};

const now = () => new Date().toISOString();
// randomUUID needs a secure context; an id only has to be unique, not secret.
const newId = () => crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

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
 * @csspart help - The wrapper of the inline help card.
 *
 * @cssprop [--attune-color-text] - Body text colour.
 * @cssprop [--attune-color-text-muted] - Hints, progress and the character count.
 * @cssprop [--attune-color-surface] - Background of fields and chosen options.
 * @cssprop [--attune-color-surface-alt] - Background of a chosen option.
 * @cssprop [--attune-color-border] - Option and field borders.
 * @cssprop [--attune-color-accent] - Buttons and the chosen option's border.
 * @cssprop [--attune-color-on-accent] - Text on filled buttons.
 * @cssprop [--attune-color-error] - Error messages.
 * @cssprop [--attune-color-focus] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`.
 * @cssprop [--attune-font-family] - Font stack.
 * @cssprop [--attune-radius] - Corner radius.
 * @cssprop [--attune-space] - Base spacing unit.
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
  headingLevel = 2;

  #internals = this.attachInternals();
  /** Kept on the instance, so taking the element out of the page and back keeps the answers. */
  #s: CheckInState = emptyState();
  #response?: CheckInResponse;
  #id?: string;
  /** "mood" or the id of a safety question that needs an answer. */
  #error?: string;
  /** What to focus once the next render is done. */
  #focus?: string;
  /** What the note's live region last said (see the note step). */
  #noteNews = '';
  /** Next goes back to the review (see `#go`). */
  #toReview?: boolean;
  #formDisabled = false;

  constructor() {
    super(builtInContent, ['checkIn']);
    this.renderOptions.creationScope = scoped.creationScope;
  }

  /** The inline help card comes from this element's own registry where the browser has scoped registries. */
  static override shadowRootOptions: ShadowRootInit = {...LitElement.shadowRootOptions, customElementRegistry: scoped.registry};

  /**
   * The answers so far and the step on screen, as `attune-check-in-change` carries it. Set it
   * (e.g. from storage) to restore them: it is checked, fitted to the current content (answers
   * whose ids are gone are left out and reported with `attune-content-error`) and never throws.
   * The draft it has just sent, set straight back (React state, a two-way binding), changes nothing.
   */
  get draft(): CheckInDraft {
    return toDraft(this.#s, this.pack, now());
  }
  set draft(value: CheckInDraft | null | undefined) {
    this.validateLater('draft', value, (v, input) => v.parseCheckInDraftFor(input, this.pack.checkIn), ({state, issues}) => {
      this.#restart(state);
      if (issues.length) this.reportContentError('draft', issues);
      // After Finish, the same draft set again reopens the answers: it is not a no-op then.
    }, () => ({state: emptyState(), issues: []}), this.#response ? undefined : this.draft);
  }

  /** What the parent submitted, once they have finished; `undefined` before. */
  get response(): CheckInResponse | undefined {
    return this.#response;
  }

  /** Clears every answer and goes back to the first step. Fires no event. */
  reset(): void {
    this.#restart(emptyState());
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
    try {
      this.draft = JSON.parse(String(state));
    } catch {
      // Not a draft we saved: keep the fresh check-in.
    }
  }

  protected override applyContent(pack: PackWith<'checkIn'>): void {
    // Another pack: keep every answer whose ids it still has. A host's pack was validated, so
    // the validators are there; without them the pack is the built-in one the answers came from.
    const fitted = loadedValidators()?.fitCheckInDraft(this.#s, pack.checkIn).state;
    if (fitted) this.#s = fitted;
    super.applyContent(pack);
  }

  #restart(state: CheckInState): void {
    this.#s = state;
    this.#response = this.#id = this.#error = this.#toReview = undefined;
    this.#noteNews = '';
    this.requestUpdate();
  }

  get #off(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** After every change the parent makes: tell the host, and show it. */
  #changed(): void {
    this.#s.startedAt ||= now();
    this.requestUpdate();
    this.dispatchEvent(new AttuneCheckInChangeEvent({schemaVersion: 1, draft: this.draft}));
  }

  /** Shows `step`. `toReview`: a change from the review (or a problem it found), so Next goes back there. */
  #go(step: CheckInStep, toReview?: boolean): void {
    this.#toReview = toReview;
    this.#noteNews = '';
    this.#s.step = step;
    this.#error = undefined;
    this.#focus = '.step-legend';
    this.#changed();
  }

  /**
   * Finds what still needs doing (on `step` only, or anywhere): a mood, a safety question's
   * answer, a shorter note. Shows it, focuses it and returns false; true when all is well.
   */
  #check(step?: CheckInStep): boolean {
    const s = this.#s, c = this.pack.checkIn, safety = unansweredSafety(s, c);
    const problem: [CheckInStep, string?, string?] | undefined =
      !s.mood && (!step || step === 'mood') ? ['mood', 'mood', '[name=mood]']
      : safety && (!step || step === 'questions') ? ['questions', safety.id, `[name="q-${safety.id}"]`]
      : noteOver(s.note, c) && (!step || step === 'note') ? ['note', undefined, 'textarea']
      : undefined;
    if (!problem) return true;
    if (s.step !== problem[0]) this.#go(problem[0], true);
    [, this.#error, this.#focus] = problem;
    this.requestUpdate();
    return false;
  }

  /** The response the answers make now (a mood must be chosen), under this check-in's one id. */
  #build(): CheckInResponse {
    return buildResponse(this.#s as Required<CheckInState>, this.pack, this.#id ??= newId(), now());
  }

  #next(): void {
    const steps = stepsFor(this.pack.checkIn);
    if (this.#check(this.#s.step)) this.#go(this.#toReview ? 'review' : steps[steps.indexOf(this.#s.step) + 1]);
  }

  #submit(): void {
    // State, not timers: a second click or Enter finds the response already made.
    if (this.#response || !this.#check()) return;
    const response = (this.#response = this.#build());
    this.#focus = isUrgent(response.signpost) ? '.help' : '.result-heading';
    this.requestUpdate();
    this.dispatchEvent(new AttuneCheckInSubmitEvent({schemaVersion: 1, response}));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render too (it may wait for a draft's check): never valid unfinished.
    this.#syncForm();
  }

  protected override updated(): void {
    this.#syncForm();
    if (this.#focus) this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  /** Tells a surrounding form the value and whether it may submit; see `name`. No form, no work. */
  #syncForm(): void {
    const internals = this.#internals;
    if (!internals.form) return;
    const s = this.#s, c = this.pack.checkIn, over = noteOver(s.note, c);
    // No shadow root yet when a form adopts the element before it is connected.
    const find = (selector: string) => this.shadowRoot?.querySelector<HTMLElement>(selector) ?? undefined;
    const response = this.#response;
    // The same `{ schemaVersion, response }` as the submit event: a server validates both alike.
    internals.setFormValue(response ? JSON.stringify({schemaVersion: 1, response}) : null, JSON.stringify(this.draft));
    // A host form may only send a finished check-in: the parent must have seen the result (and
    // any urgent help) before it goes, so a worrying answer is never sent unseen.
    if (!s.mood) internals.setValidity({valueMissing: true}, c.ui.moodRequired, find('[name=mood]'));
    else if (over && !response) internals.setValidity({tooLong: true}, this.#tooLong(over), find('textarea'));
    else if (!response) internals.setValidity({customError: true}, c.ui.finishFirst, find('.nav .button'));
    else internals.setValidity({});
  }

  protected override renderContent(): TemplateResult {
    const c = this.pack.checkIn, level = headingLevelOf(this.headingLevel);
    return html`${heading(level, 'title', c.title)}${this.#response ? this.#result(c, this.#response, level) : this.#step(c, level)}`;
  }

  /**
   * A fieldset with its legend, hint and error, linked for screen readers. `describe` is false
   * when the one control inside (the note) carries them, so they are not read twice.
   */
  #group(part: string, id: string, legend: unknown, hint: string | undefined, error: string, body: unknown, describe = true): TemplateResult {
    return html`<fieldset class=${part} part=${part} aria-describedby=${describe && [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing}>
      <legend class="${part}-legend" part="${part}-legend" tabindex="-1">${legend}</legend>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
      ${body}
    </fieldset>`;
  }

  #button(label: unknown, click: () => void, kind = 'secondary'): TemplateResult {
    return html`<button type="button" class="button ${kind}" part="button" ?disabled=${this.#off} @click=${click}>${label}</button>`;
  }

  /**
   * Real radios or checkboxes inside their labels: native keys, one tap, visible in forced
   * colours. `chosen` holds the checked ids; `invalid` marks the group, until it is answered.
   */
  #choices<O extends {id: string; label: string; symbol?: string}>(
    type: string, name: string, options: readonly O[], chosen: unknown[], invalid: boolean, pick: (option: O) => void,
  ): TemplateResult {
    return html`<div class="choices">${options.map((o) => html`<label class="choice" part="choice"><input type=${type} name=${name}
      ?checked=${checked(chosen.includes(o.id))} ?disabled=${this.#off} aria-invalid=${invalid || nothing} @change=${() => {
        pick(o);
        if (invalid) this.#error = undefined;
        this.#changed();
      }}>${optionSymbol(o.symbol)}<span>${o.label}</span></label>`)}</div>`;
  }

  #step(c: CheckInContent, level: number): TemplateResult {
    const s = this.#s, help = urgentHelpSoFar(s, c), ui = c.ui, steps = stepsFor(c), index = steps.indexOf(s.step), step = s.step, error = this.#error;
    const locale = this.pack.locale, over = noteOver(s.note, c), none = ui.nothingChosen;
    const count = (note: string) => say(locale, c.note.count, {count: note.length, max: c.note.maxLength}, 'max');
    const answer = (questionId: string) => s.answers.find((a) => a.questionId === questionId)?.optionId;
    const row = (key: string, value: unknown, to: CheckInStep) => html`<div class="row"><dt>${key}</dt><dd>${value}</dd>
      <dd>${this.#button(html`${ui.change}<span class="visually-hidden"> ${key}</span>`, () => this.#go(to, true))}</dd></div>`;
    const {legend, hint}: {legend: string; hint?: string} = step === 'note' ? {legend: c.note.label, hint: c.note.hint} : step === 'review' ? {legend: ui.reviewLegend} : c[step];
    const body = step === 'mood'
      ? this.#choices('radio', 'mood', c.mood.options, [s.mood?.optionId], error === 'mood', (o) => {
        this.#s.mood = {value: o.value, optionId: o.id};
      })
      : step === 'feelings'
        ? this.#choices('checkbox', 'feelings', c.feelings.options, s.feelings, false, (o) => {
          const feelings = this.#s.feelings;
          this.#s.feelings = feelings.includes(o.id) ? feelings.filter((id) => id !== o.id) : [...feelings, o.id];
        })
        : step === 'questions'
          ? c.questions.items.map((q) => this.#group('question', `q-${q.id}`, q.text, q.hint, error === q.id ? ui.answerRequired : '',
            this.#choices('radio', `q-${q.id}`, q.options, [answer(q.id)], error === q.id, (o) => {
              // Keep answers in question order, so drafts and responses always read the same way.
              this.#s.answers = c.questions.items.flatMap((item) => (item.id === q.id
                ? [{questionId: q.id, optionId: o.id}] : this.#s.answers.filter((a) => a.questionId === item.id)));
            })))
          : step === 'note'
            // No maxlength attribute: it silently cuts pasted text. Too long is shown, and Next waits.
            ? html`<textarea part="note" aria-labelledby="label" aria-describedby="${hint ? 'step-hint ' : ''}count${over ? ' note-error' : ''}"
              aria-invalid=${!!over || nothing} ?disabled=${this.#off} .value=${s.note}
              @input=${(e: InputEvent) => {
                const note = (e.target as HTMLTextAreaElement).value, overBy = noteOver(note, c);
                // Said once as the note goes over the limit, and once as it fits again: not at every key.
                if (!overBy !== !noteOver(this.#s.note, c)) this.#noteNews = overBy ? this.#tooLong(overBy) : count(note);
                this.#s.note = note;
                this.#changed();
              }}></textarea>
              <p class="count" id="count">${count(s.note)}</p>
              ${over ? html`<p class="error" id="note-error">${this.#tooLong(over)}</p>` : nothing}
              <p class="visually-hidden" aria-live="polite">${this.#noteNews}</p>`
            : html`<dl>
              ${row(ui.reviewMood, c.mood.options.find((o) => o.id === s.mood?.optionId)?.label ?? none, 'mood')}
              ${steps.includes('feelings') ? row(ui.reviewFeelings, s.feelings.length
                ? html`<ul>${c.feelings.options.filter((o) => s.feelings.includes(o.id)).map((o) => html`<li>${o.label}</li>`)}</ul>` : none, 'feelings') : nothing}
              ${c.questions.items.map((q) => row(q.text, q.options.find((o) => o.id === answer(q.id))?.label ?? none, 'questions'))}
              ${steps.includes('note') ? row(ui.reviewNote, s.note || ui.noNote, 'note') : nothing}
            </dl>`;
    const last = step === 'review';
    return html`${this.#group('step', 'step', html`<span class="progress" part="progress">${say(locale, ui.progress, {current: index + 1, total: steps.length}, 'total')}</span>
        <span id="label">${legend}</span>`, hint, error === 'mood' ? ui.moodRequired : '', body, step !== 'note')}
      ${help ? [this.#card(help, level + 1), help === 'emergency' ? this.#card('urgent', level + 1) : nothing] : nothing}
      <p class="visually-hidden" aria-live="polite">${help && this.#helpName(help)}</p>
      <div class="nav" part="nav">
        ${this.#button(last ? ui.submit : ui.next, last ? this.#submit : this.#next, '')}
        ${index ? this.#button(ui.back, () => this.#go(steps[index - 1])) : nothing}
      </div>`;
  }

  /**
   * A help card in a named region: when focus moves here, screen readers say which help it is
   * (the card's heading lives in the card's own shadow root, out of reach of aria-labelledby).
   * The host's pack (its phone numbers, its words) goes to the card too; the built-in one is the card's own.
   */
  #card(cardLevel: HelpLevel, headingLevel: number): TemplateResult {
    return html`<div class="help" part="help" tabindex="-1" role="region" aria-label=${this.#helpName(cardLevel)}>
      <attune-help-card level=${cardLevel} heading-level=${Math.min(headingLevel, 6)} .content=${this.content === builtInContent ? undefined : this.content}></attune-help-card>
    </div>`;
  }

  /** The note's "too long" message, its number in the pack's language: on screen and to a form alike. */
  #tooLong(over: number): string {
    return say(this.pack.locale, this.pack.checkIn.note.tooLong, {over}, 'over');
  }

  /** A help level's name, as its card's heading reads: "Urgent advice: Call 111 …". */
  #helpName(cardLevel: HelpLevel): string {
    const {hiddenPrefix, heading: title} = this.pack.help.levels[cardLevel];
    return `${hiddenPrefix} ${title}`;
  }

  #result(c: CheckInContent, response: CheckInResponse, level: number): TemplateResult {
    const signpost = response.signpost, words = c.results[signpost], urgent = isUrgent(signpost);
    const sub = Math.min(level + 1, 6), card = (cardLevel: HelpLevel) => this.#card(cardLevel, sub);
    // Urgent or worse: the card for that level first, then the kind words and everyday support
    // (Samaritans, Shout) in case the parent cannot call now; no "ideas for today" beside a crisis.
    // An emergency also offers the urgent line (111's mental health option in England), for a parent who will not call 999.
    return html`<div class="result" part="result">
      ${urgent ? card(signpost) : nothing}
      ${heading(sub, 'result-heading', words.heading, true)}
      <p>${words.message}</p>
      ${signpost === 'emergency' ? card('urgent') : nothing}
      ${urgent ? card('support') : signpost === 'none' ? nothing : card(signpost)}
      ${urgent ? nothing : html`${heading(Math.min(level + 2, 6), 'ideas-heading', c.ideas.heading)}
        <ul class="ideas">${c.ideas.items.slice(0, 2).map((idea) => html`<li>${idea.text}</li>`)}</ul>`}
      ${this.#button(c.ui.startAgain, () => {
        this.reset();
        this.#focus = '.step-legend';
        this.#changed();
      })}
    </div>`;
  }
}
