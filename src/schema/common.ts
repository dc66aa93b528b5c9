/**
 * Building blocks shared by every part of the content and event schemas.
 * This folder imports only zod: it runs in Node, in a worker and in the browser.
 */
import * as z from 'zod/mini';

import {helpLevels, signpostLevels} from './levels.js';
import {CLOCK_TIME} from './routine-limits.js';

export * from './levels.js';
export const SignpostLevelSchema = z.enum(signpostLevels);
export const HelpLevelSchema = z.enum(helpLevels);

export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'Use 1 to 64 letters, digits, "-" or "_", starting with a letter or digit.'),
);

/**
 * One schema per limit, shared by every field with that limit. zod schemas are immutable, so
 * sharing is safe, and building a hundred identical ones was most of the validation chunk's
 * start-up time.
 */
function perLimit<S>(make: (max: number) => S): (max: number) => S {
  const made = new Map<number, S>();
  return (max) => {
    if (!made.has(max)) made.set(max, make(max));
    return made.get(max)!;
  };
}

/** A required, single piece of plain text (never HTML) of at most `max` characters. */
export const text = perLimit((max) => z.string().check(
  z.minLength(1, 'Write some text here: it must not be empty.'),
  z.maxLength(max, `Keep this to ${max} characters or fewer.`),
));

/** Text that the parent typed: may be empty, is kept exactly as typed. */
export const userText = perLimit((max) => z.string().check(z.maxLength(max, `Keep this to ${max} characters or fewer.`)));

/**
 * One line the parent typed into a text field. Browsers drop line breaks from such fields, so a
 * restored value with one would show differently from what is stored: it is refused instead.
 */
export const oneLine = perLimit((max) => userText(max).check(
  z.refine((value) => !/[\r\n]/.test(value), 'Write this on one line: it cannot hold line breaks.'),
));

/** "HH:MM", 24-hour. */
export const ClockTimeSchema = z.string().check(
  z.regex(CLOCK_TIME, 'Use a 24-hour time such as "18:45".'),
);

/** An ISO 8601 date and time with a zone, as `Date.prototype.toISOString()` writes. */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Use an ISO 8601 date and time, such as "2026-11-27T18:45:00.000Z".',
});

/** A BCP 47 language tag that `Intl` accepts, e.g. "en-GB", "cy", "ur-PK". */
export const LocaleSchema = z.string().check(
  z.refine(isLocale, 'Use a language tag such as "en-GB", "cy" or "ur-PK".'),
);

function isLocale(tag: string): boolean {
  try {
    return tag.length > 0 && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Help links may only phone, text, open an https page or a page on the host's own site.
 * Anything else (javascript:, data:, http:, protocol-relative "//x") is refused, so content
 * can never turn a help link into script or send a parent somewhere unsafe.
 */
export function isAllowedHref(href: string): boolean {
  // Reject control characters and whitespace at the ends: browsers strip them, which
  // is how "java\tscript:" tricks get past naive checks.
  if (/[\u0000-\u001f\u007f]/.test(href) || href.trim() !== href || href.length === 0) return false;
  if (/^tel:\+?[0-9][0-9 ()-]{1,24}$/.test(href)) return true;
  if (/^sms:\+?[0-9][0-9 ()-]{1,24}(\?body=[^\s]*)?$/.test(href)) return true;
  if (/^https:\/\/[^\s/\\?#]+([/?#][^\s]*)?$/.test(href)) return true;
  // Same-origin relative: a path from the site root or the current page, never "//" or "\".
  return /^(\/(?![/\\])|\.{1,2}\/|[?#])[^\s\\]*$/.test(href);
}

export const HrefSchema = z.string().check(
  z.refine(isAllowedHref, 'Use a tel:, sms: or https: link, or a link to a page on your own site that starts with "/".'),
);

/** Pushes one custom issue from inside a `superRefine`. */
export type RefineContext = Parameters<Parameters<typeof z.superRefine>[0]>[1];
export function addIssue(ctx: RefineContext, path: PropertyKey[], message: string, input: unknown): void {
  ctx.addIssue({code: 'custom', message, path, input});
}

/** Reports the first duplicate of `ids` at `path(index)`. */
export function checkUniqueIds(
  ctx: RefineContext,
  ids: readonly string[],
  path: (index: number) => PropertyKey[],
  what: string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) addIssue(ctx, path(index), `The ${what} id "${id}" is used twice. Each id must be different.`, id);
    seen.add(id);
  });
}
