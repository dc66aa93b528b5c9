// Showing stories of the static Storybook in one open canvas, as its sidebar does, and checking
// what a designer sees there: scripts/screenshots.mjs walks every story this way.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

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

/** IBM's accessibility checker engine: a second opinion beside axe, which the story tests run. */
export const ibmChecker = readFileSync(
  createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'),
  'utf8',
);

/**
 * IBM rules about the whole page, which a story's canvas is not: a host page has its own main
 * landmark and skip link, and puts the widget inside them. And one rule that counts an unnamed
 * <form> as a landmark, which HTML-AAM says it is not.
 */
const pageRules = ['skip_main_exists', 'aria_content_in_landmark', 'aria_landmark_name_unique'];

/** What a person sees in the story's canvas: each attune-* element, defined, with its rendered text. */
function canvasReport() {
  const text = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      else if (child.nodeType === Node.ELEMENT_NODE)
        out += text(child.shadowRoot ?? child) + (child.shadowRoot ? text(child) : '');
    }
    return out;
  };
  const root = document.querySelector('#storybook-root');
  const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('attune-'));
  return {
    widgets: widgets.map((el) => ({
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
    })),
    text: root ? text(root).replace(/\s+/g, ' ').trim() : '',
  };
}

/**
 * What is wrong with the story on the canvas, as a designer clicking through the static build
 * would see it: a widget that is not registered or rendered nothing, a canvas without text, or
 * a violation of IBM's checker (which must be on the page: add `ibmChecker` after each load).
 */
export async function storyProblems(page, storyId, {timeout = 10000} = {}) {
  const ready = `(() => { const r = (${canvasReport})(); return r.widgets.length > 0 && r.widgets.every((w) => w.defined && w.rendered) && r.text.length > 20; })()`;
  await page.waitForFunction(ready, undefined, {timeout}).catch(() => {}); // the report says what is missing
  const report = await page.evaluate(canvasReport);
  const problems = [];
  if (!report.widgets.length) problems.push(`no attune-* element in the canvas of ${storyId}`);
  for (const widget of report.widgets) {
    if (!widget.defined) problems.push(`<${widget.tag}> is not registered in the static build (${storyId})`);
    else if (!widget.rendered) problems.push(`<${widget.tag}> rendered nothing in the static build (${storyId})`);
  }
  if (report.text.length <= 20) problems.push(`the canvas of ${storyId} shows no text`);
  const violations = await page.evaluate(async (ignored) => {
    const {results} = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
    return results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !ignored.includes(r.ruleId))
      .map((r) => `IBM accessibility checker: ${r.ruleId}: ${r.message} (${r.path.dom})`);
  }, pageRules);
  return [...problems, ...violations];
}
