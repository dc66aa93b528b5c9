// The baby-cues guide's content, as a host's server or CMS sees it: the signs of illness a host
// may reword but never remove or lower, the baby's own help under the pack's call rules, the
// cross-references the rules need, in the parser and the published JSON Schema alike; and the
// words themselves: tentative readings, plain English, no blame.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';
import {
  CueMomentDetailSchema,
  REQUIRED_RED_FLAGS,
  defaultContent,
  parseContentPack,
  parseWith,
} from 'attune-widgets/schema';
import {packNames, packs} from 'attune-widgets/packs/index.js';
import {fallbackPackFor} from 'attune-widgets/packs/fallback.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({strict: false, allErrors: true});
const jsonSchemaAccepts = ajv.compile(read('dist/attune-content.schema.json'));
const events = read('dist/attune-events.schema.json');
const england = () => structuredClone(defaultContent);
const flags = (pack) => pack.cues.redFlags.items;

/** Refused by the parser with an issue at `path`, and by the published JSON Schema too (unless parser-only). */
function assertRefused(pack, path, {jsonSchemaToo = true} = {}) {
  const result = parseContentPack(pack);
  assert.equal(result.ok, false, 'the parser refuses it');
  assert.ok(
    result.issues.some((issue) => issue.path === path),
    `an issue at ${path}; got ${JSON.stringify(result.issues)}`,
  );
  for (const issue of result.issues) assert.match(issue.message, /^[A-Z"].{12,}/, 'a readable message');
  if (jsonSchemaToo) assert.equal(jsonSchemaAccepts(pack), false, 'the JSON Schema refuses it too');
}

describe('the cues section: signs of illness a host may reword, never remove or lower', () => {
  for (const [id, least] of Object.entries(REQUIRED_RED_FLAGS)) {
    it(`refuses a pack without the red flag "${id}", in the parser and the JSON Schema`, () => {
      const pack = england();
      pack.cues.redFlags.items = flags(pack).filter((flag) => flag.id !== id);
      assertRefused(pack, 'cues.redFlags.items');
    });
    if (least === 'emergency')
      it(`refuses a pack that lowers the red flag "${id}" to urgent, in the parser and the JSON Schema`, () => {
        const pack = england();
        const index = flags(pack).findIndex((flag) => flag.id === id);
        flags(pack)[index].level = 'urgent';
        assertRefused(pack, `cues.redFlags.items.${index}.level`);
      });
  }

  it('accepts a pack that rewords every red flag, raises one to emergency, and adds its own', () => {
    const pack = england();
    for (const flag of flags(pack)) flag.label = `In our words: ${flag.label.toLowerCase()}`;
    flags(pack).find((flag) => flag.id === 'not-feeding').level = 'emergency';
    flags(pack).push({id: 'local-sign', label: 'A sign our clinicians added', level: 'urgent'});
    const result = parseContentPack(pack);
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    assert.equal(jsonSchemaAccepts(pack), true, JSON.stringify(jsonSchemaAccepts.errors));
  });

  it('every ready pack (and the UK-wide fallback) lists every required red flag at its level or higher', () => {
    for (const pack of [...packNames.map((name) => packs[name]), fallbackPackFor({})]) {
      for (const [id, least] of Object.entries(REQUIRED_RED_FLAGS)) {
        const flag = flags(pack).find((f) => f.id === id);
        assert.ok(flag, `${pack.id} lists ${id}`);
        assert.ok(least === 'urgent' || flag.level === 'emergency', `${pack.id}: ${id} is ${flag.level}`);
      }
    }
  });
});

describe("the cues section: the baby's help keeps the pack's call rules", () => {
  const refused = [
    [
      'a baby emergency card that dials 111, not 999',
      (p) => Object.assign(p.cues.babyHelp.emergency.actions[0], {href: 'tel:111', label: 'Call 111'}),
      'cues.babyHelp.emergency.actions',
      false,
    ],
    [
      'a baby emergency card with only a web link',
      (p) =>
        (p.cues.babyHelp.emergency.actions = [
          {id: 'web', label: 'Read more', href: 'https://www.nhs.uk/', kind: 'link'},
        ]),
      'cues.babyHelp.emergency.actions',
      true,
    ],
    [
      '"Call 999" on the baby card that dials another number',
      (p) => (p.cues.babyHelp.emergency.actions[0].href = 'tel:01632960000'),
      'cues.babyHelp.emergency.actions.0.label',
      false,
    ],
    [
      'baby urgent help with only a link (no call or text)',
      (p) => (p.cues.babyHelp.urgent.actions = p.cues.babyHelp.urgent.actions.filter((a) => a.kind === 'link')),
      'cues.babyHelp.urgent.actions',
      true,
    ],
    [
      'a premium-rate number on the baby urgent card',
      (p) => (p.cues.babyHelp.urgent.actions[0] = {id: 'x', label: 'Call us', href: 'tel:09001234567', kind: 'call'}),
      'cues.babyHelp.urgent.actions.0.href',
      true,
    ],
    ['no baby help at all', (p) => delete p.cues.babyHelp, 'cues.babyHelp', true],
  ];
  for (const [mistake, change, path, jsonSchemaToo] of refused) {
    it(`refuses ${mistake} (${path})`, () => {
      const pack = england();
      change(pack);
      assertRefused(pack, path, {jsonSchemaToo});
    });
  }
});

describe('the cues section: its references and bands', () => {
  const refused = [
    ['a cue in a group that does not exist', (p) => (p.cues.cues[0].group = 'sleepy'), 'cues.cues.0.group'],
    [
      'a reading that answers a group that does not exist',
      (p) => (p.cues.readings.items[0].answers = ['gone']),
      'cues.readings.items.0.answers.0',
    ],
    ['a cue for a band that does not exist', (p) => (p.cues.cues[4].bands = ['2-3-years']), 'cues.cues.4.bands.0'],
    [
      'a group with no reading of its own',
      (p) => (p.cues.readings.items = p.cues.readings.items.filter((r) => r.id !== 'hungry')),
      'cues.readings.items',
    ],
    [
      'a reading with no words to say for a band',
      (p) => (p.cues.readings.items[0].say = [p.cues.readings.items[0].say[0]]),
      'cues.readings.items.0.say',
    ],
    ['bands with a gap', (p) => (p.cues.age.bands[1].fromMonths = 4), 'cues.age.bands.1.fromMonths'],
    ['bands that stop before two years', (p) => (p.cues.age.bands[3].toMonths = 18), 'cues.age.bands'],
    ['a red flag with the id of a cue', (p) => (flags(p)[9].id = 'yawns'), 'cues.redFlags.items.9.id'],
  ];
  for (const [mistake, change, path] of refused) {
    it(`refuses ${mistake} (${path})`, () => {
      const pack = england();
      change(pack);
      assertRefused(pack, path, {jsonSchemaToo: false});
    });
  }

  it('a pack without the cues section is still a valid pack (for hosts without the guide)', () => {
    const {cues: _, ...pack} = england();
    assert.equal(parseContentPack(pack).ok, true);
  });
});

describe('attune-cue-moment', () => {
  const moment = {
    id: 'moment-1',
    at: '2026-11-27T18:45:00.000Z',
    ageBand: '3-6',
    cueIds: ['looks-away'],
    readingId: 'break',
    triedIds: ['slow-down'],
    note: 'Kept <b>exactly</b> as typed 👶🏽\n',
  };
  const validate = new Ajv2020({strict: false}).compile({
    $schema: events.$schema,
    ...events.$defs['attune-cue-moment'],
  });

  it('its detail validates with the zod schema and the published JSON Schema, and a bad one is refused by both', () => {
    const detail = {schemaVersion: 1, moment};
    assert.equal(parseWith(CueMomentDetailSchema, detail).ok, true);
    assert.equal(validate(detail), true, JSON.stringify(validate.errors));
    for (const bad of [
      {...moment, cueIds: []},
      {...moment, at: 'yesterday'},
      {...moment, note: 'x'.repeat(1001)},
      {...moment, extra: 1},
    ]) {
      assert.equal(parseWith(CueMomentDetailSchema, {schemaVersion: 1, moment: bad}).ok, false);
      assert.equal(validate({schemaVersion: 1, moment: bad}), false);
    }
  });
});

describe('the cues words', () => {
  const proseKeys = new Set(['title', 'meaning']);

  it('every reading says "may" or "might" (in Welsh "efallai", "gallai" or "gall"), never a certainty', () => {
    for (const name of packNames) {
      const {readings} = packs[name].cues;
      const welsh = packs[name].locale === 'cy';
      const tentative = welsh ? /\b(efallai|gallai|gall)\b/i : /\b(may|might)\b/i;
      for (const reading of [...readings.items, readings.mixed, readings.unwell]) {
        const said = Object.entries(reading)
          .filter(([key]) => proseKeys.has(key))
          .map(([, text]) => text);
        assert.ok(
          said.some((text) => tentative.test(text)),
          `${name} ${reading.id}: ${said.join(' / ')}`,
        );
        assert.doesNotMatch(said.join(' '), /\b(is telling you|definitely|certainly|always means|diagnos)/i);
      }
    }
  });

  it('reads at Flesch–Kincaid grade 4 or lower in English (a reading age of 9)', () => {
    const codes = new Set(['id', 'href', 'kind', 'bands', 'group', 'answers', 'level']);
    const strings = (value, key = '') =>
      typeof value === 'string'
        ? codes.has(key)
          ? []
          : [value]
        : Array.isArray(value)
          ? value.flatMap((v) => strings(v, key))
          : value && typeof value === 'object'
            ? Object.entries(value).flatMap(([k, v]) => strings(v, k))
            : [];
    const wordsOf = (s) => s.replace(/\{\w+\}/g, 'some').match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const sentences = strings(packs['en-GB-england'].cues)
      .flatMap((t) => t.split(/(?<=[.!?:])\s+/))
      .filter((s) => wordsOf(s).length >= 5);
    const words = sentences.flatMap(wordsOf);
    const grade = fleschKincaid({
      sentence: sentences.length,
      word: words.length,
      syllable: words.reduce((sum, w) => sum + syllable(w), 0),
    });
    console.log(`# the guide's English prose: ${sentences.length} sentences, Flesch–Kincaid grade ${grade.toFixed(2)}`);
    assert.ok(grade <= 4, `grade ${grade.toFixed(2)}`);
  });

  it('never blames the parent or scores them, in English or Welsh', () => {
    const all = (pack) => JSON.stringify(pack.cues);
    for (const name of packNames)
      assert.doesNotMatch(
        all(packs[name]),
        /\b(your fault|should have|bad (mum|mother|dad|father|parent)|failed|score|points|streak|badge)\b|\b(sgôr|bathodyn|methiant|dy fai di|eich bai chi)\b/i,
        name,
      );
  });
});
