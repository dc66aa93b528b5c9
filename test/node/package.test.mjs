// The package as npm would publish it: LICENSE, CHANGELOG and every file the README links to
// are in the tarball, so no link breaks for someone reading the README from the package.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

const root = new URL('../../', import.meta.url);
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}),
);
const files = new Set(packed.files.map((file) => file.path));

describe('the package tarball (npm pack --dry-run)', () => {
  it('holds LICENSE, CHANGELOG.md, the README and the attune-pack command', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'bin/attune-pack.mjs'])
      assert.ok(files.has(file), `${file} is not in the package`);
  });

  it('holds every file the README links to by a relative path', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map(([, href]) => href.split('#')[0])
      .filter((href) => href && !/^[a-z]+:/i.test(href));
    assert.ok(links.length > 0, 'the README links to files of the package');
    const missing = links.filter((href) => {
      const path = href.replace(/^\.\//, '').replace(/\/$/, '');
      return !files.has(path) && ![...files].some((file) => file.startsWith(`${path}/`));
    });
    assert.deepEqual(missing, []);
  });

  it('leaves out what a host does not need: tests, stories, sources of built examples', () => {
    assert.deepEqual(
      [...files].filter(
        (file) => /^(test|stories|src|fixtures|bench)\//.test(file) || /^examples\/[^/]+\/dist\//.test(file),
      ),
      [],
    );
  });
});
