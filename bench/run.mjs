// `npm run bench`: each Attune widget beside a plain Lit baseline (bench/baselines.js, bundled
// with Lit in production mode), in the system Chromium through Playwright, from the built CDN
// bundle. First renders are sampled in pairs (Attune, then its baseline, on fresh pages, one
// after the other) and each pair gives a ratio, so drift in a busy machine falls on both sides;
// the table shows the median of those ratios and their spread (p25–p75) against the targets
// (first render at most 1.25× the baseline; the check-in 1.4× at 1 and 1.6× at 100 instances),
// with one more instance under 1 ms and retained heap under 1 MB. Then it runs
// bench/taps.mjs (each tap's Event Timing at 4× CPU slowdown), bench/mood-trend.mjs,
// bench/cls.mjs (the demo's CLS) and bench/planner-height.mjs. A report, not a test: a missed
// target is marked MISSED, and it exits 0. Words after the command choose parts: widget names
// (help, check-in, planner, trend) and taps, mood-trend, cls, planner-height.
//   npm run bench            RUNS=40 npm run bench            node bench/run.mjs check-in taps
import {spawnSync} from 'node:child_process';
import {serve} from '../scripts/serve.mjs';
import {bundleBaselines, dataChunk, here, launch, needBuild, preloads} from './browser.mjs';
import {ms, stats, table} from './stats.mjs';

const RUNS = Math.max(20, Number(process.env.RUNS ?? 20));
const CYCLES = 1000;
const parts = process.argv.slice(2);
const chosen = (name) => !parts.length || parts.some((part) => name.includes(part));

needBuild();
await bundleBaselines();

// The data checks' chunk the trend loads for its entries (never the content-pack schemas) is
// preloaded like the main bundle.
const chunk = dataChunk();
const page = () => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Attune benchmark</title>
${preloads()}
<link rel="modulepreload" href="/bench/.build/baselines.js"><script type="module" src="/bench/run-page.js"></script></head><body></body></html>`;

/** [name, tag, baseline tag, first-render target at 1 and at 100 instances]. */
const widgets = [
  ['help card', 'attune-help-card', 'base-help-card', {1: 1.25, 100: 1.25}],
  ['mood check-in', 'attune-mood-check-in', 'base-mood-check-in', {1: 1.4, 100: 1.6}],
  ['routine planner', 'attune-routine-planner', 'base-routine-planner', {1: 1.25, 100: 1.25}],
  ['mood trend', 'attune-mood-trend', 'base-mood-trend', {1: 1.25, 100: 1.25}],
].filter(([name]) => chosen(name));

const {server, url} = await serve({port: 0, routes: {'/bench/run.html': page}});
const browser = await launch();
// Puppeteer's default window, as the figures in the README were measured in.
const tab = await browser.newPage({viewport: {width: 800, height: 600}});
tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
const cdp = await tab.context().newCDPSession(tab);

/** A fresh document with both bundles preloaded but neither run. */
async function fresh() {
  await tab.goto(`${url}/bench/run.html`, {waitUntil: 'load'});
  await tab.waitForFunction(() => typeof window.benchFirst === 'function');
}

async function sampleFirst(kind, tag, count) {
  await fresh();
  return tab.evaluate(([k, t, n]) => window.benchFirst(k, t, n), [kind, tag, count]);
}

/** Time from selecting a mood (by mouse: the release; by keyboard: ArrowDown) to the change event. */
async function sampleInput(kind, tag, how) {
  await fresh();
  await tab.evaluate(([k, t]) => window.benchPrepare(k, t), [kind, tag]);
  const radio = (
    await tab.evaluateHandle((t) => document.querySelector(t).shadowRoot.querySelector('input[type=radio]'), tag)
  ).asElement();
  if (how === 'click') {
    await radio.click();
  } else {
    await radio.focus(); // focus alone selects nothing; ArrowDown selects the next mood
    await tab.keyboard.press('ArrowDown');
  }
  await tab.waitForFunction(() => window.benchEventAt !== undefined);
  return tab.evaluate(() => window.benchEventAt - window.benchInputAt);
}

async function heap() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Heap retained by `CYCLES` create-attach-remove cycles, after 20 warm-up cycles (templates, styles). */
async function retained(kind, tag) {
  await fresh();
  await tab.evaluate(([k, t]) => window.benchCycles(k, t, 20), [kind, tag]);
  const before = await heap();
  await tab.evaluate(([k, t, n]) => window.benchCycles(k, t, n), [kind, tag, CYCLES]);
  return (await heap()) - before;
}

/**
 * Evaluating the data checks' chunk (zod and the data schemas) once it is downloaded: what the
 * trend's first render and any host draft or routine wait for, in ms, on a fresh page.
 */
async function sampleValidation() {
  await fresh();
  return tab.evaluate(async (path) => {
    await import('/dist/cdn/attune.min.js');
    const started = performance.now();
    await import(path);
    return performance.now() - started;
  }, `/dist/cdn/${chunk}`);
}

const rows = [];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

try {
  await cdp.send('HeapProfiler.enable');
  console.log(
    `Attune widgets beside plain Lit baselines: ${RUNS} runs each, fresh page per sample (Chromium ${browser.version()})\n`,
  );
  for (const [name, tag, baseTag, target] of widgets) {
    const times = {attune: {1: [], 100: []}, baseline: {1: [], 100: []}, ratio: {1: [], 100: []}};
    for (let run = 0; run < RUNS; run++) {
      for (const count of [1, 100]) {
        // A pair: Attune, then its baseline straight after, so drift in the machine affects both alike.
        const a = await sampleFirst('attune', tag, count);
        const b = await sampleFirst('baseline', baseTag, count);
        times.attune[count].push(a);
        times.baseline[count].push(b);
        times.ratio[count].push(a / b);
      }
    }
    for (const count of [1, 100]) {
      const a = stats(times.attune[count]);
      const b = stats(times.baseline[count]);
      const r = stats(times.ratio[count]);
      rows.push([
        name,
        `define + render + layout, ${count}`,
        ms(a.median),
        `${ms(a.p25)}–${ms(a.p75)}`,
        ms(b.median),
        `${r.median.toFixed(2)}× (${r.p25.toFixed(2)}–${r.p75.toFixed(2)})`,
        `≤ ${target[count]}×`,
        verdict(r.median <= target[count]),
      ]);
    }
    const extra = (stats(times.attune[100]).median - stats(times.attune[1]).median) / 99;
    const baseExtra = (stats(times.baseline[100]).median - stats(times.baseline[1]).median) / 99;
    rows.push([
      name,
      'one more instance (steady)',
      ms(extra),
      '(100 − 1) / 99',
      ms(baseExtra),
      `${(extra / baseExtra).toFixed(2)}×`,
      '≤ 1 ms',
      verdict(extra <= 1),
    ]);
    if (tag === 'attune-mood-check-in') {
      for (const [how, measure] of [
        ['click', 'mood click (release) → change event'],
        ['key', 'mood ArrowDown → change event'],
      ]) {
        const a = [];
        const b = [];
        for (let run = 0; run < RUNS; run++) {
          a.push(await sampleInput('attune', tag, how));
          b.push(await sampleInput('baseline', baseTag, how));
        }
        const sa = stats(a);
        const sb = stats(b);
        rows.push([
          name,
          measure,
          ms(sa.median),
          `${ms(sa.p25)}–${ms(sa.p75)}`,
          ms(sb.median),
          `${(sa.median / sb.median).toFixed(2)}×`,
          '≤ 4 ms',
          verdict(sa.median <= 4),
        ]);
      }
    }
    const mem = await retained('attune', tag);
    const baseMem = await retained('baseline', baseTag);
    rows.push([
      name,
      `heap retained, ${CYCLES} cycles`,
      kb(mem),
      'after GC (CDP)',
      kb(baseMem),
      '',
      '< 1 MB',
      verdict(mem < 1024 * 1024),
    ]);
  }
  if (chunk && !parts.length) {
    const samples = [];
    for (let run = 0; run < RUNS; run++) samples.push(await sampleValidation());
    const v = stats(samples);
    rows.push([
      'validation chunk',
      'evaluate (zod + schemas)',
      ms(v.median),
      `${ms(v.p25)}–${ms(v.p75)}`,
      '—',
      '',
      'report',
      '',
    ]);
  }
} finally {
  await browser.close();
  server.close();
}

const header = [
  'widget',
  'measure',
  'Attune median',
  'spread (p25–p75)',
  'baseline median',
  'ratio (p25–p75)',
  'target',
  '',
];
if (rows.length) {
  console.log(table(header, rows));
  console.log(
    "\nTimes are medians of performance.now() in the page. A first render's ratio is the median of the paired ratios (Attune ÷ baseline, one pair per run), with their spread; other ratios compare medians.",
  );
}

for (const [script, title] of [
  ['taps', 'Event Timing of each tap, CPU 4× slower'],
  ['mood-trend', '365 check-ins'],
  ['cls', "the demo's layout shift, CPU 4× slower"],
  ['planner-height', 'the Bedtime idea in edit mode on a phone'],
]) {
  if (parts.length && !parts.includes(script)) continue;
  console.log(`\n▶ bench/${script}.mjs (${title})`);
  spawnSync('node', [here(`${script}.mjs`)], {stdio: 'inherit'});
}
process.exit(0);
