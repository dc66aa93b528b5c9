// The schema entry in plain Node (no DOM, no browser): what a host's server does.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  parseContentPack,
  defaultContent,
  ContentPackSchema,
  eventDetailSchemas,
  parseRoutine,
} from 'attune-widgets/schema';

const clone = () => structuredClone(defaultContent);
const contentJsonSchema = JSON.parse(
  readFileSync(new URL('../../dist/attune-content.schema.json', import.meta.url), 'utf8'),
);
const eventsJsonSchema = JSON.parse(
  readFileSync(new URL('../../dist/attune-events.schema.json', import.meta.url), 'utf8'),
);

describe('attune-widgets/schema in Node', () => {
  it('loads without a DOM and accepts the default pack', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const result = parseContentPack(defaultContent);
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    assert.deepEqual(result.pack, defaultContent);
  });

  it('the generated JSON Schemas accept the default pack and a real event detail (ajv)', () => {
    const ajv = new Ajv2020({allErrors: true, strict: false});
    const validateContent = ajv.compile(contentJsonSchema);
    assert.equal(validateContent(defaultContent), true, ajv.errorsText(validateContent.errors));
    const validateEvent = ajv.compile(eventsJsonSchema);
    const detail = {schemaVersion: 1, level: 'emergency', actionId: 'call-999', href: 'tel:999', kind: 'call'};
    assert.equal(validateEvent(detail), true, ajv.errorsText(validateEvent.errors));
    assert.equal(validateEvent({schemaVersion: 2, level: 'panic'}), false);
    const broken = clone();
    delete broken.help.levels.emergency;
    assert.equal(validateContent(broken), false, 'JSON Schema must also refuse a pack without an emergency level');
  });

  it('has one JSON Schema definition per event of the design contract', () => {
    assert.deepEqual(Object.keys(eventsJsonSchema.$defs).sort(), Object.keys(eventDetailSchemas).sort());
    assert.deepEqual(Object.keys(eventDetailSchemas).sort(), [
      'attune-check-in-change',
      'attune-check-in-submit',
      'attune-content-error',
      'attune-content-warning',
      'attune-cue-moment',
      'attune-help-action',
      'attune-routine-change',
      'attune-routine-step-complete',
      'attune-summary-share',
    ]);
  });

  const bad = [
    ['null', null, '(root)'],
    ['a string', 'not a pack', '(root)'],
    ['an unknown schemaVersion', {...clone(), schemaVersion: 2}, 'schemaVersion'],
    [
      'a missing emergency action',
      (() => {
        const p = clone();
        p.help.levels.emergency.actions = [];
        return p;
      })(),
      'help.levels.emergency.actions',
    ],
    [
      'a javascript: href',
      (() => {
        const p = clone();
        p.help.levels.urgent.actions[0].href = 'javascript:alert(1)';
        return p;
      })(),
      'help.levels.urgent.actions.0.href',
    ],
    ['a bad locale', {...clone(), locale: 'not a locale!'}, 'locale'],
    ['an unknown field', {...clone(), extra: true}, '(root)'],
  ];
  for (const [name, input, path] of bad) {
    it(`refuses ${name} with a named path and a readable message`, () => {
      const result = parseContentPack(input);
      assert.equal(result.ok, false);
      assert.ok(
        result.issues.some((i) => i.path === path),
        `expected path ${path}, got ${JSON.stringify(result.issues)}`,
      );
      for (const issue of result.issues) assert.match(issue.message, /^[A-Z…"].{8,}/);
    });
  }

  it('refuses 10 MB of nested junk quickly, with a bounded list of issues, and never throws', () => {
    let junk = {};
    for (let i = 0; i < 2000; i++) junk = {nested: junk, list: [i, 'x']};
    const big = {
      schemaVersion: 1,
      help: junk,
      checkIn: 'x'.repeat(10 * 1024 * 1024),
      junk: Array.from({length: 5000}, (_, i) => ({i})),
    };
    const started = performance.now();
    const result = parseContentPack(big);
    assert.equal(result.ok, false);
    assert.ok(result.issues.length <= 51);
    assert.ok(performance.now() - started < 2000);
  });

  it('names the path of a bad routine step (routine.steps.1.minutes)', () => {
    const routine = {
      id: 'r1',
      name: 'Bedtime',
      steps: [
        {id: 'a', label: 'Bath', minutes: 10},
        {id: 'b', label: 'Feed', minutes: -5},
      ],
      updatedAt: new Date().toISOString(),
    };
    const result = parseRoutine(routine);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      ['routine.steps.1.minutes'],
    );
  });

  it("refuses a line break in a routine's one-line fields (a text field would drop it), naming the path", () => {
    const routine = {
      id: 'r1',
      name: 'Bedtime',
      steps: [{id: 'a', label: 'Bath\nthen bed', minutes: 10}],
      updatedAt: new Date().toISOString(),
    };
    const result = parseRoutine(routine);
    assert.equal(result.ok, false);
    assert.deepEqual(result.issues, [
      {path: 'routine.steps.0.label', message: 'Write this on one line: it cannot hold line breaks.'},
    ]);
  });

  it('exports zod schemas a server can use directly', () => {
    assert.equal(ContentPackSchema.safeParse(defaultContent).success, true);
  });
});
