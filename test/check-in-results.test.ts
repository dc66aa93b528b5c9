/**
 * A result that follows what the parent said: the cards every fired rule calls for (most urgent
 * first) and at most three ideas chosen from the answers, self-care first on a hard day, never
 * one that reads as blame for an answer. Then crisis help on the questions step: on screen at
 * once at 390 × 844, focus left on the answer, said once, and said again when it goes.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import type {CheckInDraft} from '../src/schema/check-in-data.js';
import {defaultContent} from '../src/content/en-GB-england.js';
import {draftAt} from '../fixtures/index.js';
import {$, $$, textOf} from '../fixtures/read.js';
import {choose, finish, mountCheckIn, restore, wordOf} from './helpers/check-in.js';
import {active} from './helpers/dom.js';
import {expectAccessible} from './helpers/axe.js';

const words = defaultContent.checkIn!;
const answer = (questionId: string, optionId: string) => ({questionId, optionId});
const safe = answer('harm-thoughts', 'no');
const mood = (value: number) => ({value, optionId: words.mood.options[value - 1].id});

/** [what the parent said, the draft, the cards shown in order, the ideas shown in order]. */
const patterns: [string, Partial<CheckInDraft>, string[], string[]][] = [
  [
    'an okay day, feeling calm and close',
    {feelings: ['calm', 'close'], answers: [answer('sleep', 'mostly'), safe]},
    [],
    ['first-two-years', 'good-enough', 'face-to-face'],
  ],
  [
    'a low mood, tired, and hardly ever sleeping when she can',
    {mood: mood(2), feelings: ['tired'], answers: [answer('sleep', 'hardly'), safe]},
    ['non-urgent', 'support'],
    ['rest', 'one-day', 'good-enough'],
  ],
  [
    'no one to talk to',
    {answers: [answer('someone-to-talk-to', 'no'), safe]},
    ['support'],
    ['someone-listens', 'good-enough', 'face-to-face'],
  ],
  [
    '"I find it hard to feel close": no face-to-face homework',
    {answers: [answer('close-to-baby', 'hard'), safe]},
    ['non-urgent'],
    ['closeness-takes-time', 'good-enough', 'name-feelings'],
  ],
  [
    'feeling overwhelmed and snappy',
    {feelings: ['overwhelmed', 'irritable'], answers: [safe]},
    [],
    ['one-day', 'make-up', 'good-enough'],
  ],
  [
    'lonely, low, and finding closeness comes and goes',
    {mood: mood(1), feelings: ['lonely'], answers: [answer('close-to-baby', 'comes-and-goes'), safe]},
    ['support'],
    ['one-day', 'closeness-takes-time', 'someone-listens'],
  ],
  [
    'thoughts of self-harm, but able to keep safe',
    {answers: [answer('harm-thoughts', 'yes-can-keep-safe')]},
    ['urgent', 'support'],
    [],
  ],
  [
    'not safe right now, and finding it hard to feel close',
    {answers: [answer('close-to-baby', 'hard'), answer('harm-thoughts', 'yes-not-safe')]},
    ['emergency', 'urgent', 'non-urgent', 'support'],
    [],
  ],
];

const cardsShown = (el: AttuneMoodCheckIn) =>
  $$(el, '.result attune-help-card').map((card) => card.getAttribute('level'));
const ideasShown = (el: AttuneMoodCheckIn) =>
  $$(el, '.result .ideas li').map((li) => words.ideas.items.find((idea) => idea.text === textOf(li))?.id);

describe('a result that follows the answers', () => {
  for (const [said, draft, cards, ideas] of patterns) {
    const shows = `cards ${cards.join(', ') || 'none'}; ideas ${ideas.join(', ') || 'none'}`;
    it(`${said}: ${shows}`, async () => {
      const el = await mountCheckIn();
      await finish(el, draftAt('review', draft));
      expect(cardsShown(el)).to.deep.equal(cards);
      expect(ideasShown(el)).to.deep.equal(ideas);
      expect(ideasShown(el).length).to.be.at.most(3);
    });
  }

  it('shows the partner part once, in the emergency card, not again in the urgent card beside it', async () => {
    const el = await mountCheckIn();
    await finish(el, draftAt('review', {answers: [answer('harm-thoughts', 'yes-not-safe')]}));
    const cards = $$(el, '.result attune-help-card') as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await Promise.all(cards.map((card) => card.updateComplete));
    const withPartner = cards.filter((card) => card.shadowRoot!.querySelector('[part~=partner]'));
    expect(withPartner.map((card) => card.getAttribute('level'))).to.deep.equal(['emergency']);
  });

  it('after "not safe right now" says plainly what to do now, before the card: call 999, and keep the baby safe', async () => {
    const el = await mountCheckIn();
    await finish(el, draftAt('review', {answers: [answer('harm-thoughts', 'yes-not-safe')]}));
    const now = $(el, '.result .now')!;
    expect(textOf(now)).to.equal(`${words.emergencyNow!.call} ${words.emergencyNow!.baby}`);
    expect(now.nextElementSibling!.matches('.help')).to.be.true;
    await expectAccessible(el);
  });
});

describe('state read at the moment of use', () => {
  it('answers several questions, and ticks several feelings, within one task: every change is kept', async () => {
    const el = await mountCheckIn({draft: draftAt('questions', {answers: []})});
    const pickIn = (group: string, label: string) =>
      $$<HTMLInputElement>(el, `input[name="${group}"]`).find((input) => wordOf(input) === label)!;
    // An autofill or a host script: four clicks with no render in between.
    pickIn('q-sleep', 'Sometimes').click();
    pickIn('q-someone-to-talk-to', 'Yes').click();
    pickIn('q-close-to-baby', 'It comes and goes').click();
    pickIn('q-harm-thoughts', 'No').click();
    await el.updateComplete;
    expect(el.draft.answers.map((a) => `${a.questionId}=${a.optionId}`)).to.deep.equal([
      'sleep=sometimes',
      'someone-to-talk-to=yes',
      'close-to-baby=comes-and-goes',
      'harm-thoughts=no',
    ]);

    await restore(el, draftAt('feelings', {feelings: []}));
    pickIn('feelings', 'Tired').click();
    pickIn('feelings', 'Calm').click();
    pickIn('feelings', 'Hopeful').click();
    await el.updateComplete;
    expect(el.draft.feelings).to.deep.equal(['tired', 'calm', 'hopeful']);
  });
});

describe('crisis help on the questions step', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  /** Where the first call action of the first card sits, against the screen. */
  async function firstCall(el: AttuneMoodCheckIn) {
    const card = $(el, '.help attune-help-card')! as HTMLElement & {updateComplete: Promise<unknown>};
    await card.updateComplete;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a.action')!;
    return {link, box: link.getBoundingClientRect()};
  }

  it('a 390 × 844 phone: "not safe right now" brings Call 999 on screen at once, focus stays on the answer, said once', async () => {
    await setViewport({width: 390, height: 844});
    const el = await mountCheckIn({draft: draftAt('questions', {answers: []})});
    el.scrollIntoView({block: 'start'});
    const radio = $$<HTMLInputElement>(el, 'input[name="q-harm-thoughts"]').find(
      (input) => wordOf(input) === 'Yes, and I do not feel safe right now',
    )!;
    radio.focus();
    radio.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    const {link, box} = await firstCall(el);
    expect(link.getAttribute('href')).to.equal('tel:999');
    expect(box.top, 'Call 999 is not below the screen').to.be.lessThan(844);
    expect(box.bottom, 'Call 999 is not above the screen').to.be.greaterThan(0);
    expect(active(el), 'focus stays on the answer').to.equal(radio);
    const live = $(el, 'p[aria-live]')!;
    expect(textOf(live)).to.equal('Immediate action required: Call 999, below.');
    expect(textOf($(el, '.now'))).to.contain(words.emergencyNow!.call);

    // Said once: the next change (another answer) clears it, and the next step does not repeat it.
    await choose(el, 'q-sleep', 'Sometimes');
    expect(textOf($(el, 'p[aria-live]'))).to.equal('');
  });

  it('says when the help goes, because the answer changed', async () => {
    const el = await mountCheckIn({draft: draftAt('questions', {answers: []})});
    await choose(el, 'q-harm-thoughts', 'Yes, but I feel I can keep myself safe');
    expect(textOf($(el, 'p[aria-live]'))).to.equal('Urgent advice: Call 111, below.');
    await choose(el, 'q-harm-thoughts', 'No');
    expect($(el, '.help')).to.equal(null);
    expect(textOf($(el, 'p[aria-live]'))).to.equal(words.ui.helpGone);
  });

  it('a restored draft with help already in it says nothing (nothing changed in front of the parent)', async () => {
    const el = await mountCheckIn();
    await restore(el, draftAt('note', {answers: [answer('harm-thoughts', 'yes-not-safe')]}));
    expect($(el, '.help')).to.not.equal(null);
    expect(textOf($(el, 'p[aria-live]'))).to.equal('');
  });
});
