/**
 * A host's theme reaches every card: `::part()` styles on the check-in and the trend pass into
 * the help cards they show inside them (as `help-<part>`), the crisis card above all.
 */
import {expect} from '@open-wc/testing';
import type {AttuneHelpCard} from '../src/help-card.js';
import {resultDrafts, trendFixtures} from '../fixtures/index.js';
import {$} from '../fixtures/read.js';
import {finish, mountCheckIn} from './helpers/check-in.js';
import {mountTrend, cardOf} from './helpers/mood-trend.js';

const hostStyles = document.createElement('style');
hostStyles.textContent = `
  attune-mood-check-in::part(help-card) { outline: 5px solid rgb(1, 2, 3); }
  attune-mood-check-in::part(help-action) { background-color: rgb(4, 5, 6); }
  attune-mood-trend::part(help-card) { outline: 6px solid rgb(7, 8, 9); }
`;

describe("a host's ::part() styles reach the inner help cards", () => {
  before(() => document.head.append(hostStyles));
  after(() => hostStyles.remove());

  it("the check-in's crisis card: its card and its Call 999 action", async () => {
    const el = await mountCheckIn();
    await finish(el, resultDrafts().emergency.draft);
    const card = $(el, 'attune-help-card[level=emergency]') as AttuneHelpCard;
    await card.updateComplete;
    const box = card.shadowRoot!.querySelector('[part~=card]')!;
    expect(getComputedStyle(box).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(box).outlineWidth).to.equal('5px');
    const call = card.shadowRoot!.querySelector('a[href="tel:999"]')!;
    expect(getComputedStyle(call).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it("the trend's card", async () => {
    const trend = await mountTrend(trendFixtures.lowFortnight());
    const card = cardOf(trend)!;
    await card.updateComplete;
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~=card]')!).outlineColor).to.equal('rgb(7, 8, 9)');
  });
});
