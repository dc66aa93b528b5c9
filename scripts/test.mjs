// `npm test`: every check, in the order that fails fastest. Finds (or installs) Chromium first.
// One step at a time: on two cores, side-by-side steps were slower in all and made timing checks,
// such as layout shift while hydrating, flaky. Node test files do run two at a time: many of
// them wait on a browser, a compiler or a server, and two at once took 111 to 121 s in three
// runs against 146 s one at a time. The one file that measures timing (layout shift while a
// server-rendered page hydrates) runs alone after them.
// `npm run test:quick` (`--quick`) is the inner loop, no build: the typecheck, ESLint and Prettier
// on the changed files, and the browser tests those changes reach (scripts/affected-tests.mjs).
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {chromium} from 'playwright';
import {affectedBrowserTests, changedFiles} from './affected-tests.mjs';
import {browserArgs, ensureBrowser} from './browser.mjs';

process.env.CHROME_PATH = ensureBrowser();
const quick = process.argv.includes('--quick');

const staticChecks = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.check.json']],
  ['lint (ESLint, zero warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
];
const browserTests = ['browser tests (Chromium)', 'npx', ['web-test-runner']];
/**
 * The Node test files that take 7 s or more alone, slowest first: started first, so that the two
 * running at once end together (about 6 s less than in name order). A file left out still runs.
 */
const slowestNodeTests = [
  'storybook-static',
  'ssr-fidelity',
  'cdn-entries',
  'cdn',
  'portal-browser',
  'framework-types',
  'schema-differential',
  'react-example',
].map((name) => `test/node/${name}.test.mjs`);
/** A slow file's place in that list; every other file after them, in name order (the sort is stable). */
function startOrder(file) {
  const place = slowestNodeTests.indexOf(file);
  return place === -1 ? slowestNodeTests.length : place;
}
const nodeTests = readdirSync('test/node')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/node/${name}`)
  .sort((a, b) => startOrder(a) - startOrder(b));
/** Measures layout shift while hydrating: another file's load beside it could cause a shift of its own. */
const timingTest = 'test/node/ssr.test.mjs';

/** The inner loop's steps: the whole typecheck, and lint, format and browser tests for the change. */
async function quickSteps() {
  const changed = changedFiles().filter((file) => existsSync(file));
  const lintable = changed.filter((file) => /\.(m?js|ts)$/.test(file));
  // A file esbuild cannot parse yet (mid-edit) leaves no graph to follow: then every browser test.
  const tests = await affectedBrowserTests(changed).catch(() => ['test/**/*.test.ts']);
  console.log(`Changed: ${changed.join(', ') || 'nothing'}\nBrowser tests they reach: ${tests.join(', ') || 'none'}`);
  const steps = [staticChecks[0]];
  if (lintable.length)
    steps.push(['lint the changed files', 'npx', ['eslint', '--max-warnings', '0', '--no-warn-ignored', ...lintable]]);
  if (changed.length)
    steps.push([
      'format the changed files',
      'npx',
      ['prettier', '--check', '--ignore-unknown', '--log-level', 'warn', ...changed],
    ]);
  if (tests.length) steps.push(['browser tests the change reaches', 'npx', ['web-test-runner', ...tests]]);
  return steps;
}

const steps = quick
  ? await quickSteps()
  : [
      ...staticChecks,
      ['build', 'npm', ['run', 'build', '--silent']],
      ['API reference (docs/api.md) is current', 'node', ['scripts/api-docs.mjs', '--check']],
      ['bundle sizes', 'node', ['scripts/size.mjs']],
      ['static Storybook', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']],
      [
        'Node tests (schema, content, hosts, SSR, docs, safety case), two files at a time',
        'node',
        ['--test', '--test-concurrency=2', '--test-reporter=dot', ...nodeTests.filter((file) => file !== timingTest)],
      ],
      ['Node test of hydration without layout shift, alone', 'node', ['--test', '--test-reporter=dot', timingTest]],
      browserTests,
      [
        "every story of the static Storybook: Storybook's verdict (render, play function, axe), IBM accessibility checker, screenshots against the baselines (npm run screenshots:update to renew)",
        'node',
        ['scripts/screenshots.mjs'],
      ],
    ];

/** Runs one step with its output on the terminal; resolves with its exit status and time. */
function run([name, command, args]) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  return new Promise((resolve) => {
    spawn(command, args, {env: process.env, stdio: 'inherit'}).on('close', (status) =>
      resolve({name, status, seconds: ((Date.now() - started) / 1000).toFixed(1)}),
    );
  });
}

// One Chromium for the Node test files, which connect to it (test/node/helpers/browser.mjs):
// nine launches cost about 1.5 s each.
const nodeTestBrowser = quick
  ? undefined
  : await chromium.launchServer({executablePath: process.env.CHROME_PATH, headless: true, args: browserArgs});
if (nodeTestBrowser) process.env.ATTUNE_TEST_BROWSER = nodeTestBrowser.wsEndpoint();

const timings = [];
const suiteStarted = Date.now();
for (const step of steps) {
  const {name, status, seconds} = await run(step);
  timings.push(`${name}: ${seconds} s`);
  if (status !== 0) {
    await nodeTestBrowser?.close();
    console.error(`\n✖ ${name} failed. Steps so far: ${timings.join(', ')}`);
    process.exit(status ?? 1);
  }
}
await nodeTestBrowser?.close();
const total = ((Date.now() - suiteStarted) / 1000).toFixed(0);
console.log(`\n✔ All checks passed in ${total} s. ${timings.join(', ')}`);
