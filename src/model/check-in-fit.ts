/**
 * Fitting a check-in draft to a content pack: which saved answers still match it. Pure and
 * zod-free. The widget loads it with the validators (only a host's draft or pack needs it); a
 * server can use it too, to fit a stored draft to a newer version of its pack.
 */
import type {CheckInContent} from '../schema/check-in.js';
import type {CheckInDraft} from '../schema/check-in-data.js';
import type {ContentIssue} from '../schema/events.js';
import {answersInQuestionOrder} from './check-in-answers.js';
import {checkInSteps, checkInStepsFor} from './check-in-steps.js';

/** Everything the parent has done so far: a draft without the pack's id and version. */
export type CheckInState = Omit<CheckInDraft, 'contentId' | 'contentVersion'>;

/**
 * Fits a draft (or the current state) to `content`: keeps every answer whose ids still exist,
 * and lists the rest as issues with paths such as "draft.answers.2.optionId". Never throws.
 */
export function fitCheckInDraft(
  draft: CheckInState,
  content: CheckInContent,
): {state: CheckInState; issues: ContentIssue[]} {
  const issues: ContentIssue[] = [];
  const leaveOut = (path: string, id: string): void => {
    issues.push({
      path: `draft.${path}`,
      message: `"${id}" was left out: this version of the check-in does not have it, or it came twice.`,
    });
  };

  const mood = content.mood.options.find((o) => o.id === draft.mood?.optionId);
  if (draft.mood && !mood) leaveOut('mood.optionId', draft.mood.optionId);

  const feelings = draft.feelings.filter((id, i) => {
    const kept = content.feelings.options.some((f) => f.id === id) && draft.feelings.indexOf(id) === i;
    if (!kept) leaveOut(`feelings.${i}`, id);
    return kept;
  });

  const chosen = new Map<string, string>();
  draft.answers.forEach(({questionId, optionId}, i) => {
    const question = content.questions.items.find((q) => q.id === questionId);
    if (!question || chosen.has(questionId)) leaveOut(`answers.${i}.questionId`, questionId);
    else if (!question.options.some((o) => o.id === optionId)) leaveOut(`answers.${i}.optionId`, optionId);
    else chosen.set(questionId, optionId);
  });

  // A pack without a note step drops the note. The issue names the field, never the text: hosts may log issues.
  let note = draft.note;
  if (!content.note.maxLength && note) {
    leaveOut('note', 'note');
    note = '';
  }

  // A step this content does not have: go on to the next one it has (review is always there).
  const steps = checkInStepsFor(content);
  const step = checkInSteps.slice(checkInSteps.indexOf(draft.step)).find((s) => steps.includes(s))!;
  if (step !== draft.step) leaveOut('step', draft.step);

  const answers = answersInQuestionOrder(chosen, content);
  return {
    state: {
      step,
      startedAt: draft.startedAt,
      ...(mood && {mood: {value: mood.value, optionId: mood.id}}),
      feelings,
      answers,
      note,
    },
    issues,
  };
}
