/** The `trend` section: the mood trend chart's words and the level it treats as a low day. */
import * as z from 'zod/mini';
import {text} from './common.js';
import {TrendShareContentSchema} from './trend-share.js';

export const TrendContentSchema = z.strictObject({
  title: text(120),
  /**
   * A day counts as low when its mood is at or below this value on the 1–5 scale (default 2).
   * Low on more than half of the days with a check-in in the last 14 (when there are enough
   * of them to see a pattern: at least 4) shows the non-urgent card.
   */
  lowMoodAtMost: z
    .int()
    .check(
      z.gte(1, 'Use a value from 1 to 4: 1 is "very low".'),
      z.lte(4, 'Use a value from 1 to 4: at 5 every day would count as low.'),
    ),
  /** The word for each mood, from 1 (very low) to 5 (very good): the chart's axis and the table. */
  moods: z.array(text(40)).check(z.length(5, 'List exactly 5 mood words, from very low (1) to very good (5).')),
  /** How each range the chart can show is named in sentences, e.g. "the last two weeks". */
  ranges: z.strictObject({'7': text(60), '14': text(60), '28': text(60)}),
  /** One sentence about the range shown. "{range}" is filled in. Speak of the days with a check-in, not all days. */
  summary: z.strictObject({
    /** No check-ins in the range. */
    empty: text(200),
    /** Too few days with a check-in to speak of a pattern. */
    sparse: text(200),
    /** Low on more than half of the days with a check-in. */
    mostlyLow: text(200),
    /** Low on some days, but not most. */
    someLow: text(200),
    /** No low days. */
    noneLow: text(200),
  }),
  /** Kind words shown above the help card when a rule fires. */
  notice: z.strictObject({
    /**
     * Low on more than half of the days with a check-in in the last 14. "{range}" is filled in
     * with `ranges.14`, whatever range is shown, so name it: the summary may speak of another range.
     */
    'non-urgent': text(300),
    /** A check-in in the range had a worrying answer to a safety question. */
    urgent: text(300),
  }),
  table: z.strictObject({
    /** The button that opens the table. */
    show: text(60),
    /**
     * The table's caption. "{range}" is filled in. Say that a day with several check-ins shows
     * the lowest.
     */
    caption: text(200),
    /**
     * Optional: the chart's name for screen readers, e.g. "A chart of {range}. The table below
     * has the same days in words." Not the caption again, so it is not read twice. Without it,
     * the chart is named by the widget's title.
     */
    chart: z.optional(text(200)),
    day: text(40),
    mood: text(40),
    /** A day with no check-in. */
    noCheckIn: text(40),
  }),
  /** Optional: a summary the parent can make for their health visitor. Without it, the trend offers none. */
  share: z.optional(TrendShareContentSchema),
});
export type TrendContent = z.infer<typeof TrendContentSchema>;
