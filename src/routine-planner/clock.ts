/**
 * Clock times, with no DOM and no Lit. A routine saves its start as "HH:MM"; the planner shows
 * every time (the start-time field, each step, the end, run mode) in the pack's locale's own
 * short format, and reads back whatever a parent is likely to type.
 */
import {dateTimeFormat, hasDateWords} from '../core/intl.js';
import {CLOCK_TIME} from '../schema/plain/routine-limits.js';

/** Minutes after midnight of "HH:MM", or undefined for anything else. */
export function parseClock(time: string): number | undefined {
  const match = CLOCK_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * A minute of the day as the locale's short time: "07:05" and "18:45" in en-GB and cy-GB,
 * "7:05 AM" and "6:45 PM" in en-US. A browser without the locale's data (Chrome has no Welsh)
 * writes the 24-hour "18:45", never another language's "6:45 PM".
 */
export function formatClock(minuteOfDay: number, locale: string): string {
  const options: Intl.DateTimeFormatOptions = hasDateWords(locale)
    ? {timeStyle: 'short'}
    : {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};
  return dateTimeFormat(locale, {...options, timeZone: 'UTC'}).format(minuteOfDay * 60_000);
}

/** An hour, optional minutes (after ":", "." or "h", or straight after) and an optional am/pm. */
const TYPED_TIME = /^(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm|a|p|yb|yh)?$/;
/** Morning in English and Welsh ("y bore"); "pm" and "yh" ("yr hwyr") are the afternoon. */
const MORNING = new Set(['am', 'a', 'yb']);

/**
 * The time a parent typed, as "HH:MM": "18:30", "1830", "18.30", "6:30 pm", "6.30p.m.", "6pm"
 * and "6:30 yh" all give "18:30", as does every time `formatClock` writes. An empty field gives
 * '' (no start time); anything else that is not a time gives undefined.
 */
export function readTypedTime(typed: string): string | undefined {
  // Spaces (Intl writes a narrow no-break space before "PM") and the dots of "p.m." go.
  const compact = typed
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/(?<=[a-z])\./g, '');
  if (!compact) return '';
  const match = TYPED_TIME.exec(compact);
  if (!match) return undefined;
  const [, hourText, minuteText = '00', meridiem] = match;
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (MORNING.has(meridiem) ? 0 : 12);
  }
  const time = `${String(hour).padStart(2, '0')}:${minuteText}`;
  return parseClock(time) === undefined ? undefined : time;
}
