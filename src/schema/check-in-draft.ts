/**
 * Fitting a check-in draft to a content pack: which saved answers still match it. Pure and
 * zod-free. The widget loads it with the validators (only a host's draft or pack needs it); a
 * server can use it too, to fit a stored draft to a newer version of its pack.
 */
import type {CheckInContent, CheckInDraft} from './check-in.js';
import {checkInSteps, checkInStepsFor} from './check-in-constants.js';
import type {ContentIssue} from './events.js';

/** Everything the parent has done so far: a draft without the pack's id and version. */
export type CheckInState = Omit<CheckInDraft, 'contentId' | 'contentVersion'>;

/**
 * Fits a draft (or the current state) to `content`: keeps every answer whose ids still exist,
 * and lists the rest as issues with paths such as "draft.answers.2.optionId". Never throws.
 */
export function fitCheckInDraft(draft: CheckInState, content: CheckInContent): {state: CheckInState; issues: ContentIssue[]} {
  const issues: ContentIssue[] = [];
  const drop = (path: string, id: string) => !issues.push({
    path: `draft.${path}`, message: `"${id}" was left out: this version of the check-in does not have it, or it came twice.`,
  });

  const mood = content.mood.options.find((o) => o.id === draft.mood?.optionId);
  if (draft.mood && !mood) drop('mood.optionId', draft.mood.optionId);

  const feelings = draft.feelings.filter((id, i) =>
    (content.feelings.options.some((f) => f.id === id) && draft.feelings.indexOf(id) === i) || drop(`feelings.${i}`, id));

  const chosen = new Map<string, string>();
  draft.answers.forEach(({questionId, optionId}, i) => {
    const question = content.questions.items.find((q) => q.id === questionId);
    if (!question || chosen.has(questionId)) drop(`answers.${i}.questionId`, questionId);
    else if (!question.options.some((o) => o.id === optionId)) drop(`answers.${i}.optionId`, optionId);
    else chosen.set(questionId, optionId);
  });
  // In question order, so drafts and responses always read the same way.
  const answers = content.questions.items.filter((q) => chosen.has(q.id)).map((q) => ({questionId: q.id, optionId: chosen.get(q.id)!}));

  // A pack without a note step drops the note. The issue names the field, never the text: hosts may log issues.
  const note = content.note.maxLength || !draft.note ? draft.note : (drop('note', 'note'), '');

  // A step this content does not have: go on to the next one it has (review is always there).
  const steps = checkInStepsFor(content);
  const step = checkInSteps.slice(checkInSteps.indexOf(draft.step)).find((s) => steps.includes(s))!;
  if (step !== draft.step) drop('step', draft.step);

  return {
    state: {step, startedAt: draft.startedAt, ...(mood && {mood: {value: mood.value, optionId: mood.id}}), feelings, answers, note},
    issues,
  };
}
