// Packs a real portal team could plausibly write, each the England pack with one mistake that
// would mislead a parent in crisis: every one is refused or warned, with a readable path. Then
// the server's side: verifyResponse against tampered responses, the fallback pack for a refused
// one, and the attune-pack command run as a process.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {defaultContent, parseContentPack, scoreCheckIn, verifyResponse} from 'attune-widgets/schema';
import {fallbackPackFor} from 'attune-widgets/packs/fallback.js';
import {packs} from 'attune-widgets/packs/index.js';

const england = () => structuredClone(defaultContent);
const safetyQuestion = (pack) => pack.checkIn.questions.items.find((q) => q.safety);
const levels = (pack) => pack.help.levels;

/** [class of mistake, how the pack is changed, the path the answer names]. */
const refused = [
  [
    '"Call 999" dials 111',
    (p) => (levels(p).emergency.actions[0].href = 'tel:111'),
    'help.levels.emergency.actions.0.label',
  ],
  [
    '"Call 999" dials a local number',
    (p) => (levels(p).emergency.actions[0].href = 'tel:01632 960000'),
    'help.levels.emergency.actions',
  ],
  [
    '"Call 999" is a text to 999',
    (p) => (levels(p).emergency.actions[0] = {id: 'text-999', label: 'Call 999', href: 'sms:999', kind: 'text'}),
    'help.levels.emergency.actions',
  ],
  [
    'the emergency level has only a web link',
    (p) => (levels(p).emergency.actions = [{id: 'a-e', label: 'Find A&E', href: 'https://www.nhs.uk/', kind: 'link'}]),
    'help.levels.emergency.actions',
  ],
  [
    'the heading says 999 but the only call is 112',
    (p) => (levels(p).emergency.actions[0] = {id: 'call-112', label: 'Call 112', href: 'tel:112', kind: 'call'}),
    'help.levels.emergency.heading',
  ],
  [
    'safety scores copied in reverse (EPDS item 10 is printed "Yes, quite often" first)',
    (p) => safetyQuestion(p).options.forEach((o, i, all) => (o.score = all[all.length - 1 - i].score)),
    'checkIn.questions.items.3.options.0.score',
  ],
  [
    'a safety answer with no declared least help',
    (p) => delete safetyQuestion(p).options[1].leastHelp,
    'checkIn.questions.items.3.options.1.leastHelp',
  ],
  [
    'urgent help only as a web link',
    (p) => (levels(p).urgent.actions = levels(p).urgent.actions.filter((a) => a.kind === 'link')),
    'help.levels.urgent.actions',
  ],
  [
    'a premium-rate helpline (09…)',
    (p) => (levels(p).support.actions[0] = {id: 'p', label: 'Call our line', href: 'tel:0906 123 4567', kind: 'call'}),
    'help.levels.support.actions.0.href',
  ],
  [
    'a premium-rate number written +44 9…',
    (p) =>
      (levels(p).support.actions[0] = {
        id: 'p',
        label: 'Call our line',
        href: 'tel:+44 (0) 906 123 4567',
        kind: 'call',
      }),
    'help.levels.support.actions.0.href',
  ],
  [
    'a directory-enquiry number (118…)',
    (p) => (levels(p).support.actions[0] = {id: 'd', label: 'Find a number', href: 'tel:118 118', kind: 'call'}),
    'help.levels.support.actions.0.href',
  ],
  [
    'a label naming one number while its link dials another',
    (p) => (levels(p).support.actions[0].href = 'tel:116 117'),
    'help.levels.support.actions.0.label',
  ],
  [
    'a UK pack that makes 111 its emergency number ("Call 111" on the 999 card)',
    (p) => {
      p.help.emergencyNumbers = ['111'];
      levels(p).emergency.heading = 'Call 111 now if:';
      levels(p).emergency.actions[0] = {id: 'call', label: 'Call 111', href: 'tel:111', kind: 'call'};
    },
    'help.emergencyNumbers',
  ],
  [
    '"Call 911 now" said first in an emergency',
    (p) => (p.checkIn.emergencyNow.call = 'Call 911 now.'),
    'checkIn.emergencyNow.call',
  ],
  [
    'a premium-rate number written +44 0 9… (a trunk 0 without brackets)',
    (p) =>
      (levels(p).support.actions[0] = {id: 'p', label: 'Call our line', href: 'tel:+44 0906 123 4567', kind: 'call'}),
    'help.levels.support.actions.0.href',
  ],
  [
    'a "Call 111" that opens a web page',
    (p) => (levels(p).urgent.actions[1] = {id: 'web', label: 'Call 111', href: 'https://111.nhs.uk/', kind: 'link'}),
    'help.levels.urgent.actions.1.label',
  ],
  ['a pack for another region with no emergency numbers', (p) => (p.locale = 'en-IE'), 'help.emergencyNumbers'],
];

const warned = [
  ['a pack awaiting review', (p) => (p.review = {status: 'awaiting-review', note: 'Draft'}), 'review.status'],
  [
    'a licensed questionnaire with no safety question',
    (p) => {
      p.checkIn.questions.items = p.checkIn.questions.items.filter((q) => !q.safety);
      p.checkIn.rules = p.checkIn.rules.filter((r) => r.when.questionId !== 'harm-thoughts');
    },
    'checkIn.questions.items',
  ],
  [
    'a costly 0845 number',
    (p) =>
      levels(p).support.actions.push({id: 'c', label: 'Call 0845 123 4567', href: 'tel:08451234567', kind: 'call'}),
    'help.levels.support.actions.3.href',
  ],
  [
    'safety scores that do not rise with concern',
    (p) => {
      const [, keepSafe, notSafe] = safetyQuestion(p).options;
      keepSafe.score = 3;
      notSafe.score = 1;
    },
    'checkIn.questions.items.3.options.2.score',
  ],
  [
    'one hidden prefix on two levels',
    (p) => (levels(p).urgent.hiddenPrefix = levels(p).emergency.hiddenPrefix),
    'help.levels.urgent.hiddenPrefix',
  ],
];

describe('packs that mislead a parent in crisis', () => {
  for (const [mistake, change, path] of refused) {
    it(`refuses ${mistake} (${path})`, () => {
      const pack = england();
      change(pack);
      const result = parseContentPack(pack);
      assert.equal(result.ok, false, `${mistake} passed`);
      assert.ok(
        result.issues.some((issue) => issue.path === path),
        `no issue at ${path}: ${JSON.stringify(result.issues)}`,
      );
    });
  }
  for (const [mistake, change, path] of warned) {
    it(`accepts with a warning ${mistake} (${path})`, () => {
      const pack = england();
      change(pack);
      const result = parseContentPack(pack);
      assert.equal(result.ok, true, JSON.stringify(result.issues));
      assert.ok(
        result.warnings.some((warning) => warning.path === path),
        `no warning at ${path}: ${JSON.stringify(result.warnings)}`,
      );
    });
  }
  it('accepts every ready pack, and the England pack with no warning at all', () => {
    for (const [name, pack] of Object.entries(packs)) assert.equal(parseContentPack(pack).ok, true, name);
    assert.deepEqual(parseContentPack(defaultContent).warnings, []);
    assert.deepEqual(
      parseContentPack(packs['cy-GB-wales']).warnings.map((w) => w.path),
      ['review.status'],
    );
  });
  it('accepts a pack for another region that lists its own emergency numbers', () => {
    const pack = england();
    pack.locale = 'en-IE';
    pack.help.emergencyNumbers = ['112', '999'];
    assert.equal(parseContentPack(pack).ok, true);
  });
  it('routes by the declared least help even if a score slipped through: "not safe" is never below emergency', () => {
    const pack = england();
    safetyQuestion(pack).options[2].score = 1; // still above 0, so the parser accepts it
    const answers = [{questionId: 'harm-thoughts', optionId: 'yes-not-safe'}];
    pack.checkIn.rules = [];
    assert.equal(scoreCheckIn({feelings: [], answers}, pack.checkIn).signpost, 'emergency');
  });
});

/** A response the widget would send for these answers, with the pack's own outcome. */
function genuineResponse(harmAnswer = 'yes-not-safe') {
  const answers = [
    {questionId: 'sleep', optionId: 'hardly'},
    {
      questionId: 'harm-thoughts',
      optionId: harmAnswer,
      score: {no: 0, 'yes-can-keep-safe': 1, 'yes-not-safe': 2}[harmAnswer],
    },
  ];
  const draft = {mood: {value: 2, optionId: 'low'}, feelings: ['tired'], answers};
  return {
    id: 'r-1',
    contentId: defaultContent.id,
    contentVersion: defaultContent.version,
    locale: defaultContent.locale,
    startedAt: '2026-12-06T03:00:00.000Z',
    submittedAt: '2026-12-06T03:04:00.000Z',
    ...draft,
    note: 'Long night',
    ...scoreCheckIn(draft, defaultContent.checkIn),
  };
}

describe('verifyResponse: the server re-scores what the browser sent', () => {
  it('accepts a genuine response', () => {
    const response = genuineResponse();
    assert.equal(response.signpost, 'emergency');
    assert.deepEqual(verifyResponse(response, defaultContent), {ok: true, response});
  });
  const tampered = [
    [
      '"not safe right now" sent with signpost none and no flags',
      (r) => Object.assign(r, {signpost: 'none', flags: []}),
      ['response.signpost', 'response.flags'],
    ],
    ['an unknown question id', (r) => (r.answers[0].questionId = 'made-up'), ['response.answers.0.questionId']],
    ['an unknown option id', (r) => (r.answers[0].optionId = 'made-up'), ['response.answers.0.optionId']],
    ['a mood value that contradicts its option', (r) => (r.mood.value = 5), ['response.mood.value']],
    ['a forged answer score', (r) => (r.answers[1].score = 0), ['response.answers.1.score']],
    ['a note longer than the pack allows', (r) => (r.note = 'x'.repeat(1001)), ['response.note']],
    ['another version of the pack', (r) => (r.contentVersion = '0.9.0'), ['response.contentVersion']],
    ['no answer to the safety question', (r) => (r.answers = r.answers.slice(0, 1)), ['response.answers']],
    ['an unknown feeling', (r) => r.feelings.push('made-up'), ['response.feelings.1']],
    ['not a response at all', () => 'junk', ['response']],
  ];
  for (const [what, change, paths] of tampered) {
    it(`refuses ${what}`, () => {
      const response = genuineResponse();
      const input = change(response) === 'junk' ? 'junk' : response;
      const result = verifyResponse(input, defaultContent);
      assert.equal(result.ok, false);
      for (const path of paths)
        assert.ok(
          result.issues.some((issue) => issue.path === path),
          `no issue at ${path}: ${JSON.stringify(result.issues)}`,
        );
    });
  }
  it('refuses, never throws, when the server finds no pack for the ids a request names', () => {
    const response = Object.assign(genuineResponse(), {contentVersion: '9.9.9'});
    const packs = {[`${defaultContent.id}@${defaultContent.version}`]: defaultContent};
    const result = verifyResponse(response, packs[`${response.contentId}@${response.contentVersion}`]);
    assert.equal(result.ok, false);
    assert.match(result.issues[0].message, /No pack is known for "attune-en-GB-england" version "9\.9\.9"/);
  });
});

describe("a refused pack never shows another nation's route", () => {
  const broken = (extra) => ({...extra, help: {}});
  const cases = [
    [{id: 'nhs-scotland-perinatal'}, 'attune-en-GB-scotland'],
    [{nation: 'northern-ireland', id: 'belfast-trust'}, 'attune-en-GB-northern-ireland'],
    [{id: 'bipbc-wales', locale: 'en-GB'}, 'attune-en-GB-wales'],
    [{id: 'cardiff', locale: 'cy'}, 'attune-cy-GB-wales'],
    [{id: 'leeds-england'}, 'attune-en-GB-england'],
    [{id: 'my-portal', locale: 'en-GB'}, 'attune-en-GB-uk-wide'],
    ['not even an object', 'attune-en-GB-uk-wide'],
  ];
  for (const [input, id] of cases) {
    it(`${JSON.stringify(input)} → ${id}`, () => {
      const pack = fallbackPackFor(typeof input === 'string' ? input : broken(input));
      assert.equal(pack.id, id);
      assert.equal(parseContentPack(pack).ok, true);
    });
  }
  it("the UK-wide fallback names no nation's urgent line: 999 and Samaritans, no 111 anywhere", () => {
    const pack = fallbackPackFor({});
    const text = JSON.stringify(pack.help) + JSON.stringify(pack.routine);
    assert.doesNotMatch(text, /111|Lifeline|NHS 24|Breathing Space|family hub/);
    assert.deepEqual(
      pack.help.levels.emergency.actions.map((a) => a.href),
      ['tel:999'],
    );
    assert.ok(pack.help.levels.urgent.actions.some((a) => a.href === 'tel:116123'));
  });
});

describe('attune-pack, run as a process', () => {
  const bin = new URL('../../bin/attune-pack.mjs', import.meta.url).pathname;
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8'});
  const folder = mkdtempSync(join(tmpdir(), 'attune-pack-'));
  const write = (name, pack) => {
    const file = join(folder, name);
    writeFileSync(file, JSON.stringify(pack));
    return file;
  };

  it('passes the England pack (exit 0) and prints its safety table', () => {
    const {status, stdout} = run('check', write('england.json', defaultContent));
    assert.equal(status, 0, stdout);
    assert.match(stdout, /Result: \*\*accepted\*\*/);
    assert.match(
      stdout,
      /\| harm-thoughts \| Yes, and I do not feel safe right now \| 2 \| emergency \| \*\*emergency\*\* \|/,
    );
    assert.match(stdout, /Call 999 → `tel:999`/);
  });
  it('refuses a bad pack (exit 1), naming each path', () => {
    const pack = england();
    pack.help.levels.emergency.actions[0].href = 'tel:111';
    const {status, stdout} = run('check', write('bad.json', pack));
    assert.equal(status, 1);
    assert.match(stdout, /Result: \*\*refused\*\*/);
    assert.match(
      stdout,
      /`help.levels.emergency.actions.0.label`: This action's words name 999 but its link dials 111/,
    );
  });
  it('exits 1 on warnings only with --strict, and gives JSON with --format json', () => {
    const file = write('welsh.json', packs['cy-GB-wales']);
    assert.equal(run('check', file).status, 0);
    const strict = run('check', file, '--strict', '--format', 'json');
    assert.equal(strict.status, 1);
    const report = JSON.parse(strict.stdout);
    assert.deepEqual(
      report.warnings.map((w) => w.path),
      ['review.status'],
    );
    assert.equal(report.safetyTable.length, 3);
  });
  it('lists every safety-relevant difference from a ready pack with --against', () => {
    const pack = structuredClone(packs['en-GB-scotland']);
    pack.help.levels.urgent.actions.splice(1, 0, {
      id: 'call-local',
      label: 'Call 0141 496 0000',
      href: 'tel:01414960000',
      kind: 'call',
    });
    const {status, stdout} = run('check', write('scotland.json', pack), '--against', 'en-GB-scotland');
    assert.equal(status, 0, stdout);
    assert.match(stdout, /Safety-relevant differences from attune-en-GB-scotland \S+ \(\d+\)/);
    assert.match(stdout, /help\.levels\.urgent\.actions\[call-local\]/);
  });
  it('explains a wrong command (exit 2)', () => {
    const {status, stderr} = run('lint', 'x.json');
    assert.equal(status, 2);
    assert.match(stderr, /Usage: attune-pack check/);
    assert.equal(run('check', 'x.json', '--against', 'en-GB-atlantis').status, 2);
  });
});
