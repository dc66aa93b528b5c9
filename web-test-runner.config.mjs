import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {browserArgs, ensureBrowser} from './scripts/browser.mjs';
import {a11yCommandsPlugin} from './test/plugins/a11y-commands.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), a11yCommandsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: ensureBrowser(), headless: true, args: browserArgs},
    }),
  ],
};
