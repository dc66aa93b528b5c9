// Server-rendered HTML shows exactly what the client renders. Each state is rendered in Node,
// opened in Chromium with JavaScript off (what a parent sees on a slow or failed script), then
// hydrated; both are compared with a client-rendered twin given the same state: every control's
// checked, value and disabled, and the visible text.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {cspFor, renderStatePage} from '../../examples/ssr/render.mjs';
import {serve} from '../../scripts/serve.mjs';
import {defaultContent} from 'attune-widgets/schema';
import {launch, openPage, problemsFromNow} from './helpers/browser.mjs';

const pack = defaultContent;
const draft = (step, extra = {}) => ({
  contentId: pack.id,
  contentVersion: pack.version,
  step,
  startedAt: '2026-11-27T10:00:00.000Z',
  mood: {value: 2, optionId: 'low'},
  feelings: [],
  answers: [],
  note: '',
  ...extra,
});
const routine = {
  id: 'routine-saved',
  name: 'Our bedtime',
  templateId: 'bedtime',
  startTime: '18:45',
  steps: [
    {id: 'bath-1', stepId: 'bath', label: 'Warm bath', minutes: 10},
    {id: 'step-1', label: 'Pyjamas 👶🏽', minutes: 5, note: 'The soft ones'},
    {id: 'feed-1', stepId: 'feed', label: 'Feed', minutes: 20},
  ],
  updatedAt: '2026-11-27T18:00:00.000Z',
};
const moodIds = ['very-low', 'low', 'okay', 'good', 'very-good'];
const entries = [4, 3, 2, 2, 3, 1, 4, 3, 2, 4, 5, 3].map((value, index) => {
  const at = new Date();
  at.setHours(12, 0, 0, 0);
  at.setDate(at.getDate() - index);
  const iso = at.toISOString();
  return {
    id: `check-in-${index}`,
    contentId: pack.id,
    contentVersion: pack.version,
    locale: 'en-GB',
    startedAt: iso,
    submittedAt: iso,
    mood: {value, optionId: moodIds[value - 1]},
    feelings: [],
    answers: [],
    signpost: 'none',
    flags: [],
  };
});

/** A moment as attune-cue-moment gives it (no note: Lit cannot server-render a textarea's text). */
const cueMoment = (extra = {}) => ({
  id: 'moment-1',
  at: '2026-11-27T18:45:00.000Z',
  ageBand: '3-6',
  cueIds: ['looks-away', 'hand-up'],
  readingId: 'break',
  triedIds: ['slow-down', 'calmer'],
  ...extra,
});

/** Each state: the widgets of one page, with their attributes and the properties a host sets. */
const states = {
  'a fresh check-in': [{tag: 'attune-mood-check-in'}],
  'a check-in restored with a mood chosen': [{tag: 'attune-mood-check-in', properties: {draft: draft('mood')}}],
  'a check-in restored with feelings ticked': [
    {tag: 'attune-mood-check-in', properties: {draft: draft('feelings', {feelings: ['tired', 'calm']})}},
  ],
  'a check-in restored with answers chosen': [
    {
      tag: 'attune-mood-check-in',
      properties: {
        draft: draft('questions', {
          answers: [
            {questionId: 'sleep', optionId: 'hardly'},
            {questionId: 'harm-thoughts', optionId: 'no'},
          ],
        }),
      },
    },
  ],
  'a check-in restored at the review': [
    {
      tag: 'attune-mood-check-in',
      properties: {
        draft: draft('review', {
          feelings: ['lonely'],
          answers: [{questionId: 'harm-thoughts', optionId: 'no'}],
          note: 'Long night',
        }),
      },
    },
  ],
  'a disabled check-in with a mood chosen': [
    {tag: 'attune-mood-check-in', attributes: {disabled: true}, properties: {draft: draft('mood')}},
  ],
  'every help level': [{tag: 'attune-help-card'}],
  ...Object.fromEntries(
    ['emergency', 'urgent', 'non-urgent', 'support'].map((level) => [
      `the ${level} help card`,
      [{tag: 'attune-help-card', attributes: {level}}],
    ]),
  ),
  'an empty planner': [{tag: 'attune-routine-planner'}],
  'a planner with a routine': [{tag: 'attune-routine-planner', properties: {routine}}],
  'a planner running a routine': [{tag: 'attune-routine-planner', attributes: {mode: 'run'}, properties: {routine}}],
  'a trend with entries': [{tag: 'attune-mood-trend', attributes: {days: '14'}, properties: {entries}}],
  'a fresh baby-cues guide': [{tag: 'attune-baby-cues'}],
  "a baby-cues guide given the baby's age": [{tag: 'attune-baby-cues', attributes: {'age-months': '4'}}],
  'a baby-cues guide restored from a saved moment': [{tag: 'attune-baby-cues', properties: {moment: cueMoment()}}],
  'a baby-cues guide restored with a sign of illness, its 999 card first': [
    {
      tag: 'attune-baby-cues',
      attributes: {'age-months': '2'},
      properties: {moment: cueMoment({ageBand: '0-3', cueIds: ['yawns', 'floppy'], readingId: 'unwell', triedIds: []})},
    },
  ],
};

const noteState = [{tag: 'attune-mood-check-in', properties: {draft: draft('note', {note: 'Long night'})}}];

/** The same page with no server markup: empty elements the client renders itself. */
function clientTwin(widgets, serverPage) {
  const attributes = (attrs = {}) =>
    Object.entries(attrs)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`))
      .join('');
  const body = widgets
    .map(
      ({tag, attributes: attrs}, index) =>
        `<div data-attune-state="${index}"><${tag}${attributes(attrs)}></${tag}></div>`,
    )
    .join('\n');
  return serverPage.replace(
    /<main>[\s\S]*<script type="application\/json"/,
    `<main><h1>Server-rendered widgets</h1>${body}\n<script type="application/json"`,
  );
}

/**
 * In the page: every form control's state and the visible text, through every shadow root but
 * not into inert elements, which no one can see or reach (a widget's stage, src/core/prepare.ts).
 */
function snapshot() {
  const controls = [];
  const text = [];
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent && !parent.closest('style, script, template') && parent.checkVisibility())
          text.push(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE && !node.inert) {
        if (node.matches('input, textarea, select, button')) {
          controls.push({
            control: `${node.localName}${node.type ? `[${node.type}]` : ''}${node.name ? ` ${node.name}` : ''}`,
            checked: ['radio', 'checkbox'].includes(node.type) ? node.checked : undefined,
            value: node.localName === 'button' ? undefined : node.value,
            disabled: node.matches(':disabled'),
          });
        }
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(document.querySelector('main'));
  return {controls, text: text.join(' ').replace(/\s+/g, ' ').trim()};
}

describe('server-rendered HTML shows exactly what the client renders', () => {
  let browser;
  let site;
  const pages = new Map();
  // One page with scripts on and one with them off, reused: a fresh browser context per look
  // tripled this file's time.
  const tabs = new Map();
  before(async () => {
    browser = await launch();
    tabs.set(true, await openPage(browser));
    tabs.set(false, await openPage(browser, {javaScriptEnabled: false}));
    const all = {...states, note: noteState};
    site = await serve({
      port: 0,
      routes: Object.fromEntries(
        Object.keys(all)
          .map((name, index) => [name, name === 'note' ? 'note' : index])
          .flatMap(([name, index]) => [
            [
              `/ssr-${index}.html`,
              async () => {
                const body = await renderStatePage(all[name]);
                pages.set(name, body);
                return {body, csp: cspFor(body)};
              },
            ],
            [
              `/client-${index}.html`,
              async () => {
                const body = clientTwin(all[name], await renderStatePage(all[name]));
                return {body, csp: cspFor(body)};
              },
            ],
          ]),
      ),
    });
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  /** Opens `path` and, with scripts on, waits until every widget has rendered. */
  async function look(path, javaScriptEnabled) {
    const {page, problems} = tabs.get(javaScriptEnabled);
    const problemsSinceNow = problemsFromNow(problems);
    await page.goto(`${site.url}${path}`, {waitUntil: 'load'});
    if (javaScriptEnabled) {
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-attune-state] > *')].every((el) => customElements.get(el.localName)),
        undefined,
        {timeout: 10000},
      );
      await page.evaluate(async () => {
        await Promise.all([...document.querySelectorAll('[data-attune-state] > *')].map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
    }
    return {seen: await page.evaluate(snapshot), problems: problemsSinceNow()};
  }

  Object.keys(states).forEach((name, index) => {
    it(name, async () => {
      const client = await look(`/client-${index}.html`, true);
      const noScript = await look(`/ssr-${index}.html`, false);
      const hydrated = await look(`/ssr-${index}.html`, true);
      assert.ok(client.seen.text.length > 20, 'the client twin rendered its widget');
      assert.match(pages.get(name), /<template shadowroot(mode)?="open"/, 'the page was server-rendered');
      assert.deepEqual(
        noScript.seen.controls,
        client.seen.controls,
        'with scripts off, the controls are as the client renders them',
      );
      assert.equal(noScript.seen.text, client.seen.text, 'with scripts off, the text is as the client renders it');
      assert.deepEqual(hydrated.seen, client.seen, 'hydrated, the page is as the client renders it');
      assert.deepEqual(hydrated.problems, {consoleErrors: [], pageErrors: [], cspViolations: []});
    });
  });

  // Lit cannot server-render a <textarea>'s text (no bindings inside it), so a restored note
  // is the one thing that shows only once the script runs; it never shows words not typed.
  it('a check-in restored at the note step: all but the note with scripts off, all of it hydrated', async () => {
    const client = await look('/client-note.html', true);
    const noScript = await look('/ssr-note.html', false);
    const hydrated = await look('/ssr-note.html', true);
    const note = ({controls}) => controls.find((c) => c.control.startsWith('textarea')).value;
    assert.equal(note(client.seen), 'Long night');
    assert.equal(note(noScript.seen), '', 'with scripts off the note field is empty, never other words');
    const withoutNote = ({controls, text}) => ({
      controls: controls.map((c) => (c.control.startsWith('textarea') ? {...c, value: '…'} : c)),
      text,
    });
    assert.deepEqual(withoutNote(noScript.seen), withoutNote(client.seen));
    assert.deepEqual(hydrated.seen, client.seen, 'hydrated, the note is back');
  });
});
