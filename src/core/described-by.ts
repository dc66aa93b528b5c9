import {nothing} from 'lit';

/**
 * An `aria-describedby` value from the ids of the descriptions that exist, in the order they
 * appear on screen (hint, then count, then error), so a screen reader reads them as they are
 * seen. Falsy entries are left out; with none left the attribute is not rendered.
 */
export function describedBy(...ids: (string | false | undefined | null)[]): string | typeof nothing {
  return ids.filter(Boolean).join(' ') || nothing;
}
