/**
 * Age bands of the baby-cues guide: which band an age in months falls in, and whether words
 * written for some bands fit one. Pure and zod-free: the widget and the schema's rules share it.
 */
import type {AgeBand} from '../cues.js';
import {CUE_AGE_MONTHS} from './cues-limits.js';

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
