// Showing stories of the static Storybook in one open canvas, as its sidebar does: the static
// Storybook test and the screenshots both walk every story this way.

/**
 * Loads the canvas at a story, with `globals` (such as `{theme: 'dark'}`). Storybook's own axe
 * run stays off: the story tests run axe, and leaving a story while it runs reloads the page.
 */
export function loadStory(page, base, storyId, globals = {}) {
  const all = Object.entries({'a11y.manual': '!true', ...globals})
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return page.goto(`${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${all}`, {
    waitUntil: 'load',
  });
}

/**
 * Switches the loaded canvas to another story of the same stories file (a new file needs
 * `loadStory`: the web-components renderer reloads the canvas). The last story's widgets go
 * first: a story that fails to render leaves them on the canvas, and they must not pass for it.
 */
export function switchStory(page, storyId) {
  return page.evaluate((id) => {
    document.querySelector('#storybook-root')?.replaceChildren();
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {storyId: id, viewMode: 'story'});
  }, storyId);
}

/**
 * Waits until Storybook has finished the story, play function included (leaving it earlier
 * makes Storybook reload the canvas), and resolves with 'finished', or with what went wrong: a
 * story that throws passes through 'errored' to 'finished' too, and shows the error display.
 */
export async function storyFinished(page, storyId, {timeout = 30000} = {}) {
  await page.waitForFunction(
    (id) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && ['finished', 'aborted'].includes(render.phase);
    },
    storyId,
    {timeout},
  );
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? `an error: ${document.querySelector('#error-message')?.textContent}`
      : window.__STORYBOOK_PREVIEW__.currentRender.phase,
  );
}
