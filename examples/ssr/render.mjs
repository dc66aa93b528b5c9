// Server rendering recipe: every Attune widget rendered in Node with @lit-labs/ssr to
// declarative shadow DOM, so the page shows (and its help links work) before any script runs.
// The browser then gives each widget the same properties (hydrate.js) and loads
// dist/cdn/attune-hydrate.min.js, which hydrates the same markup.
import {createHash} from 'node:crypto';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import {loadValidators} from 'attune-widgets'; // also registers every element on the server

/**
 * Renders the widgets of a page. `content` (optional) is a host pack: the validators are
 * loaded first so it applies in this same render, exactly as it will in the browser.
 */
export async function renderWidgets({content} = {}) {
  if (content) await loadValidators();
  return collectResult(
    render(html`
    <attune-help-card level="urgent" heading-level="2" .content=${content}></attune-help-card>
    <attune-mood-check-in name="checkin" .content=${content}></attune-mood-check-in>
    <attune-routine-planner .content=${content}></attune-routine-planner>
  `),
  );
}

/**
 * Each element's server template. `properties` are what the host also gives the element in
 * the browser (content, a saved draft or routine, trend entries), so both render the same.
 */
const templates = {
  'attune-help-card': ({level}, p) =>
    html`<attune-help-card level=${level ?? nothing} .content=${p.content}></attune-help-card>`,
  'attune-mood-check-in': (
    {name, disabled},
    p,
  ) => html`<attune-mood-check-in name=${name ?? nothing} ?disabled=${disabled}
    .content=${p.content} .draft=${p.draft}></attune-mood-check-in>`,
  'attune-routine-planner': ({mode}, p) =>
    html`<attune-routine-planner mode=${mode ?? nothing} .content=${p.content} .routine=${p.routine}></attune-routine-planner>`,
  'attune-mood-trend': ({days}, p) =>
    html`<attune-mood-trend days=${days ?? nothing} .content=${p.content} .entries=${p.entries}></attune-mood-trend>`,
  'attune-baby-cues': ({'age-months': ageMonths}, p) =>
    html`<attune-baby-cues age-months=${ageMonths ?? nothing} .content=${p.content} .moment=${p.moment}></attune-baby-cues>`,
};

/**
 * Server-renders widgets in a known state, and writes that state into the page for
 * `hydrate.js`, so the browser's first render matches the server's markup exactly.
 * `widgets`: `[{tag, attributes?, properties?}]`. Returns the markup to put in the page body.
 */
export async function renderWithState(widgets) {
  if (widgets.some(({properties = {}}) => Object.keys(properties).length)) await loadValidators();
  const rendered = await Promise.all(
    widgets.map(
      async ({tag, attributes = {}, properties = {}}, index) =>
        `<div data-attune-state="${index}">${await collectResult(render(templates[tag](attributes, properties)))}</div>`,
    ),
  );
  // JSON in a data block is not script, so CSP allows it; "<" is escaped so no text can end it.
  const state = JSON.stringify(widgets.map(({properties = {}}) => properties)).replace(/</g, '\\u003c');
  return `${rendered.join('\n')}\n<script type="application/json" id="attune-state">${state}</script>`;
}

/** A whole page: server-rendered widgets, then the hydrating module. */
export async function renderPage(options) {
  return page(await renderWidgets(options), '/dist/cdn/attune-hydrate.min.js');
}

/** A whole page of widgets in a known state (see `renderWithState`), hydrated with that state. */
export async function renderStatePage(widgets) {
  return page(await renderWithState(widgets), '/examples/ssr/hydrate.js');
}

function page(body, script) {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Server-rendered Attune widgets</title>
<script type="module" src="${script}"></script></head>
<body><main><h1>Server-rendered widgets</h1>${body}</main></body></html>`;
}

/**
 * Declarative shadow DOM carries each widget's styles in a <style> element. A strict
 * Content-Security-Policy blocks inline styles unless their hashes are listed, so this returns
 * the policy for a rendered page: the usual strict one, plus the hash of each <style> block.
 * (Once hydrated, Lit applies the same styles as constructable stylesheets, which CSP allows.)
 */
export function cspFor(page) {
  const hashes = [
    ...new Set(
      [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      ),
    ),
  ];
  return (
    "default-src 'self'; script-src 'self'; " +
    `style-src 'self' ${hashes.join(' ')}; ` +
    "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html"
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {serve} = await import('../../scripts/serve.mjs');
  const {url} = await serve({
    port: Number(process.env.PORT ?? 8020),
    routes: {
      '/': async () => {
        const body = await renderPage();
        return {body, csp: cspFor(body)};
      },
    },
  });
  console.log(`\nServer-rendered example at ${url}/  (Ctrl+C to stop)\n`);
}
