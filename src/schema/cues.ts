/**
 * The `cues` section: the baby-cues guide ("What might my baby be telling me?"). Age bands, the
 * cues a parent may notice (in plain groups), the readings the pack's rules choose from them,
 * what to try and words to say, the path for after a hard moment, and the illness red flags with
 * the baby's own emergency and urgent help. A host may reword every red flag, never remove one
 * or lower its level (see `REQUIRED_RED_FLAGS`).
 */
import * as z from 'zod/mini';
import {IdSchema, addIssue, checkUniqueIds, text} from './common.js';
import {EmergencyHelpSchema, UrgentHelpSchema} from './help.js';
import {REQUIRED_RED_FLAGS, atLeast, redFlagLevels} from '../model/cues-limits.js';
import {checkCues} from './cues-rules.js';

/** The age bands some words fit; left out, they fit every band. */
const BandIdsSchema = z.optional(
  z.array(IdSchema).check(z.minLength(1, 'Name at least one age band, or leave "bands" out.'), z.maxLength(8)),
);

/** Words that fit some age bands only (`bands`), or every band. */
export const BandedTextSchema = z.strictObject({text: text(300), bands: BandIdsSchema});
export type BandedText = z.infer<typeof BandedTextSchema>;

/** One age band, from `fromMonths` up to (not including) `toMonths`; the last band includes its end. */
export const AgeBandSchema = z.strictObject({
  id: IdSchema,
  /** What the parent reads, e.g. "3 to 6 months". */
  label: text(40),
  fromMonths: z.int().check(z.gte(0, 'Use 0 to 24 months.'), z.lte(24, 'Use 0 to 24 months.')),
  toMonths: z.int().check(z.gte(1, 'Use 1 to 24 months.'), z.lte(24, 'Use 1 to 24 months.')),
});
export type AgeBand = z.infer<typeof AgeBandSchema>;

/** A group of cues in plain words, e.g. "Needs a break". */
export const CueGroupSchema = z.strictObject({id: IdSchema, label: text(60)});

/** Something a parent may notice, e.g. "Looks away", in its group, with a short description. */
export const CueSchema = z.strictObject({
  id: IdSchema,
  group: IdSchema,
  label: text(80),
  description: text(200),
  bands: BandIdsSchema,
});
export type Cue = z.infer<typeof CueSchema>;

/** A sign that the baby may be ill, and the least help it calls for. Never an everyday cue. */
export const RedFlagSchema = z.strictObject({id: IdSchema, label: text(160), level: z.enum(redFlagLevels)});
export type RedFlag = z.infer<typeof RedFlagSchema>;

/**
 * Every pack lists the required red flags at their level or higher. The published JSON Schema
 * carries the same rule (scripts/json-schema.mjs).
 */
export const RedFlagItemsSchema = z.array(RedFlagSchema).check(
  z.minLength(1),
  z.maxLength(16, 'Use 16 red flags or fewer.'),
  z.superRefine((flags, ctx) => {
    checkUniqueIds(
      ctx,
      flags.map((f) => f.id),
      (i) => [i, 'id'],
      'red flag',
    );
    for (const [id, least] of Object.entries(REQUIRED_RED_FLAGS)) {
      const index = flags.findIndex((f) => f.id === id);
      if (index < 0)
        addIssue(
          ctx,
          [],
          `Keep the red flag "${id}": every pack must list it. You may change its words, but not remove it.`,
          flags,
        );
      else if (!atLeast(flags[index].level, least))
        addIssue(
          ctx,
          [index, 'level'],
          `The red flag "${id}" must call for "${least}" help or more. A pack may reword a red flag, never lower it.`,
          flags[index].level,
        );
    }
  }),
);

/** One idea of "what to try": the parent may tick it as tried. */
export const CueIdeaSchema = z.strictObject({id: IdSchema, text: text(300), bands: BandIdsSchema});
export type CueIdea = z.infer<typeof CueIdeaSchema>;

const readingShape = {
  id: IdSchema,
  /** Tentative, never certain: "Your baby may be telling you they need a break". */
  title: text(120),
  /** What it might mean, in one or two sentences, with "may" or "might". */
  meaning: text(400),
  /** Words to say out loud that name the feeling; at least one for each band the reading fits. */
  say: z.array(BandedTextSchema).check(z.minLength(1), z.maxLength(8)),
  /** What to try; at least one for each band the reading fits. */
  try: z.array(CueIdeaSchema).check(
    z.minLength(1),
    z.maxLength(10),
    z.superRefine((ideas, ctx) =>
      checkUniqueIds(
        ctx,
        ideas.map((i) => i.id),
        (i) => [i, 'id'],
        'idea',
      ),
    ),
  ),
  /** Optional steps with their own heading: how to take turns and wait, or calming steps. */
  steps: z.optional(
    z.strictObject({heading: text(120), items: z.array(BandedTextSchema).check(z.minLength(1), z.maxLength(8))}),
  ),
  /** Optional: one line on the parent's own calm (for upset and big feelings). */
  forYou: z.optional(text(200)),
};

/**
 * A reading the rules may choose. `answers` lists the cue groups it answers: it fits when every
 * group the parent picked from is among them, and the reading with the fewest groups wins.
 */
export const ReadingSchema = z.strictObject({
  ...readingShape,
  answers: z.array(IdSchema).check(z.minLength(1), z.maxLength(6)),
  bands: BandIdsSchema,
});
export type Reading = z.infer<typeof ReadingSchema>;

/** The gentle "it can be hard to tell" reading, for signals no reading answers together. */
export const MixedReadingSchema = z.strictObject(readingShape);
export type MixedReading = z.infer<typeof MixedReadingSchema>;

/** The reading shown beside the baby's help when a red flag is ticked: no ideas, only the help. */
export const UnwellReadingSchema = z.strictObject({id: IdSchema, title: text(120), meaning: text(400)});

export const CuesContentSchema = z
  .strictObject({
    title: text(120),
    intro: text(300),
    age: z.strictObject({
      legend: text(120),
      hint: z.optional(text(200)),
      /** Shown instead of the question when the host set `age-months`. "{band}" is filled in. */
      shown: text(120),
      /** From birth to two years, in order, each starting where the one before ends. */
      bands: z.array(AgeBandSchema).check(z.minLength(1), z.maxLength(6)),
    }),
    notice: z.strictObject({heading: text(120), hint: z.optional(text(200))}),
    groups: z.array(CueGroupSchema).check(z.minLength(1), z.maxLength(12)),
    cues: z.array(CueSchema).check(z.minLength(1), z.maxLength(80)),
    redFlags: z.strictObject({legend: text(120), hint: text(300), items: RedFlagItemsSchema}),
    /** The baby's own help: the same shape and call rules as the pack's help levels. */
    babyHelp: z.strictObject({emergency: EmergencyHelpSchema, urgent: UrgentHelpSchema}),
    readings: z.strictObject({
      /** The reading's heading starts with these words, e.g. "What it might mean". */
      heading: text(120),
      /** The heading of the words to say out loud. */
      say: text(120),
      tryLegend: text(120),
      tryHint: z.optional(text(200)),
      items: z.array(ReadingSchema).check(z.minLength(1), z.maxLength(30)),
      mixed: MixedReadingSchema,
      unwell: UnwellReadingSchema,
    }),
    repair: z.strictObject({
      heading: text(120),
      intro: text(300),
      /** The disclosure's summary, e.g. "What to do after a hard moment". */
      open: text(120),
      steps: z.array(BandedTextSchema).check(z.minLength(1), z.maxLength(8)),
      say: z.array(BandedTextSchema).check(z.minLength(1), z.maxLength(6)),
      noBlame: text(300),
      neverShake: text(300),
      /** Before the pack's urgent and support cards: if this happens a lot, or at breaking point. */
      moreHelp: text(300),
    }),
    save: z.strictObject({
      heading: text(120),
      hint: text(200),
      noteLabel: text(120),
      button: text(40),
      /** Said (and shown) once the moment is saved. */
      saved: text(120),
      /** "{max}" is filled in with the longest note allowed. */
      noteTooLong: text(200),
      startAgain: text(40),
    }),
    ui: z.strictObject({
      /** The button that shows the reading. */
      show: text(60),
      /** Shown when that button is pressed with nothing ticked. */
      pickFirst: text(200),
      /** Optional: said once when a red flag brings help on screen, e.g. "{help} {action}, below.". */
      helpShown: z.optional(text(200)),
      /** Optional: said once when that help goes again. */
      helpGone: z.optional(text(200)),
    }),
  })
  .check(z.superRefine(checkCues));
export type CuesContent = z.infer<typeof CuesContentSchema>;
