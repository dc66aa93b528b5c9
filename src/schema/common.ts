/**
 * Building blocks shared by every part of the content and event schemas.
 * This folder imports only zod: it runs in Node, in a worker and in the browser.
 */
import * as z from 'zod/mini';

import {helpLevels, signpostLevels} from '../model/levels.js';
import {CLOCK_TIME} from '../model/routine-limits.js';

export const SignpostLevelSchema = z.enum(signpostLevels);
export const HelpLevelSchema = z.enum(helpLevels);

/** Written without regex flags, so the JSON Schema's `pattern` means exactly the same. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const IdSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'Use 1 to 64 letters, digits, "-" or "_", starting with a letter or digit.'));

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
export const text = perLimit((max) =>
  z
    .string()
    .check(
      z.minLength(1, 'Write some text here: it must not be empty.'),
      z.maxLength(max, `Keep this to ${max} characters or fewer.`),
    ),
);

/** Text that the parent typed: may be empty, is kept exactly as typed. */
export const userText = perLimit((max) =>
  z.string().check(z.maxLength(max, `Keep this to ${max} characters or fewer.`)),
);

/**
 * One line the parent typed into a text field. Browsers drop line breaks from such fields, so a
 * restored value with one would show differently from what is stored: it is refused instead.
 */
export const oneLine = perLimit((max) =>
  userText(max).check(z.regex(/^[^\r\n]*$/, 'Write this on one line: it cannot hold line breaks.')),
);

/** "HH:MM", 24-hour. */
export const ClockTimeSchema = z.string().check(z.regex(CLOCK_TIME, 'Use a 24-hour time such as "18:45".'));

/** An ISO 8601 date and time with a zone, as `Date.prototype.toISOString()` writes. */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Use an ISO 8601 date and time, such as "2026-11-27T18:45:00.000Z".',
});

/**
 * The shape of a BCP 47 language tag (RFC 5646): language, then optional script, region,
 * variants, extensions and private use, e.g. "en-GB", "cy", "ur-PK", "sr-Latn-RS". The
 * JSON Schema carries this pattern; the parser also asks `Intl` (see LocaleSchema).
 */
export const LOCALE_PATTERN = new RegExp(
  '^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})' +
    '(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*' +
    '(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$',
);

/** A BCP 47 language tag that `Intl` accepts, e.g. "en-GB", "cy", "ur-PK". */
export const LocaleSchema = z
  .string()
  .check(
    z.regex(LOCALE_PATTERN, 'Use a language tag such as "en-GB", "cy" or "ur-PK".'),
    z.refine(isLocale, 'Use a language tag such as "en-GB", "cy" or "ur-PK".'),
  );

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/*
 * Help links may only phone, text, open an https page or a page on the host's own site.
 * Anything else (javascript:, data:, http:, protocol-relative "//x") is refused, so content
 * can never turn a help link into script or send a parent somewhere unsafe.
 *
 * Each rule is one regular expression without flags, so the published JSON Schema carries
 * the same rule as a `pattern` and every validator gives the same verdict. The schemes are
 * lower case only, which also refuses "JavaScript:" in any case. Links are visible ASCII: no
 * spaces, tabs or control characters (browsers strip them, which is how "java\tscript:" gets
 * past naive checks) and no backslash (browsers read it as "/").
 */
const PHONE = '\\+?[0-9](?:[0-9 ()-]{0,23}[0-9])';
/** Visible ASCII but the backslash: "!" to "[" and "]" to "~". */
const URL_REST = '[!-\\[\\]-~]*';
const HOST = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]{1,5})?';

export const TEL_HREF = new RegExp(`^tel:${PHONE}$`);
export const SMS_HREF = new RegExp(`^sms:${PHONE}(?:\\?body=${URL_REST})?$`);

/**
 * Refuses UK premium-rate numbers (09…, also written +44 9…) and directory enquiries (118…),
 * however they are spaced: a parent in crisis must never be charged to reach help.
 */
const GAP = '[ ()-]*';
const spaced = (digits: string) => digits.split('').join(GAP);
// A trunk 0 after +44 may be written with or without brackets: GAP takes the brackets.
const UK_PREFIX = `(?:\\+${GAP}${spaced('44')}|${spaced('0044')})${GAP}(?:0${GAP})?`;
export const NOT_PREMIUM_OR_DIRECTORY = new RegExp(`^(?:tel|sms):(?!(?:${UK_PREFIX}|0${GAP})9|${spaced('118')})`);
const notPremiumOrDirectory = z.regex(
  NOT_PREMIUM_OR_DIRECTORY,
  'Premium-rate (09…) and directory-enquiry (118…) numbers are not allowed: help must not cost a parent money.',
);
/** An https page, or a page on the host's own site: from the root (never "//" or "/\\"), the current folder or the current page. */
export const WEB_HREF = new RegExp(
  `^(?:https://${HOST}(?:[/?#]${URL_REST})?|/(?![/\\\\])${URL_REST}|\\.{1,2}/${URL_REST}|[?#]${URL_REST})$`,
);

export const TelHrefSchema = z
  .string()
  .check(
    z.regex(TEL_HREF, 'A "call" action needs a tel: link with a phone number, such as "tel:999".'),
    notPremiumOrDirectory,
  );
export const SmsHrefSchema = z
  .string()
  .check(
    z.regex(SMS_HREF, 'A "text" action needs an sms: link with a number, such as "sms:85258?body=SHOUT".'),
    notPremiumOrDirectory,
  );
export const WebHrefSchema = z
  .string()
  .check(
    z.regex(
      WEB_HREF,
      'A "link" action needs an https: link, or a link to a page on your own site that starts with "/".',
    ),
  );

/** Any allowed help link, e.g. in the `attune-help-action` event. */
export const HrefSchema = z
  .string()
  .check(
    z.regex(
      new RegExp([TEL_HREF, SMS_HREF, WEB_HREF].map((rule) => rule.source).join('|')),
      'Use a tel:, sms: or https: link, or a link to a page on your own site that starts with "/".',
    ),
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
    if (seen.has(id))
      addIssue(ctx, path(index), `The ${what} id "${id}" is used twice. Each id must be different.`, id);
    seen.add(id);
  });
}
