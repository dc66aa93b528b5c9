// `npm run bench`: each Attune widget beside a plain Lit baseline (bench/baselines.js, bundled
// here with Lit in production mode), in the system Chromium through puppeteer-core, from the
// built CDN bundle. Prints medians, spreads and ratios against the speed targets in the README
// (first render at most 1.25x the baseline, one more instance under 1 ms, retained heap under
// 1 MB), then runs bench/taps.mjs (each tap's Event Timing at 4× CPU slowdown), bench/mood-trend.mjs, bench/cls.mjs (the demo's CLS) and
// bench/planner-height.mjs. A report, not a test: a missed target is marked MISSED, and it exits 0.
//   npm run bench            RUNS=40 npm run bench
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {serve} from '../scripts/serve.mjs';
import {browserArgs, ensureBrowser} from '../scripts/browser.mjs';
import {ms, stats} from './stats.mjs';

const RUNS = Math.max(20, Number(process.env.RUNS ?? 20));
const CYCLES = 1000;
const here = (path) => new URL(path, import.meta.url).pathname;

if (!existsSync(here('../dist/cdn/attune.min.js'))) {
  console.error('dist/cdn/attune.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

// The baselines, bundled as a host would ship them: Lit inlined, production build, minified.
const bundle = await rollup({input: here('baselines.js'), plugins: [nodeResolve(), terser()], onwarn: () => {}});
await bundle.write({file: here('.build/baselines.js'), format: 'es'});
await bundle.close();

// The data checks' chunk the trend loads for its entries (never the content-pack schemas) is
// preloaded like the main bundle.
const chunk = readFileSync(here('../dist/cdn/attune.min.js'), 'utf8').match(/chunks\/parse-data-[\w-]+\.js/)?.[0];
const page = () => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Attune benchmark</title>
<link rel="modulepreload" href="/dist/cdn/attune.min.js">${chunk ? `<link rel="modulepreload" href="/dist/cdn/${chunk}">` : ''}
<link rel="modulepreload" href="/bench/.build/baselines.js"><script type="module" src="/bench/run-page.js"></script></head><body></body></html>`;

const widgets = [
  ['help card', 'attune-help-card', 'base-help-card'],
  ['mood check-in', 'attune-mood-check-in', 'base-mood-check-in'],
  ['routine planner', 'attune-routine-planner', 'base-routine-planner'],
  ['mood trend', 'attune-mood-trend', 'base-mood-trend'],
];

const {server, url} = await serve({port: 0, routes: {'/bench/run.html': page}});
const browser = await puppeteer.launch({executablePath: ensureBrowser(), headless: true, args: browserArgs});
const tab = await browser.newPage();
tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
const cdp = await tab.createCDPSession();

/** A fresh document with both bundles preloaded but neither run. */
async function fresh() {
  await tab.goto(`${url}/bench/run.html`, {waitUntil: 'load'});
  await tab.waitForFunction(() => typeof window.benchFirst === 'function');
}

async function sampleFirst(kind, tag, count) {
  await fresh();
  return tab.evaluate((k, t, n) => window.benchFirst(k, t, n), kind, tag, count);
}

/** Time from selecting a mood (by mouse: the release; by keyboard: ArrowDown) to the change event. */
async function sampleInput(kind, tag, how) {
  await fresh();
  await tab.evaluate((k, t) => window.benchPrepare(k, t), kind, tag);
  const radio = await tab.evaluateHandle(
    (t) => document.querySelector(t).shadowRoot.querySelector('input[type=radio]'),
    tag,
  );
  if (how === 'click') {
    await radio.asElement().click();
  } else {
    await radio.asElement().focus(); // focus alone selects nothing; ArrowDown selects the next mood
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
  await tab.evaluate((k, t) => window.benchCycles(k, t, 20), kind, tag);
  const before = await heap();
  await tab.evaluate((k, t, n) => window.benchCycles(k, t, n), kind, tag, CYCLES);
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
    `Attune widgets beside plain Lit baselines: ${RUNS} runs each, fresh page per sample (Chromium ${await browser.version()})\n`,
  );
  for (const [name, tag, baseTag] of widgets) {
    const times = {attune: {1: [], 100: []}, baseline: {1: [], 100: []}};
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, so drift in the machine affects both sides alike.
      for (const count of [1, 100]) {
        times.attune[count].push(await sampleFirst('attune', tag, count));
        times.baseline[count].push(await sampleFirst('baseline', baseTag, count));
      }
    }
    for (const count of [1, 100]) {
      const a = stats(times.attune[count]);
      const b = stats(times.baseline[count]);
      const ratio = a.median / b.median;
      rows.push([
        name,
        `define + render + layout, ${count}`,
        ms(a.median),
        `${ms(a.p25)}–${ms(a.p75)}`,
        ms(b.median),
        `${ratio.toFixed(2)}×`,
        '≤ 1.25×',
        verdict(ratio <= 1.25),
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
  if (chunk) {
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

const header = ['widget', 'measure', 'Attune median', 'spread (p25–p75)', 'baseline median', 'ratio', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(
  '\nTimes are medians of performance.now() in the page. Ratios compare medians with the plain Lit baseline.',
);

console.log('\n▶ bench/taps.mjs (Event Timing of each tap, CPU 4× slower)');
spawnSync('node', [here('taps.mjs')], {stdio: 'inherit'});
console.log('\n▶ bench/mood-trend.mjs');
spawnSync('node', [here('mood-trend.mjs')], {stdio: 'inherit'});
console.log("\n▶ bench/cls.mjs (the demo's layout shift, CPU 4× slower)");
spawnSync('node', [here('cls.mjs')], {stdio: 'inherit'});
console.log('\n▶ bench/planner-height.mjs (the Bedtime idea in edit mode on a phone)');
spawnSync('node', [here('planner-height.mjs')], {stdio: 'inherit'});
process.exit(0);
