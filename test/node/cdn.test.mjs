// The CDN build: a page with one <script type="module"> and no bundler works, under a strict
// Content-Security-Policy, and asks nothing of any other origin. The demo host page too.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {serve} from '../../scripts/serve.mjs';
import {launch, openPage} from './helpers/browser.mjs';

const tags = [
  'attune-help-card',
  'attune-mood-check-in',
  'attune-routine-planner',
  'attune-mood-trend',
  'attune-baby-cues',
];

describe('dist/cdn/attune.min.js from a plain page', () => {
  let browser;
  let site;
  before(async () => {
    browser = await launch();
    site = await serve({port: 0});
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('registers and renders every element from one script tag, loading only same-origin files', async () => {
    const {page, problems} = await openPage(browser);
    const requests = [];
    // data: URLs are the browser's own (e.g. the time field's clock icon), not network requests.
    page.on('request', (request) => request.url().startsWith('data:') || requests.push(request.url()));
    await page.goto(`${site.url}/examples/cdn/index.html`, {waitUntil: 'networkidle'});
    const rendered = await page.evaluate(
      async (names) =>
        Promise.all(
          names.map(async (tag) => {
            await customElements.whenDefined(tag);
            const el = document.querySelector(tag);
            await el.updateComplete;
            return [tag, el.shadowRoot.textContent.trim().length > 0];
          }),
        ),
      tags,
    );
    assert.deepEqual(
      rendered,
      tags.map((tag) => [tag, true]),
    );
    assert.ok(
      requests.every((url) => url.startsWith(site.url)),
      `other origins: ${requests.filter((u) => !u.startsWith(site.url))}`,
    );
    assert.ok(!requests.some((url) => url.includes('/chunks/')), 'the validation chunk loads only when content is set');
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });

  it('runs the demo host page under the strict CSP with no violations or errors', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${site.url}/demo/`, {waitUntil: 'networkidle'});
    await page.evaluate(() =>
      Promise.all(
        ['attune-help-card', 'attune-mood-check-in', 'attune-routine-planner'].map((tag) =>
          customElements.whenDefined(tag),
        ),
      ),
    );
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });

  it('demo: the language and nation switch shows the chosen pack in every widget, and keeps it after a reload', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${site.url}/demo/`, {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.querySelector('attune-help-card')?.shadowRoot?.querySelector('h3'));
    const shown = () =>
      page.evaluate(() => ({
        lang: document.querySelector('attune-help-card').shadowRoot.querySelector('[part=base]').lang,
        urgent: document.querySelector('attune-help-card').shadowRoot.textContent.replace(/\s+/g, ' '),
        next: [...document.querySelector('attune-mood-check-in').shadowRoot.querySelectorAll('button')].map((b) =>
          b.textContent.trim(),
        ),
        cues: document.querySelector('attune-baby-cues').shadowRoot.textContent.replace(/\s+/g, ' '),
      }));
    assert.match((await shown()).urgent, /Call 111 and choose the mental health option/);
    await page.selectOption('#pack', 'cy-GB-wales');
    await page.waitForFunction(
      () => document.querySelector('attune-help-card').shadowRoot.querySelector('[part=base]').lang === 'cy',
    );
    let now = await shown();
    assert.match(now.urgent, /Ffoniwch 111 a phwyso 2/);
    assert.ok(now.next.includes('Nesaf'), 'the check-in speaks Welsh too');
    assert.match(now.cues, /Beth allai fy mabi fod yn ei ddweud wrtha i\?/, 'and the baby-cues guide');
    // Two quick choices: the first pack, still loading when the second is chosen, is not applied over it.
    // The first pack is held back until the second shows, then let through.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/packs/en-GB-wales.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.selectOption('#pack', 'en-GB-wales');
    await page.selectOption('#pack', 'en-GB-scotland');
    await page.waitForFunction(() => /NHS 24/.test(document.querySelector('attune-help-card').shadowRoot.textContent));
    release();
    // Once the page has that module, the host's own import of it has resolved, and set or skipped it.
    await page.evaluate(async () => {
      await import('/dist/packs/en-GB-wales.js');
      await new Promise((resolve) => setTimeout(resolve));
      await document.querySelector('attune-help-card').updateComplete;
    });
    assert.match((await shown()).urgent, /Call NHS 24 on 111 if:/, 'the later choice, Scotland, stays');
    await page.unroute('**/dist/packs/en-GB-wales.js');
    await page.selectOption('#pack', 'en-GB-northern-ireland');
    await page.waitForFunction(() =>
      /Lifeline/.test(document.querySelector('attune-help-card').shadowRoot.textContent),
    );
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForFunction(() =>
      /Lifeline/.test(document.querySelector('attune-help-card')?.shadowRoot?.textContent ?? ''),
    );
    now = await shown();
    assert.equal(now.lang, 'en-GB');
    assert.doesNotMatch(now.urgent, /\b111\b/);
    assert.equal(await page.$eval('#pack', (select) => select.value), 'en-GB-northern-ireland');
    await page.selectOption('#pack', 'en-GB-england');
    // Back to the built-in pack for the tests after this one, once the host has stored the choice.
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('attune-demo-host');
          open.onsuccess = () => {
            const get = open.result.transaction('latest').objectStore('latest').get('pack');
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result === 'en-GB-england');
            };
          };
        }),
    );
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });

  it('demo: the host stores only the latest draft, the routine and the last saved moment in IndexedDB (no history of changes) and gives them back after a reload', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${site.url}/demo/`, {waitUntil: 'networkidle'});
    await page.waitForFunction(() =>
      document.querySelector('attune-mood-check-in')?.shadowRoot?.querySelector('input'),
    );
    // A parent picks a mood and an idea for a routine, saves a moment in the baby-cues guide,
    // then the page reloads.
    await page.evaluate(async () => {
      const radio = [
        ...document.querySelector('attune-mood-check-in').shadowRoot.querySelectorAll('input[name=mood]'),
      ].find((input) => input.closest('label').textContent.includes('Good'));
      radio.click();
      const use = [...document.querySelector('attune-routine-planner').shadowRoot.querySelectorAll('button')].find(
        (b) => b.textContent.replace(/\s+/g, ' ').trim() === 'Use this: Nap time',
      );
      use.click();
      const cues = document.querySelector('attune-baby-cues');
      const press = async (selector, words) => {
        const target = [...cues.shadowRoot.querySelectorAll(selector)].find((el) =>
          el.textContent.replace(/\s+/g, ' ').includes(words),
        );
        target.click();
        await cues.updateComplete;
      };
      await press('label.choice', '3 to 6 months');
      await press('label.choice', 'Looks away');
      await press('button', 'What might this mean?');
      await press('button', 'Save this moment');
    });
    await page.waitForFunction(() =>
      /Stored: a check-in in progress, a routine, a saved moment\./.test(
        document.getElementById('stored-summary').textContent,
      ),
    );
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.querySelector('attune-routine-planner').routine?.steps.length === 4);
    await page.waitForFunction(() => document.querySelector('attune-baby-cues').moment);
    const restored = await page.evaluate(async () => {
      const checkIn = document.querySelector('attune-mood-check-in');
      await checkIn.updateComplete;
      return {
        mood: checkIn.draft.mood?.optionId,
        routine: document.querySelector('attune-routine-planner').routine.templateId,
        moment: document.querySelector('attune-baby-cues').moment.cueIds,
        saved: document.querySelector('attune-baby-cues').shadowRoot.querySelector('.saved')?.textContent.trim(),
        listed: [...document.querySelectorAll('#stored-list strong')].map((s) => s.textContent),
        // Only sent check-ins are kept as records: no change event, so no text the parent took back.
        records: await new Promise((resolve) => {
          const open = indexedDB.open('attune-demo-host');
          open.onsuccess = () => {
            const all = open.result.transaction('events').objectStore('events').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(all.result.length);
            };
          };
        }),
      };
    });
    assert.deepEqual(restored, {
      mood: 'good',
      routine: 'nap',
      moment: ['looks-away'],
      saved: 'This moment is saved.',
      listed: [
        'The check-in in progress (latest draft only)',
        'The routine',
        'The last moment saved in the baby-cues guide',
      ],
      records: 0,
    });
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });
});
