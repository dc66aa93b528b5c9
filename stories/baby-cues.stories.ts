import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/baby-cues.js';
import type {AttuneBabyCues} from '../src/baby-cues.js';
import type {AttuneCueMomentEvent} from '../src/core/events.js';
import {CueMomentDetailSchema} from '../src/schema/events.js';
import type {CueMoment} from '../src/schema/cues-data.js';
import type {ContentPack} from '../src/schema/content.js';
import {defaultContent} from '../src/content/en-GB-england.js';
import {clonePack} from '../fixtures/index.js';
import {$, buttonNamed, find, textOf, recordEvents} from '../fixtures/read.js';
import {babyCuesStates, type WidgetState} from '../fixtures/states.js';
import {packFor, playState, stayOnPage, withContentErrors} from './support.js';

type Args = {ageMonths?: number; moment?: CueMoment; pack?: ContentPack; headingLevel: number};

const words = defaultContent.cues!;

/**
 * "What might my baby be telling me?": the parent picks their baby's age (unless the host gives
 * `age-months`), ticks what they notice, and reads a tentative reading with words to say and
 * what to try. Signs of illness are listed on purpose: ticking one shows the baby's 999 or 111
 * help at once. "After a hard moment" offers a way to make up, with no blame.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Baby cues',
  component: 'attune-baby-cues',
  args: {headingLevel: 2},
  argTypes: {
    ageMonths: {
      control: {type: 'number', min: 0, max: 24},
      description: 'The baby’s age in months (unset: the parent picks)',
    },
    moment: {control: 'object', description: 'A saved moment to restore'},
    pack: {table: {disable: true}},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
  },
  render: ({ageMonths, moment, pack, headingLevel}, {globals}) => html`<attune-baby-cues
    age-months=${ageMonths ?? nothing} heading-level=${headingLevel}
    .content=${packFor(globals, pack)} .moment=${moment}></attune-baby-cues>`,
};
export default meta;
type Story = StoryObj<Args>;

const guide = (canvas: HTMLElement) => canvas.querySelector<AttuneBabyCues>('attune-baby-cues')!;

/** A named state of the guide (fixtures/states.ts): what the host sets, and what the parent does. */
const fromState = (state: WidgetState<{ageMonths?: number; moment?: CueMoment; content?: ContentPack}>): Story => {
  const {ageMonths, moment, content} = state.props();
  return {
    args: {...(ageMonths !== undefined && {ageMonths}), ...(moment && {moment}), ...(content && {pack: content})},
    play: playState(state),
  };
};

/** The main flow: pick the age, tick what you see, read what it might mean, tick an idea, save. */
export const MainFlow: Story = {
  play: async ({canvasElement}) => {
    const el = guide(canvasElement);
    await el.updateComplete;
    const moments = recordEvents<AttuneCueMomentEvent>(canvasElement, 'attune-cue-moment');
    await userEvent.click(find(el, 'label.choice', '3 to 6 months'));
    await userEvent.click(find(el, 'label.choice .name', 'Looks away'));
    await userEvent.click(buttonNamed(el, words.ui.show)!);
    await waitFor(() => expect(textOf($(el, '.reading-title'))).toBe('Your baby may be telling you they need a break'));
    await userEvent.click(find(el, 'input[name=tried]'));
    await userEvent.type(find(el, 'textarea'), 'After the bath');
    await userEvent.click(buttonNamed(el, words.save.button)!);
    await waitFor(() => expect(moments).toHaveLength(1));
    await expect(CueMomentDetailSchema.safeParse(moments[0].detail).success).toBe(true);
    await expect(moments[0].detail.moment).toMatchObject({ageBand: '3-6', cueIds: ['looks-away'], readingId: 'break'});
  },
};

export const BandChooser: Story = {...fromState(babyCuesStates.BandChooser), tags: ['wide']};
/** Looks away and puts a hand up: "may need a break", what to try, and words to say. */
export const NeedsABreak: Story = fromState(babyCuesStates.NeedsABreak);
/** Looks at you and smiles: "may be ready to play", with how to take turns and wait. */
export const ReadyToConnect: Story = fromState(babyCuesStates.ReadyToConnect);
/** A smile and looking away together: "it can be hard to tell; watch for a moment". */
export const MixedSignals: Story = fromState(babyCuesStates.MixedSignals);
/** A toddler's tantrum: calming steps and a line on the parent's own calm. */
export const ToddlerBigFeelings: Story = fromState(babyCuesStates.ToddlerBigFeelings);
/** After a hard moment, for a toddler: calm down, go back, name it, make up; help if it happens a lot. */
export const ToddlerRepair: Story = fromState(babyCuesStates.ToddlerRepair);
/** A sign of illness: the baby's 999 card comes at once, before anything else, focus left on the box. */
export const RedFlag999: Story = {
  tags: ['every-theme'],
  ...fromState(babyCuesStates.RedFlag999),
  play: async (context) => {
    stayOnPage(context.canvasElement);
    await playState(babyCuesStates.RedFlag999)(context);
    const el = guide(context.canvasElement);
    const card = $(el, '.baby-help attune-help-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('a.action')?.getAttribute('href')).toBe('tel:999'));
  },
};
/** A temperature of 38°C or more under 3 months: the baby's urgent card (111 or the GP) at once. */
export const RedFlagUrgent: Story = fromState(babyCuesStates.RedFlagUrgent);
/** A moment saved yesterday, set back by the host: the same ticks, reading, ideas and note. */
export const SavedMomentRestored: Story = fromState(babyCuesStates.SavedMomentRestored);

/** Northern Ireland has no 111: the baby's urgent card offers the GP, GP out of hours and 999. */
export const NorthernIreland: Story = {
  ...fromState(babyCuesStates.RedFlagUrgent),
  globals: {locale: 'en-GB-northern-ireland'},
  play: async ({canvasElement}) => {
    const el = guide(canvasElement);
    await el.updateComplete;
    await userEvent.click(find(el, 'label.choice .name', 'Under 3 months old, with a temperature of 38°C or more'));
    const card = await waitFor(() => $(el, '.baby-help attune-help-card[level=urgent]')!);
    await waitFor(() => expect(card.shadowRoot!.textContent).toContain('GP out of hours'));
    await expect(card.shadowRoot!.textContent).not.toMatch(/\b111\b/);
  },
};
/** The Welsh pack at 320 px: a restored moment (long Welsh words). */
export const Welsh: Story = {
  args: babyCuesStates.SavedMomentRestored.props(),
  globals: {locale: 'cy-GB-wales', viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
export const SmallPhone: Story = {
  args: babyCuesStates.SavedMomentRestored.props(),
  globals: {viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
export const RightToLeft: Story = {args: babyCuesStates.SavedMomentRestored.props(), globals: {locale: 'rtl'}};
export const Dark: Story = {...fromState(babyCuesStates.RedFlag999), globals: {theme: 'dark'}};
export const NhsTheme: Story = {...fromState(babyCuesStates.NeedsABreak), globals: {theme: 'nhs'}};

/** A pack that drops a required sign of illness: refused, and the guide keeps working with its own words. */
export const ContentError: Story = {
  args: {
    pack: (() => {
      const pack = clonePack() as ContentPack;
      pack.cues!.redFlags.items = pack.cues!.redFlags.items.filter((flag) => flag.id !== 'floppy');
      return pack;
    })(),
  },
  render: (args, context) => withContentErrors(meta.render!(args, context) as TemplateResult),
  play: async ({canvasElement}) => {
    const out = canvasElement.querySelector('output')!;
    await waitFor(() => expect(out.textContent).toContain('cues.redFlags.items'));
    // It keeps working: with no earlier pack of the host's, with the ready pack of the nation the refused one names.
    await waitFor(() => expect(find(guide(canvasElement), 'label.choice', '0 to 3 months')).toBeTruthy());
  },
};
