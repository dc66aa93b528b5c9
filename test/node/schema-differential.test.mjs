// One schema, one verdict. Thousands of packs and event details, mutated from the built-in pack
// and generated property-based, are checked by the parser (zod) and by two JSON Schema
// validators nobody here wrote (ajv and @cfworker/json-schema) against the published files.
// The validators always agree with each other; the schema is never stricter than the parser; and
// where it is looser, every reason the parser gave is one the schema's description lists as
// parser-only.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {Validator} from '@cfworker/json-schema';
import fc from 'fast-check';
import {defaultContent, eventDetailSchemas, parseContentPack, parseWith} from 'attune-widgets/schema';

const contentSchema = JSON.parse(
  readFileSync(new URL('../../dist/attune-content.schema.json', import.meta.url), 'utf8'),
);
const eventsSchema = JSON.parse(readFileSync(new URL('../../dist/attune-events.schema.json', import.meta.url), 'utf8'));

/** Both outside validators for one schema: `(value) => {ajv, cfworker}` verdicts. */
function outsideValidators(schema) {
  const ajv = new Ajv2020({strict: false, allErrors: false, validateFormats: false}).compile(schema);
  // Short-circuit: only the verdict is compared, so it may stop at the first error.
  const cfworker = new Validator(schema, '2020-12', true);
  return (value) => ({ajv: ajv(value), cfworker: cfworker.validate(value).valid});
}

/**
 * The parser-only rules of the schema's description, each with how its messages read. A pack
 * the schema passes and the parser refuses must be refused for these reasons alone.
 */
const parserOnly = {
  'Unique ids': (issue) => /is used twice/.test(issue.message),
  References: (issue) => /^There is no |has no option/.test(issue.message),
  'Safety mapping': (issue) =>
    /safety question|Safety answers|safetySignpost|must lead to "urgent"|below "urgent"/i.test(issue.message),
  'Mood order': (issue) => /List the moods in order/.test(issue.message),
  'Phone numbers': (issue) =>
    /words name .* but its link dials|The heading names|dials an emergency number|list its emergency numbers|the emergency numbers are 999 and 112|not an emergency number|say to call or text/.test(
      issue.message,
    ),
  'Crying routines': (issue) => /There is no "crying" section/.test(issue.message),
  'Score bands': (issue) => /[Bb]and/.test(issue.message),
  'Language tags': (issue, input) => issue.path.endsWith('locale') && /^[A-Za-z]/.test(String(at(input, issue.path))),
};

function at(value, path) {
  return path === '(root)' ? value : path.split('.').reduce((node, key) => node?.[key], value);
}

/** Every path to a node of `value`, as arrays of keys. */
function paths(value, prefix = []) {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, Array.isArray(value) ? Number(key) : key],
    ...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  ]);
}

/**
 * `root` with the node at `path` changed by `change`. Only the objects along the path are copied:
 * the rest is shared with `root`, which no validator here changes.
 */
function setAt(root, path, change) {
  const shallowCopy = (node) => (Array.isArray(node) ? [...node] : {...node});
  const copy = shallowCopy(root);
  let parent = copy;
  for (const key of path.slice(0, -1)) {
    parent[key] = shallowCopy(parent[key]);
    parent = parent[key];
  }
  const key = path.at(-1);
  const result = change(parent[key]);
  if (result === REMOVE) {
    if (Array.isArray(parent)) parent.splice(key, 1);
    else delete parent[key];
  } else {
    parent[key] = result;
  }
  return copy;
}
const REMOVE = Symbol('remove');

/** Links a CMS might store: the unsafe ones, the tricky ones and the good ones. */
const hrefs = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:x',
  ' javascript:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'http://example.org',
  'HTTPS://example.org',
  '//evil.example/x',
  '/\\evil.example',
  '\\\\evil.example',
  'file:///etc/passwd',
  'mailto:a@example.org',
  'tel:',
  'tel:call-me',
  'tel:999 ',
  ' tel:999',
  'TEL:999',
  'tel:9',
  'tel:+44 (0)20 7946 0000',
  'tel:999',
  'tel:116123',
  'tel:0800 83 85 87',
  'sms:85258?body=SHOUT',
  'sms:85258?body=SH OUT',
  'sms:',
  'sms:85258',
  'https://',
  'https://exa mple.org',
  'https://example.org',
  'https://example.org/a?b=c#d',
  'https://user@example.org',
  'https://example.org:8443/x',
  'https://ex\u0000ample.org',
  'https://example.org/\u00e9',
  '/help',
  '/',
  '?q=1',
  '#top',
  './help',
  '../help',
  'help',
  '',
  'https://example.org/\u200b',
  'https://xn--80ak6aa92e.com/',
];
const ids = ['GOOD-Id', 'UPPER', 'a b', '', '-lead', '_lead', 'x'.repeat(64), 'x'.repeat(65), 'ünicode', 'ok_1', 'a\n'];
const locales = [
  'en-GB',
  'cy',
  'en_GB',
  '',
  'EN-gb',
  'en-GB-',
  'sr-Latn-RS',
  'en-GB-u-ca-gregory',
  'x-private',
  'i-klingon',
  'abcdefghi',
  'en-GB-oxendict',
  'zh-Hant-HK',
  '123',
  'en--GB',
  'qaa-x-attune',
];
const levels = ['emergency', 'Emergency', 'urgent', 'crisis', ''];
const kinds = ['call', 'text', 'link', 'Call', 'email', ''];

/** One-change mutations of a node, by what the node is. */
function mutationsOf(key, value) {
  const out = [];
  if (key === 'href') out.push(...hrefs);
  else if (key === 'id' || key === 'questionId' || key === 'optionId' || key === 'stepId' || key === 'category')
    out.push(...ids);
  else if (key === 'locale') out.push(...locales);
  else if (key === 'kind') out.push(...kinds);
  else if (key === 'signpost' || key === 'safetySignpost' || key === 'level') out.push(...levels);
  else if (typeof value === 'string') {
    out.push(
      '',
      ' ',
      'x'.repeat(3000),
      `${value}\n`,
      `${value}\r`,
      value.toUpperCase(),
      '👶🏽'.repeat(60),
      '👶'.repeat(41),
      'é'.repeat(150),
      '2026-11-27T18:45:00Z',
      'tel:999',
      42,
      null,
      true,
    );
  } else if (typeof value === 'number') out.push(-1, 0, 1.5, 6, 1e9, '3', null);
  else if (typeof value === 'boolean') out.push('true', 1);
  else if (Array.isArray(value)) {
    out.push([], 'list', value.length ? [...value, value[0]] : [{}]);
  } else if (value && typeof value === 'object') {
    out.push({...value, unknownField: 1}, []);
    for (const field of Object.keys(value)) out.push(() => ({...value, [field]: REMOVE}));
  }
  out.push(REMOVE);
  return out;
}

/**
 * Every one-change mutation of `base` (deterministic), at most `limit`, spread over its nodes.
 * The changes are listed first and only the chosen ones are applied: each is a copy of the pack.
 */
function mutants(base, limit) {
  const changes = [];
  for (const path of paths(base)) {
    const value = path.reduce((node, k) => node[k], base);
    for (const mutation of mutationsOf(path.at(-1), value)) changes.push({path, mutation});
  }
  const step = Math.max(1, Math.floor(changes.length / limit));
  return changes
    .filter((_, index) => index % step === 0)
    .slice(0, limit)
    .map(({path, mutation}) =>
      setAt(base, path, (old) => {
        if (typeof mutation !== 'function') return mutation;
        const changed = mutation();
        const field = Object.keys(changed).find((k) => changed[k] === REMOVE);
        const {[field]: _, ...rest} = old;
        return rest;
      }),
    );
}

/** Tallies and checks one candidate; `parse` gives `{ok, issues}`. */
function compare(tally, input, parse, validate) {
  const parsed = parse(input);
  const outside = validate(input);
  assert.equal(
    outside.ajv,
    outside.cfworker,
    `ajv and @cfworker/json-schema disagree on ${JSON.stringify(input).slice(0, 300)}`,
  );
  tally.total++;
  if (parsed.ok === outside.ajv) {
    tally.agree++;
    return;
  }
  assert.ok(
    parsed.ok === false,
    `the JSON Schema refuses what the parser accepts: ${JSON.stringify(input).slice(0, 400)}`,
  );
  const reasons = parsed.issues.map((issue) => Object.keys(parserOnly).find((name) => parserOnly[name](issue, input)));
  const unlisted = parsed.issues.filter((_, index) => !reasons[index]);
  assert.deepEqual(unlisted, [], 'the schema lets through what the parser refuses for a rule the schema could express');
  for (const reason of new Set(reasons)) tally.looser[reason] = (tally.looser[reason] ?? 0) + 1;
}

const newTally = () => ({total: 0, agree: 0, looser: {}});
const report = (what, tally) =>
  console.log(
    `${what}: ${tally.total} checked, ${tally.agree} agree; schema looser only on parser-only rules: ${JSON.stringify(tally.looser)}`,
  );

describe("the published JSON Schemas give the parser's verdict", () => {
  it("lists every parser-only rule in the content schema's description", () => {
    for (const name of Object.keys(parserOnly))
      assert.ok(contentSchema.description.includes(`- ${name}:`), `description does not list "${name}"`);
  });

  it('content packs: 1,000+ mutated and generated packs, three validators', () => {
    const validate = outsideValidators(contentSchema);
    const tally = newTally();
    // A label of 41 emoji: 82 UTF-16 code units but 41 characters, the unit both sides count, against a limit of 80.
    const emojiLabel = structuredClone(defaultContent);
    emojiLabel.help.levels.support.actions[0].label = '👶'.repeat(41);
    const candidates = [defaultContent, emojiLabel, ...mutants(defaultContent, 1200)];
    for (const pack of candidates) compare(tally, pack, parseContentPack, validate);
    // Generated: links, ids and language tags from their whole alphabets, in a real pack.
    const hrefChars = fc.constantFrom(...'abchjlmpstvxz:/?#.@\\ -+()0123456789\t\n\u0000\u00a0ABCHJSTX_'.split(''));
    const generated = fc.record({
      href: fc.oneof(
        fc.constantFrom(...hrefs),
        fc.string({unit: hrefChars, maxLength: 30}),
        fc
          .tuple(
            fc.constantFrom('tel:', 'sms:', 'https://', '/', 'javascript:', 'TEL:'),
            fc.string({unit: hrefChars, maxLength: 20}),
          )
          .map(([a, b]) => a + b),
      ),
      kind: fc.constantFrom('call', 'text', 'link'),
      id: fc.oneof(
        fc.constantFrom(...ids),
        fc.string({unit: fc.constantFrom(...'aZ09-_ .é'.split('')), minLength: 0, maxLength: 70}),
      ),
      locale: fc.oneof(
        fc.constantFrom(...locales),
        fc.string({unit: fc.constantFrom(...'enGBcyx-_1u'.split('')), maxLength: 14}),
      ),
    });
    fc.assert(
      fc.property(generated, ({href, kind, id, locale}) => {
        const pack = structuredClone(defaultContent);
        pack.locale = locale;
        pack.help.levels.support.actions[0] = {id, label: 'Get help', href, kind};
        compare(tally, pack, parseContentPack, validate);
      }),
      {numRuns: 600, seed: 20261201},
    );
    report('content packs', tally);
    assert.ok(tally.total >= 1000, `only ${tally.total} packs checked`);
  });

  it('event details: every event, mutated, three validators', () => {
    const now = '2026-11-27T18:45:00.000Z';
    const draft = {
      contentId: 'attune-en-GB-england',
      contentVersion: '1.1.0',
      step: 'questions',
      startedAt: now,
      mood: {value: 2, optionId: 'low'},
      feelings: ['tired'],
      answers: [{questionId: 'harm-thoughts', optionId: 'no'}],
      note: 'Long night',
    };
    const response = {
      id: 'r-1',
      contentId: 'attune-en-GB-england',
      contentVersion: '1.1.0',
      locale: 'en-GB',
      startedAt: now,
      submittedAt: now,
      mood: {value: 2, optionId: 'low'},
      feelings: ['tired'],
      answers: [{questionId: 'harm-thoughts', optionId: 'yes', score: 1}],
      note: 'Long night',
      score: 1,
      signpost: 'urgent',
      flags: ['safety:harm-thoughts'],
    };
    const routine = {
      id: 'routine-1',
      name: 'Our bedtime',
      templateId: 'bedtime',
      startTime: '18:45',
      steps: [{id: 'bath-1', stepId: 'bath', label: 'Warm bath', minutes: 10, note: 'Not too hot'}],
      updatedAt: now,
    };
    const samples = {
      'attune-check-in-change': {schemaVersion: 1, draft},
      'attune-check-in-submit': {schemaVersion: 1, response},
      'attune-routine-change': {schemaVersion: 1, routine, reason: 'add-step'},
      'attune-routine-step-complete': {schemaVersion: 1, routineId: 'routine-1', stepId: 'bath-1', completedAt: now},
      'attune-help-action': {schemaVersion: 1, level: 'urgent', actionId: 'call-111', href: 'tel:111', kind: 'call'},
      'attune-content-error': {
        schemaVersion: 1,
        property: 'content',
        issues: [{path: 'help', message: 'This is missing. Add it.'}],
      },
    };
    const tally = newTally();
    for (const [name, sample] of Object.entries(samples)) {
      const schema = {$schema: eventsSchema.$schema, ...eventsSchema.$defs[name]};
      const validate = outsideValidators(schema);
      const parse = (input) => parseWith(eventDetailSchemas[name], input);
      assert.ok(parse(sample).ok, `the ${name} sample is valid`);
      for (const detail of [sample, ...mutants(sample, 400)]) compare(tally, detail, parse, validate);
      // A date-time in every shape a server might send.
      for (const time of [
        '2026-11-27T18:45:00Z',
        '2026-11-27T18:45:00+01:00',
        '2026-11-27 18:45',
        '2026-02-30T10:00:00Z',
        '2026-11-27T24:00:00Z',
        '27/11/2026',
        now.toLowerCase(),
      ]) {
        if (name === 'attune-routine-step-complete') compare(tally, {...sample, completedAt: time}, parse, validate);
      }
    }
    // Generated: check-in responses a server might be sent, field by field from wide alphabets.
    const submit = outsideValidators({$schema: eventsSchema.$schema, ...eventsSchema.$defs['attune-check-in-submit']});
    const parseSubmit = (input) => parseWith(eventDetailSchemas['attune-check-in-submit'], input);
    const word = fc.oneof(
      fc.constantFrom(...ids),
      fc.string({unit: fc.constantFrom(...'aZ09-_ .\n'.split('')), maxLength: 12}),
    );
    fc.assert(
      fc.property(
        fc.record({
          value: fc.oneof(fc.integer({min: -1, max: 7}), fc.double({min: 0, max: 6, noNaN: true})),
          optionId: word,
          feelings: fc.array(word, {maxLength: 3}),
          signpost: fc.constantFrom('none', 'support', 'urgent', 'emergency', 'later', ''),
          locale: fc.oneof(fc.constantFrom(...locales), fc.string({maxLength: 8})),
          note: fc.oneof(fc.string({unit: 'grapheme', maxLength: 40}), fc.constant('x'.repeat(5000))),
          score: fc.oneof(fc.integer({min: -5, max: 200}), fc.constant(1.5)),
          submittedAt: fc.oneof(
            fc
              .date({min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true})
              .map((d) => d.toISOString()),
            fc.string({maxLength: 25}),
          ),
        }),
        (fields) => {
          const {value, optionId, ...rest} = fields;
          compare(
            tally,
            {schemaVersion: 1, response: {...response, ...rest, mood: {value, optionId}}},
            parseSubmit,
            submit,
          );
        },
      ),
      {numRuns: 500, seed: 20261201},
    );
    report('event details', tally);
    assert.ok(tally.total >= 1000, `only ${tally.total} event details checked`);
  });
});
