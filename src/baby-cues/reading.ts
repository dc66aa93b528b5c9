/**
 * What the guide shows for what the parent ticked: the cues of their baby's age band in groups,
 * the help any illness red flag calls for, and the reading the pack's rules choose. Pure: no
 * DOM, no Lit, no zod, so it can be read and tested on its own.
 *
 * The rules: a red flag always wins (the "may be ill" reading, beside the baby's help). Otherwise
 * the readings that fit are those whose `answers` hold every group the parent ticked a cue from;
 * the one with the fewest groups is the most specific and wins (the first in the pack on a tie).
 * When none fits (signals that pull apart, such as "ready to connect" and "needs a break"), the
 * gentle "it can be hard to tell" reading is shown.
 */
import type {BandedText, Cue, CueIdea, CuesContent, RedFlag} from '../schema/cues.js';
import {fitsBand} from '../model/cues-bands.js';
import type {RedFlagLevel} from '../model/cues-limits.js';

/** A group of cues as the parent sees it in one band. */
export interface CueGroupView {
  id: string;
  label: string;
  cues: Cue[];
}

/** The groups that have cues in `band`, in the pack's order, each with its cues in order. */
export function cueGroupsFor(cues: CuesContent, band: string): CueGroupView[] {
  return cues.groups
    .map((group) => ({...group, cues: cues.cues.filter((cue) => cue.group === group.id && fitsBand(cue, band))}))
    .filter((group) => group.cues.length > 0);
}

/** Every id a parent can tick in `band`: its cues, then the red flags (shown in every band). */
export function pickableIds(cues: CuesContent, band: string): string[] {
  return [
    ...cues.cues.filter((cue) => fitsBand(cue, band)).map((cue) => cue.id),
    ...cues.redFlags.items.map((flag) => flag.id),
  ];
}

/** The red flags among `cueIds`, in the pack's order. */
export function redFlagsTicked(cues: CuesContent, cueIds: readonly string[]): RedFlag[] {
  return cues.redFlags.items.filter((flag) => cueIds.includes(flag.id));
}

/** The most urgent help the ticked red flags call for, or undefined when none is ticked. */
export function babyHelpLevel(cues: CuesContent, cueIds: readonly string[]): RedFlagLevel | undefined {
  const levels = redFlagsTicked(cues, cueIds).map((flag) => flag.level);
  return levels.includes('emergency') ? 'emergency' : levels[0];
}

/** A reading as the guide shows it in one band: only the words and ideas that fit the band. */
export interface ShownReading {
  id: string;
  title: string;
  meaning: string;
  say: string[];
  try: CueIdea[];
  steps?: {heading: string; items: string[]};
  forYou?: string;
  /** `unwell`: a red flag is ticked, and the baby's help is shown instead of ideas. */
  kind: 'reading' | 'mixed' | 'unwell';
}

const inBand = (list: readonly BandedText[], band: string) =>
  list.filter((item) => fitsBand(item, band)).map((item) => item.text);

/**
 * The reading for the ticked `cueIds` in `band`, or undefined when nothing is ticked. Ids that
 * are not cues of this band (or red flags) are ignored.
 */
export function chooseReading(cues: CuesContent, band: string, cueIds: readonly string[]): ShownReading | undefined {
  if (redFlagsTicked(cues, cueIds).length) return {...cues.readings.unwell, say: [], try: [], kind: 'unwell'};
  const groups = new Set(
    cues.cues.filter((cue) => cueIds.includes(cue.id) && fitsBand(cue, band)).map((cue) => cue.group),
  );
  if (!groups.size) return undefined;
  const fitting = cues.readings.items.filter(
    (reading) => fitsBand(reading, band) && [...groups].every((group) => reading.answers.includes(group)),
  );
  const best = fitting.reduce<(typeof fitting)[number] | undefined>(
    (chosen, reading) => (!chosen || reading.answers.length < chosen.answers.length ? reading : chosen),
    undefined,
  );
  const reading = best ?? cues.readings.mixed;
  return {
    id: reading.id,
    title: reading.title,
    meaning: reading.meaning,
    say: inBand(reading.say, band),
    try: reading.try.filter((idea) => fitsBand(idea, band)),
    ...(reading.steps && {steps: {heading: reading.steps.heading, items: inBand(reading.steps.items, band)}}),
    ...(reading.forYou && {forYou: reading.forYou}),
    kind: best ? 'reading' : 'mixed',
  };
}

/** The repair path's steps and words for `band`; with no band yet, all of them. */
export function repairFor(cues: CuesContent, band: string | undefined): {steps: string[]; say: string[]} {
  const fit = (list: readonly BandedText[]) => (band ? inBand(list, band) : list.map((item) => item.text));
  return {steps: fit(cues.repair.steps), say: fit(cues.repair.say)};
}
