// Strict CSP and privacy, proven from the outside: a page served with the strict
// Content-Security-Policy loads dist/cdn/attune.min.js and runs every widget's main flow while
// the DevTools protocol watches the network and, afterwards, the origin's storage.
//
// Why Trusted Types needs only the `lit-html` policy: with `require-trusted-types-for 'script'`
// every HTML sink (innerHTML, insertAdjacentHTML, document.write…) must receive a TrustedHTML.
// The only such sink the widgets reach is inside Lit itself: to prepare each `html\`…\`` template
// once, Lit writes the template's *static* strings (authored in our source, never content or user
// text) into a <template> element's innerHTML through its own policy named `lit-html`. Every
// value (content-pack words, what a parent types) is bound afterwards as a text node, an
// attribute value or a property, none of which is a Trusted Types sink. Styles are adopted
// constructable stylesheets (no <style> or style="" attribute, so `style-src 'self'` holds), and
// zod runs jitless (no `new Function`, so no `unsafe-eval`). Nothing else needs loosening.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {serve} from '../../scripts/serve.mjs';
import {completeCheckIn} from './helpers/check-in.mjs';
import {launch, openPage} from './helpers/browser.mjs';

const pagePath = '/csp-privacy.html';
const page = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Attune under a strict CSP</title>
  <script type="module" src="/dist/cdn/attune.min.js"></script>
</head>
<body>
  <attune-help-card level="urgent"></attune-help-card>
  <attune-mood-check-in></attune-mood-check-in>
  <attune-routine-planner></attune-routine-planner>
  <attune-mood-trend days="7"></attune-mood-trend>
  <attune-baby-cues age-months="4"></attune-baby-cues>
</body>
</html>`;

/** Clicks the first element in `tag`'s shadow root that `selector` finds and whose text starts with `text` (when given). */
async function clickIn(tab, tag, selector, text) {
  const handle = await tab.evaluateHandle(
    ({t, s, wanted}) =>
      [...document.querySelector(t).shadowRoot.querySelectorAll(s)].find(
        (el) => wanted === undefined || el.textContent.replace(/\s+/g, ' ').trim().startsWith(wanted),
      ),
    {t: tag, s: selector, wanted: text},
  );
  const element = handle.asElement();
  assert.ok(element, `${tag}: nothing matches ${selector} ${text ?? ''}`);
  await element.click();
  await tab.evaluate((t) => document.querySelector(t).updateComplete, tag);
}

/** The names of every cookie, storage item and IndexedDB database of the page's origin, through CDP. */
async function storageSeen(cdp, origin) {
  const {cookies} = await cdp.send('Network.getCookies', {urls: [origin]});
  const {frameTree} = await cdp.send('Page.getFrameTree');
  const {storageKey} = await cdp.send('Storage.getStorageKeyForFrame', {frameId: frameTree.frame.id});
  const items = async (isLocalStorage) =>
    (await cdp.send('DOMStorage.getDOMStorageItems', {storageId: {storageKey, isLocalStorage}})).entries.map(
      ([key]) => key,
    );
  const {databaseNames} = await cdp.send('IndexedDB.requestDatabaseNames', {storageKey});
  return {
    cookies: cookies.map((c) => c.name),
    localStorage: await items(true),
    sessionStorage: await items(false),
    indexedDB: databaseNames,
  };
}

describe('strict CSP and privacy: every widget flow under the DevTools protocol', () => {
  let browser;
  let site;
  before(async () => {
    browser = await launch();
    site = await serve({port: 0, routes: {[pagePath]: () => page}});
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('every widget flow runs with zero CSP violations, no network request beyond its own modules, and no storage written', async () => {
    // A fresh browser context (openPage gives each page its own): no cookies or storage left by any other test.
    const {page: tab, problems} = await openPage(browser);
    const cdp = await tab.context().newCDPSession(tab);
    const requests = [];
    const sockets = [];
    cdp.on('Network.requestWillBeSent', ({request, type}) => {
      // data: URLs are the browser's own (e.g. the time field's clock icon), not network requests.
      if (!request.url.startsWith('data:')) requests.push({url: request.url, type, method: request.method});
    });
    cdp.on('Network.webSocketCreated', ({url}) => sockets.push(url));
    await cdp.send('Network.enable');

    await tab.goto(`${site.url}${pagePath}`, {waitUntil: 'networkidle'});
    await tab.evaluate(() =>
      Promise.all(
        [
          'attune-help-card',
          'attune-mood-check-in',
          'attune-routine-planner',
          'attune-mood-trend',
          'attune-baby-cues',
        ].map((tag) => customElements.whenDefined(tag)),
      ),
    );

    // A host's own (valid) pack on every widget: loads the lazy validation chunk.
    const errors = await tab.evaluate(async () => {
      const seen = [];
      document.addEventListener('attune-content-error', (event) => seen.push(event.detail));
      for (const el of document.querySelectorAll('body > *')) {
        el.content = {...structuredClone(el.content), id: 'host-pack', version: '2.0.0'};
        await el.updateComplete;
      }
      return seen;
    });
    assert.deepEqual(errors, []);

    // Help card: a parent uses an action; the test page stops the navigation itself.
    await tab.evaluate(() => {
      window.__helpActions = [];
      document.addEventListener('attune-help-action', (event) => window.__helpActions.push(event.detail.actionId));
      document.addEventListener('click', (event) => {
        if (event.composedPath().some((node) => node.localName === 'a')) event.preventDefault();
      });
    });
    await clickIn(tab, 'attune-help-card', 'a');
    assert.equal(await tab.evaluate(() => window.__helpActions.length), 1);

    // Check-in: the whole default flow, to the result view.
    await completeCheckIn(tab);
    assert.ok(await tab.evaluate(() => document.querySelector('attune-mood-check-in').response?.signpost));

    // Planner: start from an idea, move a step, run it and tick a step off.
    await tab.evaluate(() => {
      window.__completed = 0;
      window.__reasons = [];
      document.addEventListener('attune-routine-step-complete', () => window.__completed++);
      document.addEventListener('attune-routine-change', (event) => window.__reasons.push(event.detail.reason));
    });
    await clickIn(tab, 'attune-routine-planner', 'button', 'Use this: Nap time');
    await clickIn(tab, 'attune-routine-planner', 'button', 'Move down');
    await clickIn(tab, 'attune-routine-planner', 'button', 'Start routine');
    await clickIn(tab, 'attune-routine-planner', 'button', 'Done');
    assert.deepEqual(await tab.evaluate(() => [window.__reasons, window.__completed]), [['template', 'move-step'], 1]);

    // Trend: a week of check-ins, then the table.
    await tab.evaluate(async () => {
      const trend = document.querySelector('attune-mood-trend');
      trend.entries = Array.from({length: 7}, (_, i) => {
        const at = new Date(Date.now() - i * 86_400_000).toISOString();
        return {
          id: `e${i}`,
          contentId: 'attune-en-GB-england',
          contentVersion: '1.1.0',
          locale: 'en-GB',
          startedAt: at,
          submittedAt: at,
          mood: {value: 3, optionId: 'okay'},
          feelings: [],
          answers: [],
          signpost: 'none',
          flags: [],
        };
      });
      await trend.updateComplete;
    });
    await clickIn(tab, 'attune-mood-trend', 'summary');
    assert.equal(
      await tab.evaluate(() => document.querySelector('attune-mood-trend').shadowRoot.querySelector('details').open),
      true,
    );
    assert.ok(
      (await tab.evaluate(
        () => document.querySelector('attune-mood-trend').shadowRoot.querySelectorAll('tbody tr').length,
      )) >= 1,
    );

    // Baby cues: tick what the baby does, read what it might mean, save the moment.
    await tab.evaluate(() => {
      window.__moments = 0;
      document.addEventListener('attune-cue-moment', () => window.__moments++);
    });
    await clickIn(tab, 'attune-baby-cues', 'label.choice', 'Looks away');
    await clickIn(tab, 'attune-baby-cues', 'button', 'What might this mean?');
    await clickIn(tab, 'attune-baby-cues', 'button', 'Save this moment');
    assert.equal(await tab.evaluate(() => window.__moments), 1);

    // Let anything late (a beacon, a timer) surface before looking.
    await new Promise((resolve) => setTimeout(resolve, 300));

    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});

    // Network: the page and the widgets' own module files, nothing else, nothing sent.
    const allowed = [
      new RegExp(`^${site.url}${pagePath}$`),
      new RegExp(`^${site.url}/dist/cdn/attune\\.min\\.js$`),
      new RegExp(`^${site.url}/dist/cdn/chunks/[\\w-]+\\.js$`),
      new RegExp(`^${site.url}/favicon\\.ico$`),
    ]; // the favicon is the browser's own request
    const unexpected = requests.filter(({url}) => !allowed.some((pattern) => pattern.test(url)));
    assert.deepEqual(unexpected, [], 'requests other than the page and its modules');
    assert.deepEqual(
      requests.filter(({url, type}) => !['Document', 'Script'].includes(type) && !url.endsWith('/favicon.ico')),
      [],
      'fetch, XHR, beacon or other requests',
    );
    assert.ok(
      requests.every(({method}) => method === 'GET'),
      'only GETs',
    );
    assert.ok(
      requests.some(({url}) => url.includes('/dist/cdn/chunks/')),
      'the validation chunk loaded once content was set',
    );
    assert.deepEqual(sockets, [], 'no WebSocket');

    // Storage, as DevTools sees it: no cookie, no local or session storage, no IndexedDB.
    const before = await storageSeen(cdp, site.url);
    assert.deepEqual(before, {cookies: [], localStorage: [], sessionStorage: [], indexedDB: []});

    // The same probes do see storage once the page writes some, so the empty result above is real.
    await tab.evaluate(
      () =>
        new Promise((resolve) => {
          document.cookie = 'probe=1';
          localStorage.setItem('probe', '1');
          sessionStorage.setItem('probe', '1');
          indexedDB.open('probe').onsuccess = (event) => {
            event.target.result.close();
            resolve();
          };
        }),
    );
    const written = await storageSeen(cdp, site.url);
    assert.deepEqual(written, {
      cookies: ['probe'],
      localStorage: ['probe'],
      sessionStorage: ['probe'],
      indexedDB: ['probe'],
    });
    await tab.close();
  });
});
