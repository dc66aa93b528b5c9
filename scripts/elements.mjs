// The one list of elements: a registration file per element at the top of src/ (src/<name>.ts
// defines <attune-<name>>). Rollup, ESLint and the size script read it from here; a Node test
// (test/node/one-list.test.mjs) checks every other place that names the elements agrees.
import {readdirSync} from 'node:fs';

const notElements = new Set(['index.ts', 'classes.ts']);

/** Every element's name, e.g. "help-card", in a steady order. */
export const elementNames = readdirSync(new URL('../src/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !notElements.has(file))
  .map((file) => file.slice(0, -3))
  .sort();
