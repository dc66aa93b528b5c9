// Server rendering recipe: every Attune widget rendered in Node with @lit-labs/ssr to
// declarative shadow DOM, so the page shows (and its help links work) before any script runs.
// The browser then loads dist/cdn/attune-hydrate.min.js, which hydrates the same markup.
import {createHash} from 'node:crypto';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {loadValidators} from 'attune-widgets'; // also registers every element on the server

/**
 * Renders the widgets of a page. `content` (optional) is a host pack: the validators are
 * loaded first so it applies in this same render, exactly as it will in the browser.
 */
export async function renderWidgets({content} = {}) {
  if (content) await loadValidators();
  return collectResult(render(html`
    <attune-help-card level="urgent" heading-level="2" .content=${content}></attune-help-card>
    <attune-mood-check-in name="checkin" .content=${content}></attune-mood-check-in>
    <attune-routine-planner .content=${content}></attune-routine-planner>
  `));
}

/** A whole page: server-rendered widgets, then the hydrating module. */
export async function renderPage(options) {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Server-rendered Attune widgets</title>
<script type="module" src="/dist/cdn/attune-hydrate.min.js"></script></head>
<body><main><h1>Server-rendered widgets</h1>${await renderWidgets(options)}</main></body></html>`;
}

/**
 * Declarative shadow DOM carries each widget's styles in a <style> element. A strict
 * Content-Security-Policy blocks inline styles unless their hashes are listed, so this returns
 * the policy for a rendered page: the usual strict one, plus the hash of each <style> block.
 * (Once hydrated, Lit applies the same styles as constructable stylesheets, which CSP allows.)
 */
export function cspFor(page) {
  const hashes = [...new Set([...page.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`))];
  return "default-src 'self'; script-src 'self'; " + `style-src 'self' ${hashes.join(' ')}; ` +
    "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {serve} = await import('../../scripts/serve.mjs');
  const {url} = await serve({port: Number(process.env.PORT ?? 8020), routes: {'/': async () => {
    const body = await renderPage();
    return {body, csp: cspFor(body)};
  }}});
  console.log(`\nServer-rendered example at ${url}/  (Ctrl+C to stop)\n`);
}
