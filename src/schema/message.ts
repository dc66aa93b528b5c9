/**
 * Messages with a count in them ("1 character", "2 characters"). Languages split numbers into
 * different plural categories (English has two, Welsh six), so one template cannot say every
 * count well. Such a message is either one string, or one string per CLDR plural category of
 * the pack's language, chosen with `Intl.PluralRules(pack.locale)`.
 */
import * as z from 'zod/mini';
import {text} from './common.js';

/** CLDR plural categories, in CLDR's order. `other` is the one every language has. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];

/** One form per plural category; `other` is used for any category left out. */
export type PluralForms = {[C in Exclude<PluralCategory, 'other'>]?: string} & {other: string};

/** A message with a count: a string, or forms by plural category. */
export type CountMessage = string | PluralForms;

const made = new Map<number, z.ZodMiniType<CountMessage>>();

/**
 * A message with a count, each form at most `max` characters. The field's description says
 * which "{placeholder}" holds the count that picks the form.
 */
export function countMessage(max: number): z.ZodMiniType<CountMessage> {
  let schema = made.get(max);
  if (!schema) {
    const form = text(max);
    schema = z.union([
      form,
      z.strictObject({
        zero: z.optional(form),
        one: z.optional(form),
        two: z.optional(form),
        few: z.optional(form),
        many: z.optional(form),
        other: form,
      }),
    ]) as z.ZodMiniType<CountMessage>;
    made.set(max, schema);
  }
  return schema;
}

/** Every form of a message, e.g. to check or translate them all. */
export function messageForms(message: CountMessage): string[] {
  return typeof message === 'string'
    ? [message]
    : Object.values(message).filter((form): form is string => typeof form === 'string');
}

/**
 * Every count message in a pack, by path, with the placeholder whose number picks its plural
 * form. The widgets fill them this way; translators and tests can find them all here.
 */
export const countMessages = {
  'checkIn.ui.progress': 'total',
  'checkIn.note.count': 'max',
  'checkIn.note.tooLong': 'over',
  'routine.ui.minutesShort': 'minutes',
  'routine.ui.moved': 'count',
  'routine.ui.runProgress': 'total',
  'routine.ui.durationMinutes': 'minutes',
  'routine.ui.durationHours': 'hours',
  'trend.share.feelingCount': 'count',
} as const;
