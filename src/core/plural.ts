/**
 * Fills a content message in the pack's language: picks the plural form for the count and
 * writes every number the way that language does ("1,000" in English, "1.000" in German).
 * Pure: no DOM.
 */
import type {CountMessage, PluralCategory} from '../schema/message.js';
import {fill} from './format.js';

// Intl objects are slow to build and never change, so one per locale is kept.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The CLDR plural category of `count` in `locale`, e.g. 3 in Welsh is "few". */
export function pluralCategory(locale: string, count: number): PluralCategory {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, rules = new Intl.PluralRules(locale));
  return rules.select(count);
}

/** `value` written as a number in `locale`. */
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, format = new Intl.NumberFormat(locale));
  return format.format(value);
}

/** The form of `message` for `count`: its own category's form, else `other`. */
export function pluralForm(locale: string, message: CountMessage, count: number): string {
  if (typeof message === 'string') return message;
  return message[pluralCategory(locale, count)] ?? message.other;
}

/**
 * `message` with its "{placeholders}" filled from `values`, numbers formatted in `locale`.
 * `countKey` names the value whose number picks the plural form (for a plain string it is unused).
 */
export function say(locale: string, message: CountMessage, values: Record<string, string | number>, countKey?: string): string {
  const count = countKey === undefined ? undefined : values[countKey];
  const template = typeof count === 'number' ? pluralForm(locale, message, count) : pluralForm(locale, message, Number.NaN);
  const shown: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) shown[key] = typeof value === 'number' ? formatNumber(locale, value) : value;
  return fill(template, shown);
}
