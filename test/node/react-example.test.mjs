// The React host example: built with Vite against attune-widgets/react and mounted in Chromium;
// a parent completes a check-in and the app receives the typed event. (Its types, event props
// included, are checked by test/node/framework-types.test.mjs.)
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {build} from 'vite';
import {serve} from '../../scripts/serve.mjs';
import {launch, openPage} from './helpers/browser.mjs';
import {completeCheckIn} from './helpers/check-in.mjs';

const config = new URL('../../examples/react/vite.config.ts', import.meta.url).pathname;

describe('examples/react (attune-widgets/react)', () => {
  let browser;
  let site;
  before(async () => {
    await build({configFile: config, logLevel: 'silent'});
    site = await serve({port: 0});
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('mounts every wrapper, and a completed check-in reaches the app through onCheckInSubmit', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${site.url}/examples/react/dist/index.html`);
    await page.waitForFunction(() =>
      ['attune-mood-check-in', 'attune-routine-planner', 'attune-help-card'].every(
        (tag) => document.querySelector(tag)?.shadowRoot?.childElementCount,
      ),
    );
    await completeCheckIn(page);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=response-count]').textContent.startsWith('1 '),
    );
    const item = await page.$eval('[data-testid=response]', (li) => li.textContent);
    assert.equal(item, 'Mood 2 of 5, signpost support');
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });

  it('keeps the crisis result on screen when the app clears its saved draft on submit (draft={draft}, then undefined)', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${site.url}/examples/react/dist/index.html`);
    await completeCheckIn(page, 'attune-mood-check-in', '', 'Yes, and I do not feel safe right now');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=response-count]').textContent.startsWith('1 '),
    );
    // React has re-rendered with draft={undefined}; give the element every chance to act on it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const shown = await page.evaluate(async () => {
      const el = document.querySelector('attune-mood-check-in');
      await el.updateComplete;
      const cards = [...el.shadowRoot.querySelectorAll('.help attune-help-card')];
      return {
        signpost: el.response?.signpost,
        levels: cards.map((card) => card.getAttribute('level')),
        call999: Boolean(cards[0]?.shadowRoot.querySelector('a[href="tel:999"]')),
      };
    });
    assert.deepEqual(shown, {signpost: 'emergency', levels: ['emergency', 'urgent', 'support'], call999: true});
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });
});
