/**
 * Every check: the data checks of `parse-data.ts` and the content-pack checks. The widgets load
 * this module lazily only when a host sets `content`.
 */
import type {ContentIssue} from './events.js';
import {ContentPackSchema, type ContentPack, type ContentSection, type PackWith} from './content.js';
import {parseWith, type ParseResult} from './parse-data.js';
import {packWarnings} from '../model/pack-warnings.js';

export * from './parse-data.js';

/** The result of checking a pack: refused with `issues`, or accepted with `warnings` a clinician must look at. */
export type PackResult<P = ContentPack> =
  {ok: true; pack: P; warnings: ContentIssue[]} | {ok: false; issues: ContentIssue[]; warnings: ContentIssue[]};

/**
 * Checks a content pack, e.g. one loaded from a CMS or a file. Returns
 * `{ ok: true, pack, warnings }` or `{ ok: false, issues, warnings }`, each a list of
 * `{ path, message }`; never throws. Warnings never refuse a pack: they are what a clinician must
 * look at but a parser cannot judge (a pack awaiting review, no safety question, costly numbers…).
 */
export function parseContentPack(input: unknown): PackResult {
  const result = parseWith(ContentPackSchema, input);
  return result.ok
    ? {ok: true, pack: result.value, warnings: packWarnings(result.value)}
    : {ok: false, issues: result.issues, warnings: []};
}

/**
 * Checks a pack for a widget that shows `sections` (e.g. `['checkIn']`): a valid pack without
 * one of them is refused. The widgets check the `content` they are given with it; it lives here,
 * in the lazily loaded validation code, so no element's bundle carries it.
 */
export function parsePackFor<S extends ContentSection>(
  input: unknown,
  sections: readonly S[],
): ParseResult<PackWith<S>> & {warnings: ContentIssue[]} {
  const result = parseContentPack(input);
  if (!result.ok) return result;
  const missing = sections.filter((section) => !result.pack[section]);
  if (!missing.length) return {ok: true, value: result.pack as PackWith<S>, warnings: result.warnings};
  return {
    ok: false,
    issues: missing.map((section) => ({
      path: section,
      message: `This widget needs the "${section}" section, and the pack has none.`,
    })),
    warnings: result.warnings,
  };
}
