/**
 * 200 % text (WCAG 1.4.4) on a phone: the check-in and the trend reflow with no sideways scroll
 * and no word broken mid-word, at 390 and 320 px. (The planner has its own test.)
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/mood-check-in.js';
import '../src/mood-trend.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import {draftAt, trendFixtures} from '../fixtures/index.js';
import {$$} from '../fixtures/read.js';
import {mount, settle} from './helpers/stage.js';

/** Every element in the widget (shadow roots included) whose text is wider than its box. */
function overflowing(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('label, legend, span, p, button, h2, h3, li, summary')]
    .filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'hidden')
    .map((node) => `${node.localName}.${node.className}: "${node.textContent?.trim().slice(0, 30)}"`);
}

/** Words broken across lines: a word of the widget's text drawn on more than one line (a hyphen may end a line). */
function brokenWords(root: ShadowRoot): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(/[^\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** What pokes out past the right edge of the screen. */
function pastTheEdge(root: ShadowRoot): string[] {
  const edge = document.documentElement.clientWidth;
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > edge + 0.5)
    .map((node) => `${node.localName}.${node.className} (${Math.round(node.getBoundingClientRect().right)})`);
}

const noSidewaysScroll = () =>
  expect(document.scrollingElement!.scrollWidth, 'no sideways scroll').to.be.at.most(
    document.scrollingElement!.clientWidth,
  );

for (const width of [390, 320]) {
  describe(`200 % text at ${width} px`, () => {
    before(async () => {
      await setViewport({width, height: 844});
      document.documentElement.style.setProperty('font-size', '200%');
    });
    after(async () => {
      document.documentElement.style.removeProperty('font-size');
      await setViewport({width: 800, height: 600});
    });

    for (const step of ['mood', 'feelings', 'questions', 'review'] as const) {
      it(`the check-in's ${step} step reflows: no sideways scroll, nothing cut off, no word broken`, async () => {
        const el = await mount<AttuneMoodCheckIn>('attune-mood-check-in', {draft: draftAt(step)});
        await settle(el);
        expect(pastTheEdge(el.shadowRoot!)).to.deep.equal([]);
        noSidewaysScroll();
        expect(overflowing(el.shadowRoot!)).to.deep.equal([]);
        expect(brokenWords(el.shadowRoot!)).to.deep.equal([]);
        expect($$(el, '.step-legend').length).to.equal(1);
      });
    }

    it('the trend reflows, its chart words at the larger size', async () => {
      const el = await mount('attune-mood-trend', {entries: trendFixtures.lowFortnight()}, {days: '14'});
      await settle(el);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      noSidewaysScroll();
      expect(overflowing(el.shadowRoot!)).to.deep.equal([]);
    });
  });
}
