/**
 * Plain check-in constants and the steps a pack has (no zod), so the widget can use them
 * without loading the validation code; `check-in.ts` re-exports them beside its schemas.
 */
import type {CheckInContent} from './check-in.js';

/** The check-in's steps, in order. Steps with no content are skipped. */
export const checkInSteps = ['mood', 'feelings', 'questions', 'note', 'review'] as const;
export type CheckInStep = (typeof checkInSteps)[number];

/**
 * The longest note a draft carries. Larger than any note limit (at most 5000), so a draft
 * restores a note that is still too long exactly as typed, with its "too long" message.
 */
export const MAX_DRAFT_NOTE_LENGTH = 20000;

/** The steps this content has: mood and review always; the others only when they have something to ask. */
export function checkInStepsFor(content: CheckInContent): CheckInStep[] {
  return checkInSteps.filter((step) =>
    step === 'feelings' ? content.feelings.options.length > 0
    : step === 'questions' ? content.questions.items.length > 0
    : step === 'note' ? content.note.maxLength > 0
    : true);
}
