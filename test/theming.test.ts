/**
 * A host's theme reaches every card: `::part()` styles on the check-in, the trend and the
 * baby-cues guide pass into the help cards they show inside them (as `help-<part>`), the crisis
 * card above all. Also: the heading font reaches every heading, and the help card's accent sits
 * only on actions whose background it was chosen for, so every action keeps its contrast.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {AttuneHelpCard} from '../src/help-card.js';
import {draftAt, resultDrafts, trendFixtures} from '../fixtures/index.js';
import {$, $$, find} from '../fixtures/read.js';
import {expectAccessible} from './helpers/axe.js';
import {mountCues, tick} from './helpers/baby-cues.js';
import {finish, mountCheckIn, wordOf} from './helpers/check-in.js';
import {mountHelpCard} from './helpers/help-card.js';
import {mountTrend, cardOf} from './helpers/mood-trend.js';
import {mountPlanner} from './helpers/routine-planner.js';
import {click} from './helpers/stage.js';
import {useTheme} from './helpers/themes.js';

/** A style sheet on the host page for one test. */
function hostStyles(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

/** The inner help card of `level` in `host`, rendered. */
async function innerCard(host: HTMLElement, level: string): Promise<AttuneHelpCard> {
  const card = $(host, `attune-help-card[level=${level}]`) as AttuneHelpCard | null;
  expect(card, `a ${level} card is shown`).to.not.equal(null);
  await card!.updateComplete;
  return card!;
}
const inside = (card: AttuneHelpCard, selector: string) => card.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe("a host's ::part() styles reach the inner help cards", () => {
  let remove: () => void;
  before(() => {
    remove = hostStyles(`
      attune-mood-check-in::part(help-card) { outline: 5px solid rgb(1, 2, 3); }
      attune-mood-check-in::part(help-action) { background-color: rgb(4, 5, 6); }
      attune-mood-trend::part(help-card) { outline: 6px solid rgb(7, 8, 9); }
      attune-mood-trend::part(help-action) { background-color: rgb(10, 11, 12); }
      attune-baby-cues::part(help-card-emergency) { outline: 7px solid rgb(13, 14, 15); }
      attune-baby-cues::part(help-action) { background-color: rgb(16, 17, 18); }
      attune-baby-cues::part(help-card-support) { outline: 8px solid rgb(19, 20, 21); }
    `);
  });
  after(() => remove());

  it("the check-in's crisis card on the result: its card and its Call 999 action", async () => {
    const el = await mountCheckIn();
    await finish(el, resultDrafts().emergency.draft);
    const card = await innerCard(el, 'emergency');
    const box = inside(card, '[part~=card]');
    expect(getComputedStyle(box).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(box).outlineWidth).to.equal('5px');
    expect(getComputedStyle(inside(card, 'a[href="tel:999"]')).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it('the crisis card the check-in shows on the questions step, once a parent says they are not safe', async () => {
    const el = await mountCheckIn({draft: draftAt('questions', {answers: []})});
    expect($(el, 'attune-help-card'), 'no card before the answer').to.equal(null);
    const answer = $$<HTMLInputElement>(el, 'input[name="q-harm-thoughts"]').find(
      (input) => wordOf(input) === 'Yes, and I do not feel safe right now',
    )!;
    await click(el, answer.closest('label')!);
    expect(el.draft.step, 'still on the questions').to.equal('questions');
    const card = await innerCard(el, 'emergency');
    expect(getComputedStyle(inside(card, '[part~=card]')).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(inside(card, 'a[href="tel:999"]')).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it("the trend's card and its actions", async () => {
    const trend = await mountTrend(trendFixtures.lowFortnight());
    const card = cardOf(trend)!;
    await card.updateComplete;
    expect(getComputedStyle(inside(card, '[part~=card]')).outlineColor).to.equal('rgb(7, 8, 9)');
    const actions = [...card.shadowRoot!.querySelectorAll('a.action')];
    expect(actions).to.not.have.length(0);
    for (const action of actions) expect(getComputedStyle(action).backgroundColor).to.equal('rgb(10, 11, 12)');
  });
});

describe('the heading font', () => {
  afterEach(() => document.head.querySelectorAll('style').forEach((style) => style.remove()));

  /** Every heading a parent sees in `host`, and in the help cards inside it. */
  const headings = (host: Element): HTMLElement[] => {
    const found = [...host.shadowRoot!.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6')];
    for (const inner of host.shadowRoot!.querySelectorAll('attune-help-card')) found.push(...headings(inner));
    return found;
  };
  const fontsOf = (host: Element) => [...new Set(headings(host).map((h) => getComputedStyle(h).fontFamily))];

  /** Mounts each widget in a state with a help card where it has one, and gives its heading fonts. */
  async function headingFonts(): Promise<Record<string, string[]>> {
    const fonts: Record<string, string[]> = {};
    const checkIn = await mountCheckIn();
    await finish(checkIn, resultDrafts().emergency.draft);
    await innerCard(checkIn, 'emergency');
    fonts.checkIn = fontsOf(checkIn);
    const trend = await mountTrend(trendFixtures.lowFortnight());
    await cardOf(trend)!.updateComplete;
    fonts.trend = fontsOf(trend);
    const cues = await mountCues({ageMonths: 2});
    await tick(cues, 'Floppy, or much less active than usual');
    await innerCard(cues, 'emergency');
    fonts.cues = fontsOf(cues);
    fonts.planner = fontsOf(await mountPlanner());
    fonts.card = fontsOf(await mountHelpCard());
    return fonts;
  }

  it('--attune-font-family-heading reaches every heading of every widget, the inner help cards too, and nothing else', async () => {
    hostStyles(
      ':root { --attune-font-family-heading: "Heading Test", serif; --attune-font-family: "Body Test", sans-serif; }',
    );
    const fonts = await headingFonts();
    for (const [widget, families] of Object.entries(fonts))
      expect(families, widget).to.deep.equal(['"Heading Test", serif']);
    const cues = await mountCues({ageMonths: 2});
    expect(getComputedStyle($(cues, 'legend')!).fontFamily, 'body text keeps the body font').to.equal(
      '"Body Test", sans-serif',
    );
  });

  it('without it, headings use --attune-font-family', async () => {
    hostStyles(':root { --attune-font-family: "Body Test", sans-serif; }');
    const fonts = await headingFonts();
    for (const [widget, families] of Object.entries(fonts))
      expect(families, widget).to.deep.equal(['"Body Test", sans-serif']);
  });
});

describe("the accent on the help card's actions", () => {
  afterEach(async () => {
    document.head.querySelectorAll('style').forEach((style) => style.remove());
    await useTheme('default');
  });

  /** Each card's first own action and the card, by level. */
  const actionsByLevel = (card: AttuneHelpCard): Record<string, {box: HTMLElement; action: HTMLElement}> =>
    Object.fromEntries(
      [...card.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((box) => [
        box.dataset.level,
        {box, action: box.querySelector<HTMLElement>('.body > .actions a.action')!},
      ]),
    );

  it("colours the non-urgent and support actions; urgent and emergency actions keep their card's text colour", async () => {
    hostStyles('attune-help-card { --attune-color-accent: rgb(0, 80, 40); }');
    const card = await mountHelpCard();
    const levels = actionsByLevel(card);
    expect(Object.keys(levels)).to.deep.equal(['emergency', 'urgent', 'non-urgent', 'support']);
    expect(getComputedStyle(levels['non-urgent'].action).color).to.equal('rgb(0, 80, 40)');
    expect(getComputedStyle(levels.support.action).color).to.equal('rgb(0, 80, 40)');
    for (const level of ['emergency', 'urgent']) {
      const {box, action} = levels[level];
      expect(getComputedStyle(action).color, level).to.equal(getComputedStyle(box).color);
      expect(getComputedStyle(action).color, level).to.not.equal('rgb(0, 80, 40)');
    }
    // The emergency's action is light on its dark body.
    expect(getComputedStyle(levels.emergency.action).color).to.equal('rgb(255, 255, 255)');
  });

  for (const [theme, scheme] of [
    ['default', 'light'],
    ['dark', 'dark'],
    ['nhs', 'light'],
    ['brand', 'light'],
    ['brand', 'dark'],
  ] as const)
    it(`every action keeps its contrast (axe) in the ${theme} theme, ${scheme}`, async () => {
      await useTheme(theme, scheme);
      await expectAccessible(await mountHelpCard());
    });

  it('in forced colours every action is a link colour, whatever the accent', async () => {
    hostStyles('attune-help-card { --attune-color-accent: rgb(0, 80, 40); }');
    await executeServerCommand('emulate-forced-colors', {value: 'active'});
    try {
      const card = await mountHelpCard();
      const colours = Object.values(actionsByLevel(card)).map(({action}) => getComputedStyle(action).color);
      expect(new Set(colours).size, colours.join(', ')).to.equal(1);
      expect(colours[0]).to.not.equal('rgb(0, 80, 40)');
      await expectAccessible(card);
    } finally {
      await executeServerCommand('emulate-forced-colors', {value: 'none'});
    }
  });
});

describe('the brand example theme', () => {
  afterEach(() => useTheme('default'));

  it("sets the widgets' tokens and reaches the crisis card inside the check-in, light and dark", async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await useTheme('brand', scheme);
      const el = await mountCheckIn();
      await finish(el, resultDrafts().emergency.draft);
      const card = await innerCard(el, 'emergency');
      expect(getComputedStyle(inside(card, 'h2, h3, h4')).fontFamily).to.match(/^Georgia/);
      expect(getComputedStyle(inside(card, 'a.action')).borderTopLeftRadius, 'help-action is a pill').to.equal('999px');
      expect(getComputedStyle(find(el, 'button', 'Start a new check-in')).borderTopLeftRadius).to.equal('999px');
      const body = getComputedStyle(inside(card, '.card')).backgroundColor;
      expect(body, scheme).to.equal(scheme === 'light' ? 'rgb(43, 35, 32)' : 'rgb(0, 0, 0)');
      await expectAccessible(el);
    }
  });
});
