import {readdirSync} from 'node:fs';
import {elementNames} from './scripts/elements.mjs';
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** One registration file per element sits at the top of src/ (e.g. src/help-card.ts), beside classes.ts. */
const elementEntries = [...elementNames, 'classes'].map((name) => `src/${name}.ts`);

/** One entry per ready content pack (src/packs/<id>.ts → dist/packs/<id>.js), plus their index and the fallback chooser. */
const packEntries = readdirSync('src/packs')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/packs/${f}`);

/** zod 4's own modules import each other in circles and carry annotations rollup cannot use: harmless there. */
const inZod = (id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id ?? '');
const zodNoise = ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'];

/** Reports every warning except zod's own: a cycle or annotation in our code still shows. */
function onwarn(warning, warn) {
  const ids = warning.ids ?? [warning.id];
  if (zodNoise.includes(warning.code) && ids.length > 0 && ids.every(inZod)) return;
  warn(warning);
}

/** Minifies the html`` and css`` templates; lit-html and CSS semantics are kept. */
const literals = () => minifyLiterals({include: ['src/**/*.ts'], failOnError: true});

const ts = (outDir) =>
  typescript({
    tsconfig: './tsconfig.json',
    // The types are checked once, by `npm run typecheck`: the builds need only the emit.
    compilerOptions: {declaration: false, sourceMap: true, importHelpers: false, outDir, noCheck: true},
  });

/** One TypeScript compiler for the four CDN builds (same settings, same files, byte for byte the same output): about 2.5 s less. */
const cdnTypescript = ts('dist/cdn');

export default [
  // npm build: one ES module per source module, so hosts' bundlers tree-shake and SSR can
  // import classes without registering them. lit and zod stay external.
  {
    input: [
      'src/index.ts',
      'src/schema/index.ts',
      'src/fhir/index.ts',
      'src/react/index.ts',
      ...elementEntries,
      ...packEntries,
    ],
    external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(\/|$)/],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
    plugins: [literals(), ts('dist')],
    onwarn,
  },
  // CDN single files: each a self-contained minified module with Lit inside. Validation is in
  // lazy chunks beside it: data checks (drafts, routines, trend entries) in one, the content-pack
  // schemas in another that loads only when a host sets `content`.
  // attune-hydrate.min.js adds Lit's hydration support for server-rendered pages;
  // attune-classes.min.js exports the classes and registers nothing (scoped registries, a
  // second version on one page, or the host's own timing).
  ...[
    ['attune.min', 'src/cdn/index.ts'],
    ['attune-hydrate.min', 'src/cdn/hydrate.ts'],
    ['attune-classes.min', 'src/classes.ts'],
  ].map(([name, input]) => cdn({[name]: input})),
  // Per-element CDN entries: a page pays only for the widgets it embeds. Built together, so Lit,
  // the base element and the help card (which the check-in and the trend render inline, never
  // lazily: help must not wait for a download) are shared chunks, not copies.
  cdn(Object.fromEntries(elementNames.map((name) => [`${name}.min`, `src/${name}.ts`])), sharedChunk),
];

/**
 * Shared chunks of the per-element build, few and large: every extra file costs a request and
 * compresses on its own, without the others' context. `core`: what a help card alone needs (Lit,
 * the base element, the help card and its words), which every other entry needs too. `widgets`:
 * the small pieces only the check-in, the planner and the trend share.
 */
function sharedChunk(id) {
  const widgets = [
    /\/src\/core\/(button|checked|controls\.styles|described-by|focus|format|intl|plural|prepare|scoped-registry)\.ts$/,
    /\/src\/model\/(check-in-answers|check-in-steps|check-in-limits|routine-limits)\.ts$/,
    // The baby-cues guide's age bands and note limit, also read by the lazy checks: a few bytes,
    // cheaper in this chunk than as one more file on the guide's page and on every data check.
    /\/src\/model\/cues-bands\.ts$/,
    // What the check-in and the guide say when help comes or goes, and readying the cards they may
    // show: not needed by a help card alone.
    /\/src\/help-card\/(help-news|prepare)\.ts$/,
  ];
  if (widgets.some((pattern) => pattern.test(id))) return 'widgets';
  const core = [
    /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/(?!directive)/,
    /\/src\/core\//,
    /\/src\/help-card\//,
    /\/src\/model\/levels\.ts$/,
    /\/src\/content\/en-GB-england\/(meta|help)\.ts$/,
  ];
  if (core.some((pattern) => pattern.test(id))) return 'core';
}

/** One CDN build into dist/cdn: minified, chunks in dist/cdn/chunks/. */
function cdn(input, manualChunks) {
  return {
    input,
    // Let chunks import shared code from an entry itself (no facade file).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      manualChunks,
    },
    // The package's sideEffects list names dist/ files: here the registration files in src/ (e.g.
    // the check-in's import of './help-card.js') must keep their side effect.
    plugins: [
      literals(),
      nodeResolve({ignoreSideEffectsForRoot: true}),
      cdnTypescript,
      terser({module: true, ecma: 2022, format: {comments: false}}),
    ],
    onwarn,
  };
}
