// Removes build output so a rename never leaves stale files in dist/.
import {rmSync} from 'node:fs';
rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
