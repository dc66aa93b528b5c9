// The ready content packs, as a host or a CMS gets them from the npm package: every pack
// complete and valid, its nation's crisis routes, docs/contacts.md in step with every link,
// plural-aware messages, and a complete Welsh pack.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {countMessages, parseContentPack, pluralCategories} from 'attune-widgets/schema';
import {packs, packNames} from 'attune-widgets/packs/index.js';
import {say} from '../../dist/core/plural.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const at = (pack, path) => path.split('.').reduce((value, key) => value?.[key], pack);
const levels = ['emergency', 'urgent', 'non-urgent', 'support'];
const hrefsOf = (pack, level) =>
  (level ? [level] : levels).flatMap((l) => pack.help.levels[l].actions.map((a) => a.href));
/** Every link of a pack: its help levels' and the baby-cues guide's help for a baby. */
const allHrefsOf = (pack) => [
  ...hrefsOf(pack),
  ...Object.values(pack.cues?.babyHelp ?? {}).flatMap((card) => card.actions.map((a) => a.href)),
];

/** Every string of a pack, with its path. */
function* strings(value, path = '') {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}
/** Fields that are codes or numbers, not words. */
const codes =
  /(^|\.)(id|href|kind|locale|dir|version|symbol|startTime|category|signpost|safetySignpost|leastHelp|nation|questionId|stepIds|optionIds|feelingIds|bands|group|answers|level)(\.\d+)?$/;

describe('the ready packs', () => {
  it('are the five packs the contract names', () => {
    assert.deepEqual(packNames, [
      'en-GB-england',
      'en-GB-wales',
      'cy-GB-wales',
      'en-GB-scotland',
      'en-GB-northern-ireland',
    ]);
  });

  for (const name of packNames) {
    it(`${name}: passes parseContentPack and is complete (help, checkIn, routine, trend, cues)`, () => {
      const result = parseContentPack(packs[name]);
      assert.equal(result.ok, true, JSON.stringify(result.issues));
      for (const section of ['help', 'checkIn', 'routine', 'trend', 'cues'])
        assert.ok(packs[name][section], `${name} has no ${section}`);
    });

    it(`${name}: imports as attune-widgets/packs/${name}.js (default export) and as JSON that passes the JSON Schema`, async () => {
      const {default: pack} = await import(`attune-widgets/packs/${name}.js`);
      assert.equal(pack, packs[name]);
      const json = JSON.parse(read(`dist/packs/${name}.json`));
      assert.deepEqual(json, JSON.parse(JSON.stringify(pack)));
      const validate = new Ajv2020({allErrors: true, strict: false}).compile(
        JSON.parse(read('dist/attune-content.schema.json')),
      );
      assert.equal(validate(json), true, JSON.stringify(validate.errors));
    });

    it(`${name}: emergency is 999 or A&E; support has Samaritans 116 123 and Shout 85258`, () => {
      const pack = packs[name];
      assert.deepEqual(hrefsOf(pack, 'emergency'), ['tel:999']);
      assert.match(pack.help.levels.emergency.heading, /999.*A&E/);
      assert.ok(hrefsOf(pack, 'support').includes('tel:116123'));
      assert.ok(hrefsOf(pack, 'support').includes('sms:85258?body=SHOUT'));
      assert.ok(
        pack.help.levels.urgent.heading.match(/GP|meddyg teulu/),
        'the urgent card offers an urgent GP appointment',
      );
      assert.ok(
        hrefsOf(pack, 'non-urgent').some((href) => href.startsWith('https://')),
        'a GP finder on the non-urgent card',
      );
      assert.match(
        pack.help.levels['non-urgent'].heading,
        /health visitor.*GP.*midwife|ymwelydd iechyd.*meddyg teulu.*bydwraig/,
      );
    });
  }

  it('England: 111 and "choose the mental health option", with no option number anywhere', () => {
    const pack = packs['en-GB-england'];
    const urgent = pack.help.levels.urgent;
    assert.match(
      urgent.heading,
      /^Call 111 and choose the mental health option, or ask your GP for an urgent appointment/,
    );
    assert.ok(hrefsOf(pack, 'urgent').includes('tel:111'));
    const said = [...strings(pack)].map(([, text]) => text).filter((text) => /option \d|press \d/i.test(text));
    assert.deepEqual(said, []);
  });

  it('Wales (English and Welsh): 111 press 2, the 24-hour mental health line; GP search on NHS 111 Wales', () => {
    for (const name of ['en-GB-wales', 'cy-GB-wales']) {
      const urgent = packs[name].help.levels.urgent;
      assert.match(urgent.heading, /111 (and press 2|a phwyso 2)/);
      assert.match(urgent.body, /24/);
      assert.ok(hrefsOf(packs[name], 'urgent').includes('tel:111'));
      assert.ok(hrefsOf(packs[name]).includes('https://111.wales.nhs.uk/localservices/gpinformation/'));
    }
    assert.ok(hrefsOf(packs['cy-GB-wales'], 'support').includes('tel:08081640123'), "Samaritans' Welsh-language line");
  });

  it('Scotland: NHS 24 on 111 and Breathing Space 0800 83 85 87; Parentline Scotland for parents', () => {
    const pack = packs['en-GB-scotland'];
    assert.match(pack.help.levels.urgent.heading, /NHS 24 on 111/);
    assert.deepEqual(hrefsOf(pack, 'urgent').slice(0, 2), ['tel:111', 'tel:0800838587']);
    assert.match(pack.help.levels.urgent.body, /Breathing Space is free on 0800 83 85 87/);
    assert.ok(hrefsOf(pack, 'support').includes('tel:08000282233'));
  });

  it('Northern Ireland: no 111 anywhere; Lifeline 0808 808 8000, the GP and GP out of hours', () => {
    const pack = packs['en-GB-northern-ireland'];
    assert.deepEqual(
      [...strings(pack)].filter(([, text]) => /\b111\b/.test(text)),
      [],
    );
    assert.deepEqual(hrefsOf(pack, 'urgent'), [
      'tel:08088088000',
      'https://www.nidirect.gov.uk/services/gp-practices',
      'https://gpoutofhours.hscni.net/',
    ]);
    assert.match(pack.help.levels.urgent.body, /GP out-of-hours/);
  });
});

describe('docs/contacts.md', () => {
  const rows = read('docs/contacts.md')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '')));
  const today = /^\d{4}-\d{2}-\d{2}$/;

  it('has a link, its packs, what it is, its hours, a source URL and the date checked in every row', () => {
    assert.ok(rows.length >= 10);
    for (const [link, packList, what, hours, source, checked] of rows) {
      assert.match(link, /^`[^`]+`$/);
      for (const name of packList.split(', '))
        assert.ok(packNames.includes(name), `unknown pack "${name}" for ${link}`);
      assert.ok(what && hours, `${link} says what it is and its hours`);
      assert.match(source, /https?:\/\//, `${link} names a source`);
      assert.match(checked, today);
    }
  });

  it("lists every link of every pack, and every row's link is in each pack it names", () => {
    for (const name of packNames) {
      const inTable = new Set(
        rows.filter(([, list]) => list.split(', ').includes(name)).map(([link]) => link.slice(1, -1)),
      );
      assert.deepEqual(
        [...new Set(allHrefsOf(packs[name]))].sort(),
        [...inTable].sort(),
        `${name}: pack links vs the table`,
      );
    }
  });

  it('lists every phone number a pack names in its words, as a link of that pack', () => {
    for (const name of packNames) {
      const pack = packs[name];
      const links = allHrefsOf(pack).map((href) => href.replace(/\D/g, ''));
      const words = [...strings(pack.help), ...strings(pack.routine.reminders), ...strings(pack.cues.babyHelp)].map(
        ([, text]) => text,
      );
      const numbers = words
        .flatMap((text) => text.match(/\d[\d ]*\d/g) ?? [])
        .map((n) => n.replace(/ /g, ''))
        .filter((n) => n.length >= 3);
      for (const number of numbers)
        assert.ok(
          links.some((link) => link.startsWith(number)),
          `${name} names ${number} but has no link for it`,
        );
    }
  });
});

describe('messages with a count', () => {
  const english = packs['en-GB-england'];

  it('say "1 character" and "2 characters" in English, with numbers in the pack\'s locale', () => {
    const tooLong = english.checkIn.note.tooLong;
    assert.equal(say('en-GB', tooLong, {over: 1}, 'over'), 'Your note is too long. Please take out 1 character.');
    assert.equal(say('en-GB', tooLong, {over: 2}, 'over'), 'Your note is too long. Please take out 2 characters.');
    assert.equal(
      say('en-GB', tooLong, {over: 4000}, 'over'),
      'Your note is too long. Please take out 4,000 characters.',
    );
    assert.equal(say('de', '{n} Zeichen', {n: 4000}), '4.000 Zeichen');
  });

  it('never need "or more" wording to dodge a plural, in any pack', () => {
    for (const name of packNames)
      for (const path of Object.keys(countMessages)) {
        const message = at(packs[name], path);
        for (const form of typeof message === 'string' ? [message] : Object.values(message))
          assert.doesNotMatch(form, /or more|neu fwy/, `${name} ${path}`);
      }
  });

  it('are refused by the schema without an "other" form or with an unknown category', () => {
    const pack = structuredClone(english);
    pack.checkIn.note.tooLong = {one: 'One character too many.'};
    assert.equal(parseContentPack(pack).ok, false);
    pack.checkIn.note.tooLong = {other: '{over} too many.', several: 'x'};
    assert.equal(parseContentPack(pack).ok, false);
    pack.checkIn.note.tooLong = {one: 'One too many.', other: '{over} too many.'};
    assert.equal(parseContentPack(pack).ok, true);
  });
});

describe('the Welsh pack (cy-GB-wales)', () => {
  const cy = packs['cy-GB-wales'];
  const en = packs['en-GB-wales'];
  const isCountMessage = (path) => path in countMessages;

  it('is Welsh (lang "cy") and says it awaits review by a Welsh-speaking clinician', () => {
    assert.equal(cy.locale, 'cy');
    assert.equal(cy.review.status, 'awaiting-review');
    assert.match(cy.review.note, /Welsh-speaking clinician before clinical use/);
  });

  it('has every key of the English pack', () => {
    const missing = [];
    const walk = (a, b, path) => {
      if (isCountMessage(path) || typeof a !== 'object' || a === null) return;
      for (const key of Object.keys(a)) {
        const next = path ? `${path}.${key}` : key;
        if (b?.[key] === undefined) missing.push(next);
        else walk(a[key], b[key], next);
      }
    };
    walk(en, cy, '');
    assert.deepEqual(missing, []);
  });

  it('has no string identical to the English one, unless it is a code, a name or a number', () => {
    const english = new Map(strings(en));
    const names = /^(A&E|PANDAS|SHOUT|Shout)$/;
    const same = [...strings(cy)].filter(
      ([path, text]) =>
        !codes.test(path) && english.get(path) === text && !/^[\d\s{}:+()-]*$/.test(text) && !names.test(text),
    );
    assert.deepEqual(same, []);
  });

  it('renders each count message correctly for 0, 1, 2, 3, 6 and 11 (zero, one, two, few, many, other)', () => {
    const expected = {0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many', 11: 'other'};
    const rules = new Intl.PluralRules('cy');
    for (const [n, category] of Object.entries(expected)) assert.equal(rules.select(Number(n)), category);
    for (const [path, key] of Object.entries(countMessages)) {
      const message = at(cy, path);
      if (typeof message !== 'string')
        assert.deepEqual(Object.keys(message).sort(), [...pluralCategories].sort(), `${path} has all six Welsh forms`);
      for (const [n, category] of Object.entries(expected)) {
        const values = {
          current: 1,
          total: 5,
          count: 5,
          max: 1000,
          over: 5,
          minutes: 5,
          hours: 1,
          label: 'Bath cynnes',
          position: 1,
          [key]: Number(n),
        };
        const out = say('cy', message, values, key);
        const form = typeof message === 'string' ? message : message[category];
        assert.equal(
          out,
          form.replace(/\{(\w+)\}/g, (_, k) =>
            typeof values[k] === 'number' ? values[k].toLocaleString('cy') : values[k],
          ),
          `${path} for ${n}`,
        );
        assert.doesNotMatch(out, /[{}]/, `${path} for ${n} leaves no placeholder`);
      }
    }
    assert.equal(
      say('cy', cy.checkIn.note.tooLong, {over: 2}, 'over'),
      'Mae eich nodyn yn rhy hir. Dilëwch ddau nod, os gwelwch yn dda.',
    );
    assert.equal(
      say('cy', cy.checkIn.note.tooLong, {over: 11}, 'over'),
      'Mae eich nodyn yn rhy hir. Dilëwch 11 nod, os gwelwch yn dda.',
    );
  });
});
