/**
 * The check-in's steps as small template functions: one per step, plus the fieldset and the
 * choices they share. They read a `CheckInView` and report what the parent did through it; the
 * element owns the state. No state lives here.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {checked} from '../core/checked.js';
import {describedBy} from '../core/described-by.js';
import {formatMessage} from '../core/plural.js';
import type {CheckInContent} from '../schema/check-in.js';
import type {PackWith} from '../schema/content.js';
import type {UrgentLevel} from '../model/levels.js';
import {optionSymbol} from './faces.js';
import {emergencyNow, helpCard, type ResultView} from './result.js';
import type {CheckInStep} from '../model/check-in-steps.js';
import {
  answerQuestion,
  answerTo,
  chooseMood,
  noteOver,
  toggleFeeling,
  type CheckInProblem,
  type CheckInState,
} from './draft.js';

/** What a step shows and how it reports back to the element. */
export interface CheckInView extends ResultView {
  state: CheckInState;
  /** The pack's check-in section: `pack.checkIn`. */
  content: CheckInContent;
  /** The steps this content has, in order. */
  steps: CheckInStep[];
  /** The problem shown (and focused), if any. */
  problem?: CheckInProblem;
  disabled: boolean;
  /** What the note's live region says now. */
  noteNews: string;
  /** What the help's live region says now (see `helpNewsFor`). */
  helpNews: string;
  /** The parent changed an answer: `update` makes the next state from the current one; `fixes` clears the problem shown. */
  change(update: (current: CheckInState) => CheckInState, fixes: boolean): void;
  /** Shows another step; `toReview` sends Next back to the review. */
  go(step: CheckInStep, toReview?: boolean): void;
  /** The parent typed in the note. */
  typeNote(note: string): void;
  /** The urgent or emergency help the answers so far call for, shown on every step. */
  urgentHelp: UrgentLevel | undefined;
  next(): void;
  submit(): void;
}

/** The note's "{count} of {max} characters", in the pack's language. */
export const noteCount = ({locale, checkIn}: PackWith<'checkIn'>, note: string): string =>
  formatMessage(locale, checkIn.note.count, {count: note.length, max: checkIn.note.maxLength}, 'max');

/** The note's "too long" message, on screen and to a form alike. */
export const noteTooLong = ({locale, checkIn}: PackWith<'checkIn'>, over: number): string =>
  formatMessage(locale, checkIn.note.tooLong, {over}, 'over');

/**
 * A fieldset with its legend, hint and error, linked for screen readers. `describe` is false
 * when the one control inside (the note) carries them, so they are not read twice.
 */
export function group(
  part: string,
  id: string,
  legend: unknown,
  hint: string | undefined,
  error: string,
  body: unknown,
  describe = true,
): TemplateResult {
  return html`<fieldset class=${part} part=${part} aria-describedby=${describe ? describedBy(hint && `${id}-hint`, error && `${id}-error`) : nothing}>
    <legend class="${part}-legend" part="${part}-legend" tabindex="-1">${legend}</legend>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    ${body}
  </fieldset>`;
}

/**
 * Columns for `count` choices on a wide screen, so rows come out even. Set in the markup (not
 * counted by CSS) so a server-rendered page never reflows while its choices stream in.
 */
const evenColumns: Record<number, number> = {2: 2, 3: 3, 5: 5, 6: 3, 9: 3, 10: 5};
const columnsFor = (count: number): number => evenColumns[count] ?? 4;

/**
 * Real radios or checkboxes inside their labels: native keys, one tap, visible in forced
 * colours. `chosen` holds the checked ids; `invalid` marks the group until it is answered.
 */
function choices<O extends {id: string; label: string; symbol?: string}>(
  view: CheckInView,
  type: 'radio' | 'checkbox',
  name: string,
  options: readonly O[],
  chosen: unknown[],
  invalid: boolean,
  pick: (current: CheckInState, option: O) => CheckInState,
): TemplateResult {
  return html`<div class="choices" data-columns=${columnsFor(options.length)}>${options.map(
    (o) => html`<label class="choice" part="choice"><input type=${type} name=${name}
    ?checked=${checked(chosen.includes(o.id))} ?disabled=${view.disabled} aria-invalid=${invalid || nothing}
    @change=${() => view.change((current) => pick(current, o), invalid)}>${optionSymbol(o.symbol)}<span>${o.label}</span></label>`,
  )}</div>`;
}

function moodStep(view: CheckInView): TemplateResult {
  const {state, content, problem} = view;
  return choices(
    view,
    'radio',
    'mood',
    content.mood.options,
    [state.mood?.optionId],
    problem?.step === 'mood',
    (current, option) => chooseMood(current, option),
  );
}

function feelingsStep(view: CheckInView): TemplateResult {
  return choices(
    view,
    'checkbox',
    'feelings',
    view.content.feelings.options,
    view.state.feelings,
    false,
    (current, option) => toggleFeeling(current, option.id),
  );
}

function questionsStep(view: CheckInView): TemplateResult[] {
  const {content, problem} = view;
  return content.questions.items.map((q) => {
    const invalid = problem?.step === 'questions' && problem.questionId === q.id;
    return group(
      'question',
      `q-${q.id}`,
      q.text,
      q.hint,
      invalid ? content.ui.answerRequired : '',
      choices(view, 'radio', `q-${q.id}`, q.options, [answerTo(view.state, q.id)], invalid, (current, option) =>
        answerQuestion(current, content, q.id, option.id),
      ),
    );
  });
}

function noteStep(view: CheckInView): TemplateResult {
  const {state, content} = view;
  const over = noteOver(state.note, content);
  // No maxlength attribute: it silently cuts pasted text. Too long is shown, and Next waits.
  return html`<textarea part="note" aria-labelledby="label" aria-describedby=${describedBy(content.note.hint && 'step-hint', 'count', over > 0 && 'note-error')}
      aria-invalid=${!!over || nothing} ?disabled=${view.disabled} .value=${state.note}
      @input=${(e: InputEvent) => view.typeNote((e.target as HTMLTextAreaElement).value)}></textarea>
    <p class="count" id="count">${noteCount(view.pack, state.note)}</p>
    ${over ? html`<p class="error" id="note-error">${noteTooLong(view.pack, over)}</p>` : nothing}
    <p class="visually-hidden" aria-live="polite">${view.noteNews}</p>`;
}

function reviewStep(view: CheckInView): TemplateResult {
  const {state, content, steps} = view;
  const ui = content.ui;
  const none = ui.nothingChosen;
  const row = (key: string, value: unknown, to: CheckInStep) => html`<div class="row"><dt>${key}</dt><dd>${value}</dd>
    <dd>${button(ui.change, () => view.go(to, true), {hidden: ` ${key}`, disabled: view.disabled})}</dd></div>`;
  const feelings = content.feelings.options.filter((o) => state.feelings.includes(o.id));
  return html`<dl>
    ${row(ui.reviewMood, content.mood.options.find((o) => o.id === state.mood?.optionId)?.label ?? none, 'mood')}
    ${
      steps.includes('feelings')
        ? row(
            ui.reviewFeelings,
            feelings.length ? html`<ul>${feelings.map((o) => html`<li>${o.label}</li>`)}</ul>` : none,
            'feelings',
          )
        : nothing
    }
    ${content.questions.items.map((q) => row(q.text, q.options.find((o) => o.id === answerTo(state, q.id))?.label ?? none, 'questions'))}
    ${steps.includes('note') ? row(ui.reviewNote, state.note || ui.noNote, 'note') : nothing}
  </dl>`;
}

const bodies: Record<CheckInStep, (view: CheckInView) => unknown> = {
  mood: moodStep,
  feelings: feelingsStep,
  questions: questionsStep,
  note: noteStep,
  review: reviewStep,
};

/** The step on screen: its fieldset, with the progress and legend, the hint, the error and the body. */
function currentStep(view: CheckInView): TemplateResult {
  const {state, content, steps, problem} = view;
  const ui = content.ui;
  const step = state.step;
  const {legend, hint}: {legend: string; hint?: string} =
    step === 'note'
      ? {legend: content.note.label, hint: content.note.hint}
      : step === 'review'
        ? {legend: ui.reviewLegend}
        : content[step];
  const progress = formatMessage(
    view.pack.locale,
    ui.progress,
    {current: steps.indexOf(step) + 1, total: steps.length},
    'total',
  );
  const error = problem?.step === 'mood' ? ui.moodRequired : '';
  return group(
    'step',
    'step',
    html`<span class="progress" part="progress">${progress}</span>
    <span id="label">${legend}</span>`,
    hint,
    error,
    bodies[step](view),
    step !== 'note',
  );
}

/**
 * What the note's live region says when the parent changes the note from `before` to `note`:
 * once as it goes over the limit, and once as it fits again, not at every key. Undefined: it
 * keeps what it said.
 */
export function noteNewsFor(pack: PackWith<'checkIn'>, before: string, note: string): string | undefined {
  const over = noteOver(note, pack.checkIn);
  const wasOver = noteOver(before, pack.checkIn) > 0;
  if (over > 0 === wasOver) return undefined;
  return over ? noteTooLong(pack, over) : noteCount(pack, note);
}

/** The step on screen, any urgent help the answers already call for, and Next, Back or Finish. */
export function stepScreen(view: CheckInView, cardLevel: number): TemplateResult {
  const {steps, content, urgentHelp, disabled} = view;
  const step = view.state.step;
  const index = steps.indexOf(step);
  const last = step === 'review';
  return html`${currentStep(view)}
    ${urgentHelp === 'emergency' ? emergencyNow(view.content) : nothing}
    ${urgentHelp ? helpCard(view, urgentHelp, cardLevel) : nothing}
    ${urgentHelp === 'emergency' ? helpCard(view, 'urgent', cardLevel, true) : nothing}
    <p class="visually-hidden" aria-live="polite">${view.helpNews}</p>
    <div class="nav" part="nav">
      ${button(last ? content.ui.submit : content.ui.next, last ? view.submit : view.next, {kind: 'primary', disabled})}
      ${index ? button(content.ui.back, () => view.go(steps[index - 1]), {disabled}) : nothing}
    </div>`;
}
