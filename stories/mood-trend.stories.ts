import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/mood-trend.js';
import type {AttuneMoodTrend} from '../src/mood-trend.js';
import type {CheckInResponse} from '../src/schema/check-in-data.js';
import {trendFixtures} from '../fixtures/index.js';
import {$, textOf} from '../fixtures/read.js';
import {trendStates} from '../fixtures/states.js';
import {packFor, playState} from './support.js';

type Args = {days: number; entries: CheckInResponse[]};

/**
 * How recent days have felt, from the check-in responses a host stored: a chart with one
 * point per day (gaps where there was no check-in), a one-line summary, the same data as a
 * table, and a kind nudge towards help when low days outnumber the rest or a check-in had a
 * worrying safety answer. The entries are built relative to today.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Mood trend',
  component: 'attune-mood-trend',
  args: {days: 14, entries: trendFixtures.steadyFortnight()},
  argTypes: {
    days: {control: 'inline-radio', options: [7, 14, 28]},
    entries: {control: false, description: 'Check-in responses, as `attune-check-in-submit` gave them'},
  },
  render: ({days, entries}, {globals}) => html`<attune-mood-trend days=${days} .entries=${entries}
    .content=${packFor(globals)}></attune-mood-trend>`,
};
export default meta;
type Story = StoryObj<Args>;

const trendIn = (canvas: HTMLElement) => canvas.querySelector<AttuneMoodTrend>('attune-mood-trend')!;

/** Waits for the entries to be checked and drawn, then checks the summary the parent reads. */
async function expectSummary(canvas: HTMLElement, summary: string): Promise<AttuneMoodTrend> {
  const el = trendIn(canvas);
  await el.updateComplete;
  await waitFor(() => expect(textOf($(el, '[part=summary]'))).toBe(summary));
  return el;
}

const card = (el: AttuneMoodTrend) => $(el, 'attune-help-card');

/** No check-ins yet: one kind sentence, no empty chart. */
export const Empty: Story = {
  args: trendStates.Empty.props(),
  play: async ({canvasElement}) => {
    const el = await expectSummary(
      canvasElement,
      'There are no check-ins from the last two weeks yet. Your days will show here after you check in.',
    );
    await expect(el.shadowRoot!.querySelector('svg')).toBeNull();
  },
};

/** A check-in every day, none of them low. */
export const SteadyFortnight: Story = {
  args: trendStates.SteadyFortnight.props(),
  play: async ({canvasElement}) => {
    const el = await expectSummary(
      canvasElement,
      'None of the days you checked in during the last two weeks felt low.',
    );
    await expect(el.shadowRoot!.querySelectorAll('circle')).toHaveLength(14);
    await expect(card(el)).toBeNull();
  },
};

/** Low on 12 of 14 days: "most days felt low", kind words and the non-urgent help card. */
export const LowFortnight: Story = {
  tags: ['wide'],
  args: trendStates.LowFortnight.props(),
  play: async ({canvasElement}) => {
    const el = await expectSummary(
      canvasElement,
      'Most of the days you checked in during the last two weeks felt low.',
    );
    await expect(card(el)?.getAttribute('level')).toBe('non-urgent');
  },
};

/** Three check-ins in two weeks: gaps in the line, and no pattern claimed yet. */
export const SparseData: Story = {
  args: trendStates.SparseData.props(),
  play: async ({canvasElement}) => {
    const el = await expectSummary(
      canvasElement,
      'There are not enough check-ins from the last two weeks yet to see a pattern.',
    );
    await expect(el.shadowRoot!.querySelectorAll('circle')).toHaveLength(3);
  },
};

/** 365 check-ins, showing the last four weeks, with the table opened. */
export const YearOfData: Story = {
  args: trendStates.YearOfData.props(),
  play: async (context) => {
    const {canvasElement} = context;
    await playState(trendStates.YearOfData)(context);
    const el = await expectSummary(
      canvasElement,
      'Some of the days you checked in during the last four weeks felt low, and some felt better.',
    );
    await expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(28);
  },
};

/** A check-in three days ago had a worrying safety answer: the urgent card comes first, kindly worded. */
export const SafetyFlagged: Story = {
  tags: ['every-theme'],
  args: trendStates.SafetyFlagged.props(),
  play: async ({canvasElement}) => {
    const el = await expectSummary(
      canvasElement,
      'Some of the days you checked in during the last two weeks felt low, and some felt better.',
    );
    await expect(card(el)?.getAttribute('level')).toBe('urgent');
  },
};

/** The last week only. */
export const OneWeek: Story = {
  args: trendStates.OneWeek.props(),
  play: async ({canvasElement}) => {
    await expectSummary(canvasElement, 'None of the days you checked in during the last week felt low.');
  },
};

/** "Make a summary for your health visitor", made: the one page she can print or save as a file. */
export const SummaryMade: Story = {
  args: trendStates.SummaryMade.props(),
  play: playState(trendStates.SummaryMade),
};

/**
 * The same inside the NHS App (a stand-in for its JavaScript API): Save goes through the app's own
 * download, and there is no Print button, which cannot work there.
 */
export const SummaryInTheNhsApp: Story = {
  args: trendStates.SummaryMade.props(),
  beforeEach: () => {
    (globalThis as {nhsapp?: unknown}).nhsapp = {
      tools: {isOpenInNHSApp: () => true},
      navigation: {openBrowserOverlay: () => {}},
      storage: {downloadFromBytes: () => {}},
    };
    return () => delete (globalThis as {nhsapp?: unknown}).nhsapp;
  },
  play: async (context) => {
    await playState(trendStates.SummaryMade)(context);
    const el = trendIn(context.canvasElement);
    const labels = [...el.shadowRoot!.querySelectorAll('.share .nav .button')].map((b) => textOf(b));
    await expect(labels).not.toContain('Print');
    await expect(labels).toContain('Save as a file');
  },
};

export const NhsTheme: Story = {args: {entries: trendFixtures.lowFortnight()}, globals: {theme: 'nhs'}};
export const Dark: Story = {args: {entries: trendFixtures.safety()}, globals: {theme: 'dark'}};
export const RightToLeft: Story = {args: {entries: trendFixtures.lowFortnight()}, globals: {locale: 'rtl'}};
export const Welsh: Story = {
  args: {entries: trendFixtures.lowFortnight()},
  globals: {locale: 'cy-GB-wales', viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
export const SmallPhone: Story = {
  args: {entries: trendFixtures.year(), days: 28},
  globals: {viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
