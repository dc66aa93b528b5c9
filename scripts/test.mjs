// `npm test`: every check, in the order that fails fastest. Finds (or installs) Chromium
// first, then typecheck, build, bundle budgets, Node tests, browser tests, story tests.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {ensureBrowser} from './browser.mjs';

process.env.CHROME_PATH = ensureBrowser();

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.check.json']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['bundle sizes', 'node', ['scripts/size.mjs']],
  ['Node tests (schema, content)', 'node', ['--test', '--test-reporter=spec', 'test/node/']],
  ['browser tests (Chromium)', 'npx', ['web-test-runner']],
];
if (existsSync('.storybook/main.ts')) steps.push(['story tests (Storybook + axe)', 'npx', ['vitest', 'run', '--project=storybook']]);

const timings = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const {status} = spawnSync(command, args, {stdio: 'inherit', env: process.env});
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed. Earlier steps: ${timings.join(', ')}`);
    process.exit(status ?? 1);
  }
}
console.log(`\n✔ All checks passed. ${timings.join(', ')}`);
