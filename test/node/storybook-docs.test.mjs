// The static Storybook (npm run build-storybook) opened in headless Chromium: each widget's
// docs page shows its events and CSS custom properties, generated from custom-elements.json.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {join} from 'node:path';
import {launch, openPage} from './helpers/browser.mjs';
import {serveFolder} from './helpers/serve-folder.mjs';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** Every element in the manifest with what its docs page must show. */
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => ({
    tag: d.tagName,
    events: (d.events ?? []).map((e) => e.name),
    cssProperties: (d.cssProperties ?? []).map((p) => p.name),
  }));

describe('the static Storybook', {skip: !existsSync(root) && 'run npm run build-storybook first'}, () => {
  let server;
  let url;
  let browser;
  before(async () => {
    server = await serveFolder(root);
    url = server.url;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const pages = {
    'attune-help-card': 'widgets-help-card--docs',
    'attune-mood-check-in': 'widgets-mood-check-in--docs',
    'attune-routine-planner': 'widgets-routine-planner--docs',
    'attune-mood-trend': 'widgets-mood-trend--docs',
    'attune-baby-cues': 'widgets-baby-cues--docs',
  };

  it('has a docs page for every element in the manifest', () => {
    const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
    const docs = Object.values(index.entries)
      .filter((e) => e.type === 'docs')
      .map((e) => e.id);
    assert.deepEqual(elements.map((e) => e.tag).sort(), Object.keys(pages).sort());
    for (const {tag} of elements) assert.ok(docs.includes(pages[tag]), `no docs page ${pages[tag]} for <${tag}>`);
  });

  for (const [tag, id] of Object.entries(pages)) {
    it(`shows the events and CSS custom properties of <${tag}>`, async () => {
      const element = elements.find((e) => e.tag === tag);
      assert.ok(element, `<${tag}> is missing from custom-elements.json`);
      const {page} = await openPage(browser);
      await page.goto(`${url}/iframe.html?viewMode=docs&id=${id}`, {waitUntil: 'networkidle'});
      await page.waitForFunction(() => document.querySelector('.sbdocs-content table'), undefined, {timeout: 20000});
      const text = await page.evaluate(() => document.body.innerText);
      for (const name of element.events) assert.ok(text.includes(name), `${tag} docs do not show the event ${name}`);
      for (const name of element.cssProperties) assert.ok(text.includes(name), `${tag} docs do not show ${name}`);
      assert.ok(element.events.includes('attune-content-error'));
      await page.close();
    });
  }
});
