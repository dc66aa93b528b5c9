// Is a change faster? One tap, this checkout's CDN build against another build's (a second
// checkout, or a copy of dist/cdn/ made before the change), on alternating fresh pages, so the
// machine's drift falls on both. Single runs of bench/taps.mjs vary by ±30 ms; pairs do not.
// With `twin` in place of the folder, the tap is paired with its plain-Lit twin instead.
//   node bench/taps-ab.mjs ../before/dist/cdn safety        RUNS=40 node bench/taps-ab.mjs DIR "Use this"
//   node bench/taps-ab.mjs twin "Use this"
import {existsSync} from 'node:fs';
import {serve} from '../scripts/serve.mjs';
import {bundleBaselines, launch, needBuild, serveOtherBuild} from './browser.mjs';
import {page, tapName, taps, timeTap, twinCase, twinOf} from './tap-cases.mjs';
import {ms, stats} from './stats.mjs';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 30));
const [before, ...words] = process.argv.slice(2);
// Plain-Lit taps (the baseline and the twins) are one build only: there is nothing to compare them with.
const tapCase = taps.find(
  (candidate) => words.length && candidate[0] !== 'plain Lit' && tapName(candidate).includes(words.join(' ')),
);
const twin = before === 'twin' && tapCase ? twinCase(tapCase) : undefined;
if (!before || !(twin || existsSync(`${before}/attune.min.js`)) || !tapCase) {
  console.error(
    `Give the other build's dist/cdn folder (or "twin": ${[...twinOf.keys()].map((t) => `"${t}"`).join(', ')}), ` +
      `then a tap: ${taps.map((tapCase) => `"${tapName(tapCase)}"`).join(', ')}`,
  );
  process.exit(1);
}
needBuild();
await bundleBaselines();
/** The two sides: the tap as this checkout builds it, and the other build's or its twin. */
const sides = {
  [twin ? 'twin' : 'before']: twin ?? tapCase.with(3, `${serveOtherBuild(before)}/attune.min.js`),
  [twin ? 'Attune' : 'after']: tapCase,
};

const {server, url} = await serve({port: 0, routes: {'/bench/taps.html': page}});
const browser = await launch();
const context = await browser.newContext({viewport: {width: 390, height: 844}});
const samples = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so neither always gets the warmer machine.
    const order = Object.keys(sides);
    for (const side of run % 2 ? order : order.reverse()) samples[side].push(await timeTap(context, url, sides[side]));
  }
} finally {
  await browser.close();
  server.close();
}
const line = (side) => {
  const s = stats(samples[side]);
  return `${side}: ${ms(s.median)} (p25–p75 ${ms(s.p25)}–${ms(s.p75)})`;
};
console.log(`${tapName(tapCase)}, ${RUNS} pairs, CPU 4× slower`);
for (const side of Object.keys(sides)) console.log(line(side));
process.exit(0);
