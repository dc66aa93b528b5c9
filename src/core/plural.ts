/**
 * Fills a content message in the pack's language: picks the plural form for the count and
 * writes every number the way that language does ("4,000" in English, "4.000" in German).
 * Pure: no DOM. Kept small: it is in every widget's bundle.
 */
import type {CountMessage} from '../schema/message.js';
import {fill} from './format.js';
import {pluralRules, writeNumber} from './intl.js';

/**
 * A content message in the pack's language: `message` with its "{placeholders}" filled from
 * `values`, numbers formatted in `locale`.
 * `countKey` names the value whose number picks the plural form; a form the message lacks
 * falls back to `other`.
 */
export function formatMessage(
  locale: string,
  message: CountMessage,
  values: Record<string, string | number>,
  countKey?: string,
): string {
  const form =
    typeof message === 'string'
      ? message
      : (message[pluralRules(locale).select(Number(countKey && values[countKey]))] ?? message.other);
  // Strings go in as they are; numbers are written the way the locale writes them.
  const written = Object.entries(values).map(([key, value]) => [
    key,
    typeof value === 'number' ? writeNumber(locale, value) : value,
  ]);
  return fill(form, Object.fromEntries(written));
}
