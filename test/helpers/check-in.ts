/** The harness of `<attune-mood-check-in>`, shared by the check-in's test files: mounting it, and reading it as a parent sees it. */
import {expect} from '@open-wc/testing';
import '../../src/mood-check-in.js';
import type {AttuneMoodCheckIn} from '../../src/mood-check-in.js';
import type {AttuneCheckInSubmitEvent, AttuneContentErrorEvent} from '../../src/core/events.js';
import type {CheckInDraft} from '../../src/schema/check-in-data.js';
import type {ContentPack} from '../../src/schema/content.js';
import {defaultContent} from '../../src/content/en-GB-england.js';
import {CheckInSubmitDetailSchema} from '../../src/schema/events.js';
import {$, $$, buttonNamed, textOf} from '../../fixtures/read.js';
import {recordEvents} from './events.js';
import {click as press, mount} from './stage.js';

const ui = defaultContent.checkIn!.ui;

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

// ---- reading the review and the result ------------------------------------------------------

/** The review's rows as [what, answer]; a list of words reads "a, b". */
export const reviewRows = (el: AttuneMoodCheckIn) =>
  $$(el, '.row').map((row) => {
    const value = row.querySelector('dd')!;
    const items = [...value.querySelectorAll('li')].map(textOf);
    return [textOf(row.querySelector('dt')), items.length ? items.join(', ') : textOf(value)];
  });
/** The answer of the review's note row. */
export const noteRow = (el: AttuneMoodCheckIn) =>
  $$(el, '.row')
    .find((row) => textOf(row.querySelector('dt')) === ui.reviewNote)!
    .querySelector('dd')!;
/** Every button, in order. */
export const buttons = (el: AttuneMoodCheckIn) => $$<HTMLButtonElement>(el, 'button');

/** The parts of the result view, in the order they are in the page. */
export function resultOrder(el: AttuneMoodCheckIn): string[] {
  return [...$(el, '.result')!.children].map((child) =>
    child.matches('.help')
      ? `card:${child.querySelector('attune-help-card')!.getAttribute('level')}`
      : child.className || child.localName,
  );
}

// ---- pressing it (with the stage's real mouse, as a person does) ----------------------------

/** Clicks the button whose text is `name`. */
export async function click(el: AttuneMoodCheckIn, name: string): Promise<void> {
  const button = buttonNamed(el, name);
  if (!button) throw new Error(`No "${name}" button; buttons: ${buttons(el).map(textOf).join(', ')}`);
  await press(el, button);
}

/** Clicks the option with this label in the group `name` ("mood", "feelings" or "q-<id>"). */
export async function choose(el: AttuneMoodCheckIn, name: string, label: string): Promise<void> {
  const input = $$<HTMLInputElement>(el, `input[name="${name}"]`).find((i) => wordOf(i) === label);
  if (!input) throw new Error(`No option "${label}" in ${name}`);
  // The option's whole label is what a person presses (the radio itself may be drawn over).
  await press(el, input.closest('label') ?? input);
}

/** Restores `draft`, as a host does. */
export async function restore(el: AttuneMoodCheckIn, draft: CheckInDraft): Promise<void> {
  el.draft = draft;
  await el.updateComplete;
}

/** Finishes from a review draft and returns the one submit event. */
export async function finish(el: AttuneMoodCheckIn, draft: CheckInDraft): Promise<AttuneCheckInSubmitEvent> {
  const submits = recordEvents<AttuneCheckInSubmitEvent>(el, 'attune-check-in-submit');
  await restore(el, draft);
  await click(el, ui.submit);
  expect(submits, 'one submit event').to.have.length(1);
  expect(CheckInSubmitDetailSchema.safeParse(submits[0].detail).success, 'submit detail validates').to.be.true;
  return submits[0];
}
