/**
 * Shared story helpers: the toolbar's locale → a content pack, event capture for play
 * functions, and a named state's play function (fixtures/states.ts).
 */
import {html, type TemplateResult} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import type {AttuneContentErrorEvent} from '../src/core/events.js';
import type {ContentPack} from '../src/schema/content.js';
import {clonePack, rtlPseudoPack} from '../fixtures/index.js';
import {packs, type PackName} from '../src/packs/index.js';
import {$$, find} from '../fixtures/read.js';
import type {WidgetState} from '../fixtures/states.js';

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

type Rendered = HTMLElement & {updateComplete: Promise<boolean>};

/**
 * The play function of a named state: what its parent does (`act`), with Storybook's events,
 * then a wait until the widget shows what the state says (`shows`, `text`, `cards`).
 */
export function playState(state: WidgetState) {
  return async ({canvasElement}: {canvasElement: HTMLElement}) => {
    const el = canvasElement.querySelector<Rendered>(state.tag)!;
    await el.updateComplete;
    const press = async (target: Element) => {
      await userEvent.click(target);
      await el.updateComplete;
    };
    // A field's new text arrives as the browser reports typing (input), then leaving it (change).
    const type = async (field: Element, text: string) => {
      await userEvent.click(field);
      (field as HTMLInputElement).value = text;
      field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
      field.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
      (field as HTMLElement).blur();
      await el.updateComplete;
    };
    await state.act?.(el, press, type);
    if (state.shows) await waitFor(() => find(el, state.shows!, state.text));
    if (state.cards)
      await expect($$(el, '.result attune-help-card').map((c) => c.getAttribute('level'))).toEqual(state.cards);
  };
}
