/**
 * The summary a parent takes to the health visitor: she chooses the weeks and what to put in,
 * sees one page, and saves it: a file in a browser, the app's own download inside the NHS App.
 * What she did not choose (notes unless ticked) and scores never go in.
 */
import {expect} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import type {AttuneMoodTrend} from '../src/mood-trend.js';
import type {AttuneSummaryShareEvent} from '../src/core/events.js';
import {SummaryShareDetailSchema} from '../src/schema/events.js';
import {defaultContent} from '../src/content/en-GB-england.js';
import {trendFixtures} from '../fixtures/index.js';
import {$, $$, buttonNamed, textOf} from '../fixtures/read.js';
import {recordEvents} from './helpers/events.js';
import {mountTrend} from './helpers/mood-trend.js';
import {active} from './helpers/dom.js';
import {expectAccessible} from './helpers/axe.js';

const share = defaultContent.trend!.share!;
type Window = typeof globalThis & {nhsapp?: unknown};

async function press(el: AttuneMoodTrend, name: string): Promise<void> {
  const button = buttonNamed(el, name);
  if (!button) throw new Error(`No "${name}" button`);
  button.click();
  await el.updateComplete;
}
async function tick(el: AttuneMoodTrend, label: string): Promise<void> {
  const input = $$<HTMLInputElement>(el, '.share input').find((i) => textOf(i.closest('label')) === label)!;
  input.click();
  await el.updateComplete;
}

/** Opens the summary, makes the choices, and presses Make summary; returns the one event. */
async function makeSummary(el: AttuneMoodTrend, choose: (el: AttuneMoodTrend) => Promise<void> = async () => {}) {
  const events = recordEvents<AttuneSummaryShareEvent>(el, 'attune-summary-share');
  await press(el, share.open);
  await choose(el);
  await press(el, share.make);
  expect(events, 'one event per press').to.have.length(1);
  expect(SummaryShareDetailSchema.safeParse(events[0].detail).success, 'the detail validates').to.be.true;
  return events[0].detail.summary;
}

const sheetText = (el: AttuneMoodTrend) => textOf($(el, '.sheet'));

describe('a summary for the health visitor', () => {
  afterEach(() => delete (globalThis as Window).nhsapp);

  it('is offered only when there are check-ins', async () => {
    expect(buttonNamed(await mountTrend(trendFixtures.empty()), share.open)).to.not.exist;
    expect(buttonNamed(await mountTrend(trendFixtures.forHealthVisitor()), share.open)).to.exist;
  });

  it('by default: two weeks of moods by day, the feelings chosen most and the help shown; no notes, no scores', async () => {
    const el = await mountTrend(trendFixtures.forHealthVisitor());
    const summary = await makeSummary(el);
    expect(summary.range.days).to.equal(14);
    const text = sheetText(el);
    expect(text).to.contain(share.title);
    expect(text).to.contain(share.headings.moods);
    expect(text).to.contain('Tired, on ');
    expect(text).to.contain(share.help.support);
    expect(text).not.to.contain('private note');
    expect(summary.entries.every((e) => e.note === undefined && e.score === undefined)).to.be.true;
    expect(summary.text).not.to.match(/score|fail|missed/i);
    expect(summary.html).not.to.contain('private note');
    expect(active(el), 'focus moves to the summary').to.equal($(el, '.sheet-title'));
    await expectAccessible(el);
  });

  it('four weeks, with notes only because she ticked them, and without the feelings she unticked', async () => {
    const el = await mountTrend(trendFixtures.forHealthVisitor());
    const summary = await makeSummary(el, async (el) => {
      $$<HTMLInputElement>(el, 'input[name=share-days]')[1].click();
      await el.updateComplete;
      await tick(el, share.include.notes);
      await tick(el, share.include.feelings);
    });
    expect(summary.range.days).to.equal(28);
    expect(sheetText(el)).to.contain('A private note, day 1.');
    expect(sheetText(el)).not.to.contain(share.headings.feelings);
    expect(summary.entries.filter((e) => e.note)).to.have.length(5);
    expect(
      summary.entries.every((e) => e.feelings.length === 0),
      'no feelings she unticked',
    ).to.be.true;
  });

  it('in a browser: Save is a file of the same page, and Print is offered', async () => {
    const el = await mountTrend(trendFixtures.forHealthVisitor());
    const summary = await makeSummary(el);
    const save = $$<HTMLAnchorElement>(el, '.share a').find((a) => textOf(a) === share.save)!;
    expect(save.download).to.equal(`${share.fileName}-${summary.range.to}.html`);
    expect(save.href).to.match(/^blob:/);
    expect(await (await fetch(save.href)).text()).to.equal(summary.html);
    expect(buttonNamed(el, share.print)).to.exist;
  });

  it('in the NHS App: Save goes through nhsapp.storage.downloadFromBytes, and no Print (it cannot work there)', async () => {
    const saved: [string, string, string][] = [];
    (globalThis as Window).nhsapp = {
      tools: {isOpenInNHSApp: () => true},
      navigation: {openBrowserOverlay: () => {}},
      storage: {
        downloadFromBytes: (base64data: string, filename: string, mimeType: string) =>
          saved.push([base64data, filename, mimeType]),
      },
    };
    const el = await mountTrend(trendFixtures.forHealthVisitor());
    const summary = await makeSummary(el);
    expect(buttonNamed(el, share.print)).to.not.exist;
    await press(el, share.save);
    expect(saved).to.have.length(1);
    const [data, filename, mimeType] = saved[0];
    expect(filename).to.equal(`${share.fileName}-${summary.range.to}.html`);
    expect(mimeType).to.equal('text/html');
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).to.equal(summary.html);
  });

  it('printed: the summary alone, on one tidy page', async () => {
    await setViewport({width: 794, height: 1123}); // A4 at 96 dpi
    const el = await mountTrend(trendFixtures.forHealthVisitor());
    await makeSummary(el, async (el) => {
      $$<HTMLInputElement>(el, 'input[name=share-days]')[1].click();
      await el.updateComplete;
    });
    await emulateMedia({media: 'print'});
    try {
      const shown = (selector: string) => getComputedStyle($(el, selector)!).display !== 'none';
      expect(shown('svg'), 'no chart').to.be.false;
      expect(shown('.title'), 'no widget heading').to.be.false;
      expect(shown('.share .nav'), 'no buttons').to.be.false;
      expect(shown('.sheet')).to.be.true;
      // A4's height less 2 cm margins top and bottom, at 96 dpi.
      expect($(el, '.sheet')!.getBoundingClientRect().height).to.be.below(1123 - 2 * 76);
    } finally {
      await emulateMedia({media: 'screen'});
      await setViewport({width: 800, height: 600});
    }
  });

  it('Close takes the summary away and gives focus back to the button that opened it', async () => {
    const el = await mountTrend(trendFixtures.forHealthVisitor());
    await makeSummary(el);
    await press(el, share.close);
    expect($(el, '.sheet')).to.equal(null);
    expect(active(el)).to.equal(buttonNamed(el, share.open));
  });
});
