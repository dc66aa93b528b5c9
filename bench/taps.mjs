// What a parent feels on a cheap phone: each tap's Event Timing duration (input delay, the
// handlers and the next paint), CPU 4× slower, real pointer clicks, a fresh page per sample,
// beside the plain-Lit baseline's radio click measured in the same run. A report, not a test:
// a tap over max(100 ms, 1.25× the baseline radio) is marked MISSED; it exits 0.
//   node bench/taps.mjs        RUNS=15 node bench/taps.mjs
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {serve} from '../scripts/serve.mjs';
import {browserArgs, ensureBrowser} from '../scripts/browser.mjs';
import {ms, stats} from './stats.mjs';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 15));
const here = (path) => new URL(path, import.meta.url).pathname;
if (!existsSync(here('../dist/cdn/attune.min.js'))) {
  console.error('dist/cdn/attune.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const bundle = await rollup({input: here('baselines.js'), plugins: [nodeResolve(), terser()], onwarn: () => {}});
await bundle.write({file: here('.build/baselines.js'), format: 'es'});
await bundle.close();

/** The page: the widget and the observer are in bench/taps-page.js (the server's CSP allows no inline script). */
const page = () => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Attune taps</title>
<script type="module" src="/bench/taps-page.js"></script></head><body></body></html>`;

const today = new Date().toISOString();
const entries = Array.from({length: 14}, (_, i) => ({
  id: `t-${i}`,
  contentId: 'attune-en-GB-england',
  contentVersion: '1.4.0',
  locale: 'en-GB',
  startedAt: new Date(Date.now() - i * 86_400_000).toISOString(),
  submittedAt: new Date(Date.now() - i * 86_400_000).toISOString(),
  mood: {value: 3, optionId: 'okay'},
  feelings: [],
  answers: [],
  signpost: 'none',
  flags: [],
}));
const draft = (step, extra = {}) => ({
  contentId: 'attune-en-GB-england',
  contentVersion: '1.4.0',
  step,
  startedAt: today,
  mood: {value: 3, optionId: 'okay'},
  feelings: [],
  answers: [{questionId: 'harm-thoughts', optionId: 'no'}],
  note: '',
  ...extra,
});
const routine = {
  id: 'r',
  name: 'Bedtime',
  updatedAt: today,
  steps: ['bath', 'feed', 'story', 'song', 'cot'].map((id, i) => ({id: `s-${i}`, label: id, minutes: 5})),
};

/** [widget, tap, tag, bundle, props, how to find the target in the widget's shadow root]. */
const attune = '/dist/cdn/attune.min.js';
const buttonNamed = (name) =>
  `[...root.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
const taps = [
  [
    'plain Lit',
    'radio (the baseline)',
    'base-mood-check-in',
    '/bench/.build/baselines.js',
    [],
    `root.querySelector('input[type=radio]')`,
  ],
  ['check-in', 'a mood', 'attune-mood-check-in', attune, [], `root.querySelector('input[name=mood]')`],
  ['check-in', 'Next', 'attune-mood-check-in', attune, [['draft', draft('mood')]], buttonNamed('Next')],
  [
    'check-in',
    'the safety answer "not safe right now"',
    'attune-mood-check-in',
    attune,
    [['draft', draft('questions', {answers: []})]],
    `[...root.querySelectorAll('input[name="q-harm-thoughts"]')].at(-1)`,
  ],
  ['check-in', 'Finish', 'attune-mood-check-in', attune, [['draft', draft('review')]], buttonNamed('Finish check-in')],
  [
    'planner',
    '"Use this" (a template)',
    'attune-routine-planner',
    attune,
    [],
    `root.querySelector('.templates button')`,
  ],
  [
    'planner',
    'Move up',
    'attune-routine-planner',
    attune,
    [['routine', routine]],
    `root.querySelectorAll('button.move.up')[2]`,
  ],
  [
    'planner',
    'Done (run mode)',
    'attune-routine-planner',
    attune,
    [
      ['routine', routine],
      ['mode', 'run'],
    ],
    buttonNamed('Done'),
  ],
  ['trend', 'Show as a table', 'attune-mood-trend', attune, [['entries', entries]], `root.querySelector('summary')`],
];

const {server, url} = await serve({port: 0, routes: {'/bench/taps.html': page}});
const browser = await puppeteer.launch({executablePath: ensureBrowser(), headless: true, args: browserArgs});
const version = await browser.version();
const samples = new Map(taps.map(([widget, tap]) => [`${widget}: ${tap}`, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [widget, tap, tag, file, props, find] of taps) {
      const tab = await browser.newPage();
      await tab.setViewport({width: 390, height: 844});
      const cdp = await tab.createCDPSession();
      const query = new URLSearchParams({bundle: file, tag, props: JSON.stringify(props)});
      await tab.goto(`${url}/bench/taps.html?${query}`, {waitUntil: 'load'});
      await tab.waitForFunction(() => window.ready === true);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
      const target = await tab.evaluateHandle(
        new Function('tag', `const root = document.querySelector(tag).shadowRoot; return ${find};`),
        tag,
      );
      if (!target.asElement()) throw new Error(`${widget}: ${tap}: no target`);
      await target.asElement().scrollIntoView();
      await target.asElement().click();
      await tab.waitForFunction(() => window.taps.length > 0, {timeout: 5000}).catch(() => {});
      // Let the paint after the tap land before reading.
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      const durations = await tab.evaluate(() => window.taps);
      samples.get(`${widget}: ${tap}`).push(Math.max(0, ...durations));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const radio = stats(samples.get('plain Lit: radio (the baseline)')).median;
const limit = Math.max(100, 1.25 * radio);
const rows = [...samples].map(([name, values]) => {
  const s = stats(values);
  return [
    name,
    ms(s.median),
    `${ms(s.p25)}–${ms(s.p75)}`,
    `${(s.median / radio).toFixed(2)}×`,
    s.median <= limit ? 'ok' : 'MISSED',
  ];
});
const header = [
  'tap (Event Timing, CPU 4× slower)',
  'median',
  'spread (p25–p75)',
  'vs plain-Lit radio',
  `≤ ${ms(limit)}`,
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`${RUNS} fresh pages per tap, 390 × 844, ${version}`);
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log('\nEvent Timing durations are rounded to 8 ms by the browser; an interaction under 16 ms reads as 0.');
process.exit(0);
