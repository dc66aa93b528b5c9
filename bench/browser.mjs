// Shared by the benchmark scripts: the system Chromium through Playwright (the project's one
// browser driver), CPU slowdown through a CDP session, the plain-Lit baselines and tap twins
// bundled as a host would ship them, and the check that the CDN bundle is built.
import {cpSync, existsSync, readFileSync, rmSync} from 'node:fs';
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

/** The data checks' chunk that `dir`'s attune.min.js loads lazily (`chunks/parse-data-….js`), if any. */
export function dataChunk(dir = '/dist/cdn') {
  return readFileSync(here(`..${dir}/attune.min.js`), 'utf8').match(/chunks\/parse-data-[\w-]+\.js/)?.[0];
}

/** Module preloads of `dir`'s attune.min.js and its data checks' chunk: fetched and parsed, neither run. */
export function preloads(dir = '/dist/cdn') {
  const chunk = dataChunk(dir);
  return [`${dir}/attune.min.js`, ...(chunk ? [`${dir}/${chunk}`] : [])]
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
}

/**
 * Copies another build's dist/cdn to bench/.build/before-cdn, so it is served from inside this
 * checkout and its lazy chunks load from beside it as they would. Gives its path on the server.
 */
export function serveOtherBuild(from) {
  rmSync(here('.build/before-cdn'), {recursive: true, force: true});
  cpSync(from, here('.build/before-cdn'), {recursive: true});
  return '/bench/.build/before-cdn';
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
