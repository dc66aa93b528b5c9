import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/mood-check-in.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import type {AttuneCheckInChangeEvent, AttuneCheckInSubmitEvent} from '../src/core/events.js';
import {CheckInSubmitDetailSchema} from '../src/schema/events.js';
import type {CheckInDraft} from '../src/schema/check-in-data.js';
import type {ContentPack} from '../src/schema/content.js';
import type {SignpostLevel} from '../src/model/levels.js';
import {clonePack, draftAt, resultDrafts, scoredPack} from '../fixtures/index.js';
import {buttonNamed, option, recordEvents} from '../fixtures/read.js';
import {checkInStates, type WidgetState} from '../fixtures/states.js';
import {packFor, playState, withContentErrors} from './support.js';

type Args = {draft?: CheckInDraft; pack?: ContentPack; disabled: boolean; finish: boolean};

/**
 * A parent's quick, kind check-in: mood, feeling words, a few questions, an optional note, a
 * review, then a kind result. A worrying answer to a safety question shows urgent or emergency
 * help first. `finish: true` presses Finish on a restored review step, to show a result.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Mood check-in',
  component: 'attune-mood-check-in',
  args: {disabled: false, finish: false},
  argTypes: {
    draft: {control: 'object', description: 'A saved draft to restore'},
    pack: {table: {disable: true}},
    finish: {description: 'Press Finish after restoring the draft (shows the result view)'},
  },
  render: ({draft, pack, disabled}, {globals}) => html`<attune-mood-check-in ?disabled=${disabled}
    .content=${packFor(globals, pack)} .draft=${draft}></attune-mood-check-in>`,
  play: async ({canvasElement, args}) => {
    if (!args.finish) return;
    const el = checkIn(canvasElement);
    await el.updateComplete;
    await userEvent.click(buttonNamed(el, 'Finish check-in')!);
    await waitFor(() => expect(el.response).toBeDefined());
  },
};
export default meta;
type Story = StoryObj<Args>;

const checkIn = (canvas: HTMLElement) => canvas.querySelector<AttuneMoodCheckIn>('attune-mood-check-in')!;

/** The main flow: choose a mood, step through, answer the safety question, finish. */
export const MainFlow: Story = {
  play: async ({canvasElement}) => {
    const el = checkIn(canvasElement);
    await el.updateComplete;
    const changes = recordEvents<AttuneCheckInChangeEvent>(canvasElement, 'attune-check-in-change');
    const submits = recordEvents<AttuneCheckInSubmitEvent>(canvasElement, 'attune-check-in-submit');
    await userEvent.click(option(el, 'mood', 'Good'));
    await userEvent.click(buttonNamed(el, 'Next')!);
    await userEvent.click(option(el, 'feelings', 'Tired'));
    await userEvent.click(buttonNamed(el, 'Next')!);
    await userEvent.click(option(el, 'q-harm-thoughts', 'No'));
    await userEvent.click(buttonNamed(el, 'Next')!);
    await userEvent.click(buttonNamed(el, 'Next')!);
    await userEvent.click(buttonNamed(el, 'Finish check-in')!);
    await waitFor(() => expect(submits).toHaveLength(1));
    await expect(CheckInSubmitDetailSchema.safeParse(submits[0].detail).success).toBe(true);
    await expect(submits[0].detail.response).toMatchObject({
      mood: {value: 4, optionId: 'good'},
      feelings: ['tired'],
      signpost: 'none',
    });
    await expect(changes.length).toBeGreaterThan(4);
  },
};

/** A named state of the check-in (fixtures/states.ts): its draft and pack, and what the parent does. */
const fromState = (state: WidgetState<{draft?: CheckInDraft; content?: ContentPack}>): Story => {
  const {draft, content} = state.props();
  return {args: {...(draft && {draft}), ...(content && {pack: content})}, play: playState(state)};
};

export const StepMood: Story = {...fromState(checkInStates.StepMood), tags: ['wide']};
export const StepFeelings: Story = fromState(checkInStates.StepFeelings);
export const StepQuestions: Story = fromState(checkInStates.StepQuestions);
export const StepNote: Story = fromState(checkInStates.StepNote);
/** A note over the pack's limit: the message says by how much, and Next waits. */
export const NoteTooLong: Story = fromState(checkInStates.NoteTooLong);
export const StepReview: Story = fromState(checkInStates.StepReview);

/** Next with no mood chosen: the pack's message, linked to the radios. */
export const MoodMissing: Story = fromState(checkInStates.MoodMissing);
/** A mood chosen, Next, and a feeling ticked. */
export const FeelingChosen: Story = fromState(checkInStates.FeelingChosen);
/** Next with the safety question unanswered: the question's own message. */
export const SafetyUnanswered: Story = fromState(checkInStates.SafetyUnanswered);
/** A note typed: the count says how much room is left. */
export const NoteTyped: Story = fromState(checkInStates.NoteTyped);

/** A restored review, finished (for the theme stories below). */
const result = (level: SignpostLevel): Story => {
  const {draft, pack} = resultDrafts()[level];
  return {args: {draft, pack, finish: true}};
};
export const ResultNone: Story = fromState(checkInStates.ResultNone);
export const ResultSupport: Story = fromState(checkInStates.ResultSupport);
export const ResultNonUrgent: Story = fromState(checkInStates.ResultNonUrgent);
export const ResultUrgentScored: Story = fromState(checkInStates.ResultUrgentScored);
/** Low, hardly sleeping and no one to talk to: every card a rule calls for, and ideas that fit. */
export const ResultNonUrgentAndSupport: Story = fromState(checkInStates.ResultNonUrgentAndSupport);
/** "Not safe right now" on the questions step: "Call 999 now", the emergency card and its call on screen. */
export const CrisisOnQuestions: Story = {...fromState(checkInStates.CrisisOnQuestions), tags: ['every-theme']};

/** The safety result: the emergency card comes first and takes focus. */
export const ResultSafetyEmergency: Story = {
  tags: ['every-theme', 'wide'],
  ...fromState(checkInStates.ResultSafetyEmergency),
  play: async (context) => {
    await playState(checkInStates.ResultSafetyEmergency)(context);
    const el = checkIn(context.canvasElement);
    await expect(el.response?.signpost).toBe('emergency');
    // "Call 999 now" in plain words, then the emergency card, which takes focus.
    const [now, first] = el.shadowRoot!.querySelector('.result')!.children;
    await expect(now.classList.contains('now')).toBe(true);
    await expect(first.querySelector('attune-help-card')?.getAttribute('level')).toBe('emergency');
    await expect(el.shadowRoot!.activeElement).toBe(first);
  },
};

/** A worrying answer to the safety question: its help shows at once, below the answer, before the end. */
export const SafetyAnswerHelpAtOnce: Story = {
  args: {draft: draftAt('questions', {answers: []})},
  play: async ({canvasElement}) => {
    const el = checkIn(canvasElement);
    await el.updateComplete;
    await userEvent.click(option(el, 'q-harm-thoughts', 'Yes, and I do not feel safe right now'));
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('.help attune-help-card')?.getAttribute('level')).toBe('emergency'),
    );
    await expect(el.response).toBeUndefined();
  },
};

/** A licensed host's scored questionnaire (here Attune's own test items, scored 0–3). */
export const ScoredQuestionnaire: Story = {
  args: {pack: scoredPack(), draft: draftAt('questions', {answers: []}, scoredPack())},
};

/** Invalid content: the widget refuses it, keeps working with its last good content, and says why. */
export const ContentError: Story = {
  args: {
    pack: (() => {
      const pack = clonePack();
      pack.checkIn.safetySignpost = 'support';
      return pack;
    })(),
  },
  render: (args, context) => withContentErrors(meta.render!(args, context) as TemplateResult),
  play: async ({canvasElement}) => {
    const out = canvasElement.querySelector('output')!;
    await waitFor(() => expect(out.textContent).toContain('checkIn.safetySignpost'));
    // It keeps working: with no earlier good pack, England's ready pack (the one the refused pack
    // names), once that has loaded.
    await waitFor(() => expect(option(checkIn(canvasElement), 'mood', 'Okay')).toBeTruthy());
  },
};

export const Disabled: Story = {args: {disabled: true, draft: draftAt('mood')}};
export const RightToLeft: Story = {globals: {locale: 'rtl'}};
/** The Welsh pack at 320 px, on the review (long Welsh words), and its result with the urgent card (111 press 2). */
export const Welsh: Story = {
  args: {draft: draftAt('review', {feelings: ['tired', 'overwhelmed', 'lonely']})},
  globals: {locale: 'cy-GB-wales', viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
export const WelshUrgentResult: Story = {
  args: {draft: draftAt('review', {answers: [{questionId: 'harm-thoughts', optionId: 'yes-can-keep-safe'}]})},
  globals: {locale: 'cy-GB-wales'},
  play: async ({canvasElement}) => {
    const el = checkIn(canvasElement);
    await el.updateComplete;
    await userEvent.click(buttonNamed(el, 'Gorffen')!);
    await waitFor(() => expect(el.shadowRoot!.querySelector('attune-help-card[level=urgent]')).toBeTruthy());
  },
};
export const SmallPhone: Story = {
  args: {draft: draftAt('review', {feelings: ['tired', 'overwhelmed', 'lonely']})},
  globals: {viewport: {value: 'phone320'}},
  tags: ['small-phone'],
};
export const Dark: Story = {...result('emergency'), globals: {theme: 'dark'}};
export const NhsTheme: Story = {...result('urgent'), globals: {theme: 'nhs'}};
/** The example brand theme (themes/brand-example.css) reaching the crisis card inside the result. */
export const BrandTheme: Story = {...result('emergency'), globals: {theme: 'brand'}};
