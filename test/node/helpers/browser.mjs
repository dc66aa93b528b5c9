// Drives the system Chromium from Node tests (SSR, hosts, CSP, privacy) with Playwright, the one
// browser driver of the project (the browser tests, story tests, screenshots and bench use it too).
import {chromium} from 'playwright';
import {browserArgs, findBrowser} from '../../../scripts/browser.mjs';

/**
 * Headless Chromium. Under `npm test` every Node test file connects to the one browser it started
 * (scripts/test.mjs), instead of each launching its own; a file run alone launches one. Call
 * `browser.close()` when done: for a shared browser, that closes only this file's connection.
 */
export function launch() {
  if (process.env.ATTUNE_TEST_BROWSER) return chromium.connect(process.env.ATTUNE_TEST_BROWSER);
  const executablePath = findBrowser();
  if (!executablePath)
    throw new Error('No Chromium found: run `npm test`, which finds or installs one, or set CHROME_PATH.');
  return chromium.launch({executablePath, headless: true, args: browserArgs});
}

/**
 * Opens a page in a context of its own (closed with the page) that records what a reviewer would
 * want to see: console errors, uncaught exceptions and Content-Security-Policy violations (as the
 * page itself reports them).
 */
export async function openPage(browser, {javaScriptEnabled = true} = {}) {
  const context = await browser.newContext({javaScriptEnabled});
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const problems = {consoleErrors: [], pageErrors: [], cspViolations: []};
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.exposeFunction('__reportCsp', (violation) => problems.cspViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCsp(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {page, problems};
}

/**
 * For a page reused across checks (one page loads faster than a fresh context each time): call
 * before a check, and the function it returns gives only the problems recorded since.
 */
export function problemsFromNow(problems) {
  const seen = Object.fromEntries(Object.entries(problems).map(([kind, list]) => [kind, list.length]));
  return () => Object.fromEntries(Object.entries(problems).map(([kind, list]) => [kind, list.slice(seen[kind])]));
}

/** Finds an element inside (possibly nested) shadow roots with a `>>>`-free path of selectors. */
export function deep(page, ...selectors) {
  return page.evaluateHandle((path) => {
    let node = document;
    for (const selector of path) {
      node = (node.shadowRoot ?? node).querySelector(selector);
      if (!node) return null;
    }
    return node;
  }, selectors);
}
