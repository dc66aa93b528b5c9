/**
 * Turns zod results into `{ ok, … }` results with messages a content editor can act on, and
 * checks the parent's data (drafts, routines, trend entries). The widgets load this module
 * lazily for those checks; it never imports the content-pack schemas, so a trend given entries
 * or a restored draft does not download them (`parse.ts` adds the pack checks on top).
 */
import * as z from 'zod/mini';
import type {ContentIssue} from './events.js';
import type {CheckInContent} from './check-in.js';
import {CheckInDraftSchema, CheckInResponseSchema, type CheckInDraft, type CheckInResponse} from './check-in-data.js';
import {RoutineSchema, type Routine} from './routine-data.js';
import {CueMomentSchema, type CueMoment} from './cues-data.js';

// Loaded with the validators: only a host's draft or pack needs fitting.
import {fitCheckInDraft} from '../model/check-in-fit.js';
export {fitCheckInDraft};

// zod probes `new Function('')` to speed up object parsing. Under a strict Content-Security-
// Policy (no 'unsafe-eval') that probe fails and the browser reports a CSP violation, so
// health portals would see noise in their CSP reports. Parsing without it gives the same results.
z.config({jitless: true});

export type ParseResult<T> = {ok: true; value: T} | {ok: false; issues: ContentIssue[]};

/** Enough to fix the first problems; a pack of junk must not produce a megabyte of issues. */
const MAX_ISSUES = 50;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  literal: 'a fixed value',
};

/** Plain-English messages for zod's built-in checks (our own checks carry their own message). */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is missing. Add it.';
      return `This should be ${typeNames[issue.expected] ?? issue.expected}, not ${describe(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'Write some text here: it must not be empty.';
      if (issue.origin === 'array') return `Add at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`;
      return `Use ${issue.minimum} or more.`;
    case 'too_big':
      if (issue.origin === 'string') return `Keep this to ${issue.maximum} characters or fewer.`;
      if (issue.origin === 'array') return `Use ${issue.maximum} items or fewer.`;
      return `Use ${issue.maximum} or less.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Remove ${issue.keys.length === 1 ? 'the unknown field' : 'the unknown fields'} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_union':
      return 'This does not match any of the allowed shapes. Check its "kind".';
    case 'invalid_format':
      return 'This is not in the right format.';
    default:
      return undefined;
  }
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  return typeof input === 'object' ? 'an object' : `${typeof input === 'number' ? 'a number' : typeof input}`;
}

function toPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter(Boolean).join('.') || '(root)';
}

/** Keeps the first `MAX_ISSUES` issues and says how many more there were. */
function capIssues(issues: ContentIssue[], prefix: string): ContentIssue[] {
  const more = issues.length - MAX_ISSUES;
  if (more <= 0) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {path: prefix || '(root)', message: `…and ${more} more problems. Fix the ones above first.`},
  ];
}

/** Validates `input` with `schema`. Never throws. `prefix` starts every issue path. */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, prefix = ''): ParseResult<T> {
  try {
    const result = schema.safeParse(input, {error: friendlyMessage, reportInput: false});
    if (result.success) return {ok: true, value: result.data};
    return {
      ok: false,
      issues: capIssues(
        result.error.issues.map((issue) => ({
          path: toPath(prefix, issue.path),
          message: issue.message,
        })),
        prefix,
      ),
    };
  } catch (error) {
    // zod does not throw on bad data, but a hostile getter or a very deep object might.
    return {ok: false, issues: [{path: prefix || '(root)', message: `This could not be read: ${String(error)}`}]};
  }
}

/** Checks a saved routine (as the `routine` property takes it). Paths start with "routine". */
export function parseRoutine(input: unknown): ParseResult<Routine> {
  return parseWith(RoutineSchema, input, 'routine');
}

/** Checks the shape of a moment saved in the baby-cues guide. Paths start with "moment". */
export function parseCueMoment(input: unknown): ParseResult<CueMoment> {
  return parseWith(CueMomentSchema, input, 'moment');
}

/** Checks the shape of a check-in draft. Paths start with "draft". */
export function parseCheckInDraft(input: unknown): ParseResult<CheckInDraft> {
  return parseWith(CheckInDraftSchema, input, 'draft');
}

/**
 * Checks stored check-in responses one by one, as `<attune-mood-trend>` takes them. Something
 * that is not a list is refused; otherwise the valid ones are kept, and the problems of the rest
 * are listed with paths such as "entries.3.mood.value".
 */
export function parseCheckInResponses(
  input: unknown,
): ParseResult<{responses: CheckInResponse[]; issues: ContentIssue[]}> {
  if (!Array.isArray(input))
    return {ok: false, issues: [{path: 'entries', message: 'This should be a list ([ … ]) of check-in responses.'}]};
  const responses: CheckInResponse[] = [];
  const issues: ContentIssue[] = [];
  input.forEach((entry, index) => {
    const result = parseWith(CheckInResponseSchema, entry, `entries.${index}`);
    if (result.ok) responses.push(result.value);
    else issues.push(...result.issues);
  });
  return {ok: true, value: {responses, issues: capIssues(issues, 'entries')}};
}

/**
 * Checks the shape of a check-in draft, then fits it to `content` (see `fitCheckInDraft`), as
 * `<attune-mood-check-in>` does with the `draft` it is given. Paths start with "draft".
 */
export function parseCheckInDraftFor(
  input: unknown,
  content: CheckInContent,
): ParseResult<ReturnType<typeof fitCheckInDraft>> {
  const result = parseCheckInDraft(input);
  return result.ok ? {ok: true, value: fitCheckInDraft(result.value, content)} : result;
}
