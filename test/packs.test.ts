/**
 * Every ready pack in every named state of every widget, reached as a parent or a host would
 * (clicks on the pack's own words, drafts, routines and entries from fixtures/): the pack's
 * words and language on screen, 0 axe violations, and no horizontal scroll at 320 px (Welsh
 * words run long).
 */
import {expect, nextFrame} from '@open-wc/testing';
import {resetMouse, setViewport} from '@web/test-runner-commands';
import type {AnyWidget} from './helpers/widgets.js'; // also defines every element
import {click, find, mount, reflowProblems, removeStage} from './helpers/stage.js';
import {expectAccessible} from './helpers/axe.js';
import {textOf} from './helpers/events.js';
import {formatMessage} from '../src/core/plural.js';
import {packNames, packs} from '../src/packs/index.js';
import {helpLevels, type ContentPack, type PackWith} from '../src/schema/index.js';
import {draftAt, resultDrafts, savedRoutine, trendFixtures} from '../fixtures/index.js';

type Pack = PackWith<'checkIn' | 'routine' | 'trend'>;

/** Returns `el` once it shows `selector` (with `text`), so a state that was not reached fails loudly. */
function showing<T extends Element>(el: T, selector: string, text?: string): T {
  find(el, selector, text);
  return el;
}

const checkIn = (content: ContentPack, draft?: unknown) =>
  mount('attune-mood-check-in', {content, ...(draft ? {draft} : {})});
async function finished(pack: Pack, draft: unknown, level: string) {
  const el = await checkIn(pack, draft);
  await click(el, find(el, 'button', pack.checkIn.ui.submit));
  return showing(el, `.result attune-help-card[level=${level}]`);
}
const planner = (content: ContentPack, routine?: unknown) =>
  mount('attune-routine-planner', {content, ...(routine ? {routine: structuredClone(routine)} : {})});
const trend = (content: ContentPack, entries: unknown, days = 14) =>
  mount('attune-mood-trend', {content, entries, days});

const results = resultDrafts();

/** The named states, for any complete pack. */
const states: [string, (pack: Pack) => Promise<AnyWidget>][] = [
  ...helpLevels.map((level): [string, (pack: Pack) => Promise<AnyWidget>] => [
    `help card: ${level}`,
    async (pack) =>
      showing(
        await mount('attune-help-card', {content: pack, level}),
        'h2',
        `${pack.help.levels[level].hiddenPrefix} ${pack.help.levels[level].heading}`,
      ),
  ]),
  ['help card: every level', (pack) => mount('attune-help-card', {content: pack})],

  [
    'check-in: mood step',
    async (pack) =>
      showing(
        await checkIn(pack),
        '.progress',
        formatMessage(pack.locale, pack.checkIn.ui.progress, {current: 1, total: 5}, 'total'),
      ),
  ],
  [
    'check-in: "mood required" error',
    async (pack) => {
      const el = await checkIn(pack);
      await click(el, find(el, 'button', pack.checkIn.ui.next));
      return showing(el, '.error', pack.checkIn.ui.moodRequired);
    },
  ],
  [
    'check-in: questions step',
    async (pack) => showing(await checkIn(pack, draftAt('questions', {}, pack)), 'fieldset.question'),
  ],
  [
    'check-in: note over the limit, with its plural',
    async (pack) => {
      const over = 3;
      const el = await checkIn(pack, draftAt('note', {note: 'x'.repeat(pack.checkIn.note.maxLength + over)}, pack));
      return showing(el, '#note-error', formatMessage(pack.locale, pack.checkIn.note.tooLong, {over}, 'over'));
    },
  ],
  [
    'check-in: review',
    async (pack) =>
      showing(
        await checkIn(pack, draftAt('review', {feelings: ['tired', 'hopeful'], note: 'A long day.'}, pack)),
        'dl .row',
      ),
  ],
  ['check-in: result with a support card', (pack) => finished(pack, results.support.draft, 'support')],
  ['check-in: result with a non-urgent card', (pack) => finished(pack, results['non-urgent'].draft, 'non-urgent')],
  [
    'check-in: urgent result after a safety answer',
    (pack) =>
      finished(
        pack,
        draftAt('review', {answers: [{questionId: 'harm-thoughts', optionId: 'yes-can-keep-safe'}]}, pack),
        'urgent',
      ),
  ],
  ['check-in: emergency result', (pack) => finished(pack, results.emergency.draft, 'emergency')],

  ['planner: empty, edit mode', async (pack) => showing(await planner(pack), '.templates')],
  [
    'planner: a template chosen',
    async (pack) => {
      const el = await planner(pack);
      const template = pack.routine.templates.find((t) => t.id === 'bath-time')!;
      await click(el, find(el, 'button', `${pack.routine.ui.useTemplate}: ${template.name}`));
      return showing(el, 'li.step');
    },
  ],
  [
    'planner: run mode, on a step',
    async (pack) => {
      const el = await planner(pack, savedRoutine);
      await click(el, find(el, 'button', pack.routine.ui.run));
      await click(el, find(el, 'button', pack.routine.ui.done));
      const heading = formatMessage(
        pack.locale,
        pack.routine.ui.runProgress,
        {current: 2, total: savedRoutine.steps.length},
        'total',
      );
      return showing(el, '.run-heading', `${heading}: ${savedRoutine.steps[1].label}`);
    },
  ],

  ['trend: no entries', (pack) => trend(pack, [])],
  [
    'trend: 28 days, table shown',
    async (pack) => {
      const el = await trend(pack, trendFixtures.year(), 28);
      await click(el, find(el, 'summary', pack.trend.table.show));
      return showing(el, 'details[open] table');
    },
  ],
  [
    'trend: low-mood card',
    async (pack) => showing(await trend(pack, trendFixtures.lowFortnight()), 'attune-help-card[level=non-urgent]'),
  ],
  [
    'trend: urgent card after a safety answer',
    async (pack) => showing(await trend(pack, trendFixtures.safety()), 'attune-help-card[level=urgent]'),
  ],
];

describe('every ready pack in every named state: its words, axe clean, no sideways scroll at 320 px', () => {
  before(() => setViewport({width: 320, height: 640}));
  after(() => setViewport({width: 800, height: 600}));
  afterEach(async () => {
    removeStage();
    await resetMouse();
  });

  for (const name of packNames) {
    const pack = packs[name] as Pack;
    describe(name, () => {
      for (const [state, reach] of states) {
        it(state, async () => {
          const el = await reach(pack);
          await nextFrame();
          expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang'), 'lang').to.equal(pack.locale);
          expect(textOf(el.shadowRoot!), 'no "{placeholder}" left unfilled').not.to.match(/\{\w+\}/);
          expect(innerWidth).to.equal(320);
          expect(reflowProblems(el, 320).join('\n')).to.equal('');
          await expectAccessible(el);
        });
      }
    });
  }

  it('shows lang="cy" and the Welsh words on the Welsh pack\'s widgets', async () => {
    const el = await mount('attune-help-card', {content: packs['cy-GB-wales'], level: 'urgent'});
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('cy');
    expect(textOf(el.shadowRoot!)).to.contain('Ffoniwch 111 a phwyso 2');
  });

  it('writes times and days in the Welsh pack without English words, in a browser with or without Welsh date data', async () => {
    const pack = packs['cy-GB-wales'] as Pack;
    const english =
      /\b(AM|PM|Mon(day)?|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov(ember)?|Dec(ember)?)\b/;
    const planned = await planner(pack, savedRoutine);
    expect((find(planned, '#start') as HTMLInputElement).value).to.equal('18:45');
    expect(textOf(find(planned, 'li.step .time'))).to.equal('18:45');
    expect(textOf(planned.shadowRoot!)).not.to.match(english);
    const chart = await trend(pack, trendFixtures.steadyFortnight());
    expect(textOf(chart.shadowRoot!)).not.to.match(english);
  });
});
