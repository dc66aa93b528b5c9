/** Answers in a fixed order, shared by the widget and by fitting a draft (`check-in-fit.ts`). Zod-free. */
import type {CheckInContent} from '../schema/check-in.js';
import type {Answer} from '../schema/check-in-data.js';

/**
 * The answers (question id → option id) in the order of the pack's questions, so drafts and
 * responses always read the same way whatever order the parent answered in.
 */
export function answersInQuestionOrder(chosen: ReadonlyMap<string, string>, content: CheckInContent): Answer[] {
  return content.questions.items.flatMap((q) => {
    const optionId = chosen.get(q.id);
    return optionId === undefined ? [] : [{questionId: q.id, optionId}];
  });
}
