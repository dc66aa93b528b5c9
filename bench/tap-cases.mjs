// The taps that bench/taps.mjs times and bench/profile-tap.mjs profiles: each widget as a
// parent finds it (the props a host sets), and how to find the control a finger presses.
import {slowDown} from './browser.mjs';

/** The page: the widget and the observer are in bench/taps-page.js (the server's CSP allows no inline script). */
export const page = () => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Attune taps</title>
<script type="module" src="/bench/taps-page.js"></script></head><body></body></html>`;

const today = new Date().toISOString();
const entries = Array.from({length: 14}, (_, i) => ({
  id: `t-${i}`,
  contentId: 'attune-en-GB-england',
  contentVersion: '1.4.0',
  locale: 'en-GB',
  startedAt: new Date(Date.now() - i * 86_400_000).toISOString(),
  submittedAt: new Date(Date.now() - i * 86_400_000).toISOString(),
  mood: {value: 3, optionId: 'okay'},
  feelings: [],
  answers: [],
  signpost: 'none',
  flags: [],
}));
const draft = (step, extra = {}) => ({
  contentId: 'attune-en-GB-england',
  contentVersion: '1.4.0',
  step,
  startedAt: today,
  mood: {value: 3, optionId: 'okay'},
  feelings: [],
  answers: [{questionId: 'harm-thoughts', optionId: 'no'}],
  note: '',
  ...extra,
});
const routine = {
  id: 'r',
  name: 'Bedtime',
  updatedAt: today,
  steps: ['bath', 'feed', 'story', 'song', 'cot'].map((id, i) => ({id: `s-${i}`, label: id, minutes: 5})),
};

const attune = '/dist/cdn/attune.min.js';
const baselines = '/bench/.build/baselines.js';
const twins = '/bench/.build/twins.js';
const buttonNamed = (name) =>
  `[...root.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
/**
 * [widget, tap, tag, bundle, props, how to find the target in the widget's shadow root]. The
 * plain-Lit radio is the baseline for every tap; the plain-Lit twins (bench/twins.js, see
 * `twinOf`) make the same change to the screen, to show what the design costs before Attune's
 * machinery.
 */
export const taps = [
  ['plain Lit', 'radio (the baseline)', 'base-mood-check-in', baselines, [], `root.querySelector('input[type=radio]')`],
  ['plain Lit', 'twin: Next', 'twin-mood-check-in', twins, [], buttonNamed('Next')],
  [
    'plain Lit',
    'twin: the safety answer',
    'twin-mood-check-in',
    twins,
    [['step', 'questions']],
    `[...root.querySelectorAll('input[name="q-harm-thoughts"]')].at(-1)`,
  ],
  ['plain Lit', 'twin: "Use this"', 'twin-routine-planner', twins, [], `root.querySelector('section button')`],
  ['check-in', 'a mood', 'attune-mood-check-in', attune, [], `root.querySelector('input[name=mood]')`],
  ['check-in', 'Next', 'attune-mood-check-in', attune, [['draft', draft('mood')]], buttonNamed('Next')],
  [
    'check-in',
    'the safety answer "not safe right now"',
    'attune-mood-check-in',
    attune,
    [['draft', draft('questions', {answers: []})]],
    `[...root.querySelectorAll('input[name="q-harm-thoughts"]')].at(-1)`,
  ],
  ['check-in', 'Finish', 'attune-mood-check-in', attune, [['draft', draft('review')]], buttonNamed('Finish check-in')],
  [
    'planner',
    '"Use this" (a template)',
    'attune-routine-planner',
    attune,
    [],
    `root.querySelector('.templates button')`,
  ],
  [
    'planner',
    'Move up',
    'attune-routine-planner',
    attune,
    [['routine', routine]],
    `root.querySelectorAll('button.move.up')[2]`,
  ],
  [
    'planner',
    'Done (run mode)',
    'attune-routine-planner',
    attune,
    [
      ['routine', routine],
      ['mode', 'run'],
    ],
    buttonNamed('Done'),
  ],
  ['trend', 'Show as a table', 'attune-mood-trend', attune, [['entries', entries]], `root.querySelector('summary')`],
];

/** Each tap's plain-Lit twin, by name (bench/twins.js): the same elements added, changed and focused by the same press. */
export const twinOf = new Map([
  ['check-in: Next', 'plain Lit: twin: Next'],
  ['check-in: the safety answer "not safe right now"', 'plain Lit: twin: the safety answer'],
  ['planner: "Use this" (a template)', 'plain Lit: twin: "Use this"'],
]);

/** A tap's name, as the reports print it and the scripts' words choose it: "check-in: Next". */
export const tapName = ([widget, tap]) => `${widget}: ${tap}`;

// A renamed tap would otherwise lose its twin without a word.
for (const pair of twinOf) {
  for (const name of pair)
    if (!taps.some((tapCase) => tapName(tapCase) === name)) throw new Error(`twinOf: no tap "${name}"`);
}

/** The plain-Lit twin of `tapCase`, if it has one. */
export const twinCase = (tapCase) => taps.find((other) => tapName(other) === twinOf.get(tapName(tapCase)));

/**
 * Opens a fresh page in `context` with the tap's widget ready and the page idle (served at `url`,
 * with `page` at /bench/taps.html), slows its CPU 4× and gives the page, its CDP session and `press()`: a real
 * pointer's press and release at the centre of the control.
 */
export async function openTap(context, url, [widget, tap, tag, file, props, find]) {
  const tab = await context.newPage();
  const query = new URLSearchParams({bundle: file, tag, props: JSON.stringify(props)});
  await tab.goto(`${url}/bench/taps.html?${query}`, {waitUntil: 'load'});
  await tab.waitForFunction(() => window.ready === true);
  // A parent reads the screen before tapping: the page has been idle, as the widgets expect.
  await tab.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100))));
  const cdp = await slowDown(tab, 4);
  const target = (
    await tab.evaluateHandle(`(() => { const root = document.querySelector('${tag}').shadowRoot; return ${find}; })()`)
  ).asElement();
  if (!target) throw new Error(`${tapName([widget, tap])}: no target`);
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  // The mouse, not `target.click()`: Playwright's own checks around its click would run inside the tap.
  const press = () => tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return {tab, cdp, press};
}

/**
 * One tap on a fresh page (see `openTap`): its Event Timing duration in ms, the longest event of
 * the interaction, read after the paint that follows it has landed.
 */
export async function timeTap(context, url, tapCase) {
  const {tab, press} = await openTap(context, url, tapCase);
  await press();
  await tab.waitForFunction(() => window.taps.length > 0, undefined, {timeout: 5000}).catch(() => {});
  await tab.waitForTimeout(300);
  const durations = await tab.evaluate(() => window.taps);
  await tab.close();
  return Math.max(0, ...durations);
}
