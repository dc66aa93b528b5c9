// The Nu HTML Checker (vnu, the W3C's validator), not ours, reads every page the project
// serves or shows a host how to write: the demo, the examples, the portal's pages and a
// server-rendered page. It skips <template> contents, so inside declarative shadow DOM the
// browser tests (axe) are the check.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {renderPage} from '../../examples/ssr/render.mjs';
import {startPortal} from '../../examples/portal/server.mjs';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

/**
 * What @lit-labs/ssr writes on purpose, which vnu does not know: the older `shadowroot`
 * attribute beside `shadowrootmode` (for browsers from before the standard name) and the
 * `<?lit$…$>` markers that hydration looks for. Nothing else is let through.
 */
const litSsrMarkup = [
  /^Attribute “shadowroot” not allowed on element “template”/,
  /^Saw “<\?”\. Probable cause: Attempt to use an XML processing instruction/,
];

describe('every page passes the Nu HTML Checker', {skip: !hasJava && 'no java on this machine'}, () => {
  let folder;
  let portal;
  const files = {
    'demo/index.html': 'demo/index.html',
    'examples/cdn/index.html': 'examples/cdn/index.html',
    'examples/cdn/two-versions.html': 'examples/cdn/two-versions.html',
    'examples/react/index.html': 'examples/react/index.html',
  };
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'attune-vnu-'));
    portal = await startPortal({port: 0});
    const pages = {
      'server-rendered page': await renderPage(),
      'portal: check-in form': await (await fetch(`${portal.url}/`)).text(),
      'portal: stored check-ins': await (await fetch(`${portal.url}/check-ins`)).text(),
    };
    for (const [name, html] of Object.entries(pages)) {
      const file = join(folder, `${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, html);
      files[name] = file;
    }
  });
  after(() => {
    portal?.server.close();
    if (folder) rmSync(folder, {recursive: true, force: true});
  });

  it('finds no errors or warnings', () => {
    // The check can fail: a broken page, checked in the same run (the JVM starts once), must fail.
    const broken = join(folder, 'broken.html');
    writeFileSync(broken, '<!doctype html><html lang="en"><title>x</title><p><div></p>');
    const run = spawnSync(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...Object.values(files), broken],
      {encoding: 'utf8'},
    );
    const {messages} = JSON.parse(run.stderr);
    const isBroken = (m) => m.url.endsWith('/broken.html');
    assert.ok(
      messages.some((m) => isBroken(m) && m.type === 'error'),
      'vnu found nothing wrong in a broken page',
    );
    const problems = messages
      .filter((m) => !isBroken(m) && (m.type === 'error' || m.subType === 'warning'))
      .filter((m) => !(m.url.includes('server-rendered') && litSsrMarkup.some((known) => known.test(m.message))));
    const named = problems.map(
      (m) =>
        `${Object.keys(files).find((k) => m.url.endsWith(files[k].split('/').pop())) ?? m.url}: ${m.message} (line ${m.lastLine})`,
    );
    assert.deepEqual(named, []);
    assert.ok(Object.keys(files).length >= 7);
  });
});
