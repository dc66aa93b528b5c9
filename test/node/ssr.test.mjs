// Server rendering: every widget renders in Node to declarative shadow DOM, shows before any
// script runs, hydrates without errors or layout shift, and then works.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {cspFor, renderPage, renderWidgets} from '../../examples/ssr/render.mjs';
import {serve} from '../../scripts/serve.mjs';
import {defaultContent} from 'attune-widgets/schema';
import {launch, openPage} from './helpers/browser.mjs';

const tags = ['attune-help-card', 'attune-mood-check-in', 'attune-routine-planner'];

describe('server rendering with @lit-labs/ssr', () => {
  let browser;
  let site;
  before(async () => {
    browser = await launch();
    site = await serve({
      port: 0,
      routes: {
        '/ssr.html': async () => {
          const body = await renderPage();
          return {body, csp: cspFor(body)};
        },
      },
    });
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('renders every widget in Node to declarative shadow DOM with its words', async () => {
    const markup = await renderWidgets();
    for (const tag of tags) assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`));
    assert.ok(markup.includes(defaultContent.help.levels.urgent.heading.replace('&', '&amp;')));
    assert.ok(markup.includes(defaultContent.checkIn.mood.legend));
  });

  it('applies a host content pack in the same server render', async () => {
    const pack = structuredClone(defaultContent);
    pack.help.levels.urgent.heading = 'Ffoniwch 111 os:';
    const markup = await renderWidgets({content: pack});
    assert.ok(markup.includes('Ffoniwch 111 os:'));
  });

  it('shows the widgets before any script runs', async () => {
    const {page} = await openPage(browser);
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${site.url}/ssr.html`);
    const shown = await page.evaluate(
      (names) =>
        names.map((tag) => {
          const el = document.querySelector(tag);
          return {
            tag,
            defined: Boolean(customElements.get(tag)),
            text: el?.shadowRoot?.textContent?.trim().slice(0, 40) ?? '',
          };
        }),
      tags,
    );
    for (const {tag, defined, text} of shown) {
      assert.equal(defined, false, `${tag} should not be defined yet`);
      assert.ok(text.length > 0, `${tag} shows nothing before its script runs`);
    }
    const heading = await page.evaluate(() => {
      const h = document.querySelector('attune-help-card').shadowRoot.querySelector('h2');
      return {text: h.textContent, color: getComputedStyle(h).color};
    });
    assert.match(heading.text, /Urgent advice:/);
    assert.notEqual(heading.color, 'rgb(0, 0, 0)', 'the server-rendered styles apply under the page CSP');
    await page.close();
  });

  it('hydrates without errors, CSP violations or layout shift, then works', async () => {
    const {page, problems} = await openPage(browser);
    await page.addInitScript(() => {
      let total = 0;
      const add = (entries) => {
        for (const entry of entries) if (!entry.hadRecentInput) total += entry.value;
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({type: 'layout-shift', buffered: true});
      // Entries reach the observer a task after their frame: take the waiting ones too.
      window.__layoutShiftSoFar = () => {
        add(observer.takeRecords());
        return total;
      };
    });
    // The scripts wait until the whole page is parsed and painted, so the upgrade is measured on
    // its own. While the parser pauses mid-page, a frame can show a choice whose face is not
    // parsed yet: its radio moves 4 px when the face comes (a shift of about 0.000002, in 5 of
    // 40 loads at 4x CPU slowdown). That is the parser, not the upgrade: it has a budget of its
    // own below, a fiftieth of the 0.05 the demo is held to.
    let releaseScripts;
    const scriptsReleased = new Promise((resolve) => (releaseScripts = resolve));
    await page.route('**/*.js', async (route) => {
      await scriptsReleased;
      await route.continue();
    });
    await page.goto(`${site.url}/ssr.html`, {waitUntil: 'commit'});
    await page.waitForFunction(() => document.readyState !== 'loading');
    const whileParsing = await page.evaluate(async (names) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return {shift: window.__layoutShiftSoFar(), defined: names.filter((tag) => customElements.get(tag))};
    }, tags);
    assert.deepEqual(whileParsing.defined, [], 'no widget upgraded before its script was released');
    assert.ok(whileParsing.shift < 0.001, `layout shift while the page streamed in: ${whileParsing.shift}`);
    releaseScripts();
    await page.evaluate(async (names) => {
      await Promise.all(names.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(names.map((tag) => document.querySelector(tag).updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, tags);
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    const upgrading = (await page.evaluate(() => window.__layoutShiftSoFar())) - whileParsing.shift;
    assert.equal(upgrading, 0, 'cumulative layout shift while upgrading');

    const detail = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const card = document.querySelector('attune-help-card');
          card.addEventListener('attune-help-action', (event) => resolve(event.detail));
          card.addEventListener('click', (event) => event.preventDefault());
          card.shadowRoot.querySelector('a.action').click();
        }),
    );
    assert.equal(detail.level, 'urgent');
    assert.equal(detail.href, 'tel:111');

    const change = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const checkIn = document.querySelector('attune-mood-check-in');
          checkIn.addEventListener('attune-check-in-change', (event) => resolve(event.detail.draft.mood));
          checkIn.shadowRoot.querySelector('input[type=radio]').click();
        }),
    );
    assert.equal(change.value, 1);
    await page.close();
  });
});
