// Whether a module is the script Node was started with (`node scripts/x.mjs`) rather than an
// import: the path Node was given, with symlinks resolved, as the file URL import.meta.url holds.
import {realpathSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/** True when `moduleUrl` (pass `import.meta.url`) is the script being run. */
export function isMain(moduleUrl) {
  try {
    return moduleUrl === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false; // no script (node -e, a REPL, a worker) or one that is not a file
  }
}
