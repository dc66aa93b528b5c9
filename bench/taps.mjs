// What a parent feels on a cheap phone: each tap's Event Timing duration (input delay, the
// handlers and the next paint), CPU 4× slower, real pointer clicks, a fresh page per sample,
// beside the plain-Lit baseline's radio click measured in the same run, and beside plain-Lit
// twins that make the same change to the screen. A report, not a test: a tap over
// max(100 ms, 1.25× the baseline radio) is marked MISSED; it exits 0.
//   node bench/taps.mjs        RUNS=15 node bench/taps.mjs
import {serve} from '../scripts/serve.mjs';
import {bundleBaselines, launch, needBuild} from './browser.mjs';
import {page, tapName, taps, timeTap, twinOf} from './tap-cases.mjs';
import {ms, stats, table} from './stats.mjs';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 15));
needBuild();
await bundleBaselines();

const {server, url} = await serve({port: 0, routes: {'/bench/taps.html': page}});
const browser = await launch();
const context = await browser.newContext({viewport: {width: 390, height: 844}});
const version = browser.version();
const samples = new Map(taps.map((tapCase) => [tapName(tapCase), []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const tapCase of taps) samples.get(tapName(tapCase)).push(await timeTap(context, url, tapCase));
  }
} finally {
  await browser.close();
  server.close();
}

const radio = stats(samples.get('plain Lit: radio (the baseline)')).median;
const limit = Math.max(100, 1.25 * radio);
const twins = new Set(twinOf.values());
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const rows = [...samples].map(([name, values]) => {
  const s = stats(values);
  return [
    name,
    ms(s.median),
    `${ms(s.p25)}–${ms(s.p75)}`,
    ratio(s.median, radio),
    twinOf.has(name) ? ratio(s.median, stats(samples.get(twinOf.get(name))).median) : '',
    // A twin is a yardstick, not a tap of Attune's: the target is not its to meet.
    twins.has(name) ? '—' : s.median <= limit ? 'ok' : 'MISSED',
  ];
});
const header = [
  'tap (Event Timing, CPU 4× slower)',
  'median',
  'spread (p25–p75)',
  'vs plain-Lit radio',
  'vs its plain-Lit twin',
  `≤ ${ms(limit)}`,
];
console.log(`${RUNS} fresh pages per tap, 390 × 844, Chromium ${version}`);
console.log(table(header, rows));
console.log(
  "\nA twin is plain Lit making the same change to the screen (bench/twins.js): what the design costs without Attune's machinery.",
);
console.log('Event Timing durations are rounded to 8 ms by the browser; an interaction under 16 ms reads as 0.');
process.exit(0);
