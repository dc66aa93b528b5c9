/** The whole content pack: every word every widget shows, plus the rules behind them. */
import * as z from 'zod/mini';
import {LocaleSchema, addIssue, text} from './common.js';
import {UK_EMERGENCY_NUMBERS, numbersNamedIn} from '../model/phone.js';
import {CheckInContentSchema} from './check-in.js';
import {CuesContentSchema} from './cues.js';
import {HelpContentSchema, checkCallRules} from './help.js';
import {RoutineContentSchema} from './routine.js';
import {TrendContentSchema} from './trend.js';
import {nations} from '../model/nations.js';

export const CONTENT_SCHEMA_VERSION = 1;

const packMetaShape = {
  schemaVersion: z.literal(CONTENT_SCHEMA_VERSION, {
    error: `Use schemaVersion ${CONTENT_SCHEMA_VERSION}: this version of Attune reads version ${CONTENT_SCHEMA_VERSION} packs.`,
  }),
  /** Names this pack, e.g. "nhs-west-cy". Copied into every check-in response. */
  id: text(64),
  /** The pack's own version, e.g. "2026.11.1". Copied into every check-in response. */
  version: text(32),
  /** BCP 47 language tag, e.g. "en-GB". Also sets the widgets' `lang`. */
  locale: LocaleSchema,
  /** Text direction of the language. */
  dir: z.enum(['ltr', 'rtl']),
  /**
   * Optional: the UK nation whose routes to help the pack gives. If the pack is ever refused,
   * the widgets fall back to that nation's ready pack, never to another nation's urgent line.
   */
  nation: z.optional(z.enum(nations)),
  /**
   * Optional: where the pack stands in clinical and language review, for the host's team. Never
   * shown to parents. E.g. a new translation "awaiting-review" before clinical use.
   */
  review: z.optional(
    z.strictObject({
      status: z.enum(['awaiting-review', 'reviewed']),
      note: text(400),
    }),
  ),
};

/**
 * A content pack. `help` is always required: every widget may need to show where to get
 * help. `checkIn`, `routine`, `trend` and `cues` may be left out by a host that does not use those
 * widgets; a widget given a pack without its section refuses it with `attune-content-error`.
 */
export const ContentPackSchema = z
  .strictObject({
    ...packMetaShape,
    help: HelpContentSchema,
    checkIn: z.optional(CheckInContentSchema),
    routine: z.optional(RoutineContentSchema),
    trend: z.optional(TrendContentSchema),
    cues: z.optional(CuesContentSchema),
  })
  .check(
    z.superRefine((pack, ctx) => {
      const region = regionOf(pack.locale);
      if (region && region !== 'GB' && !pack.help.emergencyNumbers)
        addIssue(
          ctx,
          ['help', 'emergencyNumbers'],
          `This pack is for region ${region}: list its emergency numbers here (999 and 112 are the UK's).`,
          undefined,
        );
      // A UK pack cannot make another number its emergency number ("Call 111" on the 999 card).
      const uk = !region || region === 'GB' || pack.nation !== undefined;
      const own = pack.help.emergencyNumbers ?? [];
      if (uk && own.some((number) => !(UK_EMERGENCY_NUMBERS as readonly string[]).includes(number)))
        addIssue(
          ctx,
          ['help', 'emergencyNumbers'],
          'In the UK the emergency numbers are 999 and 112: leave this out, or list only those.',
          own,
        );
      // "Call 999 now", said first in an emergency, names only an emergency number.
      const emergencyNumbers: readonly string[] = pack.help.emergencyNumbers ?? UK_EMERGENCY_NUMBERS;
      const now = pack.checkIn?.emergencyNow;
      for (const field of ['call', 'baby'] as const)
        for (const named of now ? numbersNamedIn(now[field]) : [])
          if (!emergencyNumbers.includes(named))
            addIssue(
              ctx,
              ['checkIn', 'emergencyNow', field],
              `These words name ${named}, which is not an emergency number (${emergencyNumbers.join(' or ')}).`,
              now![field],
            );
      // The baby's own help keeps the pack's call rules, with the pack's emergency numbers.
      if (pack.cues) checkCallRules(pack.cues.babyHelp, pack.help.emergencyNumbers, ['cues', 'babyHelp'], ctx);
    }),
  );
export type ContentPack = z.infer<typeof ContentPackSchema>;

/** The identifying fields of a pack, without its sections. */
export type PackMeta = Pick<ContentPack, 'schemaVersion' | 'id' | 'version' | 'locale' | 'dir' | 'review' | 'nation'>;

/** The region a language tag names ("GB" for "en-GB"), if any. */
function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

/** The optional sections, by the widget that needs them. */
export type ContentSection = 'checkIn' | 'routine' | 'trend' | 'cues';

/** A pack known to have the given sections. */
export type PackWith<S extends ContentSection> = ContentPack & Required<Pick<ContentPack, S>>;
