// Types in every framework: vue-tsc checks attune-* tags in Vue templates (attribute values,
// unknown attributes, event details) and tsc checks the React wrappers. Each expected error in
// the type-check files must be needed: a copy without the expect-error comments must fail on
// exactly those lines, so types that go loose (string, any) fail this test. Angular's compiler
// (ngc, strictTemplates) checks the typed directives of examples/angular the same way.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {normalize} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {promisify, stripVTControlCharacters} from 'node:util';
import {compileTemplate, parse} from '@vue/compiler-sfc';
import {loadConfigFromFile} from 'vite';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

/**
 * Writes `<example>/.tmp/` with a copy of `file` whose expect-error comments are gone, and a
 * tsconfig that checks it beside the example's own files. Returns where errors must be.
 */
function loosen(example, file, marker) {
  const dir = `${root}${example}/.tmp`;
  mkdirSync(dir, {recursive: true});
  const kept = [];
  const expected = [];
  for (const line of readFileSync(`${root}${example}/src/${file}`, 'utf8').split('\n')) {
    if (marker.test(line)) expected.push(kept.length + 1);
    else kept.push(line);
  }
  writeFileSync(`${dir}/${file}`, kept.join('\n'));
  writeFileSync(
    `${dir}/tsconfig.json`,
    JSON.stringify({extends: '../tsconfig.json', files: [file], include: ['../src']}),
  );
  return {config: `${example}/.tmp/tsconfig.json`, loose: `${example}/.tmp/${file}`, expected};
}

/** Runs a checker; returns its errors as "file:line", and one with no place (a missing file) by its code. */
async function errorsOf(command, config) {
  const result = await run('npx', [command, '-p', config, '--noEmit'], {cwd: root}).catch((error) => error);
  const output = `${result.stdout}`;
  return [
    ...[...output.matchAll(/^(\S+)\((\d+),\d+\): error/gm)].map(([, file, line]) => `${file}:${line}`),
    ...[...output.matchAll(/^error (TS\d+)/gm)].map(([, code]) => `${command}: error ${code}`),
  ];
}

const checks = {
  vue: {example: 'examples/vue', file: 'type-checks.vue', marker: /^\s*<!-- @vue-expect-error /, command: 'vue-tsc'},
  react: {example: 'examples/react', file: 'type-checks.tsx', marker: /^\s*\/\/ @ts-expect-error /, command: 'tsc'},
};

/** Angular templates take no expect-error comments: a component with one mistake per line instead. */
const angularMistakes = [
  '<attune-help-card level="critical" />',
  '<attune-help-card [headingLevel]="9" />',
  '<attune-mood-trend [days]="10" />',
  '<attune-mood-trend (summaryShare)="save($event)" />',
];

/** Writes the Angular example's mistakes component; returns where errors must be. */
function angularWrong() {
  const dir = `${root}examples/angular/.tmp`;
  mkdirSync(dir, {recursive: true});
  const head = `import {CUSTOM_ELEMENTS_SCHEMA, Component} from '@angular/core';
import type {CheckInSubmitDetail} from 'attune-widgets';
import {ATTUNE_DIRECTIVES} from '../src/attune.directives';

@Component({
  selector: 'app-mistakes',
  imports: [ATTUNE_DIRECTIVES],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \``;
  const tail = `\`,
})
export class MistakesComponent {
  save(detail: CheckInSubmitDetail) {
    return detail.response;
  }
}
`;
  writeFileSync(`${dir}/mistakes.ts`, [head, ...angularMistakes, tail].join('\n'));
  const config = {
    extends: '../tsconfig.json',
    compilerOptions: {rootDir: '..'},
    files: ['mistakes.ts'],
    include: ['../src'],
  };
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify(config));
  const first = head.split('\n').length + 1;
  return {
    config: 'examples/angular/.tmp/tsconfig.json',
    loose: 'examples/angular/.tmp/mistakes.ts',
    expected: angularMistakes.map((_, i) => first + i),
  };
}

/** ngc writes "file:line:col - error" in colour, the file relative to the config's folder. */
async function ngcErrorsOf(config, folder) {
  const result = await run('npx', ['ngc', '-p', config], {cwd: root}).catch((error) => error);
  const text = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  return [...text.matchAll(/^(\S+):(\d+):\d+ - error/gm)].map(
    ([, file, line]) => `${normalize(`${folder}${file}`)}:${line}`,
  );
}

describe('framework types (attune-widgets/vue, attune-widgets/react, Angular directives)', () => {
  const results = {};
  before(async () => {
    // Every checker at once: each is mostly waiting on TypeScript.
    const angular = angularWrong();
    await Promise.all([
      ...Object.entries(checks).map(async ([name, {example, file, marker, command}]) => {
        const copy = loosen(example, file, marker);
        results[name] = {...copy, errors: await errorsOf(command, copy.config)};
      }),
      // One run checks the example's own files (its config is extended, not changed) and the mistakes.
      ngcErrorsOf(angular.config, 'examples/angular/.tmp/').then((errors) => (results.angular = {...angular, errors})),
    ]);
  });
  after(() => {
    for (const example of ['examples/vue', 'examples/react', 'examples/angular']) {
      rmSync(`${root}${example}/.tmp`, {recursive: true, force: true});
    }
  });

  it('angular: the example compiles with strictTemplates, and each wrong binding fails on its line', () => {
    const {loose, expected, errors} = results.angular;
    assert.deepEqual(
      errors.filter((e) => !e.startsWith(loose)),
      [],
      'examples/angular compiles',
    );
    assert.deepEqual(
      [...new Set(errors.filter((e) => e.startsWith(loose)))],
      expected.map((line) => `${loose}:${line}`),
    );
  });

  for (const [name, {example, file}] of Object.entries(checks)) {
    it(`${name}: the example and ${file} pass, and every expected error is needed`, () => {
      const {loose, expected, errors} = results[name];
      assert.ok(expected.length >= 4, `${file} has its expected errors`);
      assert.deepEqual(
        errors.filter((e) => !e.startsWith(loose)),
        [],
        `${example} type-checks (an unneeded expect-error is an error too)`,
      );
      const lines = [...new Set(errors.filter((e) => e.startsWith(loose)))];
      assert.deepEqual(
        lines,
        expected.map((line) => `${loose}:${line}`),
        'without the comments, exactly those lines fail',
      );
    });
  }

  it('vue: the example tells Vue that attune-* tags are custom elements, so they bind properties and events', async () => {
    const {config} = await loadConfigFromFile(
      {command: 'build', mode: 'production'},
      `${root}examples/vue/vite.config.ts`,
    );
    const vue = config.plugins.flat().find((plugin) => plugin?.name === 'vite:vue');
    const {compilerOptions} = vue.api.options.template;
    const source = readFileSync(`${root}examples/vue/src/App.vue`, 'utf8');
    const {descriptor} = parse(source);
    const {code} = compileTemplate({
      source: descriptor.template.content,
      filename: 'App.vue',
      id: 'app',
      compilerOptions,
    });
    assert.doesNotMatch(code, /resolveComponent/);
    assert.match(code, /_createElementVNode\("attune-mood-check-in", \{[^}]*onAttuneCheckInSubmit: [^\n]*saveCheckIn/);
    assert.match(code, /_createElementVNode\("attune-mood-trend", \{\s*entries: _ctx\.responses/);
  });
});
