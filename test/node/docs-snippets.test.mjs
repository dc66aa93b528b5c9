// The code a host copies from the README, docs/ and Storybook's Getting started avoids the traps
// hosts fell into: a Vue snippet without its imports, a server that JSON.parses a form post, and
// Ajv's draft-07 build for the draft 2020-12 schemas.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {compile} from '@vue/compiler-dom';

const root = new URL('../../', import.meta.url);
const files = [
  'README.md',
  'stories/getting-started.mdx',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
/** Every fenced block of every file, with its language. */
const blocks = files.flatMap((file) =>
  [...readFileSync(new URL(file, root), 'utf8').matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map(([, lang, code]) => ({
    file,
    lang,
    code,
  })),
);

describe('code snippets in the README, docs/ and Getting started', () => {
  const vue = blocks.filter(({lang}) => lang === 'vue');

  it('there are Vue snippets to check', () => assert.ok(vue.length >= 3, `${vue.length} Vue snippets`));

  for (const {file, code} of vue) {
    it(`${file}: a Vue snippet imports what it uses, and its template compiles with attune-* as custom elements`, () => {
      const script = /<script setup(?: lang="ts")?>([\s\S]*?)<\/script>/.exec(code)?.[1];
      assert.ok(script, 'the snippet has a <script setup>');
      assert.match(script, /^import 'attune-widgets[^']*';/m, 'it imports the element it shows');
      const template = /<template>([\s\S]*)<\/template>/.exec(code)?.[1];
      assert.ok(template, 'the snippet has a <template>');
      const errors = [];
      const {code: render} = compile(template, {
        mode: 'module',
        isCustomElement: (tag) => tag.startsWith('attune-'),
        onError: (error) => errors.push(error.message),
      });
      assert.deepEqual(errors, []);
      assert.doesNotMatch(render, /resolveComponent/, 'every attune-* tag is a custom element, not a Vue component');
      // Every name the template binds is declared or imported in the script.
      for (const [, name] of template.matchAll(/[:@][\w-]+="(\w+)/g))
        assert.match(
          script,
          new RegExp(`\\b(const|let|function|import)\\b[^\\n]*\\b${name}\\b`),
          `${name} is declared`,
        );
    });
  }

  it('no server snippet JSON.parses a whole request body (a plain form posts URL-encoded fields)', () => {
    const parsesBody = blocks.filter(({code}) => /JSON\.parse\(\s*body\s*\)/.test(code));
    assert.deepEqual(
      parsesBody.map(({file}) => file),
      [],
    );
    assert.ok(
      blocks.some(({code}) => /new URLSearchParams\(body\)\.get\('checkin'\)/.test(code)),
      'a snippet shows reading the form field',
    );
  });

  it('every snippet that uses Ajv uses its draft 2020-12 build', () => {
    const ajv = blocks.filter(({code}) => /\bajv\b/i.test(code));
    assert.ok(ajv.length > 0, 'a snippet shows Ajv');
    for (const {file, code} of ajv) {
      assert.doesNotMatch(code, /new Ajv\(/, `${file} uses new Ajv()`);
      assert.match(code, /from 'ajv\/dist\/2020\.js'/, `${file} imports ajv/dist/2020.js`);
    }
  });
});
