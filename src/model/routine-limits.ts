/**
 * Limits of a saved routine. Plain constants (no zod), so the planner can check input and
 * disable buttons without loading the validation code.
 */
export const MIN_STEP_MINUTES = 1;
export const MAX_STEP_MINUTES = 120;
export const MAX_ROUTINE_STEPS = 40;
/** Longest routine name, step label and step note, in characters. */
export const MAX_NAME_LENGTH = 80;
export const MAX_LABEL_LENGTH = 80;
export const MAX_NOTE_LENGTH = 500;
/** A start time: "HH:MM", 24-hour. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
