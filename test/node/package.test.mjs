// The package as npm would publish it: LICENSE, CHANGELOG and every file the README and the docs
// link to are in the tarball, so no link breaks for someone reading them from the package (the
// project has no public repository address to link to instead).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {posix} from 'node:path';
import {describe, it} from 'node:test';

const root = new URL('../../', import.meta.url);
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}),
);
const files = new Set(packed.files.map((file) => file.path));

/** The pages a reader of the package follows links from: the README and every docs page. */
const pages = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Every relative link and image of a Markdown page, as a package path and an optional #anchor. */
function relativeLinks(page) {
  const text = readFileSync(new URL(page, root), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, href]) => href)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
    .map((href) => {
      const [target, anchor] = href.split('#');
      const path = target ? posix.normalize(posix.join(posix.dirname(page), target)).replace(/\/$/, '') : page;
      return {href, path, anchor};
    });
}

/** A file of the tarball, or a folder holding at least one. */
const inPackage = (path) => files.has(path) || [...files].some((file) => file.startsWith(`${path}/`));

/** The anchors GitHub and npm give a page's headings: lower case, punctuation dropped, spaces to hyphens. */
function headingSlugs(path) {
  const text = readFileSync(new URL(path, root), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set(
    [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('the package tarball (npm pack --dry-run)', () => {
  it('holds LICENSE, CHANGELOG.md, the README and the attune-pack command', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'bin/attune-pack.mjs'])
      assert.ok(files.has(file), `${file} is not in the package`);
  });

  it('holds every file the README and docs/*.md link to by a relative path', () => {
    const links = pages.flatMap((page) => relativeLinks(page).map((link) => ({page, ...link})));
    assert.ok(
      links.some((link) => link.page === 'README.md'),
      'the README links to files of the package',
    );
    assert.ok(
      links.some((link) => link.page.startsWith('docs/')),
      'the docs link to files of the package',
    );
    const missing = links.filter(({path}) => !inPackage(path)).map(({page, href}) => `${page}: ${href}`);
    assert.deepEqual(missing, []);
  });

  it('the README and every docs/*.md page are themselves in the package', () => {
    for (const page of pages) assert.ok(files.has(page), `${page} is not in the package`);
  });

  it("every #anchor of a link to a Markdown page names one of that page's headings", () => {
    const broken = pages.flatMap((page) =>
      relativeLinks(page)
        .filter(({path, anchor}) => anchor && path.endsWith('.md') && files.has(path))
        .filter(({path, anchor}) => !headingSlugs(path).has(anchor))
        .map(({href}) => `${page}: ${href}`),
    );
    assert.deepEqual(broken, []);
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
