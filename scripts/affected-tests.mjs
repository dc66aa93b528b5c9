// The browser test files a change most likely affects, for the inner loop: those whose imports
// reach a changed file other than through the modules every page loads (see `everything`).
// "Changed" is what git shows as not yet committed, or, when all is committed, the last commit.
// `npm run test:quick` runs only these; `npm test` runs them all. Home-made because Web Test
// Runner has no "only changed" mode.
import {execFileSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {build} from 'esbuild';
import {isMain} from './is-main.mjs';

const root = new URL('..', import.meta.url).pathname;
/**
 * Modules that import every widget (the test stage's registrations) or every widget's data (the
 * named states): a path through them says nothing about what a test is for.
 */
const everything = new Set(['test/helpers/widgets.ts', 'fixtures/states.ts', 'test/helpers/states.ts']);
/** The paths git prints, NUL-separated so no name comes back quoted. */
const git = (...args) =>
  execFileSync('git', [...args, '-z'], {cwd: root, encoding: 'utf8'})
    .split('\0')
    .filter(Boolean);

/** Files changed and not committed (untracked ones too); if none, those of the last commit. */
export function changedFiles() {
  const uncommitted = [...git('diff', '--name-only', 'HEAD'), ...git('ls-files', '--others', '--exclude-standard')];
  // diff-tree --root also works on a first commit, where HEAD~1 does not exist.
  const files = uncommitted.length
    ? uncommitted
    : git('diff-tree', '--root', '--no-commit-id', '--name-only', '-r', 'HEAD');
  return [...new Set(files)];
}

/** Every browser test file (test/*.test.ts) whose imports reach one of `files`. */
export async function affectedBrowserTests(files = changedFiles()) {
  const changed = new Set(files.map((file) => resolve(root, file)));
  const tests = readdirSync(resolve(root, 'test'))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/${name}`);
  const {metafile} = await build({
    absWorkingDir: root,
    entryPoints: tests,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const inputs = metafile.inputs;
  const reaches = (test) => {
    const seen = new Set([test]);
    for (const file of seen) {
      if (changed.has(resolve(root, file))) return true;
      if (file !== test && everything.has(file)) continue;
      for (const {path} of inputs[file]?.imports ?? []) if (inputs[path]) seen.add(path);
    }
    return false;
  };
  return tests.filter(reaches);
}

if (isMain(import.meta.url)) {
  console.log((await affectedBrowserTests()).join('\n'));
}
