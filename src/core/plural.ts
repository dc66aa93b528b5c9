/**
 * Fills a content message in the pack's language: picks the plural form for the count and
 * writes every number the way that language does ("4,000" in English, "4.000" in German).
 * Pure: no DOM. Kept small: it is in every widget's bundle.
 */
import type {CountMessage} from '../schema/message.js';
import {fill} from './format.js';

// Plural rules are slow to build and never change, so one is kept per locale.
const rules: Record<string, Intl.PluralRules> = {};

/**
 * `message` with its "{placeholders}" filled from `values`, numbers formatted in `locale`.
 * `countKey` names the value whose number picks the plural form; a form the message lacks
 * falls back to `other`.
 */
export function say(locale: string, message: CountMessage, values: Record<string, string | number>, countKey?: string): string {
  const form = typeof message === 'string' ? message
    : message[(rules[locale] ??= new Intl.PluralRules(locale)).select(Number(countKey && values[countKey]))] ?? message.other;
  // A string's toLocaleString is the string itself; a number's is written in the locale.
  return fill(form, Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.toLocaleString(locale)])));
}
