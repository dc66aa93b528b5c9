// Is a change faster on the first render? This checkout's attune.min.js against another build's
// (a second checkout, or a copy of dist/cdn/ made before the change): define, first render and
// layout of one widget at 1 and 100 instances, on alternating fresh pages, so the machine's drift
// falls on both. Single runs of `npm run bench` move a ratio by ±20 %; 30 pairs of one build
// against a copy of itself gave 0.95× and 1.02×.
//   node bench/first-ab.mjs ../before/dist/cdn            TAG=attune-help-card RUNS=40 node bench/first-ab.mjs DIR
import {existsSync} from 'node:fs';
import {serve} from '../scripts/serve.mjs';
import {launch, needBuild, preloads, serveOtherBuild} from './browser.mjs';
import {ms, stats} from './stats.mjs';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 30));
const TAG = process.env.TAG ?? 'attune-mood-check-in';
const [before] = process.argv.slice(2);
if (!before || !existsSync(`${before}/attune.min.js`)) {
  console.error("Give the other build's dist/cdn folder, e.g. node bench/first-ab.mjs ../before/dist/cdn");
  process.exit(1);
}
needBuild();
// Both builds preloaded; bench/run-page.js imports the other one as `before`.
const other = serveOtherBuild(before);
const page = () => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Attune A/B</title>
${preloads()}${preloads(other)}
<script type="module" src="/bench/run-page.js"></script></head><body></body></html>`;

const {server, url} = await serve({port: 0, routes: {'/bench/run.html': page}});
const browser = await launch();
const tab = await browser.newPage({viewport: {width: 800, height: 600}}); // as bench/run.mjs
tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
const sides = {before: 'before', after: 'attune'};
try {
  console.log(`${TAG}: define + first render + layout, ${RUNS} pairs (Chromium ${browser.version()})`);
  for (const count of [1, 100]) {
    const samples = {before: [], after: []};
    const ratios = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate which goes first, so neither always gets the warmer machine.
      const order = run % 2 ? ['before', 'after'] : ['after', 'before'];
      for (const side of order) {
        await tab.goto(`${url}/bench/run.html`, {waitUntil: 'load'});
        await tab.waitForFunction(() => typeof window.benchFirst === 'function');
        samples[side].push(await tab.evaluate(([k, t, n]) => window.benchFirst(k, t, n), [sides[side], TAG, count]));
      }
      ratios.push(samples.after.at(-1) / samples.before.at(-1));
    }
    const line = (side) => {
      const s = stats(samples[side]);
      return `${side} ${ms(s.median)} (p25–p75 ${ms(s.p25)}–${ms(s.p75)})`;
    };
    const ratio = stats(ratios);
    console.log(
      `  ${count === 1 ? '1 instance' : `${count} instances`}: ${line('before')}, ${line('after')}; ` +
        `after/before, median of pairs ${ratio.median.toFixed(2)}× (p25–p75 ${ratio.p25.toFixed(2)}–${ratio.p75.toFixed(2)})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(0);
