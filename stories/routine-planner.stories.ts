import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/routine-planner.js';
import type {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {AttuneRoutineChangeEvent, AttuneRoutineStepCompleteEvent} from '../src/core/events.js';
import {RoutineChangeDetailSchema} from '../src/schema/events.js';
import type {Routine} from '../src/schema/routine-data.js';
import {savedRoutine} from '../fixtures/index.js';
import {buttonNamed, recordEvents} from '../fixtures/read.js';
import {fromTemplate, routinePlannerStates as states, type WidgetState} from '../fixtures/states.js';
import {packFor, playState} from './support.js';

type Args = {mode: 'edit' | 'run'; routine?: Routine};

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

/** A named state of the planner (fixtures/states.ts): the routine and mode a host sets, and what the parent does. */
const fromState = (state: WidgetState<Partial<Args>>): Story => ({
  args: state.props(),
  ...(state.act && {play: playState(state)}),
});

/** Empty: the parent picks an idea; the steps, times and total appear. */
export const Empty: Story = {
  ...fromState(states.Empty),
  play: async ({canvasElement}) => {
    const el = planner(canvasElement);
    await el.updateComplete;
    const changes = recordEvents<AttuneRoutineChangeEvent>(canvasElement, 'attune-routine-change');
    await userEvent.click(buttonNamed(el, 'Use this: Bath time')!);
    await waitFor(() => expect(changes).toHaveLength(1));
    await expect(changes[0].detail.reason).toBe('template');
    await expect(RoutineChangeDetailSchema.safeParse(changes[0].detail).success).toBe(true);
    // Reorder: move the first step down with its button.
    await userEvent.click(buttonNamed(el, 'Move down: Warm bath')!);
    await waitFor(() => expect(changes).toHaveLength(2));
    await expect(changes[1].detail.reason).toBe('move-step');
    await expect(changes[1].detail.routine.steps[1].label).toBe('Warm bath');
  },
};

/** An idea chosen on the empty planner: its steps, focus on them, and "added" said. */
export const TemplateChosen: Story = {...fromState(states.TemplateChosen), tags: ['wide']};
export const BedtimeWindDown: Story = fromState(states.BedtimeWindDown);
export const NapTime: Story = fromState(states.NapTime);
export const BathTime: Story = fromState(states.BathTime);
export const CalmingACryingBaby: Story = fromState(states.CalmingACryingBaby);
export const SavedWithStartTime: Story = fromState(states.SavedWithStartTime);
export const LongRoutinePastMidnight: Story = fromState(states.LongRoutinePastMidnight);
/** Too many minutes for a step: the field's own message, and the routine keeps its last good value. */
export const InlineError: Story = fromState(states.InlineError);
/** A step removed: Undo is offered, named after the step. */
export const StepRemoved: Story = fromState(states.StepRemoved);

/** Run mode: one step at a time, with the cue prompts; Done tells the host. */
export const RunMode: Story = {
  args: states.RunMode.props(),
  play: async ({canvasElement}) => {
    const el = planner(canvasElement);
    await el.updateComplete;
    const done = recordEvents<AttuneRoutineStepCompleteEvent>(canvasElement, 'attune-routine-step-complete');
    await waitFor(() => expect(buttonNamed(el, 'Done')).toBeTruthy());
    await userEvent.click(buttonNamed(el, 'Done')!);
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

/** Finish pressed during the run: the routine is done. */
export const RunFinished: Story = fromState(states.RunFinished);
/** A crying routine runs safety first: never shake, it is OK to step away, and "Take a break" always within reach. */
export const CryingRun: Story = fromState(states.CryingRun);
/** A crying routine ended early: "Still crying?", what to do next, and real 999 and 111 links. */
export const StillCrying: Story = fromState(states.StillCrying);

/**
 * The bath-time idea at 200 % text (the page's root font size, as a browser's text-size
 * setting sets it): steps reflow onto two lines, no word breaks and nothing scrolls sideways.
 * The size is put back when the story is left.
 */
export const LargeText: Story = {
  args: {routine: fromTemplate('bath-time')},
  beforeEach: () => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = '200%';
    return () => {
      root.style.fontSize = before;
    };
  },
};

export const RightToLeft: Story = {args: {routine: savedRoutine}, globals: {locale: 'rtl'}};
export const Welsh: Story = {globals: {locale: 'cy-GB-wales', viewport: {value: 'phone320'}}, tags: ['small-phone']};
export const SmallPhone: Story = {
  args: {routine: savedRoutine},
  globals: {viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
export const Dark: Story = {args: {routine: savedRoutine}, globals: {theme: 'dark'}};
export const NhsTheme: Story = {args: {routine: savedRoutine}, globals: {theme: 'nhs'}};
