import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/routine-planner.js';
import type {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {AttuneRoutineChangeEvent, AttuneRoutineStepCompleteEvent} from '../src/core/events.js';
import {applyTemplate, createRoutine} from '../src/routine-planner/routine.js';
import {RoutineChangeDetailSchema} from '../src/schema/events.js';
import type {Routine} from '../src/schema/routine-data.js';
import {defaultContent} from '../src/content/en-GB-england.js';
import {longRoutine, savedRoutine} from '../fixtures/index.js';
import {collect, packFor} from './support.js';

type Args = {mode: 'edit' | 'run'; routine?: Routine};

const routineWords = defaultContent.routine!;
const fromTemplate = (id: string) =>
  applyTemplate(
    createRoutine(new Date('2026-11-27T18:00:00Z')),
    routineWords.templates.find((t) => t.id === id)!,
    routineWords.library,
    new Date('2026-11-27T18:00:00Z'),
  );

/**
 * A planner for calm, predictable soothing routines. Parents start from an idea or from
 * nothing, reorder with buttons, Alt+arrow keys or by dragging, and see each step's clock
 * time. Run mode shows one step at a time with prompts to watch the baby's cues.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Routine planner',
  component: 'attune-routine-planner',
  args: {mode: 'edit'},
  argTypes: {
    mode: {control: 'inline-radio', options: ['edit', 'run']},
    routine: {control: 'object', description: 'A saved routine to restore'},
  },
  render: ({mode, routine}, {globals}) => html`<attune-routine-planner mode=${mode} .routine=${routine}
    .content=${packFor(globals)}></attune-routine-planner>`,
};
export default meta;
type Story = StoryObj<Args>;

const planner = (canvas: HTMLElement) => canvas.querySelector<AttuneRoutinePlanner>('attune-routine-planner')!;
const button = (el: AttuneRoutinePlanner, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === name,
  );

/** Empty: the parent picks an idea; the steps, times and total appear. */
export const Empty: Story = {
  play: async ({canvasElement}) => {
    const el = planner(canvasElement);
    await el.updateComplete;
    const changes = collect<AttuneRoutineChangeEvent>(canvasElement, 'attune-routine-change');
    await userEvent.click(button(el, 'Use this: Bath time')!);
    await waitFor(() => expect(changes).toHaveLength(1));
    await expect(changes[0].detail.reason).toBe('template');
    await expect(RoutineChangeDetailSchema.safeParse(changes[0].detail).success).toBe(true);
    // Reorder: move the first step down with its button.
    await userEvent.click(button(el, 'Move down: Warm bath')!);
    await waitFor(() => expect(changes).toHaveLength(2));
    await expect(changes[1].detail.reason).toBe('move-step');
    await expect(changes[1].detail.routine.steps[1].label).toBe('Warm bath');
  },
};

export const BedtimeWindDown: Story = {args: {routine: fromTemplate('bedtime')}};
export const NapTime: Story = {args: {routine: fromTemplate('nap')}};
export const BathTime: Story = {args: {routine: fromTemplate('bath-time')}};
export const CalmingACryingBaby: Story = {args: {routine: fromTemplate('crying')}};
export const SavedWithStartTime: Story = {args: {routine: savedRoutine}};
export const LongRoutinePastMidnight: Story = {args: {routine: longRoutine}};

/** Run mode: one step at a time, with the cue prompts; Done tells the host. */
export const RunMode: Story = {
  args: {mode: 'run', routine: savedRoutine},
  play: async ({canvasElement}) => {
    const el = planner(canvasElement);
    await el.updateComplete;
    const done = collect<AttuneRoutineStepCompleteEvent>(canvasElement, 'attune-routine-step-complete');
    await waitFor(() => expect(button(el, 'Done')).toBeTruthy());
    await userEvent.click(button(el, 'Done')!);
    await waitFor(() => expect(done).toHaveLength(1));
    await expect(done[0].detail).toMatchObject({
      schemaVersion: 1,
      routineId: savedRoutine.id,
      stepId: savedRoutine.steps[0].id,
    });
    // The focused heading names the next step, so a screen reader says what to do.
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('.run-heading')?.textContent?.trim()).toBe(
        `Step 2 of 5: ${savedRoutine.steps[1].label}`,
      ),
    );
  },
};

export const RightToLeft: Story = {args: {routine: savedRoutine}, globals: {locale: 'rtl'}};
export const Welsh: Story = {globals: {locale: 'cy-GB-wales', viewport: {value: 'phone320'}}};
export const SmallPhone: Story = {args: {routine: savedRoutine}, globals: {viewport: {value: 'phone320'}}};
export const Dark: Story = {args: {routine: savedRoutine}, globals: {theme: 'dark'}};
export const NhsTheme: Story = {args: {routine: savedRoutine}, globals: {theme: 'nhs'}};
