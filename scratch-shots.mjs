import {chromium} from 'playwright';
import {serveFolder} from './test/node/helpers/serve-folder.mjs';
const server = await serveFolder(new URL('./storybook-static/', import.meta.url).pathname);
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']});
const stories = (process.argv[2] ?? 'needs-a-break,red-flag-999,toddler-repair,saved-moment-restored').split(',');
for (const story of stories) {
  for (const [theme, width] of [['default', 390], ['dark', 390], ['default', 320]]) {
    const page = await browser.newPage({viewport: {width, height: 844}});
    const globals = theme === 'default' ? '' : `&globals=theme:${theme}`;
    await page.goto(`${server.url}/iframe.html?id=widgets-baby-cues--${story}&viewMode=story${globals}`);
    await page.waitForFunction(() => document.querySelector('attune-baby-cues')?.shadowRoot?.childElementCount);
    await page.waitForTimeout(1200);
    const file = `/tmp/shots/${story}-${theme}-${width}.png`;
    await page.locator('#storybook-root').screenshot({path: file});
    // also the viewport as the parent sees it (for "on screen")
    await page.screenshot({path: file.replace('.png', '-viewport.png')});
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
