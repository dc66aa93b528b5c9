/** The harness of `<attune-routine-planner>`: mounted on the shared stage, and read as a parent sees it. */
import '../../src/routine-planner.js';
import type {AttuneRoutinePlanner} from '../../src/routine-planner.js';
import type {ContentPack} from '../../src/schema/content.js';
import type {Routine} from '../../src/schema/routine-data.js';
import {$, $$, textOf} from '../../fixtures/read.js';
import {mount} from './stage.js';

/** A planner on the stage with `content` and a copy of `routine`, if given, in `mode` (edit unless told). */
export function mountPlanner(
  props: {routine?: Routine; content?: ContentPack; mode?: 'edit' | 'run'} = {},
): Promise<AttuneRoutinePlanner> {
  const {routine, ...rest} = props;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return mount<AttuneRoutinePlanner>('attune-routine-planner', {
    ...given,
    ...(routine && {routine: structuredClone(routine)}),
  });
}

/** The value of every step's field `name` (label, minutes, note), in order. */
export const values = (el: AttuneRoutinePlanner, name: string) =>
  $$<HTMLInputElement>(el, `li.step input[name=${name}]`).map((i) => i.value);
/** Every step's clock time, in order. */
export const times = (el: AttuneRoutinePlanner) => $$(el, 'li.step .time').map(textOf);
/** The button that opens and closes the step `id`'s fields. */
export const toggleOf = (el: AttuneRoutinePlanner, id: string) =>
  $<HTMLButtonElement>(el, `li[data-id="${id}"] .toggle`)!;
/** What the live region last said. */
export const status = (el: AttuneRoutinePlanner) => textOf($(el, '[role=status]'));
