/** The check-in's fixed limits, apart from the schemas so the widget has them without zod. */

/**
 * The longest note a draft carries. Larger than any note limit (at most 5000), so a draft
 * restores a note that is still too long exactly as typed, with its "too long" message.
 */
export const MAX_DRAFT_NOTE_LENGTH = 20000;
