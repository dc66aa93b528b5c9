/**
 * Reaching a named state of fixtures/states.ts in the browser tests: the widget on the shared
 * stage with the state's props, then the state's `act` with a real mouse and keyboard.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {WidgetState} from '../../fixtures/states.js';
import {$$, find} from '../../fixtures/read.js';
import {retype} from './dom.js';
import {click, mount, settle} from './stage.js';
import type {AnyWidget} from './widgets.js';

/** Clicks `field`, replaces its text with `text` from the keyboard, and leaves it with Tab. */
export async function typeInto(widget: Element, field: Element, text: string): Promise<void> {
  await click(widget, field);
  await retype(text);
  await sendKeys({press: 'Tab'});
  await settle(widget);
}

/** Mounts `state`'s widget, acts as its parent would, and checks that it shows what the state says. */
export async function reach<T extends AnyWidget = AnyWidget>(state: WidgetState): Promise<T> {
  const el = await mount<T>(state.tag, state.props());
  await state.act?.(
    el,
    (target) => click(el, target),
    (field, text) => typeInto(el, field, text),
  );
  if (state.shows) find(el, state.shows, state.text);
  if (state.cards)
    expect(
      $$(el, '.result attune-help-card').map((c) => c.getAttribute('level')),
      "the result's cards",
    ).to.deep.equal(state.cards);
  return el;
}
