/**
 * The check-in's state, every change the parent can make to it, what still needs doing, and
 * what the state turns into: a draft to restore, a response to submit. Pure: no DOM, no Lit, no
 * zod. Each change returns a new state and leaves the old one as it was. Fitting a draft to a
 * pack lives in `model/check-in-fit.ts`.
 */
import type {CheckInContent} from '../schema/check-in.js';
import type {CheckInDraft, CheckInResponse} from '../schema/check-in-data.js';
import type {PackWith} from '../schema/content.js';
import {MAX_DRAFT_NOTE_LENGTH} from '../model/check-in-limits.js';
import {answersInQuestionOrder} from '../model/check-in-answers.js';
import type {CheckInState} from '../model/check-in-fit.js';
import type {CheckInStep} from '../model/check-in-steps.js';
import {scoreCheckIn, scoredAnswers} from '../model/check-in-scoring.js';

export type {CheckInState};

export function emptyState(): CheckInState {
  return {step: 'mood', startedAt: '', feelings: [], answers: [], note: ''};
}

/** The state on `step`. */
export function atStep(state: CheckInState, step: CheckInStep): CheckInState {
  return {...state, step};
}

/** The state with its start time: the first change sets it, later ones keep it. */
export function started(state: CheckInState, now: string): CheckInState {
  return state.startedAt ? state : {...state, startedAt: now};
}

/** The parent chose a mood. */
export function chooseMood(state: CheckInState, option: {id: string; value: number}): CheckInState {
  return {...state, mood: {value: option.value, optionId: option.id}};
}

/** The parent ticked or unticked a feeling. */
export function toggleFeeling(state: CheckInState, feelingId: string): CheckInState {
  const feelings = state.feelings.includes(feelingId)
    ? state.feelings.filter((id) => id !== feelingId)
    : [...state.feelings, feelingId];
  return {...state, feelings};
}

/** The parent answered a question (or changed the answer); answers stay in question order. */
export function answerQuestion(
  state: CheckInState,
  content: CheckInContent,
  questionId: string,
  optionId: string,
): CheckInState {
  const chosen = new Map(state.answers.map((a) => [a.questionId, a.optionId]));
  chosen.set(questionId, optionId);
  return {...state, answers: answersInQuestionOrder(chosen, content)};
}

/** The parent typed in the note. It is kept exactly as typed, even when too long. */
export function writeNote(state: CheckInState, note: string): CheckInState {
  return {...state, note};
}

/** The option id chosen for a question, if any. */
export function answerTo(state: CheckInState, questionId: string): string | undefined {
  return state.answers.find((a) => a.questionId === questionId)?.optionId;
}

/** How many characters the note is over the limit (0 when it fits). */
export function noteOver(note: string, content: CheckInContent): number {
  return Math.max(0, note.length - content.note.maxLength);
}

/** Something that must be put right before going on, named by the step it is on (one kind per step). */
export type CheckInProblem =
  /** No mood chosen. */
  | {step: 'mood'}
  /** A safety question has no answer. */
  | {step: 'questions'; questionId: string}
  /** The note is `over` characters too long. */
  | {step: 'note'; over: number};

/**
 * The first thing, in step order, that stops the parent going on: no mood, a safety question
 * without an answer, a note over the limit. `step` looks at that step only (Next); without it,
 * at every step (Finish, and a surrounding form's validity). Undefined when all is well.
 */
export function firstProblem(
  state: CheckInState,
  content: CheckInContent,
  step?: CheckInStep,
): CheckInProblem | undefined {
  const on = (candidate: CheckInStep) => !step || step === candidate;
  if (on('mood') && !state.mood) return {step: 'mood'};
  const safety = content.questions.items.find((q) => q.safety && answerTo(state, q.id) === undefined);
  if (on('questions') && safety) return {step: 'questions', questionId: safety.id};
  const over = noteOver(state.note, content);
  if (on('note') && over) return {step: 'note', over};
  return undefined;
}

/** The draft that the change event carries and the `draft` property returns. */
export function toDraft(state: CheckInState, pack: PackWith<'checkIn'>, now: string): CheckInDraft {
  return {
    contentId: pack.id,
    contentVersion: pack.version,
    // A copy the host may keep or change: plain spreads, cheaper than structuredClone for this shape.
    ...state,
    ...(state.mood && {mood: {...state.mood}}),
    feelings: [...state.feelings],
    answers: state.answers.map((answer) => ({...answer})),
    startedAt: state.startedAt || now,
    // Only a note 20 times over any limit is cut, and only in the draft: the textarea keeps it.
    note: state.note.slice(0, MAX_DRAFT_NOTE_LENGTH),
  };
}

/**
 * What the parent submits. `state.mood` must be set. The note is sent exactly as typed, and only
 * when there is one.
 */
export function buildResponse(
  state: CheckInState & {mood: NonNullable<CheckInState['mood']>},
  pack: PackWith<'checkIn'>,
  id: string,
  submittedAt: string,
): CheckInResponse {
  const content = pack.checkIn;
  const answers = scoredAnswers(state.answers, content).map(({questionId, optionId, score}) =>
    score === undefined ? {questionId, optionId} : {questionId, optionId, score},
  );
  return {
    id,
    contentId: pack.id,
    contentVersion: pack.version,
    locale: pack.locale,
    startedAt: state.startedAt || submittedAt,
    submittedAt,
    mood: {...state.mood},
    feelings: [...state.feelings],
    answers,
    ...(state.note ? {note: state.note} : {}),
    ...scoreCheckIn(state, content),
  };
}
