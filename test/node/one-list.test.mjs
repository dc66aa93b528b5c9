// One list per concept, the rest derived or checked here: the elements (the registration files
// at the top of src/, scripts/elements.mjs), the events (src/schema/events.ts), the ready packs
// (src/packs/index.ts) and the help levels (src/model/levels.ts). A new element, event, pack or
// level that one place forgets fails this test, naming the place.
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {describe, it} from 'node:test';
import {elementNames, staleFiles} from '../../scripts/elements.mjs';
import {HelpContentSchema, eventDetailSchemas, helpLevels} from 'attune-widgets/schema';
import * as events from '../../dist/core/events.js';
import {packNames} from 'attune-widgets/packs/index.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

describe('one list per concept', () => {
  it('finds the five elements', () => {
    assert.deepEqual(elementNames, ['baby-cues', 'help-card', 'mood-check-in', 'mood-trend', 'routine-planner']);
  });

  for (const name of elementNames) {
    const tag = `attune-${name}`;
    it(`${tag}: every place written by hand that names the elements has it`, () => {
      const missing = [];
      const expect = (ok, where) => ok || missing.push(where);
      expect(read(`src/${name}.ts`).includes(`'${tag}'`), `src/${name}.ts defines ${tag}`);
      expect(
        new RegExp(`^${tag}:not\\(:defined\\) \\{ min-height: `, 'm').test(read('themes/reserve.css')),
        "themes/reserve.css (its first screen's height)",
      );
      expect(read('fixtures/states.ts').includes(`'${tag}'`), 'fixtures/states.ts (its named states)');
      expect(
        read('test/helpers/widgets.ts').includes(`tag: '${tag}'`),
        "test/helpers/widgets.ts (the tests' list of elements, with the pack sections each needs)",
      );
      expect(existsSync(new URL(`stories/${name}.stories.ts`, root)), `stories/${name}.stories.ts`);
      expect(
        readdirSync(new URL('test/helpers/', root)).some(
          (file) =>
            read(`test/helpers/${file}`).includes(`mount<`) && read(`test/helpers/${file}`).includes(`'${tag}'`),
        ),
        'test/helpers/ (a harness that mounts it)',
      );
      expect(read('scripts/size.mjs').includes(`dist/${name}.js`), 'scripts/size.mjs (its size rows)');
      assert.deepEqual(missing, [], `${tag} is missing from: ${missing.join('; ')}`);
    });
  }

  it('the places written from the list (npm run elements) are as it writes them, and would not be for a new element', async () => {
    const everyWrittenFile = [
      'src/index.ts',
      'src/classes.ts',
      'src/cdn/index.ts',
      'src/react/index.ts',
      'themes/nhs.css',
      'themes/brand-example.css',
      'themes/reserve.css',
      'package.json',
    ];
    assert.deepEqual(await staleFiles(), [], 'run npm run elements');
    assert.deepEqual(await staleFiles([...elementNames, 'new-widget']), everyWrittenFile);
    assert.deepEqual(await staleFiles(elementNames.slice(1)), everyWrittenFile);
  });

  it('events: each name in eventDetailSchemas has one event class with that name, in the typed event map', () => {
    const classes = Object.values(events).filter((value) => typeof value === 'function' && 'eventName' in value);
    assert.deepEqual(classes.map((c) => c.eventName).sort(), Object.keys(eventDetailSchemas).sort());
    const source = read('src/core/events.ts');
    for (const name of Object.keys(eventDetailSchemas))
      assert.ok(source.includes(`'${name}': Attune`), `${name} is not in AttuneEventMap`);
  });

  it("events: each element's React wrapper has a prop for every event the manifest says it fires", () => {
    // The wrappers are written from the same tags the analyzer reads; this reads its reading.
    const manifest = JSON.parse(read('custom-elements.json'));
    const react = read('src/react/index.ts');
    const fired = new Set();
    for (const element of manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName)) {
      const wrapper = react.match(new RegExp(`= wrap\\('${element.tagName}'[^;]*;`))?.[0] ?? '';
      assert.ok(wrapper, `no React wrapper for <${element.tagName}>`);
      for (const {name} of element.events ?? []) {
        fired.add(name);
        const inWrap = ['attune-content-error', 'attune-content-warning'].includes(name);
        assert.ok(
          inWrap || wrapper.includes(`on('${name}')`),
          `<${element.tagName}>'s wrapper has no prop for ${name}`,
        );
      }
    }
    for (const name of Object.keys(eventDetailSchemas))
      assert.ok(fired.has(name) || name === 'attune-content-warning', `no element says it fires ${name} (@fires)`);
  });

  it('packs: each ready pack has its entry module and its JSON', () => {
    for (const name of packNames) {
      assert.ok(existsSync(new URL(`src/packs/${name}.ts`, root)), `src/packs/${name}.ts`);
      assert.ok(existsSync(new URL(`dist/packs/${name}.json`, root)), `dist/packs/${name}.json`);
    }
  });

  it('help levels: the help section has exactly the levels of helpLevels', () => {
    const levels = Object.keys(HelpContentSchema._zod.def.shape.levels._zod.def.shape);
    assert.deepEqual(levels.sort(), [...helpLevels].sort());
  });
});
