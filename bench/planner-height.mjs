// How tall the planner is on a phone: the Bedtime idea in edit mode, at 390 px wide, with
// everything around it (title, name and start time, steps, total, "Add a step").
// `node bench/planner-height.mjs [root]` — root defaults to this project (after `npm run build`).
import {resolve} from 'node:path';
import {launch} from './browser.mjs';
import {serveFolder} from '../test/node/helpers/serve-folder.mjs';
import {isMain} from '../scripts/is-main.mjs';

const root = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);

export async function plannerHeight(browser, base, width = 390) {
  const page = await browser.newPage({viewport: {width, height: 844}});
  await page.goto(`${base}/bench/planner-height.html`);
  const height = await page.evaluate(async () => {
    await customElements.whenDefined('attune-routine-planner');
    const el = document.querySelector('attune-routine-planner');
    await el.updateComplete;
    [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.includes('Bedtime'))?.click();
    await el.updateComplete;
    return {height: Math.round(el.getBoundingClientRect().height), steps: el.routine.steps.length};
  });
  await page.close();
  return height;
}

if (isMain(import.meta.url)) {
  const server = await serveFolder(root);
  const browser = await launch();
  try {
    for (const width of [320, 390]) {
      const {height, steps} = await plannerHeight(browser, server.url, width);
      console.log(
        `planner, Bedtime idea (${steps} steps), edit mode, ${width} px wide: ${height} px tall (budget 700 + 110 per step = ${700 + 110 * steps} px)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}
