// The one list of elements: a registration file per element at the top of src/ (src/<name>.ts
// defines <attune-<name>>). Rollup, ESLint and the size script read it from here. The places
// that must name every element are written from it: `npm run elements` writes them, and a Node
// test (test/node/one-list.test.mjs) fails while one is not as this would write it.
// - src/index.ts, src/classes.ts and src/cdn/index.ts: the lines between two marker comments;
// - src/react/index.ts: the imports, and a wrapper per element with a prop for each event its
//   class's `@fires` tags name;
// - themes/nhs.css, brand-example.css and reserve.css: the selectors of the rule that names
//   every element;
// - package.json: each element's entry in `exports` and its three in `sideEffects`.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {isMain} from './is-main.mjs';

const root = new URL('../', import.meta.url);
const notElements = new Set(['index', 'classes']);

/** Every element's name, e.g. "help-card", in a steady order. */
export const elementNames = readdirSync(new URL('src/', root))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => !notElements.has(name))
  .sort();

/** "cue-moment" → "CueMoment". */
const pascalCase = (name) =>
  name
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** The element's class, e.g. "AttuneHelpCard" for "help-card". */
export const classNameOf = (name) => `Attune${pascalCase(name)}`;

/** The events every element fires, which every React wrapper listens to already. */
const contentEvents = ['attune-content-error', 'attune-content-warning'];

/**
 * The element's own events: the `@fires` (or `@event`) tags of its class, as the analyzer reads
 * them for the manifest. A registration file without its class file is a mistake worth a word.
 */
function eventsFiredBy(name) {
  const file = new URL(`src/${name}/${name}.ts`, root);
  if (!existsSync(file)) {
    if (existsSync(new URL(`src/${name}.ts`, root)))
      throw new Error(`src/${name}.ts has no class file src/${name}/${name}.ts`);
    return [];
  }
  const tags = readFileSync(file, 'utf8').matchAll(/@(?:fires|event)\s+(?:\{[^}]*\}\s+)?(attune-[\w-]+)/g);
  return [...tags].map((tag) => tag[1]).filter((event) => !contentEvents.includes(event));
}

/** The React wrapper of one element, with a prop for each of its own events (Prettier lays it out). */
function reactWrapper(name) {
  const props = eventsFiredBy(name).map((event) => `on${pascalCase(event.slice('attune-'.length))}: on('${event}'),`);
  // A line break after the `{` keeps the props one per line (Prettier keeps an object so).
  const events = props.length ? `\n${props.join('\n')}\n` : '';
  return `export const ${classNameOf(name)} = wrap('attune-${name}', ${classNameOf(name)}Element, {${events}});`;
}

/** In every marker comment: another region's marker inside a region means its end is missing. */
const marker = 'npm run elements';
/** Code between two marker comments, one line (or wrapper, a blank line apart) per element. */
const tsLines = (what, line, separator = '\n') => ({
  begin: `// Written by scripts/elements.mjs (${marker}), one ${what} per element:`,
  end: '// End of the written lines.',
  write: (names) => `${names.map(line).join(separator)}\n`,
});
/**
 * A CSS rule's selectors, one per element, from the marker comment to the rule's `{`. Only
 * selectors may stand in between: anything else means the rule lost its `{`.
 */
const cssSelectors = (selector) => ({
  begin: `/* Every Attune element, one per line (${marker} writes this list): */`,
  end: '{',
  holds: /^[\s\w:(),-]*$/,
  write: (names) => `${names.map(selector).join(',\n')} `,
});

/** Each written file's regions: its markers, and what goes between them for a list of names. */
const writtenRegions = {
  'src/index.ts': [tsLines('line', (name) => `export * from './${name}.js';`)],
  'src/classes.ts': [tsLines('line', (name) => `export {${classNameOf(name)}} from './${name}/${name}.js';`)],
  'src/cdn/index.ts': [tsLines('line', (name) => `export * from '../${name}.js';`)],
  'src/react/index.ts': [
    tsLines('line', (name) => `import {${classNameOf(name)} as ${classNameOf(name)}Element} from '../${name}.js';`),
    tsLines('wrapper', reactWrapper, '\n\n'),
  ],
  'themes/nhs.css': [cssSelectors((name) => `attune-${name}`)],
  'themes/brand-example.css': [cssSelectors((name) => `attune-${name}`)],
  'themes/reserve.css': [cssSelectors((name) => `attune-${name}:not(:defined)`)],
};

/** `source` (the file at `path`) with each region's text written for `names`. */
function writeRegions(path, source, regions, names) {
  let text = source;
  for (const {begin, end, holds, write} of regions) {
    const from = text.indexOf(begin);
    const to = from === -1 ? -1 : text.indexOf(end, from + begin.length);
    const between = text.slice(from + begin.length, to);
    if (to === -1 || between.includes(marker) || (holds && !holds.test(between)))
      throw new Error(`${path}: "${begin}" must be followed by the written part and then "${end}"`);
    text = `${text.slice(0, from + begin.length)}\n${write(names)}${text.slice(to)}`;
  }
  return text;
}

/**
 * Element-shaped entries of package.json, each with the element's name: a top-level
 * `./<name>.js` export, and a registration file's dist, CDN and source path in `sideEffects`.
 * The barrels (`notElements`) and the all-in-one CDN files (`attune*.min.js`) are not elements.
 * An entry of this shape for a name not in the list is stale, and goes (the script says so).
 */
const nameIn = (pattern) => (path) => {
  const name = pattern.exec(path)?.[1];
  return name && !notElements.has(name) && !name.startsWith('attune') ? name : undefined;
};
const exportName = nameIn(/^\.\/([\w-]+)\.js$/);
const sideEffectKinds = [
  {nameOf: nameIn(/^\.\/dist\/([\w-]+)\.js$/), pathOf: (name) => `./dist/${name}.js`},
  {nameOf: nameIn(/^\.\/dist\/cdn\/([\w-]+)\.min\.js$/), pathOf: (name) => `./dist/cdn/${name}.min.js`},
  {nameOf: nameIn(/^\.\/src\/([\w-]+)\.ts$/), pathOf: (name) => `./src/${name}.ts`},
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
    ([key]) => exportName(key),
    names.map((name) => [`./${name}.js`, {types: `./dist/${name}.d.ts`, default: `./dist/${name}.js`}]),
  );
  let sideEffects = pkg.sideEffects;
  for (const {nameOf, pathOf} of sideEffectKinds) sideEffects = replaceRun(sideEffects, nameOf, names.map(pathOf));
  return {...pkg, exports: Object.fromEntries(exportsList), sideEffects};
}

/** The element-shaped entries of package.json for names not in `names`: what writing it removes. */
function staleEntries(pkg, names) {
  const stale = (name) => name && !names.includes(name);
  return [
    ...Object.keys(pkg.exports).filter((key) => stale(exportName(key))),
    ...pkg.sideEffects.filter((path) => sideEffectKinds.some(({nameOf}) => stale(nameOf(path)))),
  ];
}

/** Each written file's path, its text now, and its text as the list would write it (TypeScript as Prettier lays it out). */
async function writtenFiles(names = elementNames) {
  const read = (path) => readFileSync(new URL(path, root), 'utf8');
  // Loaded here, not at the top: rollup, ESLint and the size script read the list without it.
  const prettier = await import('prettier');
  const files = [];
  for (const [path, regions] of Object.entries(writtenRegions)) {
    const now = read(path);
    const written = writeRegions(path, now, regions, names);
    const filepath = new URL(path, root).pathname;
    const wanted = path.endsWith('.ts')
      ? await prettier.format(written, {...(await prettier.resolveConfig(filepath)), filepath})
      : written;
    files.push({path, now, wanted});
  }
  const pkgText = read('package.json');
  files.push({
    path: 'package.json',
    now: pkgText,
    wanted: `${JSON.stringify(writePackage(JSON.parse(pkgText), names), null, 2)}\n`,
  });
  return files;
}

/** The written files that are not as the list would write them, with the text they should have. */
const outdatedFiles = async (names) => (await writtenFiles(names)).filter(({now, wanted}) => now !== wanted);

/** The paths of the written files that are not as the list would write them (empty when all agree). */
export const staleFiles = async (names) => (await outdatedFiles(names)).map(({path}) => path);

if (isMain(import.meta.url)) {
  const removed = staleEntries(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')), elementNames);
  if (removed.length)
    console.log(`Removing from package.json, as no src/<name>.ts registers such an element: ${removed.join(', ')}`);
  const changed = await outdatedFiles();
  for (const {path, wanted} of changed) writeFileSync(new URL(path, root), wanted);
  console.log(
    changed.length
      ? `Wrote ${changed.map(({path}) => path).join(', ')} for the elements: ${elementNames.join(', ')}.`
      : `Every place is written for the elements: ${elementNames.join(', ')}.`,
  );
}
