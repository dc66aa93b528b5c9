// The per-element CDN entries, their integrity hashes, the split validation chunks and two
// versions of Attune on one page, checked on the built files and in the system Chromium under
// the strict Content-Security-Policy.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {serve, strictCsp} from '../../scripts/serve.mjs';
import {cdnDir, lazyChunks, staticClosure} from '../../scripts/cdn-graph.mjs';
import {launch, openPage} from './helpers/browser.mjs';

const integrity = JSON.parse(readFileSync(new URL('integrity.json', cdnDir), 'utf8'));
const read = (file) => readFileSync(new URL(file, cdnDir), 'utf8');
const entries = ['help-card', 'mood-check-in', 'routine-planner', 'mood-trend', 'baby-cues'].map(
  (name) => `${name}.min.js`,
);
const singleFiles = ['attune.min.js', 'attune-hydrate.min.js', 'attune-classes.min.js'];
/** Words only the content-pack schemas carry (their own refinement messages). */
const packSchemaWords = [
  'The mood scale needs exactly 5 options',
  'There is no library step with id',
  'List exactly 5 mood words',
];

/** A response as `attune-check-in-submit` gives it, `daysAgo` days back. */
function entry(id, daysAgo, extra = {}) {
  const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return {
    id,
    contentId: 'attune-en-GB',
    contentVersion: '1.0.0',
    locale: 'en-GB',
    startedAt: at,
    submittedAt: at,
    mood: {value: 3, optionId: 'okay'},
    feelings: [],
    answers: [],
    signpost: 'none',
    flags: [],
    ...extra,
  };
}

describe('CDN files on disk', () => {
  it('integrity.json holds the sha384 of every CDN script, entries and chunks, and nothing else', () => {
    const scripts = (dir) =>
      readdirSync(new URL(dir, cdnDir), {withFileTypes: true}).flatMap((e) =>
        e.isDirectory() ? scripts(`${dir}${e.name}/`) : e.name.endsWith('.js') ? [`${dir}${e.name}`] : [],
      );
    const files = scripts('').sort();
    assert.deepEqual(Object.keys(integrity).sort(), files);
    for (const file of files) {
      const expected = `sha384-${createHash('sha384')
        .update(readFileSync(new URL(file, cdnDir)))
        .digest('base64')}`;
      assert.equal(integrity[file], expected, file);
    }
    assert.ok(
      files.some((file) => file.startsWith('chunks/')),
      'chunks are listed too',
    );
  });

  it('each entry downloads only its own element; the check-in, the trend and the baby-cues guide include the help card statically', () => {
    const closures = Object.fromEntries(entries.map((file) => [file, staticClosure([file])]));
    assert.deepEqual(
      closures['help-card.min.js'].filter((f) => !f.startsWith('chunks/')),
      ['help-card.min.js'],
    );
    assert.deepEqual(
      closures['routine-planner.min.js'].filter((f) => !f.startsWith('chunks/')),
      ['routine-planner.min.js'],
    );
    for (const file of ['mood-check-in.min.js', 'mood-trend.min.js', 'baby-cues.min.js']) {
      assert.deepEqual(
        closures[file].filter((f) => !f.startsWith('chunks/')),
        ['help-card.min.js', file].sort(),
        file,
      );
    }
    // Shared code sits in shared chunks, once: all five entries hold one copy of Lit and of each class.
    const all = staticClosure(entries).map(read).join('\n');
    for (const marker of ['customElements.define("attune-help-card"', 'Lit is in dev mode', 'lit-html']) {
      assert.ok(all.split(marker).length <= 2, `${marker} appears more than once`);
    }
    const coreChunks = staticClosure(['help-card.min.js']).filter((f) => f.startsWith('chunks/'));
    for (const file of entries)
      assert.ok(
        coreChunks.every((chunk) => closures[file].includes(chunk)),
        `${file} shares the core chunk`,
      );
  });

  it('the data checks never import the content-pack schemas, in every CDN build', () => {
    for (const start of [...singleFiles, entries]) {
      const {data, content} = lazyChunks(staticClosure([start].flat()));
      assert.equal(data.length, 1, `${start}: one data chunk`);
      assert.equal(content.length, 1, `${start}: one content-pack chunk`);
      const dataFiles = staticClosure(data);
      assert.ok(!dataFiles.includes(content[0]), `${start}: the data chunk imports the content chunk`);
      const dataCode = dataFiles.map(read).join('\n');
      for (const words of packSchemaWords)
        assert.ok(!dataCode.includes(words), `${start}: "${words}" in the data checks`);
      // …and those words really are in the content-pack chunk, so the check above can fail.
      for (const words of packSchemaWords)
        assert.ok(read(content[0]).includes(words), `${start}: "${words}" not in ${content[0]}`);
      // The classes-only file registers nothing.
      if (start === 'attune-classes.min.js')
        assert.ok(!read(start).includes('customElements.define('), 'attune-classes.min.js defines elements');
    }
  });
});

describe('CDN files in Chromium, under the strict CSP', () => {
  let browser;
  let site;
  /** Pages made on the fly: `/page?…` answers with the HTML (and CSP) the test set for it. */
  const pages = new Map();
  before(async () => {
    browser = await launch();
    // The two-versions page is served with "trusted-types lit-html 'allow-duplicates'" (see
    // scripts/serve.mjs): each copy of Lit creates its own "lit-html" policy.
    site = await serve({
      port: 0,
      routes: {'/page': (req) => pages.get(new URL(req.url, 'http://x').searchParams.get('id'))},
    });
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  /** Opens `html` (with `csp`) and records every request the page makes. */
  async function open(id, html, csp = strictCsp, setup) {
    pages.set(id, {body: html, csp});
    const {page, problems} = await openPage(browser);
    if (setup) await setup(page);
    const requests = [];
    page.on(
      'request',
      (request) => request.url().startsWith('data:') || requests.push(request.url().replace(site.url, '')),
    );
    await page.goto(`${site.url}/page?id=${id}`, {waitUntil: 'networkidle'});
    return {page, problems, requests};
  }

  const doc = (head, body) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Attune</title>${head}</head><body>${body}</body></html>`;
  const tag = (file) =>
    `<script type="module" src="/dist/cdn/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
  const preload = (file) =>
    `<link rel="modulepreload" href="/dist/cdn/${file}" integrity="${integrity[file]}" crossorigin="anonymous">`;

  it('a help card alone: its entry and the core chunk, each with integrity, and nothing else', async () => {
    const chunks = staticClosure(['help-card.min.js']).filter((f) => f !== 'help-card.min.js');
    const {page, problems, requests} = await open(
      'help',
      doc(
        chunks.map(preload).join('') + tag('help-card.min.js'),
        '<attune-help-card level="urgent"></attune-help-card>',
      ),
    );
    const text = await page.evaluate(async () => {
      await customElements.whenDefined('attune-help-card');
      const card = document.querySelector('attune-help-card');
      await card.updateComplete;
      return card.shadowRoot.textContent;
    });
    assert.match(text, /111/);
    assert.deepEqual(
      requests.filter((url) => url.startsWith('/dist/')).sort(),
      ['/dist/cdn/help-card.min.js', ...chunks.map((c) => `/dist/cdn/${c}`)].sort(),
    );
    assert.ok(!(await page.evaluate(() => customElements.get('attune-mood-check-in'))), 'no other element is defined');
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });

  /** A page whose import map gives the integrity of every file `entry` imports statically. */
  const importMapPage = (entry, body, tamper) => {
    const files = staticClosure([entry]);
    const map = JSON.stringify({
      integrity: Object.fromEntries(
        files.map((file) => [`/dist/cdn/${file}`, file === tamper ? integrity['attune.min.js'] : integrity[file]]),
      ),
    });
    const hash = createHash('sha256').update(map).digest('base64');
    const csp = strictCsp.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
    return [
      doc(
        `<script type="importmap">${map}</script><script type="module" src="/dist/cdn/${entry}" crossorigin="anonymous"></script>`,
        body,
      ),
      csp,
    ];
  };

  it("an import map's integrity covers the chunks: the check-in renders, and a chunk that does not match is refused", async () => {
    const [html, csp] = importMapPage('mood-check-in.min.js', '<attune-mood-check-in></attune-mood-check-in>');
    const {page, problems} = await open('map-ok', html, csp);
    const rendered = await page.evaluate(async () => {
      await customElements.whenDefined('attune-mood-check-in');
      const el = document.querySelector('attune-mood-check-in');
      await el.updateComplete;
      return el.shadowRoot.textContent.trim().length > 0 && Boolean(customElements.get('attune-help-card'));
    });
    assert.equal(rendered, true);
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();

    const core = staticClosure(['mood-check-in.min.js']).find((f) => f.startsWith('chunks/core-'));
    const [bad, badCsp] = importMapPage('mood-check-in.min.js', '<attune-mood-check-in></attune-mood-check-in>', core);
    const tampered = await open('map-bad', bad, badCsp);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await tampered.page.evaluate(() => Boolean(customElements.get('attune-mood-check-in'))), false);
    assert.ok(
      tampered.problems.consoleErrors.some((text) => /integrity/i.test(text)),
      tampered.problems.consoleErrors.join('\n'),
    );
    await tampered.page.close();
  });

  for (const file of ['mood-trend.min.js', 'attune.min.js']) {
    it(`${file}: a trend given entries loads the data checks, never the content-pack schemas, until content is set`, async () => {
      const {page, problems, requests} = await open(
        `trend-${file}`,
        doc(tag(file), '<attune-mood-trend days="7"></attune-mood-trend>'),
      );
      const {data, content} = lazyChunks(staticClosure([file]));
      const errors = await page.evaluate(
        async ([good, bad]) => {
          await customElements.whenDefined('attune-mood-trend');
          const trend = document.querySelector('attune-mood-trend');
          const seen = [];
          trend.addEventListener('attune-content-error', (event) => seen.push(event.detail));
          trend.entries = good;
          await trend.updateComplete;
          trend.entries = [...good, bad];
          await trend.updateComplete;
          return {seen, shown: trend.entries.length, rows: trend.shadowRoot.querySelectorAll('tbody tr').length};
        },
        [[entry('a', 0), entry('b', 1)], entry('c', 2, {mood: {value: 9, optionId: 'okay'}})],
      );
      assert.equal(errors.shown, 2);
      assert.deepEqual(
        errors.seen.map((d) => [d.property, d.issues.map((i) => i.path)]),
        [['entries', ['entries.2.mood.value']]],
      );
      assert.ok(requests.includes(`/dist/cdn/${data[0]}`), 'the data checks loaded');
      assert.ok(!requests.includes(`/dist/cdn/${content[0]}`), 'the content-pack schemas loaded for entries');

      // A host's own pack: now the content-pack chunk loads, and the pack applies.
      const applied = await page.evaluate(async () => {
        const trend = document.querySelector('attune-mood-trend');
        trend.content = {...structuredClone(trend.content), id: 'host-pack'};
        await trend.updateComplete;
        return trend.content.id;
      });
      assert.equal(applied, 'host-pack');
      assert.ok(requests.includes(`/dist/cdn/${content[0]}`));
      // The refused entry is also told to the console, once, for a host that does not listen.
      assert.equal(problems.consoleErrors.length, 1);
      assert.match(problems.consoleErrors[0], /<attune-mood-trend> refused its entries[\s\S]*entries\.2\.mood\.value/);
      assert.deepEqual({...problems, consoleErrors: []}, {consoleErrors: [], pageErrors: [], cspViolations: []});
      await page.close();
    });
  }

  /** In the two-versions page: each version's check-in and trend, with their inline help card's class. */
  async function driveBothVersions(page) {
    return page.evaluate(
      async (entries) => {
        const v2 = await import('/dist/cdn/attune-classes.min.js');
        const root = document.getElementById('v2').shadowRoot ?? document.getElementById('v2');
        const find = (id) => document.getElementById(id) ?? root.getElementById?.(id) ?? root.querySelector(`#${id}`);
        const events = [];
        document.addEventListener('attune-check-in-change', (event) => events.push(event));
        const out = {};
        for (const version of ['v1', 'v2']) {
          const checkIn = find(`${version}-check-in`) ?? root.querySelector('attune2-mood-check-in');
          const trend = find(`${version}-trend`) ?? root.querySelector('attune2-mood-trend');
          await checkIn.updateComplete;
          // A worrying answer to the safety question shows urgent help at once, inline.
          checkIn.draft = {
            ...checkIn.draft,
            step: 'questions',
            mood: {value: 2, optionId: 'low'},
            answers: [{questionId: 'harm-thoughts', optionId: 'yes-not-safe'}],
          };
          await checkIn.updateComplete;
          trend.entries = entries;
          await trend.updateComplete;
          const cards = [checkIn, trend].map((el) => el.shadowRoot.querySelector('attune-help-card'));
          await Promise.all(cards.map((card) => card?.updateComplete));
          // The parent goes Back a step: one change event, of this version's class.
          const before = events.length;
          [...checkIn.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Back').click();
          await checkIn.updateComplete;
          out[version] = {
            outer: [checkIn, trend].map((el) =>
              el instanceof v2.AttuneMoodCheckIn || el instanceof v2.AttuneMoodTrend ? 'v2' : 'v1',
            ),
            cards: cards.map(
              (card) =>
                card &&
                (card instanceof v2.AttuneHelpCard
                  ? 'v2'
                  : card instanceof customElements.get('attune-help-card')
                    ? 'v1'
                    : 'none'),
            ),
            rendered: cards.map((card) => Boolean(card?.shadowRoot?.querySelector('a[href^="tel:"]'))),
            scoped: cards.map((card) => card?.customElementRegistry !== customElements),
            event: events.slice(before).map((event) => (event instanceof v2.AttuneCheckInChangeEvent ? 'v2' : 'v1')),
          };
        }
        return out;
      },
      [entry('a', 0), entry('b', 1, {signpost: 'urgent'})],
    );
  }

  it('two versions on one page: each check-in and trend renders its own help card from its own registry', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${site.url}/examples/cdn/two-versions.html`, {waitUntil: 'networkidle'});
    assert.equal(
      await page.evaluate(() => typeof CustomElementRegistry.prototype.initialize),
      'function',
      'this Chromium has scoped registries',
    );
    const seen = await driveBothVersions(page);
    assert.deepEqual(seen.v1, {
      outer: ['v1', 'v1'],
      cards: ['v1', 'v1'],
      rendered: [true, true],
      scoped: [true, true],
      event: ['v1'],
    });
    assert.deepEqual(seen.v2, {
      outer: ['v2', 'v2'],
      cards: ['v2', 'v2'],
      rendered: [true, true],
      scoped: [true, true],
      event: ['v2'],
    });
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });

  it('without scoped registries, the inline help card falls back to the global registry', async () => {
    const {page, problems} = await openPage(browser);
    await page.addInitScript(() => delete CustomElementRegistry.prototype.initialize);
    await page.goto(`${site.url}/examples/cdn/two-versions.html`, {waitUntil: 'networkidle'});
    const seen = await driveBothVersions(page);
    assert.deepEqual(seen.v1, {
      outer: ['v1', 'v1'],
      cards: ['v1', 'v1'],
      rendered: [true, true],
      scoped: [false, false],
      event: ['v1'],
    });
    // Version 2 under other global names; its inline card is the globally defined one (version 1's).
    assert.deepEqual(seen.v2, {
      outer: ['v2', 'v2'],
      cards: ['v1', 'v1'],
      rendered: [true, true],
      scoped: [false, false],
      event: ['v2'],
    });
    assert.deepEqual(problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    await page.close();
  });
});
