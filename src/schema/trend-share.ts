/**
 * The words of the summary a parent makes from the trend for their health visitor (part of the
 * `trend` section), and the summary itself as `attune-summary-share` carries it.
 */
import * as z from 'zod/mini';
import {text} from './common.js';
import {countMessage} from './message.js';
import {CheckInResponseSchema} from './check-in-data.js';

export const TrendShareContentSchema = z.strictObject({
  /** The button that starts a summary, e.g. "Make a summary for your health visitor". */
  open: text(80),
  /** The choices' legends: how many weeks, and what to put in. */
  rangeLegend: text(120),
  includeLegend: text(120),
  /** The ranges a summary can cover, e.g. "2 weeks". */
  ranges: z.strictObject({'14': text(40), '28': text(40)}),
  /** What a summary can hold. Notes are left out unless the parent ticks them. */
  include: z.strictObject({moods: text(80), feelings: text(80), help: text(80), notes: text(120)}),
  /** Said under the notes choice, e.g. that notes stay private unless ticked. */
  notesHint: text(200),
  make: text(40),
  /** The summary's heading, e.g. "How I have been: for my health visitor". */
  title: text(120),
  /** "{from}" and "{to}" are filled in with days in the pack's language. */
  dates: text(120),
  headings: z.strictObject({moods: text(80), feelings: text(80), help: text(80), notes: text(80)}),
  /** "{feeling}" and "{count}" are filled in, e.g. "Tired, on {count} days". `{count}` picks the plural form. */
  feelingCount: countMessage(120),
  /** How the help shown in a check-in is named, by level: words, never a score. */
  help: z.strictObject({emergency: text(120), urgent: text(120), 'non-urgent': text(120), support: text(120)}),
  /** A part with nothing in it, e.g. "None in these weeks." */
  nothing: text(120),
  print: text(40),
  save: text(40),
  /** The saved file's name, before the date and ".html", e.g. "summary-for-health-visitor". */
  fileName: z
    .string()
    .check(z.regex(/^[\p{L}\p{N}_-]{1,60}$/u, 'Use letters, digits, "-" or "_" only: it names a file.')),
  close: text(40),
  /** Said to screen readers once the summary shows. */
  ready: text(200),
});
export type TrendShareContent = z.infer<typeof TrendShareContentSchema>;

/** An ISO calendar day, "2026-12-06". */
const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a day such as "2026-12-06".'));

/** What a parent chose for a summary, and what it holds: as text, as a one-page HTML file, and the check-ins in it. */
export const HealthVisitorSummarySchema = z.strictObject({
  range: z.strictObject({from: DaySchema, to: DaySchema, days: z.union([z.literal(14), z.literal(28)])}),
  /** What is in the summary as plain text. */
  text: z.string(),
  /** The same as a whole HTML document, every word escaped: the file the parent saves. */
  html: z.string(),
  /** The check-ins in the range, without notes unless the parent chose them and never with scores. */
  entries: z.array(CheckInResponseSchema),
});
export type HealthVisitorSummary = z.infer<typeof HealthVisitorSummarySchema>;
