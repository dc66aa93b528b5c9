/** The check-in's steps, and which of them a pack has. Zod-free, so the widget uses it without loading validation. */
import type {CheckInContent} from '../schema/check-in.js';

/** The check-in's steps, in order. Steps with no content are skipped. */
export const checkInSteps = ['mood', 'feelings', 'questions', 'note', 'review'] as const;
export type CheckInStep = (typeof checkInSteps)[number];

/** The steps this content has: mood and review always; the others only when they have something to ask. */
export function checkInStepsFor(content: CheckInContent): CheckInStep[] {
  const asks: Record<CheckInStep, boolean> = {
    mood: true,
    feelings: content.feelings.options.length > 0,
    questions: content.questions.items.length > 0,
    note: content.note.maxLength > 0,
    review: true,
  };
  return checkInSteps.filter((step) => asks[step]);
}
