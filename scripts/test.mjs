// `npm test`: every check, in the order that fails fastest. Finds (or installs) Chromium
// first, then typecheck, lint, format, build, docs, bundle budgets, Storybook, Node, browser and story tests,
// and the screenshots of every story compared with their baselines.
import {spawnSync} from 'node:child_process';
import {ensureBrowser} from './browser.mjs';

process.env.CHROME_PATH = ensureBrowser();

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.check.json']],
  ['lint (ESLint, zero warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['API reference (docs/api.md) is current', 'node', ['scripts/api-docs.mjs', '--check']],
  ['bundle sizes', 'node', ['scripts/size.mjs']],
  ['static Storybook', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']],
  [
    'Node tests (schema, content, hosts, SSR, docs, safety case)',
    'node',
    ['--test', '--test-reporter=spec', 'test/node/'],
  ],
  ['browser tests (Chromium)', 'npx', ['web-test-runner']],
  ['story tests (every story, with axe)', 'npx', ['vitest', 'run', '--project=storybook']],
  [
    'screenshots of every story against the baselines (npm run screenshots:update to renew)',
    'node',
    ['scripts/screenshots.mjs'],
  ],
];

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
