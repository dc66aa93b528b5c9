// Writes dist/packs/<id>.json beside each ready pack's module, for a CMS or a server that reads
// JSON. Each pack is checked with parseContentPack first: a pack that fails stops the build.
import {writeFileSync} from 'node:fs';
import {packs} from '../dist/packs/index.js';
import {parseContentPack} from '../dist/schema/index.js';

for (const [name, pack] of Object.entries(packs)) {
  const result = parseContentPack(pack);
  if (!result.ok) {
    console.error(`Pack ${name} fails validation:`, result.issues);
    process.exit(1);
  }
  writeFileSync(new URL(`../dist/packs/${name}.json`, import.meta.url), JSON.stringify(result.pack, null, 2) + '\n');
}
