/**
 * Clock times, with no DOM and no Lit. A routine saves its start as "HH:MM"; the planner shows
 * every time (the start-time field, each step, the end, run mode) in the pack's locale's own
 * short format, and reads back whatever a parent is likely to type.
 */
import {cached, dateTimeFormat, hasDateWords} from '../core/intl.js';
import {CLOCK_TIME} from '../model/routine-limits.js';

/** Minutes after midnight of "HH:MM", or undefined for anything else. */
export function parseClock(time: string): number | undefined {
  const match = CLOCK_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * A minute of the day as the locale's short time: "07:05" and "18:45" in en-GB and cy-GB,
 * "7:05 AM" and "6:45 PM" in en-US, "٦:٤٥ م" in ar. A browser without the locale's data (Chrome
 * has no Welsh) writes the 24-hour "18:45", never another language's "6:45 PM".
 */
export function formatClock(minuteOfDay: number, locale: string): string {
  return shortTime(locale).format(minuteOfDay * 60_000);
}

/** A saved start time ("HH:MM") as the field shows it; '' when there is none. */
export function showTime(time: string | undefined, locale: string): string {
  const minuteOfDay = parseClock(time ?? '');
  return minuteOfDay === undefined ? '' : formatClock(minuteOfDay, locale);
}

/** The format of every time the planner shows, and so of every time it must read back. */
function shortTime(locale: string): Intl.DateTimeFormat {
  return hasDateWords(locale)
    ? dateTimeFormat(locale, {timeStyle: 'short', timeZone: 'UTC'})
    : // en-GB's digits and 24-hour clock, not the browser's own language.
      dateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC'});
}

/**
 * An hour, then optional minutes (after ":", "." or "h", or straight after) or an "h" alone,
 * then an optional am or pm in English or Welsh.
 */
const TYPED_TIME = /^(\d{1,2})(?:[:.h]?(\d{2})|h)?(am|pm|a|p|yb|yh|yp)?$/;
/** Morning in English and Welsh ("y bore"); "pm", "yh" (yr hwyr) and "yp" (y prynhawn) are later. */
const MORNING = new Set(['am', 'a', 'yb']);

/**
 * The locale's own words for the time of day, lower case, each with whether it is before noon:
 * "am" and "pm", "오전" and "오후", "ص" and "م", and zh-TW's five, from "凌晨" (small hours) to "晚上".
 */
function dayPeriods(locale: string): Map<string, 'am' | 'pm'> {
  return cached(`day periods ${locale}`, () => {
    // The words the planner writes (zh-TW's flexible ones) and those of the locale's 12-hour clock.
    const formats = [shortTime(locale), dateTimeFormat(locale, {hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC'})];
    const words = new Map<string, 'am' | 'pm'>();
    for (const format of formats) {
      for (let hour = 0; hour < 24; hour++) {
        const period = format.formatToParts(hour * 3_600_000).find((part) => part.type === 'dayPeriod');
        if (period) words.set(compactForm(period.value), hour < 12 ? 'am' : 'pm');
      }
    }
    return words;
  });
}

/**
 * Text as the parser reads it: any digits (Arabic-Indic, Bengali, full-width…) as 0–9, full-width
 * colons as ":", lower case, no spaces (Intl writes a narrow no-break space before "PM") and no
 * dots after letters ("p.m.").
 */
function compactForm(text: string): string {
  const digits = text.normalize('NFKC').replace(/\p{Nd}/gu, (digit) => {
    // Each script's digits are ten code points in a row, 0 first.
    let zero = digit.codePointAt(0)!;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((digit.codePointAt(0)! - zero) % 10);
  });
  return digits
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/([a-z])\./g, '$1');
}

/**
 * The time a parent typed, as "HH:MM": "18:30", "1830", "18.30", "18h30", "6:30 pm",
 * "6.30p.m.", "6pm" and "6:30 yh" all give "18:30", as does every time `formatClock` writes for
 * `locale` (its own digits and words for am and pm included). An empty field gives '' (no start
 * time); anything else that is not a time gives undefined.
 */
export function readTypedTime(typed: string, locale = 'en-GB'): string | undefined {
  let compact = compactForm(typed);
  if (!compact) return '';
  // The locale's own word for the time of day: one in another script may come first ("오후6:30")
  // or last ("6:30م"); one in Latin letters comes last ("6:30gd").
  let meridiem: string | undefined;
  for (const [word, period] of dayPeriods(locale)) {
    const latin = /^[a-z]+$/.test(word);
    if (!(latin ? compact.endsWith(word) : compact.includes(word))) continue;
    compact = latin ? compact.slice(0, -word.length) : compact.replace(word, '');
    meridiem = period;
    break;
  }
  const match = TYPED_TIME.exec(compact);
  if (!match || (meridiem && match[3])) return undefined;
  const [, hourText, minuteText = '00'] = match;
  meridiem ??= match[3];
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (MORNING.has(meridiem) ? 0 : 12);
  }
  const time = `${String(hour).padStart(2, '0')}:${minuteText}`;
  return parseClock(time) === undefined ? undefined : time;
}
