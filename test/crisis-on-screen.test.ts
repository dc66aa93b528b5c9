/**
 * When a crisis card takes focus, its first call action is on screen on a 390 × 844 phone,
 * whatever the host page puts above the widget: a parent in crisis must not have to scroll to
 * find the number.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/mood-check-in.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import {defaultContent} from '../src/schema/index.js';
import {draftAt} from '../fixtures/index.js';
import {buttonNamed} from './helpers/dom.js';

const answers = {
  emergency: 'yes-not-safe',
  urgent: 'yes-can-keep-safe',
} as const;

describe('a crisis card that takes focus shows its first call action on a phone', () => {
  before(() => setViewport({width: 390, height: 844}));
  after(() => setViewport({width: 800, height: 600}));

  for (const [level, optionId] of Object.entries(answers)) {
    for (const above of [0, 700, 2000]) {
      it(`${level}, with ${above} px of host page above the widget`, async () => {
        const page = await fixture<HTMLElement>(
          html`<div><div class="host-content"></div><attune-mood-check-in></attune-mood-check-in></div>`,
        );
        page.querySelector<HTMLElement>('.host-content')!.style.height = `${above}px`;
        const el = page.querySelector<AttuneMoodCheckIn>('attune-mood-check-in')!;
        el.draft = draftAt('review', {answers: [{questionId: 'harm-thoughts', optionId}]});
        await el.updateComplete;
        buttonNamed(el, defaultContent.checkIn!.ui.submit)!.click();
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        expect(focused?.classList.contains('help'), 'the help region has focus').to.be.true;
        const card = focused.querySelector('attune-help-card')!;
        expect(card.getAttribute('level')).to.equal(level);
        const call = card.shadowRoot!.querySelector<HTMLAnchorElement>('a.action')!;
        expect(call.getAttribute('href')).to.match(/^tel:/);
        const box = call.getBoundingClientRect();
        expect(box.top, `the ${call.textContent} link's top is on screen`).to.be.at.least(0);
        expect(box.bottom, `the ${call.textContent} link's bottom is on screen (844 px tall)`).to.be.at.most(844);
      });
    }
  }
});
