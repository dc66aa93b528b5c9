// Every story of the static Storybook (storybook-static/index.json), shown once per theme as a
// designer clicks through it, shot and checked.
// - Shots: only the story's root element's box; each story at 390 px (a phone, where most
//   parents are) in the default theme, or at 320 px when tagged `small-phone` (as its viewport
//   is in Storybook); a story tagged `every-theme` also in the dark and NHS themes, and one
//   tagged `wide` also at 1280 px, so the baselines stay few and small while the
//   states where colour or width matter are seen. `node scripts/screenshots.mjs --update` (npm
//   run screenshots:update) writes the baselines to test/screenshots/; without it, each shot is
//   compared with its baseline (pixelmatch, a small tolerance) and what differs is written to
//   test/screenshots/.diff/.
// - Checks: no story may throw an uncaught error. In the default theme each must also pass as
//   Storybook itself judges it (rendered, play function passed, no unhandled error, and axe clean
//   through its accessibility addon, with the rules the story's parameters give), have its
//   widgets registered and rendered with text, and be clean in IBM's accessibility checker (run
//   after the shots, so it cannot change them). Only a story that does not settle in time is
//   tried again: what a check finds is never retried away.
// Home-made because Storybook's own test runner (Vitest) renders a story once in one theme and
// width; this shows the static build, as shipped, in several, and shoots and checks each story
// in one visit, so each story is rendered once per theme in `npm test`. One browser
// (Playwright), three pages in parallel, each loading a stories file once per theme and
// switching its stories in place (a third of the time of a load per story); fonts are the
// system's (`.ci/run` installs the ones the baselines were made with).
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import pixelmatch from 'pixelmatch';
import {chromium} from 'playwright';
import {PNG} from 'pngjs';
import {browserArgs, findBrowser} from './browser.mjs';
import {serveFolder} from '../test/node/helpers/serve-folder.mjs';
import {
  ibmChecker,
  loadStory,
  recordVerdicts,
  storyFinished,
  storyProblems,
  switchStory,
} from '../test/node/helpers/storybook-canvas.mjs';
import {isMain} from './is-main.mjs';

const root = new URL('..', import.meta.url).pathname;
const storybook = join(root, 'storybook-static');
export const baselines = join(root, 'test/screenshots');
const diffs = join(baselines, '.diff');
/** A pixel differs when its colour differs by more than this (pixelmatch's YIQ threshold, 0–1). */
const THRESHOLD = 0.1;
/** A shot matches when at most this share of its pixels differ (anti-aliasing, sub-pixel text). */
const TOLERANCE = 0.002;
const PARALLEL = 3;
/** Every shot sees the same day: the trend's dates and the check-in's times stay put. */
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const PHONE = 390;
const WIDE = 1280;
const SMALL_PHONE = 320;

/** The stories of the static build, in a stable order, with their tags. */
function stories() {
  const index = JSON.parse(readFileSync(join(storybook, 'index.json'), 'utf8'));
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The content editor's stories are checked but not shot: they show the whole pack as editable
 * JSON beside all the widgets (each of which has its own stories and shots).
 */
const isShot = (id) => !id.startsWith('widgets-content-editor--');

/** The stories that are shot. */
export const storyIds = () =>
  stories()
    .map((story) => story.id)
    .filter(isShot);

export const fileOf = (id, theme, width) => join(baselines, id, `${theme}-${width}.png`);

/**
 * The themes and widths a story is shown in (with no widths, it is checked but not shot). A
 * story that is itself a theme ("Dark", "NHS theme") only in its own, and one tagged
 * `small-phone` only at 320 px, so no two baselines show the same thing.
 */
export function shotsOf(id, tags = stories().find((story) => story.id === id)?.tags ?? []) {
  if (!isShot(id)) return [{id, theme: 'default', widths: []}];
  if (tags.includes('small-phone')) return [{id, theme: 'default', widths: [SMALL_PHONE]}];
  const themes =
    tags.includes('every-theme') && !/--(dark|nhs-theme|brand-theme|brand-dark)$/.test(id)
      ? ['default', 'dark', 'nhs']
      : ['default'];
  return themes.map((theme) => ({
    id,
    theme,
    widths: theme === 'default' && tags.includes('wide') ? [PHONE, WIDE] : [PHONE],
  }));
}

function freezeClock(now) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [now]));
    }
    static now() {
      return now;
    }
  }
  globalThis.Date = FixedDate;
}

/** Waits until every widget in the story is defined, rendered and settled (two frames: the chart measures its width). */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const all = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('attune-'));
    for (let i = 0; i < 2; i++) {
      await Promise.all(all.map((el) => el.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    document.activeElement?.blur?.();
  });
}

/**
 * Shows a story in a theme, with `load` by loading the page, else by switching in place through
 * Storybook's own channel, as its sidebar does (a new story is always mounted afresh), which
 * saves loading Storybook for every story. In the default theme the story is checked (see the
 * top of this file); then it is shot at each of its widths (resizing, not reloading). Resolves
 * with the shots and what the checks found; throws only when the story did not settle in time.
 */
async function visitStory(page, base, {id, theme, widths}, load) {
  const check = theme === 'default';
  await page.setViewportSize({width: widths[0] ?? PHONE, height: 844});
  if (load) {
    await loadStory(page, base, id, check ? {} : {theme}, {axe: check});
    if (check) await page.addScriptTag({content: ibmChecker});
  } else await switchStory(page, id);
  if (check) {
    const status = await storyFinished(page, id);
    if (status !== 'finished') return {shots: [], problems: [`Storybook showed ${id} with ${status}`]};
    // Its checks and shots are at 320 px when, and only when, a designer sees it there.
    const viewport = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.story.storyGlobals?.viewport);
    const setsSmallPhone = viewport?.value === 'phone320';
    const shownOnSmallPhone = widths[0] === SMALL_PHONE;
    if (setsSmallPhone !== shownOnSmallPhone) {
      const problem = `${id} sets the viewport ${viewport?.value} and is shown at ${widths[0]} px: tag it small-phone when it sets phone320, and only then`;
      return {shots: [], problems: [problem]};
    }
  } else {
    // Best effort: the story was checked in the default theme, and the comparison decides.
    await storyFinished(page, id, {timeout: 10000}).catch(() => {});
  }
  await page.waitForFunction(
    () => {
      const root = document.querySelector('#storybook-root');
      const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('attune-'));
      return (
        widgets.length > 0 &&
        widgets.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount)
      );
    },
    undefined,
    {timeout: 30000},
  );
  const shots = [];
  for (const width of widths) {
    await page.setViewportSize({width, height: 844});
    await settle(page);
    shots.push({width, png: await page.locator('#storybook-root').screenshot({type: 'png'})});
  }
  // After the shots, so the checker cannot change what they show.
  return {shots, problems: check ? await storyProblems(page, id, {verdict: true}) : []};
}

function compare(actual, expectedPath) {
  if (!existsSync(expectedPath)) return 'no baseline';
  const expected = readFileSync(expectedPath);
  // The same bytes are the same pixels: no need to decode and compare them.
  if (actual.equals(expected)) return '';
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(expected);
  if (a.width !== e.width || a.height !== e.height)
    return `size ${a.width}×${a.height}, baseline ${e.width}×${e.height}`;
  const diff = new PNG({width: a.width, height: a.height});
  const count = pixelmatch(a.data, e.data, diff.data, a.width, a.height, {threshold: THRESHOLD});
  if (count <= a.width * a.height * TOLERANCE) return '';
  return {
    message: `${count} pixels differ (${((100 * count) / (a.width * a.height)).toFixed(2)} %)`,
    diff: PNG.sync.write(diff),
  };
}

/** Checks and shoots every story; with `update`, writes baselines, else compares. Resolves with the failures. */
export async function run({update = false, only} = {}) {
  const chosen = stories().filter(({id}) => !only || id.includes(only));
  const ids = chosen.map(({id}) => id);
  const jobs = chosen.flatMap(({id, tags, importPath}) => shotsOf(id, tags).map((job) => ({...job, importPath})));
  const total = jobs.reduce((sum, job) => sum + job.widths.length, 0);
  const server = await serveFolder(storybook);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [...browserArgs, '--hide-scrollbars', '--font-render-hinting=none', '--lang=en-GB'],
  });
  const checkFailures = [];
  const shotFailures = [];
  rmSync(diffs, {recursive: true, force: true});
  try {
    // Storybook reloads its canvas to show another stories file, and a theme is set as the page
    // loads: so each worker takes all of one file's stories in one theme, biggest group first.
    const byGroup = new Map();
    for (const job of jobs) {
      const key = `${job.importPath} ${job.theme}`;
      byGroup.set(key, [...(byGroup.get(key) ?? []), job]);
    }
    const groups = [...byGroup.values()].sort((a, b) => b.length - a.length);
    const worker = async () => {
      const context = await browser.newContext({reducedMotion: 'reduce', timezoneId: 'Europe/London', locale: 'en-GB'});
      const page = await context.newPage();
      // Every uncaught error fails the story shown when it happened (or just before): none is skipped.
      const pageErrors = [];
      let errorsSeen = 0;
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.addInitScript(freezeClock, NOW);
      await page.addInitScript(recordVerdicts);
      for (let group = groups.shift(); group; group = groups.shift()) {
        let loaded = false;
        for (const job of group) {
          const {id, theme} = job;
          let visit;
          // Only a story that did not settle in time (a busy machine) gets one more try, loaded
          // afresh and brought to the front: what its checks find is never tried again.
          for (let attempt = 1; !visit; attempt++) {
            try {
              if (attempt > 1) await page.bringToFront();
              visit = await visitStory(page, server.url, job, !loaded || attempt > 1);
            } catch (error) {
              if (attempt === 2) {
                checkFailures.push(`${id} ${theme}: ${error.message}`);
                break;
              }
            }
          }
          const problems = [
            ...(visit?.problems ?? []),
            ...pageErrors.slice(errorsSeen).map((error) => `page error: ${error}`),
          ];
          errorsSeen = pageErrors.length;
          if (problems.length) checkFailures.push(`${id} ${theme}: ${problems.join('\n  ')}`);
          // After a failure the page may show anything: the next story loads afresh.
          loaded = Boolean(visit) && !problems.length;
          for (const {width, png} of visit?.shots ?? []) {
            const file = fileOf(id, theme, width);
            if (update) {
              mkdirSync(join(baselines, id), {recursive: true});
              writeFileSync(file, png);
              continue;
            }
            const result = compare(png, file);
            if (!result) continue;
            const message = typeof result === 'string' ? result : result.message;
            shotFailures.push(`${id} ${theme} ${width} px: ${message}`);
            mkdirSync(join(diffs, id), {recursive: true});
            writeFileSync(join(diffs, id, `${theme}-${width}.actual.png`), png);
            if (result.diff) writeFileSync(join(diffs, id, `${theme}-${width}.diff.png`), result.diff);
          }
        }
      }
      await context.close();
    };
    await Promise.all(Array.from({length: PARALLEL}, worker));
  } finally {
    await browser.close();
    server.close();
  }
  if (update) {
    // Baselines no shot wrote go (a renamed story, a tag taken off), so nothing stale is left behind.
    const written = new Set(
      chosen
        .flatMap(({id, tags}) => shotsOf(id, tags))
        .flatMap(({id, theme, widths}) => widths.map((width) => fileOf(id, theme, width))),
    );
    for (const dir of readdirSync(baselines)) {
      if (dir.startsWith('.') || (only && !dir.includes(only))) continue;
      if (!ids.includes(dir)) rmSync(join(baselines, dir), {recursive: true});
      else
        for (const file of readdirSync(join(baselines, dir)))
          if (!written.has(join(baselines, dir, file))) rmSync(join(baselines, dir, file));
    }
  }
  return {checkFailures, shotFailures, total};
}

if (isMain(import.meta.url)) {
  const update = process.argv.includes('--update');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
  const started = Date.now();
  const {checkFailures, shotFailures, total} = await run({update, only});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (checkFailures.length)
    console.error(`Stories that failed their checks: ${checkFailures.length}\n${checkFailures.join('\n')}`);
  if (shotFailures.length)
    console.error(
      `Screenshots that differ from their baselines: ${shotFailures.length} (see test/screenshots/.diff/)\n${shotFailures.join('\n')}`,
    );
  if (checkFailures.length || shotFailures.length) {
    console.error(`(${seconds} s)`);
    process.exit(1);
  }
  console.log(
    update
      ? `Every story passes its checks; ${total} baselines written to test/screenshots/ (${seconds} s).`
      : `Every story passes its checks, and all ${total} screenshots match their baselines (${seconds} s).`,
  );
}
