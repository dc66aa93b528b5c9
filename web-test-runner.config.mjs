import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {browserArgs, ensureBrowser} from './scripts/browser.mjs';
import {a11yCommandsPlugin} from './test/plugins/a11y-commands.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Two pages at once keep both cores busy: 185 s for every file, against 245 s one at a time
  // (four at once took 211 s).
  concurrency: 2,
  // One file reaches every named state in several modes: minutes on a busy 2-core machine.
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), a11yCommandsPlugin()],
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
    }),
  ],
};
