// The one list of elements: a registration file per element at the top of src/ (src/<name>.ts
// defines <attune-<name>>). Rollup, ESLint and the size script read it from here. The places
// that must name every element in code are written from it: `npm run elements` writes them, and
// a Node test (test/node/one-list.test.mjs) fails while one is not as this would write it.
// - src/index.ts, src/classes.ts and src/cdn/index.ts: the lines between the two marker comments;
// - package.json: each element's entry in `exports` and its three in `sideEffects`.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';

const root = new URL('../', import.meta.url);
const notElements = new Set(['index', 'classes']);

/** Every element's name, e.g. "help-card", in a steady order. */
export const elementNames = readdirSync(new URL('src/', root))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => !notElements.has(name))
  .sort();

/** The element's class, e.g. "AttuneHelpCard" for "help-card". */
export const classNameOf = (name) =>
  `Attune${name
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')}`;

const begin = '// Written by scripts/elements.mjs (npm run elements), one line per element:';
const end = '// End of the written lines.';

/** Each barrel's line for one element. */
const barrels = {
  'src/index.ts': (name) => `export * from './${name}.js';`,
  'src/classes.ts': (name) => `export {${classNameOf(name)}} from './${name}/${name}.js';`,
  'src/cdn/index.ts': (name) => `export * from '../${name}.js';`,
};

/** `source` with the lines between the markers written for `names`. */
function writeBarrel(source, line, names) {
  const from = source.indexOf(begin);
  const to = source.indexOf(end);
  if (from === -1 || to < from) throw new Error(`the marker comments "${begin}" and "${end}" are missing`);
  return `${source.slice(0, from + begin.length)}\n${names.map(line).join('\n')}\n${source.slice(to)}`;
}

/**
 * Element-shaped entries of package.json: a top-level `./<name>.js` export (the classes file
 * aside), and a registration file's dist, CDN (not the all-in-one `attune*` files) and source
 * path in `sideEffects`. Any of these for a name not in the list is stale, and goes.
 */
const elementExport = (key) => /^\.\/[\w-]+\.js$/.test(key) && key !== './classes.js';
const sideEffectsOf = (name) => [`./dist/${name}.js`, `./dist/cdn/${name}.min.js`, `./src/${name}.ts`];
const elementSideEffect = [
  (path) => /^\.\/dist\/[\w-]+\.js$/.test(path) && path !== './dist/index.js',
  (path) => /^\.\/dist\/cdn\/[\w-]+\.min\.js$/.test(path) && !path.startsWith('./dist/cdn/attune'),
  (path) => /^\.\/src\/[\w-]+\.ts$/.test(path) && path !== './src/index.ts',
];

/** `list` with the entries `isElement` picks replaced, where the first of them stood, by `entries`. */
function replaceRun(list, isElement, entries) {
  const first = list.findIndex(isElement);
  const rest = list.filter((item) => !isElement(item));
  const at = first === -1 ? rest.length : first;
  return [...rest.slice(0, at), ...entries, ...rest.slice(at)];
}

/** package.json with its element entries written for `names`, every other entry in its place. */
function writePackage(pkg, names) {
  const exportsList = replaceRun(
    Object.entries(pkg.exports),
    ([key]) => elementExport(key),
    names.map((name) => [`./${name}.js`, {types: `./dist/${name}.d.ts`, default: `./dist/${name}.js`}]),
  );
  let sideEffects = pkg.sideEffects;
  elementSideEffect.forEach((isElement, kind) => {
    sideEffects = replaceRun(
      sideEffects,
      isElement,
      names.map((name) => sideEffectsOf(name)[kind]),
    );
  });
  return {...pkg, exports: Object.fromEntries(exportsList), sideEffects};
}

/** Each written file's path, its text now, and its text as the list would write it. */
function writtenFiles(names = elementNames) {
  const read = (path) => readFileSync(new URL(path, root), 'utf8');
  const files = Object.entries(barrels).map(([path, line]) => {
    const now = read(path);
    return {path, now, wanted: writeBarrel(now, line, names)};
  });
  const pkgText = read('package.json');
  files.push({
    path: 'package.json',
    now: pkgText,
    wanted: `${JSON.stringify(writePackage(JSON.parse(pkgText), names), null, 2)}\n`,
  });
  return files;
}

/** The written files that are not as the list would write them (empty when all agree). */
export const staleFiles = (names) =>
  writtenFiles(names)
    .filter(({now, wanted}) => now !== wanted)
    .map(({path}) => path);

if (import.meta.url === `file://${process.argv[1]}`) {
  const changed = writtenFiles().filter(({now, wanted}) => now !== wanted);
  for (const {path, wanted} of changed) writeFileSync(new URL(path, root), wanted);
  console.log(
    changed.length
      ? `Wrote ${changed.map(({path}) => path).join(', ')} for the elements: ${elementNames.join(', ')}.`
      : `Every place is written for the elements: ${elementNames.join(', ')}.`,
  );
}
