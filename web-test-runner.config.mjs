import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {build} from 'esbuild';
import {browserArgs, ensureBrowser} from './scripts/browser.mjs';
import {a11yCommandsPlugin} from './test/plugins/a11y-commands.mjs';

/**
 * zod's 92 modules as one file, as Vite pre-bundles a dependency: each test file's page loads
 * about 250 modules, and zod's (its locales included) are a third of the requests. Same code,
 * one request.
 */
function zodAsOneFile() {
  const url = '/__attune__/zod-mini.js';
  let bundled;
  return {
    name: 'zod-as-one-file',
    resolveImport({source}) {
      if (source === 'zod/mini') return url;
      // Another way into zod would load a second copy beside the bundle.
      if (/^zod(\/|$)/.test(source))
        throw new Error(`Import zod as 'zod/mini' (the tests bundle that), not '${source}'`);
      return undefined;
    },
    async serve({path}) {
      if (path !== url) return undefined;
      bundled ??= build({
        stdin: {contents: "export * from 'zod/mini';", resolveDir: '.'},
        bundle: true,
        format: 'esm',
        write: false,
      });
      return {body: (await bundled).outputFiles[0].text, type: 'js'};
    },
  };
}

/**
 * Every test file's page opens in one browser context, so Chromium's cache carries the modules
 * (and their compiled code) from one file to the next; each file still gets a page of its own,
 * closed when it ends.
 */
function pagesInOneContext() {
  // One per browser (a relaunched browser gets its own), made once even when two files start at once.
  const contexts = new WeakMap();
  return async ({browser}) => {
    if (!contexts.has(browser)) contexts.set(browser, browser.newContext());
    const shared = await contexts.get(browser);
    let page;
    return {newPage: async () => (page = await shared.newPage()), close: () => page?.close()};
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Two pages at once keep both cores busy: 185 s for every file, against 245 s one at a time
  // (four at once took 211 s).
  concurrency: 2,
  // One file reaches every named state in several modes: minutes on a busy 2-core machine.
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  plugins: [zodAsOneFile(), esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), a11yCommandsPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // Frames unthrottled: a key press waits for the next frame, so at 60 frames a second one
      // Tab took 17 ms on a plain page, against 9 ms so (the accessibility file, with its 1,604
      // presses, 62 s against 46 s). Only here: the bench and the layout-shift test measure
      // frames as a phone shows them.
      launchOptions: {
        executablePath: ensureBrowser(),
        headless: true,
        args: [...browserArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
      },
      createBrowserContext: pagesInOneContext(),
    }),
  ],
};
