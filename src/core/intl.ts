/**
 * The one cache of `Intl` objects and what is read from them. They are slow to build and never
 * change, so each is built once per locale and set of options, and shared by every widget. Pure: no DOM.
 */
const cache = new Map<string, unknown>();

/** The value kept under `key`, built by `build` the first time. */
export function cached<T>(key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

/** The plural rules of `locale` (which message form a count takes). */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`plural ${locale}`, () => new Intl.PluralRules(locale));
}

/** Numbers written the way `locale` writes them ("4,000" in English, "4.000" in German). */
export function numberFormat(locale: string): Intl.NumberFormat {
  return cached(`number ${locale}`, () => new Intl.NumberFormat(locale));
}

/**
 * Languages that write numbers in the digits 0 to 9 by default, with no separator below 1,000:
 * there, a small whole number is written as it is. The first `Intl.NumberFormat` on a page
 * loads the browser's locale data (about 40 ms on a phone), and a first screen that only says
 * "Step 1 of 5" need not wait for it. test/node/format.test.mjs holds each one to Intl's output.
 */
const PLAIN_DIGITS = /^(?:en|cy|gd|ga|de|es|fr|it|nl|pl|pt|ro|lt|lv|sk|cs|hu|sq|so|tr)(?:-|$)/i;

/** `value` written the way `locale` writes it, without building Intl where it would say the same. */
export function writeNumber(locale: string, value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000 && PLAIN_DIGITS.test(locale)) return String(value);
  return numberFormat(locale).format(value);
}

/** Dates and times in `locale`, with `options`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * Whether this browser can write dates and times in `locale`'s own language. Chrome ships
 * without Welsh, Scottish Gaelic and Irish date data and would fall back to American English
 * ("Monday", "6:45 PM"), so callers then write numbers only, day first, on a 24-hour clock.
 */
export function hasDateWords(locale: string): boolean {
  return cached(`date words ${locale}`, () => Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0);
}
