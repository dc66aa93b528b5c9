// The module graph of the CDN build, read from the built files themselves: which files a page
// downloads for an entry (its static imports, transitively) and which lazy chunks it may load
// later (its dynamic imports). Used by the size report and the tests.
import {readFileSync} from 'node:fs';
import {posix} from 'node:path';
import {parseAst} from 'rollup/parseAst';

export const cdnDir = new URL('../dist/cdn/', import.meta.url);

/** `{static, dynamic}`: the relative paths (inside dist/cdn) `file` imports. */
export function importsOf(file) {
  const found = {static: [], dynamic: []};
  const resolve = (specifier) => posix.normalize(posix.join(posix.dirname(file), specifier));
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration'].includes(node.type) && node.source) {
      found.static.push(resolve(node.source.value));
    }
    if (node.type === 'ImportExpression' && node.source.type === 'Literal')
      found.dynamic.push(resolve(node.source.value));
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(readFileSync(new URL(file, cdnDir), 'utf8')));
  return found;
}

/** Every file a page downloads before `entries` run: the entries and their static imports, sorted. */
export function staticClosure(entries) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importsOf(file).static);
  }
  return [...seen].sort();
}

/** The lazy chunks `files` may import, by kind: `data` (drafts, routines, entries) and `content` (packs). */
export function lazyChunks(files) {
  const dynamic = [...new Set(files.flatMap((file) => importsOf(file).dynamic))];
  return {
    data: dynamic.filter((file) => /\/parse-data-[\w-]+\.js$/.test(file)),
    content: dynamic.filter((file) => /\/parse-[\w-]+\.js$/.test(file) && !/\/parse-data-/.test(file)),
  };
}
