/**
 * A moment the parent saved in the baby-cues guide, as `attune-cue-moment` reports it and the
 * `moment` property takes it back. Kept apart from the `cues` content schema, so checking a
 * saved moment never loads the content-pack schemas.
 */
import * as z from 'zod/mini';
import {IdSchema, IsoDateTimeSchema, userText} from './common.js';
import {MAX_CUE_NOTE_LENGTH} from '../model/cues-bands.js';

export const CueMomentSchema = z.strictObject({
  /** Stable while the parent edits and saves the same moment again; new after "Start again". */
  id: IdSchema,
  /** When the parent saved it (ISO 8601). */
  at: IsoDateTimeSchema,
  /** The age band the cues came from. */
  ageBand: IdSchema,
  /** What the parent ticked: cue ids, and the ids of any illness red flags. */
  cueIds: z.array(IdSchema).check(z.minLength(1, 'A moment has at least one cue.'), z.maxLength(100)),
  /** The reading the pack's rules chose for those cues. */
  readingId: IdSchema,
  /** The "what to try" ideas the parent ticked, if any. */
  triedIds: z.optional(z.array(IdSchema).check(z.maxLength(20))),
  /** The parent's note, exactly as typed, if any. */
  note: z.optional(userText(MAX_CUE_NOTE_LENGTH)),
});
export type CueMoment = z.infer<typeof CueMomentSchema>;
