// The README's copy-paste pages work as written: each whole ```html page is saved beside a copy of
// dist/cdn/ (as the README tells a host to do), opened in Chromium, and used as a parent would.
// The page's own event listener must hear the widget, with no console error or warning.
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {launch, openPage} from './helpers/browser.mjs';
import {completeCheckIn} from './helpers/check-in.mjs';
import {serveFolder} from './helpers/serve-folder.mjs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const pages = [...readme.matchAll(/^```html\n([\s\S]*?)^```/gm)]
  .map(([, block]) => block)
  .filter((block) => /^<!doctype html>/i.test(block.trim()));

describe("the README's whole pages, served beside a copy of dist/cdn/", () => {
  let browser;
  let site;
  let folder;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'attune-readme-'));
    cpSync(fileURLToPath(new URL('dist/cdn/', root)), join(folder, 'attune'), {recursive: true});
    pages.forEach((html, index) => writeFileSync(join(folder, `page-${index}.html`), html));
    // The host's site has its own icon: the browser asks for it on every page.
    cpSync(fileURLToPath(new URL('docs/images/check-in-390.png', root)), join(folder, 'favicon.ico'));
    site = await serveFolder(folder);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    site?.close();
    if (folder) rmSync(folder, {recursive: true, force: true});
  });

  it('the README holds at least one whole page to copy', () => {
    assert.ok(pages.length > 0, 'no ```html block starting with <!doctype html> in the README');
  });

  for (const [index, html] of pages.entries()) {
    it(`page ${index + 1} renders its widgets, and its listener hears a finished check-in`, async () => {
      assert.match(html, /<attune-mood-check-in[\s>]/, 'this test knows how to use a page with a check-in');
      const {page, problems} = await openPage(browser);
      const warnings = [];
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      const failed = [];
      page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
      page.on('requestfailed', (request) => failed.push(request.url()));
      // What the widget sent, heard apart from the page's own listener.
      await page.addInitScript(() => {
        window.__submitted = [];
        document.addEventListener('attune-check-in-submit', (event) => window.__submitted.push(event.detail), true);
      });
      await page.goto(`${site.url}/page-${index}.html`, {waitUntil: 'networkidle'});

      const rendered = await page.evaluate(async () =>
        Promise.all(
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('attune-'))
            .map(async (el) => {
              // A script that never loads leaves the tag undefined: give up after 10 s, not never.
              await Promise.race([
                customElements.whenDefined(el.localName),
                new Promise((resolve) => setTimeout(resolve, 10_000)),
              ]);
              await el.updateComplete;
              return [el.localName, Boolean(el.shadowRoot?.textContent.trim())];
            }),
        ),
      );
      assert.ok(rendered.length > 0, 'the page shows a widget');
      assert.deepEqual(
        rendered.filter(([, shown]) => !shown),
        [],
        'every widget is defined and renders text',
      );
      const status = () => page.evaluate(() => document.querySelector('[role="status"]')?.textContent.trim());
      assert.equal(await status(), '', 'the page says nothing before the parent has finished');

      await completeCheckIn(page);
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent.trim());

      const submitted = await page.evaluate(() => window.__submitted);
      assert.equal(submitted.length, 1, 'one attune-check-in-submit');
      const [{response}] = submitted;
      const said = await status();
      assert.ok(said.includes(`mood ${response.mood.value} of 5`), `the page shows the mood it heard: "${said}"`);
      assert.ok(said.includes(`"${response.signpost}"`), `the page shows the help level it heard: "${said}"`);
      assert.deepEqual(failed, [], 'every file the page asks for is in the copy of dist/cdn/');
      assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
      assert.deepEqual(warnings, [], 'no console warning');
      await page.close();
    });
  }
});
