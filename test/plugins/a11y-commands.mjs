/**
 * Test-runner commands that @web/test-runner-commands does not give: a photograph of a region,
 * and a real double click or double tap (its `sendMouse` clicks are single, `detail` 1 only).
 * Forced colours are here too, so the tests ask for them one way whatever the launcher.
 *
 * - `emulate-forced-colors` `{value: 'active' | 'none'}`: forced colours on or off.
 * - `screenshot-clip` `{x, y, width, height}` (CSS pixels, page coordinates): a PNG of that
 *   rectangle, base64.
 * - `press-twice` `{x, y, pointer: 'mouse' | 'touch'}`: a double click (the browser counts
 *   `detail` 1 then 2, as for a person's) or a double tap with touch emulation on.
 */
const COMMANDS = ['emulate-forced-colors', 'screenshot-clip', 'press-twice'];

/** Two taps of a finger at (x, y), through the DevTools protocol as Playwright's own tap does. */
async function tapTwice(page, x, y) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
    for (let tap = 0; tap < 2; tap++) {
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x, y}]});
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
    }
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: false});
  } finally {
    await cdp.detach();
  }
}

export function a11yCommandsPlugin() {
  return {
    name: 'attune-a11y-commands',
    async executeCommand({command, payload, session}) {
      if (!COMMANDS.includes(command)) return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`${command} needs the Playwright launcher.`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        await page.emulateMedia({forcedColors: payload.value});
        return true;
      }
      if (command === 'press-twice') {
        const {x, y, pointer} = payload;
        if (pointer === 'mouse') await page.mouse.dblclick(x, y);
        else await tapTwice(page, x, y);
        return true;
      }
      const {x, y, width, height} = payload;
      // With fullPage the clip is in page coordinates, as the tests measure it.
      const png = await page.screenshot({clip: {x, y, width, height}, fullPage: true});
      return png.toString('base64');
    },
  };
}
