/** The harness of `<attune-mood-check-in>`, shared by the check-in's test files: mounting it, and reading it as a parent sees it. */
import {expect} from '@open-wc/testing';
import '../../src/mood-check-in.js';
import type {AttuneMoodCheckIn} from '../../src/mood-check-in.js';
import type {AttuneContentErrorEvent} from '../../src/core/events.js';
import type {CheckInDraft} from '../../src/schema/check-in-data.js';
import type {ContentPack} from '../../src/schema/content.js';
import {textOf} from '../../fixtures/read.js';
import {mount} from './stage.js';

/** A check-in on the stage with `content` (which must be accepted) and a restored `draft`, if given. */
export async function mountCheckIn(
  props: {content?: ContentPack; draft?: CheckInDraft; disabled?: boolean} = {},
): Promise<AttuneMoodCheckIn> {
  const errors: AttuneContentErrorEvent[] = [];
  const listen = (event: Event) => errors.push(event as AttuneContentErrorEvent);
  document.addEventListener('attune-content-error', listen);
  const given = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
  const el = await mount<AttuneMoodCheckIn>('attune-mood-check-in', given).finally(() =>
    document.removeEventListener('attune-content-error', listen),
  );
  if (props.content)
    expect(
      errors.map((e) => e.detail.issues),
      'the test pack is valid',
    ).to.deep.equal([]);
  return el;
}

/** The current step's legend: progress and question. */
export const legendOf = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('.step-legend'));
/** The word of an option (its label without the symbol). */
export const wordOf = (input: HTMLInputElement) => textOf(input.closest('label')!.querySelector('span:last-child'));
/** The words of the checked options, in order. */
export const checkedLabels = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(wordOf);
