// The static Storybook, as designers are handed it: a story for every widget, and every widget's
// docs page, opened from storybook-static/ in headless Chromium, lists only the public API and
// shows the events and CSS custom properties that custom-elements.json gives it. Every story is
// opened and checked (Storybook's verdict with axe, rendered, no page error, IBM's accessibility
// checker) in the same visit as its screenshots, by scripts/screenshots.mjs: here, each of those
// checks of what a story shows is shown to fail when it should.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {launch, openPage} from './helpers/browser.mjs';
import {serveFolder} from './helpers/serve-folder.mjs';
import {
  ibmChecker,
  loadStory,
  recordVerdicts,
  storyFinished,
  storyProblems,
  switchStory,
} from './helpers/storybook-canvas.mjs';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
const built = existsSync(join('index.json'));
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
/** Every element in the manifest, with what its docs page must show. */
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName,
    events: (declaration.events ?? []).map((event) => event.name),
    cssProperties: (declaration.cssProperties ?? []).map((property) => property.name),
  }));
const elementDocs = {
  'attune-help-card': 'widgets-help-card--docs',
  'attune-mood-check-in': 'widgets-mood-check-in--docs',
  'attune-routine-planner': 'widgets-routine-planner--docs',
  'attune-mood-trend': 'widgets-mood-trend--docs',
  'attune-baby-cues': 'widgets-baby-cues--docs',
};
const index = built ? JSON.parse(readFileSync(join('index.json'), 'utf8')) : {entries: {}};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter(
  (entry) => entry.type === 'docs' && entry.id.startsWith('widgets-'),
);

function join(path) {
  return new URL(path, `file://${root}`).pathname;
}

describe('the static Storybook build', {skip: !built && 'run npm run build-storybook first'}, () => {
  let server;
  let browser;
  // One page for every docs page, so the browser's cache serves Storybook's bundle.
  let page;
  let problems;
  before(async () => {
    server = await serveFolder(root);
    browser = await launch();
    ({page, problems} = await openPage(browser));
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('has stories for every widget', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of [
      'Widgets/Help card',
      'Widgets/Mood check-in',
      'Widgets/Routine planner',
      'Widgets/Mood trend',
      'Widgets/Baby cues',
    ]) {
      assert.ok(titles.has(title), `no stories for ${title}`);
    }
    assert.ok(stories.length >= 50, `only ${stories.length} stories in index.json`);
  });

  it('has a docs page for every element in the manifest', () => {
    assert.deepEqual(elements.map((element) => element.tag).sort(), Object.keys(elementDocs).sort());
    const docsIds = docsPages.map((docs) => docs.id);
    for (const [tag, id] of Object.entries(elementDocs))
      assert.ok(docsIds.includes(id), `no docs page ${id} for <${tag}>`);
  });

  it("the check of every story finds a widget that is not registered, one that rendered nothing, a canvas with no text and IBM's violations", async () => {
    await page.setContent(
      '<div id="storybook-root"><attune-not-defined></attune-not-defined><attune-empty></attune-empty><img src="data:,"></div>',
    );
    await page.evaluate(() =>
      customElements.define(
        'attune-empty',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({mode: 'open'});
          }
        },
      ),
    );
    await page.addScriptTag({content: ibmChecker});
    const found = await storyProblems(page, 'made-up--story', {timeout: 100});
    assert.ok(
      found.includes('<attune-not-defined> is not registered in the static build (made-up--story)'),
      found.join('\n'),
    );
    assert.ok(found.includes('<attune-empty> rendered nothing in the static build (made-up--story)'), found.join('\n'));
    assert.ok(found.includes('the canvas of made-up--story shows no text'), found.join('\n'));
    assert.ok(
      found.some((problem) => /^IBM accessibility checker: img_alt_\w+/.test(problem)),
      found.join('\n'),
    );
  });

  it("the check of every story reports axe's violations, as Storybook's accessibility addon finds them in the static build, for a story loaded or switched to in place", async () => {
    const {page: canvas} = await openPage(browser);
    try {
      await canvas.addInitScript(recordVerdicts);
      const [first, second] = stories.filter((entry) => entry.title === 'Widgets/Help card').map((entry) => entry.id);
      await loadStory(canvas, server.url, first, {}, {axe: true});
      await canvas.addScriptTag({content: ibmChecker});
      assert.equal(await storyFinished(canvas, first), 'finished');
      assert.deepEqual(await storyProblems(canvas, first, {verdict: true, timeout: 100}), []);
      // The next story, switched to in place as the walk does, with an image that has no text
      // alternative beside it.
      await canvas.evaluate(() => document.body.append(Object.assign(document.createElement('img'), {src: 'data:,'})));
      await switchStory(canvas, second);
      assert.equal(await storyFinished(canvas, second), 'finished');
      const found = await storyProblems(canvas, second, {verdict: true, timeout: 100});
      assert.ok(
        found.some((problem) => problem.startsWith('axe: image-alt: ')),
        found.join('\n'),
      );
      const unseen = await storyProblems(canvas, 'never--shown', {verdict: true, timeout: 100});
      assert.ok(unseen.includes('Storybook gave no verdict on never--shown'), unseen.join('\n'));
      // A story shown with axe off has a verdict, but not one that may pass.
      await loadStory(canvas, server.url, first);
      await canvas.addScriptTag({content: ibmChecker});
      assert.equal(await storyFinished(canvas, first), 'finished');
      const withoutAxe = await storyProblems(canvas, first, {verdict: true, timeout: 100});
      assert.ok(withoutAxe.includes(`axe did not run on ${first} (load it with {axe: true})`), withoutAxe.join('\n'));
    } finally {
      await canvas.close();
    }
  });

  for (const docs of docsPages) {
    const element = elements.find((candidate) => elementDocs[candidate.tag] === docs.id);
    const shows = element ? ', with its events and CSS custom properties' : '';
    it(`lists only the public API on "${docs.title}" docs${shows}`, async () => {
      const errorsBefore = problems.pageErrors.length;
      await page.goto(`${server.url}/iframe.html?viewMode=docs&id=${docs.id}`, {waitUntil: 'networkidle'});
      await page.waitForFunction(
        () => document.querySelector('.sbdocs-content table, .docblock-argstable'),
        undefined,
        {
          timeout: 20000,
        },
      );
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('.docblock-argstable tbody tr td:first-child')].map((cell) =>
          cell.textContent.trim(),
        ),
      );
      assert.ok(names.length > 0, `no API table rows on ${docs.id}`);
      const privateNames = names.filter((name) => name.startsWith('#') || name.startsWith('_'));
      assert.deepEqual(privateNames, [], `private members in the ${docs.id} docs table`);
      if (element) {
        const text = await page.evaluate(() => document.body.innerText);
        for (const name of element.events)
          assert.ok(text.includes(name), `${element.tag} docs do not show the event ${name}`);
        for (const name of element.cssProperties)
          assert.ok(text.includes(name), `${element.tag} docs do not show ${name}`);
        assert.ok(element.events.includes('attune-content-error'));
      }
      assert.deepEqual(problems.pageErrors.slice(errorsBefore), [], `page errors in ${docs.id}`);
    });
  }
});
