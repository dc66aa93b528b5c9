/** Reading any widget's shadow root as a user would: one copy for every test file. */
import {sendKeys} from '@web/test-runner-commands';
import {textOf} from './events.js';

/** The first element in `el`'s shadow root matching `selector`, or null. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every element in `el`'s shadow root matching `selector`, in order. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The focused element inside `el`'s shadow root. */
export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The button whose text is `name`. */
export const buttonNamed = (el: Element, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === name);

/** Replaces what is in the focused field with `text` (select all, delete, type), as a person would. */
export async function retype(text: string): Promise<void> {
  await sendKeys({down: 'Control'});
  await sendKeys({press: 'a'});
  await sendKeys({up: 'Control'});
  await sendKeys({press: 'Backspace'});
  if (text) await sendKeys({type: text});
}
