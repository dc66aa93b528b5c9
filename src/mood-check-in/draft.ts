/**
 * The check-in's state and what it turns into: a draft to restore, a response to submit.
 * Pure: no DOM, no Lit, no zod. Fitting a draft to a pack lives in `schema/check-in-draft.ts`.
 */
import type {CheckInContent, CheckInDraft, CheckInResponse} from '../schema/check-in.js';
import {MAX_DRAFT_NOTE_LENGTH} from '../schema/check-in-constants.js';
import type {CheckInState} from '../schema/check-in-draft.js';
import type {PackWith} from '../schema/content.js';
import {scoreCheckIn, scoredAnswers} from './scoring.js';

export type {CheckInState};

export function emptyState(): CheckInState {
  return {step: 'mood', startedAt: '', feelings: [], answers: [], note: ''};
}

/** How many characters the note is over the limit (0 when it fits). */
export function noteOver(note: string, content: CheckInContent): number {
  return Math.max(0, note.length - content.note.maxLength);
}

/** The first safety question that has no answer yet: it must be answered before submitting. */
export function unansweredSafety(state: CheckInState, content: CheckInContent) {
  return content.questions.items.find((q) => q.safety && !state.answers.some((a) => a.questionId === q.id));
}

/** The draft that the change event carries and the `draft` property returns. */
export function toDraft(state: CheckInState, pack: PackWith<'checkIn'>, now: string): CheckInDraft {
  return {
    contentId: pack.id,
    contentVersion: pack.version,
    ...structuredClone(state),
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
  return {
    id,
    contentId: pack.id,
    contentVersion: pack.version,
    locale: pack.locale,
    startedAt: state.startedAt || submittedAt,
    submittedAt,
    mood: {...state.mood},
    feelings: [...state.feelings],
    answers: scoredAnswers(state.answers, content).map(({questionId, optionId, score}) =>
      (score === undefined ? {questionId, optionId} : {questionId, optionId, score})),
    ...(state.note ? {note: state.note} : {}),
    ...scoreCheckIn(state, content),
  };
}
