// Finds a Chromium-family browser for the tests, the benchmarks and Storybook's story tests.
// Order: $CHROME_PATH, then the usual system paths. `ensureBrowser()` installs Debian's
// chromium when none is found on a Debian-like machine and we are root; elsewhere it stops
// with one sentence saying how to get a browser.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {isMain} from './is-main.mjs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser path, or undefined. */
export function findBrowser() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return candidates.find((path) => existsSync(path));
}

/** Flags for headless Chromium on CI machines (root, no GPU, closed network). */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Returns a browser path, installing Debian's chromium if that is possible here. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    const installed = findBrowser();
    if (installed) return installed;
  }
  console.error(
    'No Chromium or Chrome found: install one (for example "sudo apt-get install chromium") or set CHROME_PATH to its executable, then run npm test again.',
  );
  process.exit(1);
}

if (isMain(import.meta.url)) console.log(ensureBrowser());
