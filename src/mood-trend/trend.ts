/**
 * Mood trend maths, apart from rendering (no DOM, no Lit): check-in responses → one point per
 * calendar day, the summary of the range shown, and the help level the rules give.
 */
import type {CheckInResponse} from '../schema/check-in-data.js';
import {isUrgent} from '../model/levels.js';
import {dateTimeFormat, hasDateWords} from '../core/intl.js';

/** The parts of a check-in response the trend reads. */
export type TrendEntry = Pick<CheckInResponse, 'id' | 'submittedAt' | 'mood' | 'signpost' | 'flags'>;

/** The ranges the chart can show, in days. */
export const trendRanges = [7, 14, 28] as const;
export type TrendRange = (typeof trendRanges)[number];

/** Turns any `days` value into a range the chart can show: 7, 14 or 28, else 14. */
export function rangeOf(value: unknown): TrendRange {
  const days = Number(value) as TrendRange;
  return trendRanges.includes(days) ? days : 14;
}

/** The low-mood rule always looks at the last two weeks (the NHS "two weeks or more"), whatever range is shown. */
export const RULE_DAYS = 14;

export interface DayPoint {
  /** The calendar day, "YYYY-MM-DD", in the viewer's time zone (or the one asked for). */
  date: string;
  /**
   * The lowest mood (1–5) of the day's check-ins, or undefined when there was none. The lowest,
   * not the latest: a hard morning matters even if the evening was better.
   */
  mood?: number;
  /** How many check-ins the day has (duplicates counted once). */
  count: number;
  /** A check-in that day had a worrying answer to a safety question, or urgent or emergency advice. */
  urgent: boolean;
}

/** "YYYY-MM-DD" of a calendar date; days past the month's end roll over (32 January is 1 February). */
const isoDay = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/**
 * The calendar day an instant falls on: in `timeZone` (an IANA name such as "Europe/London")
 * when given, else in the viewer's own time zone. Offsets such as "+05:30" and daylight-saving
 * changes are handled by `Date` and `Intl`, not by reading the ISO string.
 */
export function dayOf(instant: Date, timeZone?: string): string {
  if (!timeZone) return isoDay(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
  const parts: Record<string, number> = {};
  for (const {type, value} of dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant)) {
    parts[type] = Number(value);
  }
  return isoDay(parts.year, parts.month, parts.day);
}

/** The day `offset` calendar days after `day` (negative: before). Calendar maths, so no DST surprises. */
export function addDays(day: string, offset: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return isoDay(year, month, date + offset);
}

/**
 * A day in the pack's language: "Monday 3 November" (`long`) or "3 Nov". A browser without the
 * language's date words (Chrome has no Welsh) writes "3/11/2026" or "3/11", never English ones.
 */
export function formatDay(day: string, locale: string, long: boolean): string {
  if (!hasDateWords(locale)) {
    const [year, month, date] = day.split('-').map(Number);
    return long ? `${date}/${month}/${year}` : `${date}/${month}`;
  }
  // "YYYY-MM-DD" parses as midnight UTC, so formatting in UTC names that very day.
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    ...(long ? {weekday: 'long', month: 'long'} : {month: 'short'}),
  }).format(new Date(day));
}

/** A safety flag ("safety:<questionId>") or an urgent or emergency signpost. */
function isUrgentEntry(entry: TrendEntry): boolean {
  return isUrgent(entry.signpost) || entry.flags.some((flag) => flag.startsWith('safety:'));
}

export interface SeriesOptions {
  /** How many days, ending today. */
  days: number;
  /** "Now": the last day of the series is the day it falls on. Default: the current time. */
  now?: Date;
  /** IANA time zone for the calendar days. Default: the viewer's own. */
  timeZone?: string;
}

/**
 * One point per calendar day for the last `days` days, oldest first, ending on the day of
 * `now`. Entries may come in any order; an `id` seen before is skipped; entries outside the
 * range (or with an unreadable time) are left out.
 */
export function dailySeries(
  entries: readonly TrendEntry[],
  {days, now = new Date(), timeZone}: SeriesOptions,
): DayPoint[] {
  const today = dayOf(now, timeZone);
  const byDay = new Map<string, DayPoint>();
  for (let offset = 1 - days; offset <= 0; offset++) {
    const date = addDays(today, offset);
    byDay.set(date, {date, count: 0, urgent: false});
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const instant = new Date(entry.submittedAt);
    const readable = !Number.isNaN(instant.getTime());
    const point = readable ? byDay.get(dayOf(instant, timeZone)) : undefined;
    if (!point) continue;
    point.count++;
    point.mood = Math.min(point.mood ?? entry.mood.value, entry.mood.value);
    point.urgent ||= isUrgentEntry(entry);
  }
  return [...byDay.values()];
}

/** What the summary sentence says about the range shown. */
export type SummaryKind = 'empty' | 'sparse' | 'mostlyLow' | 'someLow' | 'noneLow';

export interface TrendSummary {
  kind: SummaryKind;
  /** Days with at least one check-in. */
  checkedIn: number;
  /** Days whose lowest mood is at or below the low-mood level. */
  low: number;
  /** Days in the range. */
  total: number;
}

/** Too few days with a check-in to speak of a pattern: under a quarter of the range, or under 3. */
export function minDaysForPattern(total: number): number {
  return Math.max(3, Math.ceil(total / 4));
}

/** The summary of a run of days. "Mostly low" means low on more than half of the days with a check-in. */
export function summarise(points: readonly DayPoint[], lowMoodAtMost: number): TrendSummary {
  let checkedIn = 0;
  let low = 0;
  for (const point of points) {
    if (point.mood === undefined) continue;
    checkedIn++;
    if (point.mood <= lowMoodAtMost) low++;
  }
  return {kind: summaryKind(checkedIn, low, points.length), checkedIn, low, total: points.length};
}

/** What the summary sentence says, from the days with a check-in and the low ones among them. */
function summaryKind(checkedIn: number, low: number, total: number): SummaryKind {
  if (!checkedIn) return 'empty';
  if (checkedIn < minDaysForPattern(total)) return 'sparse';
  if (low * 2 > checkedIn) return 'mostlyLow';
  return low ? 'someLow' : 'noneLow';
}

/** Which help card the trend shows, if any. */
export type TrendLevel = 'none' | 'non-urgent' | 'urgent';

export interface Trend {
  /** The days shown, oldest first. */
  points: DayPoint[];
  summary: TrendSummary;
  level: TrendLevel;
}

export interface TrendOptions extends SeriesOptions {
  /** A day is low when its lowest mood is at or below this (the pack's `lowMoodAtMost`). */
  lowMoodAtMost: number;
}

/**
 * The whole trend. Rules: any check-in in the range shown with a safety flag (or urgent or
 * emergency advice) → `urgent`; else, in the last 14 days, enough days with a check-in to see
 * a pattern (at least 4) and low on more than half of them → `non-urgent`; else `none`. The
 * low-mood rule asks what the summary of those 14 days would say, so the two never disagree.
 */
export function moodTrend(entries: readonly TrendEntry[], options: TrendOptions): Trend {
  const {days, lowMoodAtMost} = options;
  const all = dailySeries(entries, {...options, days: Math.max(days, RULE_DAYS)});
  const points = all.slice(-days);
  const level: TrendLevel = points.some((point) => point.urgent)
    ? 'urgent'
    : summarise(all.slice(-RULE_DAYS), lowMoodAtMost).kind === 'mostlyLow'
      ? 'non-urgent'
      : 'none';
  return {points, summary: summarise(points, lowMoodAtMost), level};
}
