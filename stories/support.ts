/** Shared story helpers: the toolbar's locale → a content pack, and event capture for play functions. */
import {html, type TemplateResult} from 'lit';
import type {AttuneContentErrorEvent} from '../src/core/events.js';
import type {ContentPack} from '../src/schema/content.js';
import {clonePack, rtlPseudoPack} from '../fixtures/index.js';

/** The pack a story shows: its own (or the default) pack, pseudo-localised when the toolbar says RTL. */
export function packFor(globals: Record<string, unknown>, pack: ContentPack = clonePack()): ContentPack {
  return globals.locale === 'rtl' ? rtlPseudoPack(pack) : pack;
}

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
    <h2>Content errors</h2><output aria-live="polite"></output>${story}</div>`;
}
