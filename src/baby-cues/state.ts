/**
 * The guide's state and every change the parent can make to it. Pure: no DOM, no Lit, no zod.
 * Each change returns a new state and leaves the old one as it was; ticks stay in the pack's
 * order, so the same ticks always make the same moment.
 */
import type {CuesContent} from '../schema/cues.js';
import {chooseReading, pickableIds} from './reading.js';

export interface CuesState {
  /** The age band: chosen by the parent, or the one `age-months` falls in. */
  band?: string;
  /** Cues and red flags ticked, in the pack's order. */
  cueIds: string[];
  /** The parent asked what it might mean (or a saved moment was restored). */
  shown: boolean;
  /** "What to try" ideas ticked, in the reading's order. */
  triedIds: string[];
  /** The note, exactly as typed. */
  note: string;
}

export function emptyState(band?: string): CuesState {
  return {...(band && {band}), cueIds: [], shown: false, triedIds: [], note: ''};
}

/** Keeps only the tried ideas the reading on screen offers, in its order. */
function fitTried(state: CuesState, cues: CuesContent): CuesState {
  const reading = state.band ? chooseReading(cues, state.band, state.cueIds) : undefined;
  const triedIds = (reading?.try ?? []).map((idea) => idea.id).filter((id) => state.triedIds.includes(id));
  return triedIds.length === state.triedIds.length && triedIds.every((id, i) => id === state.triedIds[i])
    ? state
    : {...state, triedIds};
}

/**
 * The state in `band` (the parent chose it, or the baby's age moved on): the ticks that are
 * still there in that band stay, the rest go. The note stays.
 */
export function chooseBand(state: CuesState, cues: CuesContent, band: string): CuesState {
  if (state.band === band) return state;
  const pickable = pickableIds(cues, band);
  return fitTried({...state, band, cueIds: pickable.filter((id) => state.cueIds.includes(id))}, cues);
}

/** The parent ticked or unticked a cue or a red flag. */
export function toggleCue(state: CuesState, cues: CuesContent, id: string): CuesState {
  if (!state.band) return state;
  const ticked = state.cueIds.includes(id) ? state.cueIds.filter((c) => c !== id) : [...state.cueIds, id];
  const cueIds = pickableIds(cues, state.band).filter((c) => ticked.includes(c));
  return fitTried({...state, cueIds}, cues);
}

/** The parent ticked or unticked an idea they tried. */
export function toggleTried(state: CuesState, cues: CuesContent, id: string): CuesState {
  const tried = state.triedIds.includes(id) ? state.triedIds.filter((t) => t !== id) : [...state.triedIds, id];
  const order = (state.band && chooseReading(cues, state.band, state.cueIds)?.try.map((idea) => idea.id)) || [];
  return {...state, triedIds: order.filter((t) => tried.includes(t))};
}

/** The parent typed in the note. */
export const writeNote = (state: CuesState, note: string): CuesState => ({...state, note});

/** The parent asked what it might mean. */
export const showReading = (state: CuesState): CuesState => ({...state, shown: true});

/** The same band, pack and state fitted to another pack (new content): unknown ids go. */
export function fitToPack(state: CuesState, cues: CuesContent): CuesState {
  if (!state.band) return state;
  if (!cues.age.bands.some((b) => b.id === state.band)) return {...emptyState(), note: state.note};
  const pickable = pickableIds(cues, state.band);
  return fitTried({...state, cueIds: pickable.filter((id) => state.cueIds.includes(id))}, cues);
}
