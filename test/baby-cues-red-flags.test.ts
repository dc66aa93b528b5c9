/**
 * Signs of illness in the baby-cues guide, in every ready pack: ticking one shows the baby's own
 * emergency (999) or urgent (111 or the GP, per nation) help in the same render as the tick,
 * before anything else the guide shows, with its first call action on a 390 × 844 phone screen
 * and focus left on the box the parent ticked. An everyday cue never brings that help, and a sign
 * of illness never gives an everyday reading.
 */
import {expect, nextFrame} from '@open-wc/testing';
import {resetMouse, sendMouse, setViewport} from '@web/test-runner-commands';
import type {AttuneHelpCard} from '../src/help-card.js';
import {fill} from '../src/core/format.js';
import {packNames, packs} from '../src/packs/index.js';
import type {PackWith} from '../src/schema/content.js';
import {babyCardPack} from '../src/baby-cues/help.js';
import {cueGroupsFor} from '../src/baby-cues/reading.js';
import {savedMoment} from '../fixtures/index.js';
import {$, $$, textOf} from '../fixtures/read.js';
import {announced, babyCards, boxOf, choiceNamed, mountCues, press, readingTitle, tick} from './helpers/baby-cues.js';
import {deepActive, removeStage, settle} from './helpers/stage.js';

/** What the baby's urgent card must offer in each nation: 111, except Northern Ireland, which has none. */
const urgentCall: Record<string, string> = {
  'en-GB-england': 'tel:111',
  'en-GB-wales': 'tel:111',
  'cy-GB-wales': 'tel:111',
  'en-GB-scotland': 'tel:111',
  'en-GB-northern-ireland': 'tel:999',
};

/** A real mouse click on `target`, and only the guide's own render after it (nothing else awaited). */
async function clickOnce(el: HTMLElement & {updateComplete: Promise<unknown>}, target: Element): Promise<void> {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
  await el.updateComplete;
}

describe('signs of illness in the baby-cues guide', () => {
  before(() => setViewport({width: 390, height: 844}));
  after(() => setViewport({width: 800, height: 600}));
  afterEach(async () => {
    removeStage();
    await resetMouse();
  });

  for (const name of packNames) {
    const pack = packs[name] as PackWith<'cues'>;
    for (const flag of pack.cues.redFlags.items) {
      it(`${name}: "${flag.id}" shows the baby's ${flag.level} help on screen at once, first, with focus left on the box`, async () => {
        const el = await mountCues({content: pack, ageMonths: 1});
        const box = boxOf(el, flag.label);
        await clickOnce(el, choiceNamed(el, flag.label));
        // The same render as the tick: the card is there, with the baby's help as its pack.
        const region = $(el, '.baby-help');
        expect(region, 'the help is in the same render').to.exist;
        const card = region!.querySelector<AttuneHelpCard>('attune-help-card')!;
        expect(card.getAttribute('level')).to.equal(flag.level);
        expect(card.content.help.levels[flag.level].heading).to.equal(pack.cues.babyHelp[flag.level].heading);
        // First: right after the signs, before the button and any reading.
        expect($(el, '.red-flags')!.nextElementSibling).to.equal(region);
        expect(region!.compareDocumentPosition($(el, '.show')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
        await settle(el);
        await nextFrame();
        await nextFrame();
        const actions = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.action')];
        const hrefs = actions.map((a) => a.getAttribute('href'));
        if (flag.level === 'emergency') expect(hrefs[0]).to.equal('tel:999');
        else expect(hrefs).to.include(urgentCall[name]);
        if (name === 'en-GB-northern-ireland') expect(textOf(card.shadowRoot!)).not.to.match(/\b111\b/);
        const {top, bottom} = actions[0].getBoundingClientRect();
        expect(top, `"${textOf(actions[0])}" is on screen (top)`).to.be.at.least(0);
        expect(bottom, `"${textOf(actions[0])}" is on screen (bottom)`).to.be.at.most(innerHeight);
        expect(deepActive(), 'focus stays on the box').to.equal(box);
        expect(box.checked).to.be.true;
        const {hiddenPrefix} = pack.cues.babyHelp[flag.level];
        expect(announced(el)).to.equal(
          fill(pack.cues.ui.helpShown!, {help: hiddenPrefix, action: pack.cues.babyHelp[flag.level].actions[0].label}),
        );
      });
    }
  }

  it('shows the most urgent help for the signs ticked, and says once when it goes', async () => {
    const pack = packs['en-GB-england'] as PackWith<'cues'>;
    const el = await mountCues({ageMonths: 2});
    await tick(el, 'Under 3 months old, with a temperature of 38°C or more');
    expect(babyCards(el)).to.deep.equal(['urgent']);
    await tick(el, 'Floppy, or much less active than usual');
    expect(babyCards(el)).to.deep.equal(['emergency']);
    expect(announced(el)).to.equal('Immediate action required: Call 999, below.');
    await tick(el, 'Floppy, or much less active than usual');
    expect(babyCards(el)).to.deep.equal(['urgent']);
    await tick(el, 'Under 3 months old, with a temperature of 38°C or more');
    expect(babyCards(el)).to.deep.equal([]);
    expect(announced(el)).to.equal(pack.cues.ui.helpGone);
  });

  it("an everyday cue never brings the baby's help, and a sign of illness never gives an everyday reading", async () => {
    const pack = packs['en-GB-england'] as PackWith<'cues'>;
    for (const band of pack.cues.age.bands) {
      const el = await mountCues({ageMonths: band.fromMonths});
      for (const group of cueGroupsFor(pack.cues, band.id)) for (const cue of group.cues) boxOf(el, cue.label).click();
      await settle(el);
      expect(babyCards(el), `${band.id}: every everyday cue ticked`).to.deep.equal([]);
      await press(el, pack.cues.ui.show);
      expect(readingTitle(el)).not.to.equal(pack.cues.readings.unwell.title);
      await tick(el, 'You feel that something is badly wrong');
      expect(babyCards(el)).to.deep.equal(['urgent']);
      expect(readingTitle(el), `${band.id}: a sign wins over every cue`).to.equal(pack.cues.readings.unwell.title);
      expect($$(el, '.reading .try, .reading .say'), 'no everyday ideas beside it').to.have.length(0);
    }
  });

  it("a restored moment with a sign of illness shows the baby's help first, before its reading", async () => {
    const el = await mountCues({
      moment: {...savedMoment, cueIds: ['looks-away', 'breathing'], readingId: 'unwell', triedIds: []},
    });
    expect(babyCards(el)).to.deep.equal(['emergency']);
    expect(readingTitle(el)).to.equal('Your baby may be ill');
    expect($(el, '.baby-help')!.compareDocumentPosition($(el, '.reading')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be
      .ok;
  });

  it('the baby\'s help card never shows the parent\'s "Worried about your partner?" part', async () => {
    const pack = packs['en-GB-england'] as PackWith<'cues'>;
    expect(pack.help.partner, 'the pack has one').to.exist;
    const card = document.createElement('attune-help-card') as AttuneHelpCard;
    card.setAttribute('level', 'emergency');
    card.content = babyCardPack(pack);
    document.body.append(card);
    try {
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~=partner]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    } finally {
      card.remove();
    }
  });

  it("the baby's help card takes its pack at once, with no second check", async () => {
    const pack = packs['en-GB-scotland'] as PackWith<'cues'>;
    const card = document.createElement('attune-help-card') as AttuneHelpCard;
    document.body.append(card);
    try {
      const vouched = babyCardPack(pack);
      card.content = vouched;
      expect(card.content, 'applied in the same task').to.equal(vouched);
      const copy = structuredClone(vouched);
      card.content = copy;
      expect(card.content, 'an unvouched copy is checked first: never taken as it is').not.to.equal(copy);
      await card.updateComplete;
      expect(card.content.help.levels.urgent.heading).to.equal(pack.cues.babyHelp.urgent.heading);
    } finally {
      card.remove();
    }
  });
});
