// Every named state of fixtures/states.ts has its story in the static Storybook (npm run
// build-storybook), under the state's own key, and so its screenshots: scripts/screenshots.mjs
// shoots that story and its baselines in test/screenshots/ are there to compare with. A state
// added without a story, or a story without baselines, fails here.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {build} from 'vite';
import {elementNames} from '../../scripts/elements.mjs';
import {fileOf, shotsOf, storyIds} from '../../scripts/screenshots.mjs';

const root = new URL('../../', import.meta.url).pathname;
const built = existsSync(`${root}storybook-static/index.json`);

/** fixtures/states.ts, bundled (it is TypeScript, and imports the built-in pack); once. */
let loaded;
const loadStates = () => (loaded ??= bundleStates());
async function bundleStates() {
  const [bundle] = [].concat(
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {write: false, minify: false, lib: {entry: 'fixtures/states.ts', formats: ['es'], fileName: 'states'}},
    }),
  );
  const code = bundle.output[0].code;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

it('statesByElement in fixtures/states.ts names every element, so the tests of every state reach it', async () => {
  const {statesByElement} = await loadStates();
  assert.deepEqual(Object.keys(statesByElement).sort(), elementNames);
});

describe('every named state has a story and screenshots', {skip: !built && 'run npm run build-storybook first'}, () => {
  it('each state in fixtures/states.ts is a story of its widget, shot against committed baselines', async () => {
    const states = await loadStates();
    const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8'));
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    const shot = new Set(storyIds());
    const problems = [];
    // Each element's stories file is written from its states.
    for (const [name, elementStates] of Object.entries(states.statesByElement)) {
      const list = `statesByElement['${name}']`;
      const importPath = `./stories/${name}.stories.ts`;
      for (const key of Object.keys(elementStates)) {
        const story = stories.find((e) => e.importPath === importPath && e.exportName === key);
        if (!story) {
          problems.push(`${list}.${key}: no story ${key} in ${importPath}`);
          continue;
        }
        if (!shot.has(story.id)) problems.push(`${list}.${key}: scripts/screenshots.mjs does not shoot ${story.id}`);
        for (const {theme, widths} of shotsOf(story.id))
          for (const width of widths)
            if (!existsSync(fileOf(story.id, theme, width)))
              problems.push(`${list}.${key}: no baseline ${theme}-${width}.png for ${story.id}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
