/**
 * Age bands of the baby-cues guide: which band an age in months falls in, and whether words
 * written for some bands fit one; and the limits the widget and the checks share. Pure and
 * zod-free: the widget, the data checks and the schema's rules all read it.
 */
import type {AgeBand} from '../schema/cues.js';

/** The ages, in months, that the guide's age bands cover together: from birth to two years. */
export const CUE_AGE_MONTHS = {min: 0, max: 24} as const;

/** The longest note a saved moment may carry, in characters. */
export const MAX_CUE_NOTE_LENGTH = 1000;

/** Whether words for `bands` (every band when there is no list) fit the band `band`. */
export const fitsBand = (item: {bands?: readonly string[]}, band: string): boolean =>
  !item.bands || item.bands.includes(band);

/**
 * The band an age falls in: from its start up to, not including, its end; the last band includes
 * two years. Undefined for anything that is not an age from 0 to 24 months (the parent then picks).
 */
export function bandForAge(bands: readonly AgeBand[], months: unknown): AgeBand | undefined {
  if (typeof months !== 'number' || !Number.isFinite(months)) return undefined;
  if (months < CUE_AGE_MONTHS.min || months > CUE_AGE_MONTHS.max) return undefined;
  return bands.find((band) => months >= band.fromMonths && months < band.toMonths) ?? bands.at(-1);
}
