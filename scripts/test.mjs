// `npm test`: every check, in the order that fails fastest. Finds (or installs) Chromium first.
// Steps in one group run side by side (each is mostly one process waiting on another, so two
// cores keep up); the groups run one after another. `npm run test:quick` (`--quick`) is the inner
// loop: the static checks and the browser tests, no build.
import {spawn} from 'node:child_process';
import {ensureBrowser} from './browser.mjs';

process.env.CHROME_PATH = ensureBrowser();
const quick = process.argv.includes('--quick');

const staticChecks = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.check.json']],
  ['lint (ESLint, zero warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
];
const browserTests = ['browser tests (Chromium)', 'npx', ['web-test-runner']];

const groups = quick
  ? [staticChecks, [browserTests]]
  : [
      staticChecks,
      [['build', 'npm', ['run', 'build', '--silent']]],
      [
        ['API reference (docs/api.md) is current', 'node', ['scripts/api-docs.mjs', '--check']],
        ['bundle sizes', 'node', ['scripts/size.mjs']],
        ['static Storybook', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']],
      ],
      [
        [
          'Node tests (schema, content, hosts, SSR, docs, safety case)',
          'node',
          ['--test', '--test-concurrency=2', '--test-reporter=dot', 'test/node/'],
        ],
      ],
      [browserTests],
      [['story tests (every story, with axe)', 'npx', ['vitest', 'run', '--project=storybook']]],
      [
        [
          'screenshots of every story against the baselines (npm run screenshots:update to renew)',
          'node',
          ['scripts/screenshots.mjs'],
        ],
      ],
    ];

/** Runs one step, its output held back until it ends so side-by-side steps do not interleave. */
function run([name, command, args], shared) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {env: process.env, stdio: shared ? 'inherit' : ['ignore', 'pipe', 'pipe']});
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!shared) process.stdout.write(`\n▶ ${name} (${seconds} s)\n${Buffer.concat(output).toString()}`);
      resolve({name, status, seconds});
    });
  });
}

const timings = [];
const suiteStarted = Date.now();
for (const group of groups) {
  if (group.length === 1) console.log(`\n▶ ${group[0][0]}`);
  const results = await Promise.all(group.map((step) => run(step, group.length === 1)));
  timings.push(...results.map(({name, seconds}) => `${name}: ${seconds} s`));
  const failed = results.find(({status}) => status !== 0);
  if (failed) {
    console.error(`\n✖ ${failed.name} failed. Steps so far: ${timings.join(', ')}`);
    process.exit(failed.status ?? 1);
  }
}
const total = ((Date.now() - suiteStarted) / 1000).toFixed(0);
console.log(`\n✔ All checks passed in ${total} s. ${timings.join(', ')}`);
