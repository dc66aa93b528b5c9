/** The harness of `<attune-baby-cues>`: mounted on the shared stage, driven and read as a parent would. */
import {expect} from '@open-wc/testing';
import '../../src/baby-cues.js';
import type {AttuneBabyCues} from '../../src/baby-cues.js';
import type {AttuneContentErrorEvent} from '../../src/core/events.js';
import type {ContentPack} from '../../src/schema/content.js';
import type {CueMoment} from '../../src/schema/cues-data.js';
import {$, $$, find, textOf} from '../../fixtures/read.js';
import {click, mount, settle} from './stage.js';

/** The guide on the stage with `props` (a `content` must be accepted) and `attributes`, as a host sets them. */
export async function mountCues(
  props: {content?: ContentPack; moment?: CueMoment; ageMonths?: number} = {},
  attributes: Record<string, string> = {},
): Promise<AttuneBabyCues> {
  const errors: AttuneContentErrorEvent[] = [];
  const listen = (event: Event) => errors.push(event as AttuneContentErrorEvent);
  document.addEventListener('attune-content-error', listen);
  const given = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
  const el = await mount<AttuneBabyCues>('attune-baby-cues', given, attributes).finally(() =>
    document.removeEventListener('attune-content-error', listen),
  );
  if (props.content)
    expect(
      errors.map((e) => e.detail.issues),
      'the test pack is valid',
    ).to.deep.equal([]);
  return el;
}

/** The label of the cue, sign or idea whose words are `name`. */
export const choiceNamed = (el: HTMLElement, name: string) =>
  $$(el, 'label.choice').find((label) => textOf(label.querySelector('.name') ?? label) === name)!;

/** The checkbox (or radio) of the choice whose words are `name`. */
export const boxOf = (el: HTMLElement, name: string) => {
  const label = choiceNamed(el, name);
  if (!label) throw new Error(`No choice "${name}"; choices: ${$$(el, 'label.choice').map(textOf).join(' | ')}`);
  return label.querySelector('input')!;
};

/** A real mouse click on the choice whose words are `name` (a band, a cue, a sign or an idea). */
export async function tick(el: AttuneBabyCues, name: string): Promise<void> {
  boxOf(el, name);
  await click(el, choiceNamed(el, name));
}

/** A real mouse click on the button whose words are `name`. */
export async function press(el: AttuneBabyCues, name: string): Promise<void> {
  await click(el, find(el, 'button', name));
}

/** The words of every ticked box, in order (bands, cues, signs and ideas). */
export const ticked = (el: HTMLElement) =>
  $$<HTMLInputElement>(el, 'label.choice input')
    .filter((input) => input.checked)
    .map((input) => textOf(input.closest('label')!.querySelector('.name') ?? input.closest('label')));

/** The reading's title, or '' when none is shown. */
export const readingTitle = (el: HTMLElement) => textOf($(el, '.reading-title'));

/** The levels of the baby's help cards on screen, in order. */
export const babyCards = (el: HTMLElement) =>
  $$(el, '.baby-help attune-help-card').map((card) => card.getAttribute('level'));

/** What the live region beside the baby's help says now. */
export const announced = (el: HTMLElement) => textOf($(el, '.red-flags ~ [aria-live]'));

/**
 * What a parent sees and can change: every control (its kind, name, value, checked state and
 * field text), the headings and the visible text. Two guides with the same screen give the same.
 */
export async function screenOf(el: AttuneBabyCues): Promise<{controls: string[]; text: string}> {
  await settle(el);
  const controls = $$<HTMLInputElement | HTMLTextAreaElement>(el, 'input, textarea').map(
    (c) =>
      `${c.localName}[${c.getAttribute('type') ?? ''}] ${c.getAttribute('name') ?? c.id}=${c.value} ${'checked' in c && (c.type === 'checkbox' || c.type === 'radio') ? c.checked : ''}`,
  );
  return {controls, text: textOf(el.shadowRoot!)};
}
