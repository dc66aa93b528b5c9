// Writes dist/cdn/integrity.json: the subresource integrity hash (sha384) of every JavaScript
// file of the CDN build, entries and chunks, keyed by its path inside dist/cdn. Hosts copy a
// hash into `integrity` on a script tag, a module preload or an import map.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isMain} from './is-main.mjs';

const root = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/** Every .js file under `dir`, as paths relative to dist/cdn with "/" separators, sorted. */
function scripts(dir) {
  return readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return scripts(path);
      return entry.name.endsWith('.js') ? [relative(root, path).split(sep).join('/')] : [];
    })
    .sort();
}

export function sri(buffer) {
  return `sha384-${createHash('sha384').update(buffer).digest('base64')}`;
}

if (isMain(import.meta.url)) {
  const hashes = Object.fromEntries(scripts(root).map((file) => [file, sri(readFileSync(join(root, file)))]));
  writeFileSync(join(root, 'integrity.json'), JSON.stringify(hashes, null, 2) + '\n');
}
