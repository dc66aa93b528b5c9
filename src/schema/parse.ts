/**
 * Every check: the data checks of `parse-data.ts` and the content-pack checks. The widgets load
 * this module lazily only when a host sets `content`.
 */
import type {ContentIssue} from './events.js';
import {ContentPackSchema, type ContentPack, type ContentSection, type PackWith} from './content.js';
import {parseWith, type ParseResult} from './parse-data.js';

export * from './parse-data.js';

/**
 * Checks a content pack, e.g. one loaded from a CMS or a file.
 * Returns `{ ok: true, pack }` or `{ ok: false, issues: [{ path, message }] }`; never throws.
 */
export function parseContentPack(input: unknown): {ok: true; pack: ContentPack} | {ok: false; issues: ContentIssue[]} {
  const result = parseWith(ContentPackSchema, input);
  return result.ok ? {ok: true, pack: result.value} : result;
}

/**
 * Checks a pack for a widget that shows `sections` (e.g. `['checkIn']`): a valid pack without
 * one of them is refused. The widgets check the `content` they are given with it; it lives here,
 * in the lazily loaded validation code, so no element's bundle carries it.
 */
export function parsePackFor<S extends ContentSection>(
  input: unknown,
  sections: readonly S[],
): ParseResult<PackWith<S>> {
  const result = parseContentPack(input);
  if (!result.ok) return result;
  const missing = sections.filter((section) => !result.pack[section]);
  if (!missing.length) return {ok: true, value: result.pack as PackWith<S>};
  return {
    ok: false,
    issues: missing.map((section) => ({
      path: section,
      message: `This widget needs the "${section}" section, and the pack has none.`,
    })),
  };
}
