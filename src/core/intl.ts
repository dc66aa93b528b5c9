/**
 * The one cache of `Intl` objects. They are slow to build and never change, so each is built
 * once per locale and set of options, and shared by every widget. Pure: no DOM.
 */
const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = build()));
  return value;
}

/** The plural rules of `locale` (which message form a count takes). */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`plural ${locale}`, () => new Intl.PluralRules(locale));
}

/** Numbers written the way `locale` writes them ("4,000" in English, "4.000" in German). */
export function numberFormat(locale: string): Intl.NumberFormat {
  return cached(`number ${locale}`, () => new Intl.NumberFormat(locale));
}

/** Dates and times in `locale`, with `options`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

const dateWords = new Map<string, boolean>();

/**
 * Whether this browser can write dates and times in `locale`'s own language. Chrome ships
 * without Welsh, Scottish Gaelic and Irish date data and would fall back to American English
 * ("Monday", "6:45 PM"), so callers then write numbers only, day first, on a 24-hour clock.
 */
export function hasDateWords(locale: string): boolean {
  let known = dateWords.get(locale);
  if (known === undefined) dateWords.set(locale, (known = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0));
  return known;
}
