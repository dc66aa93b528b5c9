/**
 * A saved moment and the guide's state, both ways: what "Save this moment" sends, and the
 * screen a restored moment gives back. Pure: no DOM, no Lit, no zod (the moment's shape is
 * checked before it gets here). Ids a pack no longer has are left out and named, never guessed.
 */
import type {CuesContent} from '../schema/cues.js';
import type {CueMoment} from '../schema/cues-data.js';
import type {ContentIssue} from '../schema/events.js';
import {chooseReading, pickableIds} from './reading.js';
import type {CuesState} from './state.js';

/** The moment the state makes, or undefined while there is nothing to save (no band or no tick). */
export function toMoment(state: CuesState, cues: CuesContent, id: string, at: string): CueMoment | undefined {
  const reading = state.band ? chooseReading(cues, state.band, state.cueIds) : undefined;
  if (!state.band || !reading) return undefined;
  return {
    id,
    at,
    ageBand: state.band,
    cueIds: [...state.cueIds],
    readingId: reading.id,
    ...(state.triedIds.length && {triedIds: [...state.triedIds]}),
    ...(state.note && {note: state.note}),
  };
}

/** Whether saving `state` now would send the same moment as `saved` (its id and time aside). */
export function unchangedSince(saved: CueMoment | undefined, state: CuesState, cues: CuesContent): boolean {
  if (!saved) return false;
  const now = toMoment(state, cues, saved.id, saved.at);
  return JSON.stringify(now) === JSON.stringify(saved);
}

/** A restored moment as the guide's state, and what of it the pack no longer has. */
export interface RestoredMoment {
  moment: CueMoment;
  state: CuesState;
  issues: ContentIssue[];
}

/**
 * The screen `moment` gives back with this pack: its band (or the one the baby's age falls in,
 * when the host set `age-months`), its ticks, its reading shown, its tried ideas and its note.
 */
export function restoreMoment(moment: CueMoment, cues: CuesContent, ageBand?: string): RestoredMoment {
  const issues: ContentIssue[] = [];
  let band: string | undefined = ageBand ?? moment.ageBand;
  if (ageBand && ageBand !== moment.ageBand)
    issues.push({
      path: 'moment.ageBand',
      message: `The baby's age (age-months) is in the band "${ageBand}", so the moment is shown for that band.`,
    });
  if (!cues.age.bands.some((b) => b.id === band)) {
    issues.push({path: 'moment.ageBand', message: `There is no age band "${band}" in this pack.`});
    band = undefined;
  }
  const pickable = band ? pickableIds(cues, band) : [];
  moment.cueIds.forEach((id, i) => {
    if (!pickable.includes(id))
      issues.push({path: `moment.cueIds.${i}`, message: `There is no cue "${id}" here, so it is left out.`});
  });
  const cueIds = pickable.filter((id) => moment.cueIds.includes(id));
  const reading = band ? chooseReading(cues, band, cueIds) : undefined;
  if (reading && reading.id !== moment.readingId)
    issues.push({
      path: 'moment.readingId',
      message: `This pack reads these cues as "${reading.id}", so that reading is shown.`,
    });
  const offered = (reading?.try ?? []).map((idea) => idea.id);
  (moment.triedIds ?? []).forEach((id, i) => {
    if (!offered.includes(id))
      issues.push({path: `moment.triedIds.${i}`, message: `The reading has no idea "${id}", so it is left out.`});
  });
  const state: CuesState = {
    ...(band && {band}),
    cueIds,
    shown: Boolean(reading),
    triedIds: offered.filter((id) => moment.triedIds?.includes(id)),
    note: moment.note ?? '',
  };
  return {moment, state, issues};
}
