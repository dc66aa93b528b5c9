/** Shared story helpers: the toolbar's locale → a content pack, and event capture for play functions. */
import {html, type TemplateResult} from 'lit';
import type {AttuneContentErrorEvent} from '../src/core/events.js';
import type {ContentPack} from '../src/schema/content.js';
import {clonePack, rtlPseudoPack} from '../fixtures/index.js';
import {packs, type PackName} from '../src/packs/index.js';

/**
 * The pack a story shows. The toolbar's locale picks a ready pack (a language and a nation),
 * or the right-to-left pseudo pack for layout checks. A story with its own pack (a scored
 * questionnaire, very long text) keeps it, pseudo-localised when the toolbar says RTL.
 */
export function packFor(globals: Record<string, unknown>, pack?: ContentPack): ContentPack {
  if (globals.locale === 'rtl') return rtlPseudoPack(pack ?? clonePack());
  if (pack) return pack;
  const ready = packs[globals.locale as PackName] as ContentPack | undefined;
  return ready ? structuredClone(ready) : clonePack();
}

/** The toolbar's locale items: every ready pack, then the layout-testing pseudo pack. */
export const localeItems = [
  {value: 'en-GB', title: 'English: England (built-in)'},
  {value: 'en-GB-wales', title: 'English: Wales'},
  {value: 'cy-GB-wales', title: 'Cymraeg: Cymru (Welsh: Wales)'},
  {value: 'en-GB-scotland', title: 'English: Scotland'},
  {value: 'en-GB-northern-ireland', title: 'English: Northern Ireland'},
  {value: 'rtl', title: 'Right-to-left pseudo pack'},
];

/** Collects events of `type` from `target` while a play function runs. */
export function collect<E extends Event>(target: EventTarget, type: string): E[] {
  const events: E[] = [];
  target.addEventListener(type, (event) => events.push(event as E));
  return events;
}

/** Keeps tel:, sms: and https: help links from leaving the story frame; the widget still sees the click. */
export function stayOnPage(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if ((event.composedPath()[0] as Element | undefined)?.closest?.('a')) event.preventDefault();
  });
}

/**
 * Wraps a story so that any `attune-content-error` shows in the canvas (and in the Actions
 * panel, as every event does). The output comes first, like an error summary, so it exists
 * before the widget checks its content.
 */
export function withContentErrors(story: TemplateResult): TemplateResult {
  const show = (event: Event) => {
    const out = (event.currentTarget as HTMLElement).querySelector('output')!;
    out.textContent = (event as AttuneContentErrorEvent).detail.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  };
  return html`<div class="content-errors" @attune-content-error=${show}>
    <h2 id="content-errors-heading">Content errors</h2><output aria-live="polite" aria-labelledby="content-errors-heading"></output>${story}</div>`;
}
