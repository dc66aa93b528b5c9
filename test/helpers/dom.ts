/** Reading any widget's shadow root as a user would (the readers are fixtures/read.ts, shared with the stories), and typing. */
import {sendKeys} from '@web/test-runner-commands';

export {$, $$, buttonNamed} from '../../fixtures/read.js';

/** The focused element inside `el`'s shadow root. */
export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Replaces what is in the focused field with `text` (select all, delete, type), as a person would. */
export async function retype(text: string): Promise<void> {
  await sendKeys({down: 'Control'});
  await sendKeys({press: 'a'});
  await sendKeys({up: 'Control'});
  await sendKeys({press: 'Backspace'});
  if (text) await sendKeys({type: text});
}
