/**
 * The summary a parent takes to the health visitor: the days, feelings, help and notes she chose
 * from her check-ins, as plain text, as a one-page HTML file and as the check-ins themselves.
 * Never a score. Pure: no DOM, no Lit; the file is built here as text with every word escaped.
 */
import {fill} from '../core/format.js';
import {formatMessage} from '../core/plural.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import type {HelpLevel} from '../model/levels.js';
import {helpLevels} from '../model/levels.js';
import type {TrendContent} from '../schema/trend.js';
import type {HealthVisitorSummary, TrendShareContent} from '../schema/trend-share.js';
import {addDays, dailySeries, dayOf, formatDay} from './trend.js';

/** What the parent chose to put in. Notes are off unless she ticks them. */
export interface SummaryChoice {
  days: 14 | 28;
  moods: boolean;
  feelings: boolean;
  help: boolean;
  notes: boolean;
}

export const defaultChoice = (): SummaryChoice => ({days: 14, moods: true, feelings: true, help: true, notes: false});

/** The words and language a summary is written in. */
export interface SummaryWords {
  share: TrendShareContent;
  /** The mood words, 1 (very low) to 5 (very good). */
  moods: TrendContent['moods'];
  /** Feeling id → the word the parent chose. */
  feelings: ReadonlyMap<string, string>;
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** One part of the summary: its heading and its lines. */
export interface SummaryPart {
  heading: string;
  lines: string[];
}

/** A summary as the widget shows it (title, dates, parts) and as the host receives it. */
export interface MadeSummary {
  title: string;
  dates: string;
  parts: SummaryPart[];
  summary: HealthVisitorSummary;
}

const MOST_FEELINGS = 5;

export function makeSummary(
  all: readonly CheckInResponse[],
  choice: SummaryChoice,
  words: SummaryWords,
  now = new Date(),
): MadeSummary {
  const {share} = words;
  const to = dayOf(now);
  const from = addDays(to, 1 - choice.days);
  const inRange = (entry: CheckInResponse) => {
    const instant = new Date(entry.submittedAt);
    if (Number.isNaN(instant.getTime())) return false;
    const date = dayOf(instant);
    return date >= from && date <= to;
  };
  const seen = new Set<string>();
  const entries = all
    .filter((entry) => inRange(entry) && !seen.has(entry.id) && seen.add(entry.id))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const day = (date: string) => formatDay(date, words.locale, true);
  const dayOfEntry = (entry: CheckInResponse) => day(dayOf(new Date(entry.submittedAt)));
  const parts: SummaryPart[] = [];
  const add = (chosen: boolean, heading: string, lines: string[]) => {
    if (chosen) parts.push({heading, lines: lines.length ? lines : [share.nothing]});
  };
  add(
    choice.moods,
    share.headings.moods,
    dailySeries(entries, {days: choice.days, now}).flatMap((point) =>
      point.mood === undefined ? [] : [`${day(point.date)}: ${words.moods[point.mood - 1]}`],
    ),
  );
  add(choice.feelings, share.headings.feelings, mostChosen(entries, words));
  add(choice.help, share.headings.help, helpShown(entries, share, dayOfEntry));
  add(
    choice.notes,
    share.headings.notes,
    entries.flatMap((entry) => (entry.note ? [`${dayOfEntry(entry)}: ${entry.note}`] : [])),
  );
  const title = share.title;
  const dates = fill(share.dates, {from: day(from), to: day(to)});
  const summary = {
    range: {from, to, days: choice.days},
    text: [title, dates, ...parts.flatMap((part) => ['', part.heading, ...part.lines.map((l) => `- ${l}`)])].join('\n'),
    html: asHtmlDocument(title, dates, parts, words),
    entries: entries.map((entry) => keepChosen(entry, choice)),
  };
  return {title, dates, parts, summary};
}

/** The feelings chosen on most days, most first: "Tired, on 6 days". */
function mostChosen(entries: readonly CheckInResponse[], words: SummaryWords): string[] {
  const days = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const id of entry.feelings) {
      if (!words.feelings.has(id)) continue;
      days.set(id, (days.get(id) ?? new Set()).add(dayOf(new Date(entry.submittedAt))));
    }
  return [...days]
    .sort(([, a], [, b]) => b.size - a.size)
    .slice(0, MOST_FEELINGS)
    .map(([id, on]) =>
      formatMessage(
        words.locale,
        words.share.feelingCount,
        {feeling: words.feelings.get(id)!, count: on.size},
        'count',
      ),
    );
}

/** Each kind of help a check-in showed, most urgent first, with the days it was shown. */
function helpShown(
  entries: readonly CheckInResponse[],
  share: TrendShareContent,
  dayOfEntry: (entry: CheckInResponse) => string,
): string[] {
  return helpLevels.flatMap((level: HelpLevel) => {
    const on = [...new Set(entries.filter((e) => e.signpost === level).map(dayOfEntry))];
    return on.length ? [`${share.help[level]}: ${on.join(', ')}`] : [];
  });
}

/**
 * A check-in as it goes in the summary: never a score; feelings and the note only when the parent
 * chose them. Its mood, answers and signpost stay: without them it would not be a check-in.
 */
function keepChosen(entry: CheckInResponse, choice: SummaryChoice): CheckInResponse {
  const {score: _score, band: _band, note, ...kept} = entry;
  return {
    ...kept,
    feelings: choice.feelings ? [...entry.feelings] : [],
    answers: entry.answers.map(({questionId, optionId}) => ({questionId, optionId})),
    ...(choice.notes && note ? {note} : {}),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

/** One printable page, A4 or phone, that opens in any browser with no script and no network. */
function asHtmlDocument(title: string, dates: string, parts: readonly SummaryPart[], words: SummaryWords): string {
  const body = parts
    .map(
      (part) =>
        `<h2>${escapeHtml(part.heading)}</h2><ul>${part.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(words.locale)}" dir="${words.dir}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    '<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:1.5rem auto;padding:0 1rem;color:#1f2328}' +
    'h1{font-size:1.5rem}h2{font-size:1.125rem;margin-top:1.25rem}ul{padding-inline-start:1.25rem}@page{size:A4;margin:2cm}</style>' +
    `</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(dates)}</p>${body}</body></html>`
  );
}
