// The static Storybook, as designers are handed it: every story of its index.json, opened
// from storybook-static/ in headless Chromium, must render its widget (a registered element
// with a rendered shadow root and visible text) with no page error, and every widget's docs
// page must list only the public API and show the events and CSS custom properties that
// custom-elements.json gives it.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {after, before, describe, it} from 'node:test';
import {launch, openPage} from './helpers/browser.mjs';
import {serveFolder} from './helpers/serve-folder.mjs';
import {loadStory, storyFinished, switchStory} from './helpers/storybook-canvas.mjs';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
/** IBM's accessibility checker engine: a second opinion beside axe, which the story tests run. */
const ace = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');
/**
 * IBM rules about the whole page, which a story's canvas is not: a host page has its own main
 * landmark and skip link, and puts the widget inside them. And one rule that counts an unnamed
 * <form> as a landmark, which HTML-AAM says it is not.
 */
const pageRules = new Set(['skip_main_exists', 'aria_content_in_landmark', 'aria_landmark_name_unique']);
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

/** What a person sees in the story's canvas: each attune-* element, defined, with its rendered text. */
function canvasReport() {
  const text = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      else if (child.nodeType === Node.ELEMENT_NODE)
        out += text(child.shadowRoot ?? child) + (child.shadowRoot ? text(child) : '');
    }
    return out;
  };
  const root = document.querySelector('#storybook-root');
  const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('attune-'));
  return {
    widgets: widgets.map((el) => ({
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
    })),
    text: root ? text(root).replace(/\s+/g, ' ').trim() : '',
  };
}

describe('the static Storybook build', {skip: !built && 'run npm run build-storybook first'}, () => {
  let server;
  let browser;
  // One page for every story and docs page, so the browser's cache serves Storybook's bundle.
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

  describe('every story, one after another in one canvas, as a designer clicks through them', () => {
    // One page for all stories. Within a stories file, Storybook's own channel switches the story,
    // as its sidebar does; a new file reloads the canvas (the web-components renderer cannot
    // unmount), so the page loads once per file and IBM's checker once per load.
    let fileShown;

    /** Shows a story; resolves with 'finished' once Storybook has, or with what went wrong. */
    async function show(story) {
      if (story.importPath === fileShown) {
        await switchStory(page, story.id);
      } else {
        // axe is left to the story tests (loadStory turns Storybook's off): here IBM's checker looks.
        await loadStory(page, server.url, story.id);
        await page.addScriptTag({content: ace});
        fileShown = story.importPath;
      }
      return storyFinished(page, story.id);
    }

    for (const story of stories) {
      it(`renders "${story.title} / ${story.name}"`, async () => {
        const errorsBefore = problems.pageErrors.length;
        assert.equal(await show(story), 'finished', `Storybook showed ${story.id} with an error or did not finish it`);
        const ready = `(() => { const r = (${canvasReport})(); return r.widgets.length > 0 && r.widgets.every((w) => w.defined && w.rendered) && r.text.length > 20; })()`;
        await page.waitForFunction(ready, undefined, {timeout: 10000}).catch(() => {}); // the asserts below say what is missing
        const report = await page.evaluate(canvasReport);
        assert.ok(report.widgets.length > 0, `no attune-* element in the canvas of ${story.id}`);
        for (const widget of report.widgets) {
          assert.ok(widget.defined, `<${widget.tag}> is not registered in the static build (${story.id})`);
          assert.ok(widget.rendered, `<${widget.tag}> rendered nothing in the static build (${story.id})`);
        }
        assert.ok(report.text.length > 20, `the canvas of ${story.id} shows no text`);
        const violations = await page.evaluate(
          async (ignored) => {
            const {results} = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
            return results
              .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !ignored.includes(r.ruleId))
              .map((r) => `${r.ruleId}: ${r.message} (${r.path.dom})`);
          },
          [...pageRules],
        );
        // Checked after IBM's checker has run, so an error while it looks is this story's too.
        assert.deepEqual(problems.pageErrors.slice(errorsBefore), [], `page errors in ${story.id}`);
        assert.deepEqual(violations, [], `IBM accessibility checker violations in ${story.id}`);
      });
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
