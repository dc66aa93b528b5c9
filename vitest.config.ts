import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
// @ts-expect-error: a plain .mjs helper shared with web-test-runner and the benchmarks.
import {browserArgs, findBrowser} from './scripts/browser.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Every story is a test: it must render, pass its play function and pass axe (a11y.test = 'error'). */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({configDir: path.join(dirname, '.storybook')})],
        test: {
          name: 'storybook',
          // Every story mounts afresh in its own root, so the stories files can share one page:
          // Storybook's preview and the widgets load once, not once per file (about 4 s).
          isolate: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({launchOptions: {executablePath: findBrowser(), args: browserArgs}}),
            instances: [{browser: 'chromium'}],
          },
        },
      },
    ],
  },
});
