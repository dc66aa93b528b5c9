/**
 * Phone numbers in help actions: the number a `tel:` or `sms:` link dials, the numbers a label
 * names, and which UK numbers cost a parent money. Pure and zod-free: the parser, the warnings
 * and the `attune-pack` report all read numbers the same way.
 */

/** The UK's emergency numbers: a pack for another region declares its own. */
export const UK_EMERGENCY_NUMBERS = ['999', '112'] as const;

/** Digits as dialled in the UK: "+44 (0)20 7946 0000" and "020 7946 0000" are both "02079460000". */
export function normalisePhone(written: string): string {
  const digits = written.replace(/[^0-9+]/g, '');
  const international = /^(?:\+|00)44/.exec(digits);
  if (!international) return digits;
  return `0${digits.slice(international[0].length).replace(/^0/, '')}`;
}

/** The number a `tel:` or `sms:` link dials, or undefined for any other link. */
export function dialledNumber(href: string): string | undefined {
  const match = /^(?:tel|sms):([^?]*)/.exec(href);
  return match ? normalisePhone(match[1]) : undefined;
}

/**
 * The phone numbers a piece of text names, normalised: runs of three or more digits, which may
 * be spaced ("116 123", "0808 164 0123"). Shorter runs ("press 2", "24 hours") are not numbers.
 */
export function numbersNamedIn(text: string): string[] {
  const runs = text.match(/\+?[0-9](?:[0-9 ()-]*[0-9])?/g) ?? [];
  return runs.map(normalisePhone).filter((number) => number.replace('+', '').length >= 3);
}

/** UK numbers a parent pays extra to call: 084 and 087 (a warning; 09 and 118 are refused). */
export function isCostlyNumber(number: string): boolean {
  return /^08[47]/.test(number);
}
