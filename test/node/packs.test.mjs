// The ready content packs, as a host or a CMS gets them from the npm package: every pack
// complete and valid, its nation's crisis routes, the partner part, docs/contacts.md in step with
// every link, plural-aware messages, and a complete Welsh pack.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {countMessages, defaultContent, parseContentPack, pluralCategories} from 'attune-widgets/schema';
import {packs, packNames} from 'attune-widgets/packs/index.js';
import {fallbackPackFor} from 'attune-widgets/packs/fallback.js';
import {formatMessage} from '../../dist/core/plural.js';

const defaultEngland = () => defaultContent;
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const at = (pack, path) => path.split('.').reduce((value, key) => value?.[key], pack);
const levels = ['emergency', 'urgent', 'non-urgent', 'support'];
/** The partner part's links: its call, then its own-help actions. */
const partnerHrefs = (pack) =>
  pack.help.partner ? [pack.help.partner.signs.action, ...pack.help.partner.ownHelp.actions].map((a) => a.href) : [];
/** The links of one level's card, or of every card and the partner part. */
const hrefsOf = (pack, level) =>
  level
    ? pack.help.levels[level].actions.map((a) => a.href)
    : [...levels.flatMap((l) => pack.help.levels[l].actions.map((a) => a.href)), ...partnerHrefs(pack)];
/** Every word of a pack's help, joined. */
const helpText = (pack) => [...strings(pack.help)].map(([, text]) => text).join('\n');
/** Every link of a pack: its help levels' (the partner part's too) and the baby-cues guide's help for a baby. */
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
  /(^|\.)(id|href|kind|locale|dir|version|symbol|startTime|category|signpost|safetySignpost|leastHelp|nation|fileName|questionId|stepIds|optionIds|feelingIds|bands|group|answers|level)(\.\d+)?$/;

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
        `${pack.help.levels.urgent.heading} ${pack.help.levels.urgent.body}`.match(/GP|meddyg teulu/),
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
    assert.match(urgent.heading, /^Call 111 and choose the mental health option if:$/);
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
    }
    assert.ok(hrefsOf(packs['en-GB-wales']).includes('https://111.wales.nhs.uk/localservices/gpinformation/'));
    assert.ok(
      hrefsOf(packs['cy-GB-wales']).includes('https://111.wales.nhs.uk/localservices/gpinformation/?locale=cy'),
    );
    assert.ok(hrefsOf(packs['cy-GB-wales'], 'support').includes('tel:08081640123'), "Samaritans' Welsh-language line");
  });

  it('Welsh: the service is "GIG 111 Cymru", its links open its Welsh pages (?locale=cy), and the line, not the call, is open 24 hours', () => {
    const cy = packs['cy-GB-wales'];
    const urgent = cy.help.levels.urgent;
    assert.match(urgent.body, /GIG 111 Cymru/);
    assert.doesNotMatch(urgent.body, /Mae’r alwad am ddim, ac mae ar agor/, 'a call is not "open"');
    assert.match(urgent.body, /Mae’r llinell ar agor 24 awr y dydd/);
    const walesLinks = hrefsOf(cy).filter((href) => href.startsWith('https://111.wales.nhs.uk/'));
    assert.ok(walesLinks.length > 0);
    for (const href of walesLinks) assert.match(href, /[?&]locale=cy(&|$)/, href);
  });

  it("Welsh: the support card states the Welsh-language line's evening hours (7pm to 11pm) and keeps 116 123 as the day-and-night line", () => {
    const support = packs['cy-GB-wales'].help.levels.support;
    const welshLine = support.actions.find((a) => a.href === 'tel:08081640123');
    assert.match(welshLine.label, /7pm tan 11pm/, 'the button itself says when the line is open');
    const samaritans = support.signs.find((sign) => sign.includes('Samariaid'));
    assert.match(samaritans, /116 123, ddydd a nos/, '116 123 is the line for day and night');
    assert.match(samaritans, /llinell Gymraeg ar agor bob dydd, 7pm tan 11pm/);
    // Every mention of the Welsh-language line, in the card and the partner part, gives its hours.
    const cy = packs['cy-GB-wales'].help;
    const mentions = [...support.signs, ...support.actions.map((a) => a.label), ...cy.partner.ownHelp.items]
      .concat(cy.partner.ownHelp.actions.map((a) => a.label))
      .filter((text) => /Gymraeg/.test(text));
    assert.ok(mentions.length >= 4);
    for (const text of mentions) assert.match(text, /7pm tan 11pm/, text);
    const ownHelp = packs['cy-GB-wales'].help.partner.ownHelp;
    assert.match(ownHelp.actions.find((a) => a.href === 'tel:08081640123').label, /7pm tan 11pm/);
  });

  it('Welsh: the fixed words (texting, feelings, "Ddim wir", recording a check-in, "yn ystod", "bodlon", "wneud", the Dw i register)', () => {
    const cy = packs['cy-GB-wales'];
    const options = (id) => cy.checkIn.questions.items.find((q) => q.id === id).options;
    const feeling = (id) => cy.checkIn.feelings.options.find((o) => o.id === id).label;
    assert.equal(feeling('lonely'), 'Yn unig');
    assert.equal(feeling('irritable'), 'Yn biwis');
    assert.equal(options('someone-to-talk-to').find((o) => o.id === 'no').label, 'Ddim wir');
    const text = [...strings(cy.help), ...strings(cy.checkIn), ...strings(cy.trend)].map(([, t]) => t);
    assert.deepEqual(
      text.filter((t) => /anfon neges(?! destun)/.test(t)),
      [],
      'texting is "anfon neges destun"',
    );
    assert.deepEqual(
      [...strings(cy.trend)].filter(([, t]) => /gwiri|o \{range\}/i.test(t)),
      [],
      'checking in is "cofnodi", never "gwirio"; a range follows "yn ystod"',
    );
    assert.deepEqual(
      text.filter((t) => /Rwy’n|rwy’n|hapus i’r wefan|gael popeth|gael pethau/.test(t)),
      [],
    );
    assert.match(cy.checkIn.note.hint, /fodlon/);
  });

  it('Scotland: NHS 24 on 111 and Breathing Space 0800 83 85 87; Children 1st Parentline for parents', () => {
    const pack = packs['en-GB-scotland'];
    assert.match(pack.help.levels.urgent.heading, /NHS 24 on 111/);
    assert.deepEqual(hrefsOf(pack, 'urgent').slice(0, 2), ['tel:111', 'tel:0800838587']);
    assert.match(pack.help.levels.urgent.body, /Breathing Space is free on 0800 83 85 87/);
    const parentline = pack.help.levels.support.actions.find((a) => a.href === 'tel:08000282233');
    assert.match(parentline.label, /^Call Children 1st Parentline on 08000 28 22 33$/);
    assert.doesNotMatch(helpText(pack), /Parentline Scotland/);
  });

  it("Scotland: no hours are promised for NHS 24's mental health team (no source says it is now 24 hours)", () => {
    const body = packs['en-GB-scotland'].help.levels.urgent.body;
    const aboutNhs24 = body.split(/(?<=\.)\s+/).filter((sentence) => /NHS 24|111/.test(sentence));
    assert.ok(aboutNhs24.length > 0);
    for (const sentence of aboutNhs24) assert.doesNotMatch(sentence, /24 hours|day or night|any time|24\/7/i);
  });

  it('Northern Ireland: no 111 anywhere; Lifeline 0808 808 8000, the GP and GP out of hours', () => {
    const pack = packs['en-GB-northern-ireland'];
    assert.deepEqual(
      [...strings(pack)].filter(([, text]) => /\b111\b/.test(text)),
      [],
    );
    assert.deepEqual(hrefsOf(pack, 'urgent'), [
      'tel:08088088000',
      'https://gpoutofhours.hscni.net/',
      'https://www.nidirect.gov.uk/services/gp-practices',
    ]);
    assert.match(pack.help.levels.urgent.body, /GP out-of-hours/);
  });

  it("Northern Ireland: the urgent heading leads with Lifeline (free, 24 hours: it serves 3 a.m.), and the GP out-of-hours link says the website lists your area's number", () => {
    const urgent = packs['en-GB-northern-ireland'].help.levels.urgent;
    assert.match(urgent.heading, /^Call Lifeline on 0808 808 8000 if:$/);
    assert.match(urgent.body, /ask your GP for an urgent appointment/);
    assert.match(
      urgent.body,
      /^Lifeline is the crisis line for Northern Ireland\. It is free, and open 24 hours a day\./,
    );
    assert.match(urgent.body, /website lists the number for your area/, 'the out-of-hours link has no number: say so');
    assert.equal(urgent.actions[1].label, 'Find your GP out-of-hours number');
  });

  it('no pack says "mums and dads" (or "mamau a thadau"); the words fit a parent who did not give birth', () => {
    for (const pack of [...Object.values(packs), fallbackPackFor({})]) {
      const text = [...strings(pack)].map(([, t]) => t).join('\n');
      assert.doesNotMatch(text, /mums? and dads?|mamau a thadau|famau a thadau/i, pack.id);
      assert.doesNotMatch(helpText(pack), /after a birth, you can text/, pack.id);
    }
    for (const name of ['en-GB-england', 'en-GB-wales', 'en-GB-scotland']) {
      const pandas = packs[name].help.levels.support.signs.find((sign) => sign.includes('PANDAS'));
      assert.match(pandas, /anyone.*partners too/, `${name}: PANDAS is for anyone, partners too`);
    }
    const pandasCy = packs['cy-GB-wales'].help.levels.support.signs.find((sign) => sign.includes('PANDAS'));
    assert.match(pandasCy, /unrhyw un.*gan gynnwys partneriaid/);
  });

  it('the non-urgent card: talking therapies and medicine help; a GP, midwife or health visitor can refer to a specialist perinatal mental health team', () => {
    for (const pack of [...Object.values(packs), fallbackPackFor({})]) {
      const body = pack.help.levels['non-urgent'].body;
      if (pack.locale === 'cy') {
        assert.match(body, /therapïau siarad a meddyginiaeth/);
        assert.match(
          body,
          /meddyg teulu, eich bydwraig neu’ch ymwelydd iechyd eich atgyfeirio at dîm iechyd meddwl amenedigol arbenigol/,
        );
      } else {
        assert.match(
          body,
          /Talking therapies and medicine can both help with postnatal depression and anxiety/,
          pack.id,
        );
        assert.match(
          body,
          /more severe, your GP, midwife or health visitor can refer you to a specialist perinatal mental health team/,
          pack.id,
        );
      }
    }
  });

  it('the safety question names a time frame (the past two weeks) in English and Welsh; its ids, scores and least help are unchanged', () => {
    const question = (pack) => pack.checkIn.questions.items.find((q) => q.id === 'harm-thoughts');
    assert.equal(
      question(packs['en-GB-england']).text,
      'In the past two weeks, have you had thoughts of ending your life or harming yourself?',
    );
    assert.match(question(packs['cy-GB-wales']).text, /^Yn ystod y pythefnos diwethaf, ydych chi wedi cael meddyliau/);
    for (const name of packNames) {
      const {options, safety} = question(packs[name]);
      assert.equal(safety, true);
      assert.deepEqual(
        options.map(({id, score, leastHelp}) => ({id, score, leastHelp})),
        [
          {id: 'no', score: 0, leastHelp: 'none'},
          {id: 'yes-can-keep-safe', score: 1, leastHelp: 'urgent'},
          {id: 'yes-not-safe', score: 2, leastHelp: 'emergency'},
        ],
        name,
      );
    }
  });
});

describe('the partner part (help.partner)', () => {
  const all = [...packNames.map((name) => [name, packs[name]]), ['the UK-wide fallback', fallbackPackFor({})]];

  for (const [name, pack] of all) {
    it(`${name}: has one, with the signs of postpartum psychosis, a call to 999, how to support them and help for the partner`, () => {
      const {partner} = pack.help;
      assert.ok(partner, `${name} has no partner part`);
      assert.equal(partner.signs.action.href, 'tel:999');
      assert.equal(partner.signs.action.kind, 'call');
      assert.match(partner.signs.heading, /999/);
      assert.ok(partner.signs.items.length >= 4 && partner.signs.items.length <= 5);
      assert.match(partner.signs.body, /postpartum psychosis|seicosis ôl-enedigol/);
      assert.match(partner.signs.body, /emergency|argyfwng/);
      assert.ok(partner.support.items.length >= 3);
      assert.ok(
        partner.ownHelp.actions.some((a) => a.href === 'tel:116123'),
        'Samaritans for the partner',
      );
      assert.ok(
        partner.ownHelp.actions.some((a) => a.href === 'sms:85258?body=SHOUT'),
        'Shout for the partner',
      );
      assert.ok(
        partner.ownHelp.items.some((item) => /GP|meddyg teulu/.test(item)),
        'the partner is told to talk to their GP',
      );
    });
  }

  it("PANDAS is in the partner part only where it works (England, Scotland, Wales), and no nation's urgent line is in the fallback's", () => {
    for (const name of ['en-GB-england', 'en-GB-wales', 'cy-GB-wales', 'en-GB-scotland'])
      assert.ok(partnerHrefs(packs[name]).includes('sms:85258?body=PANDAS'), name);
    assert.ok(!partnerHrefs(packs['en-GB-northern-ireland']).includes('sms:85258?body=PANDAS'));
    const fallback = fallbackPackFor({});
    assert.deepEqual(partnerHrefs(fallback), ['tel:999', 'tel:116123', 'sms:85258?body=SHOUT']);
    assert.doesNotMatch(JSON.stringify(fallback.help.partner), /111|Lifeline|NHS 24|Breathing Space|PANDAS/);
  });

  it("is refused when its call dials another number, its heading names a number nothing in it dials, or an id repeats a card's", () => {
    const refusedAt = (change) => {
      const pack = structuredClone(defaultEngland());
      change(pack.help.partner, pack);
      const result = parseContentPack(pack);
      assert.equal(result.ok, false);
      return result.issues.map((issue) => issue.path);
    };
    assert.ok(
      refusedAt((p) => (p.signs.action = {...p.signs.action, label: 'Call 111', href: 'tel:111'})).includes(
        'help.partner.signs.action.href',
      ),
    );
    assert.ok(
      refusedAt((p) => (p.signs.action = {...p.signs.action, href: 'tel:111'})).includes(
        'help.partner.signs.action.label',
      ),
      '"Call 999" that dials 111',
    );
    assert.ok(
      refusedAt((p) => (p.support.heading = 'Call 0800 123 4567 for advice')).includes('help.partner.support.heading'),
    );
    assert.ok(
      refusedAt((p) => (p.ownHelp.actions[0] = {...p.ownHelp.actions[0], id: 'call-999'})).includes(
        'help.partner.ownHelp.actions.0.id',
      ),
      'an id the emergency card already uses',
    );
    assert.ok(
      refusedAt((p) => (p.ownHelp.actions[0] = {...p.ownHelp.actions[0], href: 'javascript:alert(1)'})).includes(
        'help.partner.ownHelp.actions.0.href',
      ),
      'links are tel:, sms: or https: here too',
    );
    assert.ok(refusedAt((p) => (p.signs.items = [])).includes('help.partner.signs.items'));
    // Without a partner part a pack is still accepted: the part is optional.
    const without = structuredClone(defaultEngland());
    delete without.help.partner;
    assert.equal(parseContentPack(without).ok, true);
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
    assert.equal(
      formatMessage('en-GB', tooLong, {over: 1}, 'over'),
      'Your note is too long. Please take out 1 character.',
    );
    assert.equal(
      formatMessage('en-GB', tooLong, {over: 2}, 'over'),
      'Your note is too long. Please take out 2 characters.',
    );
    assert.equal(
      formatMessage('en-GB', tooLong, {over: 4000}, 'over'),
      'Your note is too long. Please take out 4,000 characters.',
    );
    assert.equal(formatMessage('de', '{n} Zeichen', {n: 4000}), '4.000 Zeichen');
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
          feeling: 'Wedi blino',
          position: 1,
          [key]: Number(n),
        };
        const out = formatMessage('cy', message, values, key);
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
      formatMessage('cy', cy.checkIn.note.tooLong, {over: 2}, 'over'),
      'Mae eich nodyn yn rhy hir. Dilëwch ddau nod, os gwelwch yn dda.',
    );
    assert.equal(
      formatMessage('cy', cy.checkIn.note.tooLong, {over: 11}, 'over'),
      'Mae eich nodyn yn rhy hir. Dilëwch 11 nod, os gwelwch yn dda.',
    );
  });
});
