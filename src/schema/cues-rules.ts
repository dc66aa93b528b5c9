/**
 * The rules of the `cues` section that reach across it: age bands that cover birth to two years
 * in order, ids that are unique, references that exist, and a reading (with words to say and
 * ideas) for whatever a parent can pick in every band, so the rules never leave a parent with
 * nothing. Each issue names its path and says how to put it right.
 */
import {addIssue, checkUniqueIds, type RefineContext} from './common.js';
import type {BandedText, CuesContent, Reading} from './cues.js';
import {CUE_AGE_MONTHS, fitsBand} from '../model/cues-bands.js';

export function checkCues(cues: CuesContent, ctx: RefineContext): void {
  checkBands(cues, ctx);
  const bands = new Set(cues.age.bands.map((b) => b.id));
  const groups = new Set(cues.groups.map((g) => g.id));
  const unique = (ids: string[], path: (i: number) => PropertyKey[], what: string) =>
    checkUniqueIds(ctx, ids, path, what);
  unique(
    cues.groups.map((g) => g.id),
    (i) => ['groups', i, 'id'],
    'cue group',
  );
  // Cues and red flags are ticked in the same guide and saved in one list: one set of ids.
  const pickable = [...cues.cues.map((c) => c.id), ...cues.redFlags.items.map((f) => f.id)];
  unique(
    pickable,
    (i) => (i < cues.cues.length ? ['cues', i, 'id'] : ['redFlags', 'items', i - cues.cues.length, 'id']),
    'cue',
  );
  const readings = [...cues.readings.items, cues.readings.mixed, cues.readings.unwell];
  unique(
    readings.map((r) => r.id),
    (i) => [
      'readings',
      ...(i < cues.readings.items.length ? ['items', i] : [i === readings.length - 2 ? 'mixed' : 'unwell']),
      'id',
    ],
    'reading',
  );
  const knownBands = (listed: string[] | undefined, path: PropertyKey[]) =>
    listed?.forEach((id, j) => {
      if (!bands.has(id)) addIssue(ctx, [...path, 'bands', j], `There is no age band with id "${id}".`, id);
    });
  cues.cues.forEach((cue, i) => {
    if (!groups.has(cue.group))
      addIssue(ctx, ['cues', i, 'group'], `There is no cue group with id "${cue.group}".`, cue.group);
    knownBands(cue.bands, ['cues', i]);
  });
  cues.readings.items.forEach((reading, i) => {
    reading.answers.forEach((id, j) => {
      if (!groups.has(id))
        addIssue(ctx, ['readings', 'items', i, 'answers', j], `There is no cue group with id "${id}".`, id);
    });
    knownBands(reading.bands, ['readings', 'items', i]);
  });
  forEachBandedList(cues, (list, path) => list.forEach((item, j) => knownBands(item.bands, [...path, j])));
  checkCoverage(cues, ctx);
}

/** Bands run from birth to two years in order, each from where the one before ends. */
function checkBands(cues: CuesContent, ctx: RefineContext): void {
  let from: number = CUE_AGE_MONTHS.min;
  cues.age.bands.forEach((band, i) => {
    if (band.fromMonths !== from)
      addIssue(
        ctx,
        ['age', 'bands', i, 'fromMonths'],
        `This band should start at ${from} months, where the band before it ends (the first starts at ${CUE_AGE_MONTHS.min}).`,
        band.fromMonths,
      );
    if (band.toMonths <= band.fromMonths)
      addIssue(ctx, ['age', 'bands', i, 'toMonths'], 'A band must end after it starts.', band.toMonths);
    from = band.toMonths;
  });
  if (from !== CUE_AGE_MONTHS.max)
    addIssue(
      ctx,
      ['age', 'bands'],
      `The last band must end at ${CUE_AGE_MONTHS.max} months, so every age from birth to two years has a band.`,
      cues.age.bands,
    );
  checkUniqueIds(
    ctx,
    cues.age.bands.map((b) => b.id),
    (i) => ['age', 'bands', i, 'id'],
    'age band',
  );
}

/** Every list whose items may name bands, with its path. */
function forEachBandedList(
  cues: CuesContent,
  visit: (list: readonly {bands?: string[]}[], path: PropertyKey[]) => void,
): void {
  const readingLists = (reading: Omit<Reading, 'answers' | 'bands'>, path: PropertyKey[]) => {
    visit(reading.say, [...path, 'say']);
    visit(reading.try, [...path, 'try']);
    if (reading.steps) visit(reading.steps.items, [...path, 'steps', 'items']);
  };
  cues.readings.items.forEach((reading, i) => readingLists(reading, ['readings', 'items', i]));
  readingLists(cues.readings.mixed, ['readings', 'mixed']);
  visit(cues.repair.steps, ['repair', 'steps']);
  visit(cues.repair.say, ['repair', 'say']);
}

/**
 * In every band: each group a parent can pick from has a reading of its own, and every reading
 * that fits the band (the "hard to tell" one too) has words to say and an idea for it, as the
 * repair path has steps and words.
 */
function checkCoverage(cues: CuesContent, ctx: RefineContext): void {
  const has = (list: readonly BandedText[] | readonly {bands?: string[]}[], band: string) =>
    list.some((item) => fitsBand(item, band));
  for (const {id: band} of cues.age.bands) {
    const pickedGroups = new Set(cues.cues.filter((c) => fitsBand(c, band)).map((c) => c.group));
    for (const group of pickedGroups) {
      const alone = cues.readings.items.some(
        (r) => fitsBand(r, band) && r.answers.length === 1 && r.answers[0] === group,
      );
      if (!alone)
        addIssue(
          ctx,
          ['readings', 'items'],
          `There is no reading for the cue group "${group}" alone in the age band "${band}". Add one whose answers are ["${group}"].`,
          cues.readings.items,
        );
    }
    const readings: [Omit<Reading, 'answers' | 'bands'>, PropertyKey[]][] = [
      ...cues.readings.items
        .map((r, i): [Reading, PropertyKey[]] => [r, ['readings', 'items', i]])
        .filter(([r]) => fitsBand(r, band)),
      [cues.readings.mixed, ['readings', 'mixed']],
    ];
    for (const [reading, path] of readings)
      for (const list of ['say', 'try'] as const)
        if (!has(reading[list], band))
          addIssue(
            ctx,
            [...path, list],
            `There is no "${list}" item in the reading "${reading.id}" for the age band "${band}". Add one for it.`,
            reading[list],
          );
    for (const list of ['steps', 'say'] as const)
      if (!has(cues.repair[list], band))
        addIssue(
          ctx,
          ['repair', list],
          `There is no "${list}" item in the repair path for the age band "${band}". Add one for it.`,
          cues.repair[list],
        );
  }
}
