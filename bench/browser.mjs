// Shared by the benchmark scripts: the system Chromium through Playwright (the project's one
// browser driver), CPU slowdown through a CDP session, the plain-Lit baselines and tap twins
// bundled as a host would ship them, and the check that the CDN bundle is built.
import {existsSync} from 'node:fs';
import {chromium} from 'playwright';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {browserArgs, ensureBrowser} from '../scripts/browser.mjs';

export const here = (path) => new URL(path, import.meta.url).pathname;

/** Stops with one sentence when dist/ is not built. */
export function needBuild() {
  if (existsSync(here('../dist/cdn/attune.min.js'))) return;
  console.error('dist/cdn/attune.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Headless system Chromium (see scripts/browser.mjs), driven by Playwright. */
export function launch() {
  return chromium.launch({executablePath: ensureBrowser(), headless: true, args: browserArgs});
}

/** Slows the page's CPU `rate` times (4: a cheap phone); gives the CDP session for more. */
export async function slowDown(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  return cdp;
}

/**
 * The baselines (bench/baselines.js) and the tap twins (bench/twins.js), each with Lit inlined,
 * production build, minified: bench/.build/baselines.js and bench/.build/twins.js. Bundled apart,
 * so the baselines' file is all a first-render sample loads.
 */
export async function bundleBaselines() {
  for (const name of ['baselines', 'twins']) {
    const bundle = await rollup({input: here(`${name}.js`), plugins: [nodeResolve(), terser()], onwarn: () => {}});
    await bundle.write({file: here(`.build/${name}.js`), format: 'es'});
    await bundle.close();
  }
}
