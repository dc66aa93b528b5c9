// Benchmark: how long <attune-mood-trend> takes to render 365 check-ins, in headless Chromium,
// from the built CDN bundle (run `npm run build` first). Fails when the median is 16 ms or more.
//   node bench/mood-trend.mjs          RUNS=50 node bench/mood-trend.mjs
import {serve} from '../scripts/serve.mjs';
import {launch, needBuild} from './browser.mjs';
import {ms, stats} from './stats.mjs';

const RUNS = Math.max(20, Number(process.env.RUNS ?? 30));
const BUDGET_MS = 16;

needBuild();

const {server, url} = await serve({port: 0});
const browser = await launch();
let failed = false;
try {
  const page = await browser.newPage({viewport: {width: 800, height: 600}});
  page.on('pageerror', (error) => {
    console.error(`page error: ${error.message}`);
    failed = true;
  });
  await page.goto(`${url}/bench/mood-trend.html`);
  await page.waitForFunction(
    () => typeof window.benchMoodTrend === 'function' && customElements.get('attune-mood-trend'),
  );
  const {first, rerender, points} = await page.evaluate((runs) => window.benchMoodTrend(runs), RUNS);
  if (points !== 14 && points !== 28) throw new Error(`expected a chart of 14 or 28 points, got ${points}`);
  console.log(`<attune-mood-trend>, 365 check-ins, ${RUNS} runs (Chromium ${browser.version()})`);
  for (const [label, times] of [
    ['first render (validate + bucket + draw + layout)', first],
    ['re-render (days 14 -> 28)', rerender],
  ]) {
    const s = stats(times);
    console.log(
      `  ${label.padEnd(48)} median ${ms(s.median)}  (p25 ${ms(s.p25)}, p75 ${ms(s.p75)}, min ${ms(s.min)}, max ${ms(s.max)})`,
    );
  }
  const median = stats(first).median;
  if (median >= BUDGET_MS) {
    console.error(`\nFirst render median ${ms(median)} is over the ${BUDGET_MS} ms budget.`);
    failed = true;
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
