/**
 * At home in the NHS App: with a stand-in for the app's JavaScript API (v2: the same names and
 * arguments as the published specification), every web link a widget shows opens in the app's
 * browser overlay and the page stays; tel: and sms: links are left to the phone; the host still
 * hears attune-help-action. Outside the app, and with the app's user agent but no API, links
 * navigate as usual and nothing breaks.
 */
import {expect} from '@open-wc/testing';
import type {AttuneHelpCard} from '../src/help-card.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import {draftAt, resultDrafts, trendFixtures} from '../fixtures/index.js';
import {$} from '../fixtures/read.js';
import {recordEvents} from './helpers/events.js';
import {mountHelpCard} from './helpers/help-card.js';
import {finish, mountCheckIn} from './helpers/check-in.js';
import {mountTrend, cardOf} from './helpers/mood-trend.js';
import {mountPlanner, routineFrom} from './helpers/routine-planner.js';
import {mountCues, tick} from './helpers/baby-cues.js';
import {packs} from '../src/packs/index.js';
import {defaultContent} from '../src/content/en-GB-england.js';
import type {PackWith} from '../src/schema/content.js';

type Window = typeof globalThis & {nhsapp?: unknown};

/** A stand-in for the NHS App's API that records each overlay opened. */
function standIn(inApp = true) {
  const opened: string[] = [];
  (globalThis as Window).nhsapp = {
    tools: {isOpenInNHSApp: () => inApp, getAppPlatform: () => (inApp ? 'android' : 'none')},
    navigation: {openBrowserOverlay: (overlayUri: string) => opened.push(overlayUri), openExternalBrowser: () => {}},
    storage: {downloadFromBytes: () => {}},
  };
  return opened;
}

/** Clicks a link in a widget or card and tells whether the page would have navigated (then stops it, so the test page stays). */
async function clickLink(
  card: HTMLElement & {updateComplete: Promise<unknown>},
  selector: string,
): Promise<{navigated: boolean}> {
  await card.updateComplete;
  const link = card.shadowRoot!.querySelector<HTMLAnchorElement>(selector)!;
  expect(link, selector).to.exist;
  let navigated = false;
  const last = (event: Event) => {
    navigated = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', last);
  link.click();
  window.removeEventListener('click', last);
  return {navigated};
}

describe('in the NHS App (a stand-in for its JavaScript API)', () => {
  afterEach(() => delete (globalThis as Window).nhsapp);

  it('the help card: a web link opens in the app overlay, the page stays, and the host hears attune-help-action', async () => {
    const opened = standIn();
    const card = await mountHelpCard({level: 'urgent'});
    const actions = recordEvents(document, 'attune-help-action');
    const {navigated} = await clickLink(card, 'a[href^="https:"]');
    expect(navigated, 'the page does not navigate').to.be.false;
    expect(opened).to.deep.equal(['https://www.nhs.uk/service-search/find-a-gp']);
    expect(actions).to.have.length(1);
  });

  it('tel: and sms: links are left to the phone', async () => {
    const opened = standIn();
    const card = await mountHelpCard({level: 'support'});
    expect((await clickLink(card, 'a[href^="tel:"]')).navigated).to.be.true;
    expect((await clickLink(card, 'a[href^="sms:"]')).navigated).to.be.true;
    expect(opened).to.deep.equal([]);
  });

  it("the check-in's result: its cards' web links open in the overlay, once each", async () => {
    const opened = standIn();
    const el: AttuneMoodCheckIn = await mountCheckIn();
    await finish(el, resultDrafts().emergency.draft);
    const urgent = $(el, 'attune-help-card[level=urgent]') as AttuneHelpCard;
    expect((await clickLink(urgent, 'a[href^="https:"]')).navigated).to.be.false;
    expect(opened).to.have.length(1);
  });

  it("the trend's card: its web link opens in the overlay", async () => {
    const opened = standIn();
    const trend = await mountTrend(trendFixtures.lowFortnight());
    const card = cardOf(trend)!;
    expect((await clickLink(card, 'a[href^="https:"]')).navigated).to.be.false;
    expect(opened).to.have.length(1);
  });

  it("the planner's crying run: Northern Ireland's GP out-of-hours link opens in the overlay", async () => {
    const opened = standIn();
    const pack = packs['en-GB-northern-ireland'] as PackWith<'routine'>;
    const el = await mountPlanner({content: pack, routine: routineFrom(pack, 'crying'), mode: 'run'});
    expect((await clickLink(el, 'a[href^="https:"]')).navigated).to.be.false;
    expect(opened).to.deep.equal(['https://gpoutofhours.hscni.net/']);
  });

  it("the baby-cues guide: the baby's urgent card's web link opens in the overlay", async () => {
    const opened = standIn();
    const el = await mountCues({}, {'age-months': '1'});
    const sign = defaultContent.cues!.redFlags.items.find((flag) => flag.level === 'urgent')!;
    await tick(el, sign.label);
    const card = $(el, '.baby-help attune-help-card') as AttuneHelpCard;
    expect((await clickLink(card, 'a[href^="https:"]')).navigated).to.be.false;
    expect(opened).to.have.length(1);
  });

  it('the API loaded after the widget: read at the moment of use', async () => {
    const card = await mountHelpCard({level: 'urgent'});
    const opened = standIn();
    expect((await clickLink(card, 'a[href^="https:"]')).navigated).to.be.false;
    expect(opened).to.have.length(1);
  });
});

describe('outside the NHS App', () => {
  afterEach(() => delete (globalThis as Window).nhsapp);

  it('with no API, web links navigate as usual', async () => {
    const card = await mountHelpCard({level: 'urgent'});
    expect((await clickLink(card, 'a[href^="https:"]')).navigated).to.be.true;
  });

  it('the API loaded in a browser (isOpenInNHSApp false): web links navigate as usual', async () => {
    const opened = standIn(false);
    const card = await mountHelpCard({level: 'urgent'});
    expect((await clickLink(card, 'a[href^="https:"]')).navigated).to.be.true;
    expect(opened).to.deep.equal([]);
  });

  it("the app's user-agent suffix but no API: nothing breaks, links navigate", async () => {
    const original = navigator.userAgent;
    Object.defineProperty(navigator, 'userAgent', {value: `${original} nhsapp-android/3.0.0`, configurable: true});
    try {
      const el: AttuneMoodCheckIn = await mountCheckIn({draft: draftAt('review')});
      expect($(el, '.step-legend')).to.exist;
      const card = await mountHelpCard({level: 'urgent'});
      expect((await clickLink(card, 'a[href^="https:"]')).navigated).to.be.true;
    } finally {
      Object.defineProperty(navigator, 'userAgent', {value: original, configurable: true});
    }
  });
});
