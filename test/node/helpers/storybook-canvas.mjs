// Showing stories of the static Storybook in one open canvas, as its sidebar does, and checking
// what a designer sees there: scripts/screenshots.mjs walks every story this way.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

/**
 * Loads the canvas at a story, with `globals` (such as `{theme: 'dark'}`). With `axe`, Storybook's
 * accessibility addon runs axe after each story (its `afterEach`), as the story's parameters say,
 * and its verdict is recorded (add `recordVerdicts` as an init script first); without, axe stays
 * off. Either way, wait for `storyFinished` before leaving a story: leaving it while axe runs
 * reloads the page.
 */
export function loadStory(page, base, storyId, globals = {}, {axe = false} = {}) {
  const all = Object.entries({...(axe ? {} : {'a11y.manual': '!true'}), ...globals})
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

/**
 * An init script that keeps Storybook's verdict on each story it finishes (render, play function,
 * no unhandled error, axe), as its `storyFinished` event gives it, in `window.__storyVerdicts`.
 * It listens from the moment Storybook makes its channel, so no story finishes unheard.
 */
export function recordVerdicts() {
  window.__storyVerdicts = {};
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      next?.on?.('storyFinished', ({storyId, status, reporters}) => {
        window.__storyVerdicts[storyId] = {status, reporters};
      });
    },
  });
}

/** IBM's accessibility checker engine: a second opinion beside axe, which Storybook's addon runs. */
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
 * What Storybook's verdict on a finished story says is wrong: axe's violations, a failed play
 * function or an unhandled error. A success without axe's report counts only for a story whose
 * own parameters turn axe off: a walk that forgot to turn it on must not pass.
 */
function verdictProblems(storyId) {
  const verdict = window.__storyVerdicts?.[storyId];
  if (!verdict) return [`Storybook gave no verdict on ${storyId}`];
  const a11y = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y;
  const axeOptedOut = a11y?.disable === true || a11y?.test === 'off';
  if (!axeOptedOut && !verdict.reporters.some((report) => report.type === 'a11y'))
    return [`axe did not run on ${storyId} (load it with {axe: true})`];
  if (verdict.status === 'success') return [];
  const problems = [];
  for (const {type, status, result} of verdict.reporters) {
    if (status !== 'failed') continue;
    if (type !== 'a11y') problems.push(`${type}: failed`);
    else if (result.error) problems.push(`axe could not run: ${result.error}`);
    else
      for (const {id, help, nodes} of result.violations)
        problems.push(`axe: ${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }
  if (!problems.length)
    problems.push(
      `Storybook failed ${storyId}: its play function threw or an error went unhandled (see the page errors)`,
    );
  return problems;
}

/**
 * What is wrong with the story on the canvas, as a designer clicking through the static build
 * would see it: a widget that is not registered or rendered nothing, a canvas without text, a
 * violation of IBM's checker (which must be on the page: add `ibmChecker` after each load), and,
 * with `verdict`, what Storybook's own verdict says (see `recordVerdicts`).
 */
export async function storyProblems(page, storyId, {timeout = 10000, verdict = false} = {}) {
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
  return [...(verdict ? await page.evaluate(verdictProblems, storyId) : []), ...problems, ...violations];
}
