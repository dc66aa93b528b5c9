import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/help-card.js';
import type {AttuneHelpActionEvent} from '../src/core/events.js';
import {HelpActionDetailSchema} from '../src/schema/events.js';
import {longTextPack} from '../fixtures/index.js';
import {helpCardStates} from '../fixtures/states.js';
import {recordEvents} from '../fixtures/read.js';
import {packFor, playState, stayOnPage} from './support.js';

type Args = {level?: string; headingLevel: number};

/**
 * "When to ask for help" guidance in the NHS care-card style. Urgency is in the words (a
 * visually hidden prefix such as "Urgent advice:") and in each card's border shape.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Help card',
  component: 'attune-help-card',
  args: {level: undefined, headingLevel: 2},
  argTypes: {
    level: {control: 'select', options: [undefined, 'emergency', 'urgent', 'non-urgent', 'support']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
  },
  render: (args, {globals}) => html`<attune-help-card level=${args.level ?? 'all'} heading-level=${args.headingLevel}
    .content=${packFor(globals)}></attune-help-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AllLevels: Story = {
  tags: ['wide'],
  args: helpCardStates.AllLevels.props(),
  play: async ({canvasElement}) => {
    const card = canvasElement.querySelector('attune-help-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelectorAll('.card')).toHaveLength(4));
    const levels = [...card.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.level);
    await expect(levels).toEqual(['emergency', 'urgent', 'non-urgent', 'support']);
  },
};

export const Emergency: Story = {
  tags: ['every-theme'],
  args: helpCardStates.Emergency.props(),
  play: async ({canvasElement}) => {
    stayOnPage(canvasElement);
    const card = canvasElement.querySelector('attune-help-card')!;
    const events = recordEvents<AttuneHelpActionEvent>(canvasElement, 'attune-help-action');
    const link = await waitFor(() => card.shadowRoot!.querySelector<HTMLAnchorElement>('a.action')!);
    await expect(link.getAttribute('href')).toBe('tel:999');
    link.click();
    await expect(events).toHaveLength(1);
    await expect(HelpActionDetailSchema.safeParse(events[0].detail).success).toBe(true);
    await expect(events[0].detail.level).toBe('emergency');
  },
};
export const Urgent: Story = {args: helpCardStates.Urgent.props()};
export const NonUrgent: Story = {args: helpCardStates.NonUrgent.props()};
export const Support: Story = {args: helpCardStates.Support.props()};

/**
 * The partner part, opened: what a partner or other carer looks for (postpartum psychosis is an
 * emergency: call 999), how to support the other parent, and help for themselves. It sits in the
 * emergency card, closed until pressed; the toolbar's locale shows each nation's own.
 */
export const PartnerCard: Story = {
  args: helpCardStates.PartnerCard.props(),
  play: playState(helpCardStates.PartnerCard),
};

export const NhsTheme: Story = {globals: {theme: 'nhs'}};
/** The example brand theme (themes/brand-example.css): only tokens and parts, in light and in dark. */
export const BrandTheme: Story = {globals: {theme: 'brand'}};
export const BrandDark: Story = {globals: {theme: 'brand-dark'}};
export const Dark: Story = {globals: {theme: 'dark'}};
export const RightToLeft: Story = {globals: {locale: 'rtl'}};
/** Each nation's own routes: 111 press 2 in Wales (in English and in Welsh), NHS 24 and Breathing Space in Scotland, Lifeline in Northern Ireland. */
export const Wales: Story = {globals: {locale: 'en-GB-wales'}};
export const Welsh: Story = {globals: {locale: 'cy-GB-wales', viewport: {value: 'phone320'}}, tags: ['small-phone']};
export const Scotland: Story = {globals: {locale: 'en-GB-scotland'}};
export const NorthernIreland: Story = {
  globals: {locale: 'en-GB-northern-ireland'},
  play: async ({canvasElement}) => {
    const card = canvasElement.querySelector('attune-help-card')!;
    await waitFor(() => expect(card.shadowRoot!.textContent).toContain('Lifeline'));
    await expect(card.shadowRoot!.textContent).not.toMatch(/\b111\b/);
  },
};
export const SmallPhone: Story = {globals: {viewport: {value: 'phone320'}}, tags: ['small-phone']};

export const VeryLongText: Story = {
  render: (args, {globals}) => html`<attune-help-card level=${args.level ?? 'all'} heading-level=${args.headingLevel}
    .content=${packFor(globals, longTextPack())}></attune-help-card>`,
};
