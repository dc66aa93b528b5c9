/**
 * Test-runner commands that @web/test-runner-commands does not give the puppeteer (Chrome)
 * launcher: its `emulateMedia` drops `forcedColors` (and puppeteer's `emulateMediaFeatures`
 * refuses the feature), it has no way to photograph a region, and its `sendMouse` clicks are
 * always single clicks (`detail` 1), never a real double click or double tap.
 *
 * - `emulate-forced-colors` `{value: 'active' | 'none'}`: forced colours on or off, through the
 *   DevTools protocol (`Emulation.setEmulatedMedia`) on a session kept open per page.
 * - `screenshot-clip` `{x, y, width, height}` (CSS pixels, page coordinates): a PNG of that
 *   rectangle, base64.
 * - `press-twice` `{x, y, pointer: 'mouse' | 'touch'}`: a double click (the browser counts
 *   `detail` 1 then 2, as for a person's) or a double tap with touch emulation on.
 */
const sessions = new WeakMap();

export function a11yCommandsPlugin() {
  return {
    name: 'attune-a11y-commands',
    async executeCommand({command, payload, session}) {
      if (!['emulate-forced-colors', 'screenshot-clip', 'press-twice'].includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome (puppeteer) launcher.`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      if (command === 'press-twice') {
        const {x, y, pointer} = payload;
        if (pointer === 'mouse') {
          await page.mouse.click(x, y, {count: 2});
          return true;
        }
        await sessions.get(page).send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
        await page.touchscreen.tap(x, y);
        await page.touchscreen.tap(x, y);
        await sessions.get(page).send('Emulation.setTouchEmulationEnabled', {enabled: false});
        return true;
      }
      if (command === 'emulate-forced-colors') {
        await sessions
          .get(page)
          .send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload.value}]});
        return true;
      }
      const {x, y, width, height} = payload;
      return page.screenshot({clip: {x, y, width, height}, encoding: 'base64'});
    },
  };
}
