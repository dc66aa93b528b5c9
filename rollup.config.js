import {readdirSync} from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** One registration file per element sits at the top of src/ (e.g. src/help-card.ts). */
const elementEntries = readdirSync('src').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => `src/${f}`);

/** One entry per ready content pack (src/packs/<id>.ts → dist/packs/<id>.js), plus their index. */
const packEntries = readdirSync('src/packs').filter((f) => f.endsWith('.ts')).map((f) => `src/packs/${f}`);

// zod 4 ships annotations and circular imports that rollup reports but that do no harm.
function onwarn(warning, warn) {
  if (['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

/** Minifies the html`` and css`` templates; lit-html and CSS semantics are kept. */
const literals = () => minifyLiterals({include: ['src/**/*.ts'], failOnError: true});

const ts = (outDir) => typescript({tsconfig: './tsconfig.json', compilerOptions: {declaration: false, sourceMap: true, importHelpers: false, outDir}});

export default [
  // npm build: one ES module per source module, so hosts' bundlers tree-shake and SSR can
  // import classes without registering them. lit and zod stay external.
  {
    input: ['src/index.ts', 'src/schema/index.ts', 'src/fhir/index.ts', 'src/react/index.ts', ...elementEntries, ...packEntries],
    external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(\/|$)/],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
    plugins: [literals(), ts('dist')],
    onwarn,
  },
  // CDN builds: each a self-contained minified module with Lit inside. Validation (zod +
  // schemas) is a separate chunk beside it that loads only when a host sets custom content.
  // attune-hydrate.min.js adds Lit's hydration support for server-rendered pages.
  ...[['attune.min', 'src/cdn/index.ts'], ['attune-hydrate.min', 'src/cdn/hydrate.ts']].map(([name, input]) => ({
    input: {[name]: input},
    // Let the lazy chunk import shared code from the entry itself (no facade file).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [literals(), nodeResolve(), ts('dist/cdn'), terser({module: true, ecma: 2022, format: {comments: false}})],
    onwarn,
  })),
];
