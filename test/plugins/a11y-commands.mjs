/**
 * Two test-runner commands that @web/test-runner-commands does not give the puppeteer (Chrome)
 * launcher: its `emulateMedia` drops `forcedColors` (and puppeteer's `emulateMediaFeatures`
 * refuses the feature), and it has no way to photograph a region.
 *
 * - `emulate-forced-colors` `{value: 'active' | 'none'}`: forced colours on or off, through the
 *   DevTools protocol (`Emulation.setEmulatedMedia`) on a session kept open per page.
 * - `screenshot-clip` `{x, y, width, height}` (CSS pixels, page coordinates): a PNG of that
 *   rectangle, base64.
 */
const sessions = new WeakMap();

export function a11yCommandsPlugin() {
  return {
    name: 'attune-a11y-commands',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-forced-colors' && command !== 'screenshot-clip') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome (puppeteer) launcher.`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload.value}]});
        return true;
      }
      const {x, y, width, height} = payload;
      return page.screenshot({clip: {x, y, width, height}, encoding: 'base64'});
    },
  };
}
