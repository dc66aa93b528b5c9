/** Reading `<attune-mood-check-in>` as a parent sees it, shared by the check-in's test files. */
import {textOf} from './events.js';

/** The current step's legend: progress and question. */
export const legendOf = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('.step-legend'));
/** The word of an option (its label without the symbol). */
export const wordOf = (input: HTMLInputElement) => textOf(input.closest('label')!.querySelector('span:last-child'));
/** The words of the checked options, in order. */
export const checkedLabels = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(wordOf);
