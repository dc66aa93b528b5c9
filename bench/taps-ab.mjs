// Is a change faster? One tap, this checkout's CDN build against another build's (a second
// checkout, or a copy of dist/cdn/ made before the change), on alternating fresh pages, so the
// machine's drift falls on both. Single runs of bench/taps.mjs vary by ±30 ms; pairs do not.
//   node bench/taps-ab.mjs ../before/dist/cdn safety        RUNS=40 node bench/taps-ab.mjs DIR "Use this"
import {cpSync, existsSync, rmSync} from 'node:fs';
import {serve} from '../scripts/serve.mjs';
import {bundleBaselines, here, launch, needBuild} from './browser.mjs';
import {page, taps, timeTap} from './tap-cases.mjs';
import {ms, stats} from './stats.mjs';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 30));
const [before, ...words] = process.argv.slice(2);
// The plain-Lit baseline is one build only: there is nothing to compare it with.
const tapCase = taps.find(
  ([widget, tap]) => words.length && widget !== 'plain Lit' && `${widget}: ${tap}`.includes(words.join(' ')),
);
if (!before || !existsSync(`${before}/attune.min.js`) || !tapCase) {
  console.error(
    `Give the other build's dist/cdn folder, then a tap: ${taps.map(([w, t]) => `"${w}: ${t}"`).join(', ')}`,
  );
  process.exit(1);
}
needBuild();
await bundleBaselines();
// Served from inside this checkout, so its lazy chunks load from beside it as they would.
rmSync(here('.build/before-cdn'), {recursive: true, force: true});
cpSync(before, here('.build/before-cdn'), {recursive: true});

const {server, url} = await serve({port: 0, routes: {'/bench/taps.html': page}});
const browser = await launch();
const context = await browser.newContext({viewport: {width: 390, height: 844}});
const samples = {before: [], after: []};
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so neither always gets the warmer machine.
    for (const which of run % 2 ? ['before', 'after'] : ['after', 'before']) {
      const bundle = which === 'before' ? '/bench/.build/before-cdn/attune.min.js' : tapCase[3];
      samples[which].push(await timeTap(context, url, tapCase.with(3, bundle)));
    }
  }
} finally {
  await browser.close();
  server.close();
}
const line = (name) => {
  const s = stats(samples[name]);
  return `${name}: ${ms(s.median)} (p25–p75 ${ms(s.p25)}–${ms(s.p75)})`;
};
console.log(`${tapCase[0]}: ${tapCase[1]}, ${RUNS} pairs, CPU 4× slower\n${line('before')}\n${line('after')}`);
process.exit(0);
