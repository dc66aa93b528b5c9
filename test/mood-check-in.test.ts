import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/mood-check-in.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import type {AttuneHelpCard} from '../src/help-card.js';
import type {AttuneCheckInChangeEvent, AttuneCheckInSubmitEvent, AttuneContentErrorEvent} from '../src/core/events.js';
import {
  CheckInChangeDetailSchema,
  CheckInSubmitDetailSchema,
  ContentErrorDetailSchema,
  defaultContent,
  type CheckInDraft,
  type ContentPack,
  type PackWith,
  type SignpostLevel,
} from '../src/schema/index.js';
import {expectAccessible} from './helpers/axe.js';
import {recordEvents, textOf} from './helpers/events.js';
import {
  buttons,
  checkedLabels,
  choose,
  click,
  finish,
  legendOf,
  mountCheckIn,
  noteRow,
  restore,
  resultOrder,
  reviewRows,
  wordOf,
} from './helpers/check-in.js';
import {themes, useTheme} from './helpers/themes.js';
import {
  clonePack,
  draftAt,
  injectionPayloads,
  longTextPack,
  resultDrafts,
  rtlPseudoPack,
  scoredPack,
} from '../fixtures/index.js';
import {$$, $, active, buttonNamed} from './helpers/dom.js';

const words = defaultContent.checkIn!;
const ui = words.ui;

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: key});
}

/** Presses Tab until `found` says the focused element is the one wanted. */
async function tabTo(el: AttuneMoodCheckIn, found: (focused: HTMLElement | null) => boolean): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (found(active(el))) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached the element; focus is on ${active(el)?.outerHTML}`);
}

/** For each signpost level, a review-step draft that leads to it (shared with the stories). */
const results = resultDrafts();
const drafts = Object.fromEntries(Object.entries(results).map(([level, r]) => [level, r.draft])) as Record<
  SignpostLevel,
  CheckInDraft
>;
/** The pack each of `drafts` belongs to. */
const packFor = (level: SignpostLevel) => results[level].pack;

describe('<attune-mood-check-in>', () => {
  afterEach(() => useTheme('default'));

  describe('steps', () => {
    it('starts with the mood: a fieldset whose legend says "Step 1 of 5", and five real radios with their words', async () => {
      const el = await mountCheckIn();
      expect($(el, 'fieldset > legend.step-legend')).to.exist;
      expect(legendOf(el)).to.equal(`Step 1 of 5 ${words.mood.legend}`);
      expect(textOf($(el, '.progress'))).to.equal('Step 1 of 5');
      const radios = $$<HTMLInputElement>(el, 'input[type=radio][name=mood]');
      expect(radios).to.have.length(5);
      // Each built-in mood symbol is drawn as an SVG face (no emoji font needed), so the label's text is its word.
      expect(radios.map((r) => textOf(r.closest('label')))).to.deep.equal(words.mood.options.map((o) => o.label));
      expect(radios.map(wordOf)).to.deep.equal(words.mood.options.map((o) => o.label));
      // The face adds to the word and is hidden from screen readers; the word is always shown.
      const faces = radios.map((r) => r.closest('label')!.querySelector('svg.face'));
      expect(faces.map((f) => f?.getAttribute('aria-hidden'))).to.deep.equal(radios.map(() => 'true'));
      expect(
        new Set(faces.map((f) => f!.querySelector('path')!.getAttribute('d'))).size,
        'five different faces',
      ).to.equal(5);
      expect($$(el, 'label span:not([aria-hidden])').map(textOf)).to.deep.equal(words.mood.options.map((o) => o.label));
      expect(textOf($(el, '.hint'))).to.equal(words.mood.hint);
      expect(buttons(el).map(textOf)).to.deep.equal([ui.next]);
    });

    it("Next without a mood shows the pack's message, links it, marks the radios invalid and focuses the first one", async () => {
      const el = await mountCheckIn();
      const changes = recordEvents(el, 'attune-check-in-change');
      await click(el, ui.next);
      const error = $(el, '.error')!;
      expect(textOf(error)).to.equal(ui.moodRequired);
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      expect($$(el, 'input[name=mood]').every((r) => r.getAttribute('aria-invalid') === 'true')).to.be.true;
      expect(active(el)).to.equal($(el, 'input[name=mood]'));
      expect(legendOf(el)).to.contain('Step 1 of 5');
      expect(changes).to.have.length(0);
      await choose(el, 'mood', 'Low');
      expect($(el, '.error')).to.equal(null);
      expect($(el, 'input[aria-invalid]')).to.equal(null);
    });

    it("moves focus to the new step's legend on Next and Back, and skips steps a pack has nothing for", async () => {
      const pack = clonePack();
      pack.checkIn.feelings.options = [];
      pack.checkIn.rules = pack.checkIn.rules.filter((rule) => rule.when.kind !== 'feeling-chosen');
      pack.checkIn.note.maxLength = 0;
      const el = await mountCheckIn({content: pack});
      expect(legendOf(el)).to.contain('Step 1 of 3');
      await choose(el, 'mood', 'Good');
      await click(el, ui.next);
      expect(legendOf(el)).to.equal(`Step 2 of 3 ${words.questions.legend}`);
      expect(active(el)).to.equal($(el, '.step-legend'));
      expect($(el, '.step-legend')!.tabIndex).to.equal(-1);
      await click(el, ui.back);
      expect(legendOf(el)).to.contain('Step 1 of 3');
      expect(active(el)).to.equal($(el, '.step-legend'));
      expect(checkedLabels(el)).to.deep.equal(['Good']);
    });

    it('each question is its own fieldset, with its hint linked by aria-describedby', async () => {
      const el = await mountCheckIn();
      await restore(el, draftAt('questions'));
      const questions = $$(el, 'fieldset.question');
      expect(questions.map((q) => textOf(q.querySelector('legend')))).to.deep.equal(
        words.questions.items.map((q) => q.text),
      );
      const close = questions[2];
      const hint = el.shadowRoot!.getElementById(close.getAttribute('aria-describedby')!)!;
      expect(textOf(hint)).to.equal(words.questions.items[2].hint);
      expect(questions[0].hasAttribute('aria-describedby')).to.be.false;
    });

    it('asks for an answer to the safety question before going on, and focuses it', async () => {
      const el = await mountCheckIn();
      await restore(el, draftAt('questions', {answers: []}));
      await click(el, ui.next);
      expect(legendOf(el)).to.contain(words.questions.legend);
      const safety = $$(el, 'fieldset.question')[3];
      expect(textOf(safety.querySelector('.error'))).to.equal(ui.answerRequired);
      expect(safety.getAttribute('aria-describedby')).to.contain(safety.querySelector('.error')!.id);
      expect(active(el)).to.equal(safety.querySelector('input'));
      await choose(el, 'q-harm-thoughts', 'No');
      expect($(el, '.error')).to.equal(null);
      await click(el, ui.next);
      expect(legendOf(el)).to.contain(words.note.label);
    });

    it('the review lists every answer in words, with a Change button (named for its row) that goes back to that step', async () => {
      const el = await mountCheckIn();
      await restore(
        el,
        draftAt('review', {
          feelings: ['tired', 'hopeful'],
          answers: [
            {questionId: 'sleep', optionId: 'sometimes'},
            {questionId: 'harm-thoughts', optionId: 'no'},
          ],
          note: 'Line one\nLine two',
        }),
      );
      expect(reviewRows(el)).to.deep.equal([
        [ui.reviewMood, 'Okay'],
        [ui.reviewFeelings, 'Tired, Hopeful'],
        [words.questions.items[0].text, 'Sometimes'],
        [words.questions.items[1].text, ui.nothingChosen],
        [words.questions.items[2].text, ui.nothingChosen],
        [words.questions.items[3].text, 'No'],
        [ui.reviewNote, 'Line one Line two'],
      ]);
      expect(noteRow(el).textContent).to.equal('Line one\nLine two');
      const change = $$(el, '.row button').map(textOf);
      expect(change[0]).to.equal(`${ui.change} ${ui.reviewMood}`);
      await click(el, `${ui.change} ${ui.reviewFeelings}`);
      expect(legendOf(el)).to.contain(words.feelings.legend);
      expect(active(el)).to.equal($(el, '.step-legend'));
      expect(checkedLabels(el)).to.deep.equal(['Tired', 'Hopeful']);
    });

    it('after a Change, Next goes straight back to the review; Back, or a fresh start, walks the steps again', async () => {
      const el = await mountCheckIn();
      // A host that gives back every draft it hears (React state, a two-way binding) changes nothing.
      el.addEventListener('attune-check-in-change', (e) => {
        el.draft = e.detail.draft;
      });
      await restore(el, draftAt('review', {feelings: ['tired']}));
      await click(el, `${ui.change} ${ui.reviewMood}`);
      await choose(el, 'mood', 'Good');
      await click(el, ui.next);
      expect(el.draft.step).to.equal('review');
      expect(active(el)).to.equal($(el, '.step-legend'));
      expect(reviewRows(el)[0]).to.deep.equal([ui.reviewMood, 'Good']);

      // Back during a change: the parent is walking the steps themselves.
      await click(el, `${ui.change} ${ui.reviewNote}`);
      await click(el, ui.back);
      expect(el.draft.step).to.equal('questions');
      await click(el, ui.next);
      expect(el.draft.step).to.equal('note');

      // A problem Finish finds (here a mood cleared by a restored draft) goes back to review once fixed.
      await restore(el, draftAt('review', {mood: undefined}));
      await click(el, ui.submit);
      expect(el.draft.step).to.equal('mood');
      await choose(el, 'mood', 'Low');
      await click(el, ui.next);
      expect(el.draft.step).to.equal('review');

      el.reset();
      await el.updateComplete;
      await choose(el, 'mood', 'Okay');
      await click(el, ui.next);
      expect(el.draft.step).to.equal('feelings');
    });
  });

  describe('keyboard only', () => {
    it('runs every step with Tab, arrows, Space, typing and Enter: one submit event carrying every answer and the note exactly as typed', async () => {
      const el = await mountCheckIn();
      const changes = recordEvents<AttuneCheckInChangeEvent>(el, 'attune-check-in-change');
      const submits = recordEvents<AttuneCheckInSubmitEvent>(el, 'attune-check-in-submit');
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();

      // Mood: Tab into the radio group, Space picks, an arrow moves and picks.
      await press('Tab');
      expect(active(el)).to.equal($$(el, 'input[name=mood]')[0]);
      await press('Space');
      await press('ArrowRight');
      expect(checkedLabels(el)).to.deep.equal(['Low']);
      await tabTo(el, (f) => textOf(f) === ui.next);
      await press('Enter');

      // Feelings: Tab to each checkbox, Space ticks.
      expect(legendOf(el)).to.equal(`Step 2 of 5 ${words.feelings.legend}`);
      expect(active(el)).to.equal($(el, '.step-legend'));
      await press('Tab');
      await press('Space'); // Tired
      await press('Tab', 3);
      await press('Space'); // Lonely
      expect(checkedLabels(el)).to.deep.equal(['Tired', 'Lonely']);
      await tabTo(el, (f) => textOf(f) === ui.next);
      await press('Enter');

      // Questions: Tab moves between groups, arrows choose inside one.
      expect(legendOf(el)).to.contain('Step 3 of 5');
      await press('Tab');
      await press('ArrowDown'); // sleep: Sometimes
      await press('Tab');
      await press('Space'); // someone to talk to: Yes
      await press('Tab');
      await press('ArrowDown', 2); // close to baby: I find it hard to feel close
      await press('Tab');
      await press('Space'); // harm thoughts: No
      expect(checkedLabels(el)).to.deep.equal(['Sometimes', 'Yes', 'I find it hard to feel close', 'No']);
      await tabTo(el, (f) => textOf(f) === ui.next);
      await press('Enter');

      // Note: typed, with emoji, right-to-left text, a new line and markup.
      expect(legendOf(el)).to.contain('Step 4 of 5');
      const note = 'Tired 👶🏽 مرحبا\n<script>window.__pwned=1</script> & "ok"';
      await press('Tab');
      expect(active(el)?.localName).to.equal('textarea');
      await sendKeys({type: note});
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal(note);
      expect(textOf($(el, '.count'))).to.equal(`${note.length} of 1,000 characters`);
      await tabTo(el, (f) => textOf(f) === ui.next);
      await press('Enter');

      // Review, then Finish with Enter, twice.
      expect(legendOf(el)).to.equal(`Step 5 of 5 ${ui.reviewLegend}`);
      await tabTo(el, (f) => textOf(f) === ui.submit);
      await press('Enter');
      await press('Enter');
      await el.updateComplete;

      expect(submits).to.have.length(1);
      const {detail} = submits[0];
      const parsed = CheckInSubmitDetailSchema.safeParse(detail);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
      const response = detail.response;
      expect(response.mood).to.deep.equal({value: 2, optionId: 'low'});
      expect(response.feelings).to.deep.equal(['tired', 'lonely']);
      expect(response.answers).to.deep.equal([
        {questionId: 'sleep', optionId: 'sometimes'},
        {questionId: 'someone-to-talk-to', optionId: 'yes'},
        {questionId: 'close-to-baby', optionId: 'hard'},
        {questionId: 'harm-thoughts', optionId: 'no', score: 0},
      ]);
      expect(response.note).to.equal(note);
      expect(response).to.deep.include({
        contentId: 'attune-en-GB-england',
        contentVersion: '1.4.0',
        locale: 'en-GB',
        signpost: 'non-urgent',
      });
      expect(response.flags).to.deep.equal(['mood-low', 'lonely', 'hard-to-feel-close']);
      expect(response.id).to.match(/^[0-9a-f-]{36}$/);
      expect(Date.parse(response.submittedAt)).to.be.at.least(Date.parse(response.startedAt));
      expect(el.response).to.deep.equal(response);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);

      // Every change event validates; the last one is the review step with every answer.
      expect(changes.length).to.be.greaterThan(10);
      for (const change of changes) expect(CheckInChangeDetailSchema.safeParse(change.detail).success).to.be.true;
      expect(changes.at(-1)!.detail.draft).to.deep.include({step: 'review', note, feelings: ['tired', 'lonely']});
      before.remove();
    });
  });

  describe('submitting', () => {
    it('gives one submit event for a double click on Finish, and is read back through `response`', async () => {
      const el = await mountCheckIn();
      const submits = recordEvents(el, 'attune-check-in-submit');
      await restore(el, draftAt('review'));
      expect(el.response).to.equal(undefined);
      const finishButton = buttonNamed(el, ui.submit)!;
      finishButton.click();
      finishButton.click();
      finishButton.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await el.updateComplete;
      expect(submits).to.have.length(1);
      expect(el.response).to.equal((submits[0] as AttuneCheckInSubmitEvent).detail.response);
    });

    it('sends you back to the mood step when Finish is used without a mood (e.g. a restored draft)', async () => {
      const el = await mountCheckIn();
      const submits = recordEvents(el, 'attune-check-in-submit');
      const {mood: _, ...noMood} = draftAt('review');
      await restore(el, noMood as CheckInDraft);
      await click(el, ui.submit);
      expect(submits).to.have.length(0);
      expect(legendOf(el)).to.contain(words.mood.legend);
      expect(textOf($(el, '.error'))).to.equal(ui.moodRequired);
      expect(active(el)).to.equal($(el, 'input[name=mood]'));
    });

    it('shows a kind message, up to three ideas for any day and "Start a new check-in"; no card when nothing is worrying; focus on the message', async () => {
      const el = await mountCheckIn();
      const {detail} = await finish(el, drafts.none);
      expect(detail.response.signpost).to.equal('none');
      expect($(el, 'attune-help-card')).to.equal(null);
      expect(textOf($(el, '.result-heading'))).to.equal(words.results.none.heading);
      expect(textOf($(el, '.result p'))).to.equal(words.results.none.message);
      const ideaText = (id: string) => words.ideas.items.find((idea) => idea.id === id)!.text;
      expect($$(el, '.result li').map(textOf)).to.deep.equal(
        ['good-enough', 'face-to-face', 'name-feelings'].map(ideaText),
      );
      expect(active(el)).to.equal($(el, '.result-heading'));
      expect($(el, 'h2.title')).to.exist;
      expect($(el, 'h3.result-heading')).to.exist;
    });

    for (const level of ['support', 'non-urgent'] as const) {
      it(`for "${level}", the help card comes after the kind message`, async () => {
        const el = await mountCheckIn();
        await finish(el, drafts[level]);
        expect(resultOrder(el)).to.deep.equal([
          'result-heading',
          'p',
          `card:${level}`,
          'ideas-heading',
          'ideas',
          'button secondary',
        ]);
        expect(active(el)).to.equal($(el, '.result-heading'));
      });
    }

    it('"Start a new check-in" clears every answer, goes back to the mood step, and tells the host', async () => {
      const el = await mountCheckIn();
      await finish(el, drafts.support);
      const changes = recordEvents<AttuneCheckInChangeEvent>(el, 'attune-check-in-change');
      await click(el, ui.startAgain);
      expect(el.response).to.equal(undefined);
      expect(legendOf(el)).to.contain('Step 1 of 5');
      expect(checkedLabels(el)).to.deep.equal([]);
      expect(active(el)).to.equal($(el, '.step-legend'));
      expect(changes).to.have.length(1);
      expect(changes[0].detail.draft).to.deep.include({step: 'mood', feelings: [], answers: [], note: ''});
    });

    it('reset() clears everything without an event before Finish, and keeps the result after it', async () => {
      const el = await mountCheckIn({draft: draftAt('note', {feelings: ['calm']})});
      const changes = recordEvents(el, 'attune-check-in-change');
      el.reset();
      await el.updateComplete;
      expect(el.draft).to.deep.include({step: 'mood', feelings: [], answers: [], note: ''});
      expect(el.draft.mood).to.equal(undefined);
      await finish(el, drafts.none);
      el.reset();
      await el.updateComplete;
      expect(el.response).to.not.equal(undefined);
      expect($(el, '.result')).to.not.equal(null);
      expect(changes).to.have.length(0);
    });
  });

  describe('safety', () => {
    const cases: [string, () => PackWith<'checkIn'> | undefined, string, string, string, SignpostLevel][] = [
      [
        'the default pack',
        () => undefined,
        'harm-thoughts',
        'Yes, but I feel I can keep myself safe',
        'safety:harm-thoughts',
        'urgent',
      ],
      [
        'the default pack (not safe now)',
        () => undefined,
        'harm-thoughts',
        'Yes, and I do not feel safe right now',
        'safety:harm-thoughts',
        'emergency',
      ],
      ['the scored fixture', scoredPack, 'harm', 'Sometimes', 'safety:harm', 'urgent'],
      ['the scored fixture ("most days")', scoredPack, 'harm', 'Most days', 'safety:harm', 'urgent'],
    ];
    for (const [name, pack, questionId, answer, flag, level] of cases) {
      it(`${name}: "${answer}" to the safety question shows the ${level} card first, focused, and the response says ${level}`, async () => {
        const content = pack();
        const el = await mountCheckIn({content});
        const submits = recordEvents<AttuneCheckInSubmitEvent>(el, 'attune-check-in-submit');
        await restore(el, draftAt('questions', {answers: []}, content ?? defaultContent));
        await choose(el, `q-${questionId}`, answer);
        await click(el, ui.next);
        await click(el, ui.next);
        await click(el, ui.submit);
        expect(submits).to.have.length(1);
        const {response} = submits[0].detail;
        expect(response.signpost).to.equal(level);
        expect(response.flags).to.include(flag);

        // Rendered first, in the same render as the rest of the result, before the kind message
        // (an emergency has its plain "Call 999 now" words just before the card).
        expect(resultOrder(el).filter((part) => part !== 'now')[0]).to.equal(`card:${level}`);
        expect(resultOrder(el)[0]).to.equal(level === 'emergency' ? 'now' : `card:${level}`);
        expect(resultOrder(el).indexOf('result-heading')).to.be.greaterThan(0);
        // Then the kind words and everyday support (Samaritans, Shout); no "ideas for today". An
        // emergency also offers the urgent line (111's mental health option) for a parent who will not call 999.
        expect(resultOrder(el)).to.deep.equal(
          level === 'emergency'
            ? ['now', 'card:emergency', 'result-heading', 'p', 'card:urgent', 'card:support', 'button secondary']
            : ['card:urgent', 'result-heading', 'p', 'card:support', 'button secondary'],
        );
        const wrapper = $(el, '.help')!;
        expect(active(el)).to.equal(wrapper);
        expect(wrapper.tabIndex).to.equal(-1);
        const card = wrapper.querySelector<AttuneHelpCard>('attune-help-card')!;
        await card.updateComplete;
        const heading = card.shadowRoot!.querySelector('h3')!;
        const help = defaultContent.help.levels[level as 'urgent' | 'emergency'];
        expect(textOf(heading)).to.equal(`${help.hiddenPrefix} ${help.heading}`);
        // Focus lands on a region named by its urgency, so a screen reader says which help this
        // is, then reads the card's heading once (the name does not repeat it).
        expect(wrapper.getAttribute('role')).to.equal('region');
        expect(wrapper.getAttribute('aria-label')).to.equal(help.hiddenPrefix.replace(/:$/, ''));
        expect(card.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
        expect(textOf($(el, '.result-heading'))).to.equal(words.results[level].heading);
      });
    }

    /** The help cards on a step, in page order, and where they sit: after the step, before Next. */
    const stepCards = (el: AttuneMoodCheckIn) =>
      $$(el, '.help').map((wrapper) => {
        const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        expect(follows($(el, 'fieldset.step')!, wrapper), 'after the step').to.be.true;
        expect(follows(wrapper, $(el, '.nav')!), 'before the buttons').to.be.true;
        return wrapper.querySelector('attune-help-card')!.getAttribute('level');
      });
    /** What the step's polite live region says: where the help is, once it shows, else nothing. */
    const announced = (el: AttuneMoodCheckIn) => textOf($(el, 'fieldset.step ~ p[aria-live=polite]'));
    const nameOf = (level: 'urgent' | 'emergency') =>
      `${defaultContent.help.levels[level].hiddenPrefix} ${defaultContent.help.levels[level].heading}`;
    const whereIs = (level: 'urgent' | 'emergency') =>
      `${defaultContent.help.levels[level].hiddenPrefix} ${defaultContent.help.levels[level].actions[0].label}, below.`;

    it('shows the help a worrying safety answer calls for at once, and on every step after it, until the answer changes', async () => {
      const el = await mountCheckIn();
      const submits = recordEvents<AttuneCheckInSubmitEvent>(el, 'attune-check-in-submit');
      await restore(el, draftAt('questions', {answers: []}));
      expect(stepCards(el)).to.deep.equal([]);
      expect(announced(el)).to.equal('');

      // By keyboard: the arrow keys choose as they move. The card comes in the same render as
      // the answer, below it, and focus stays on the answer the parent chose.
      $$<HTMLInputElement>(el, 'input[name="q-harm-thoughts"]')[0].focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(stepCards(el)).to.deep.equal(['urgent']);
      expect(announced(el), 'screen readers are told, once, politely, what and where').to.equal(whereIs('urgent'));
      await press('ArrowDown');
      await el.updateComplete;
      // Not safe right now: 999 first, then the NHS urgent line for a parent who will not call 999.
      expect(stepCards(el)).to.deep.equal(['emergency', 'urgent']);
      expect(announced(el)).to.equal(whereIs('emergency'));
      expect(wordOf(active(el) as HTMLInputElement)).to.equal('Yes, and I do not feel safe right now');
      const card = $(el, '.help attune-help-card') as AttuneHelpCard;
      await card.updateComplete;
      expect(textOf(card.shadowRoot!.querySelector('h3'))).to.equal(nameOf('emergency'));
      // Keyboard users reach its call button with the next Tab, before Next.
      await press('Tab');
      expect((card.shadowRoot!.activeElement as HTMLAnchorElement | null)?.getAttribute('href')).to.equal('tel:999');

      await choose(el, 'q-harm-thoughts', 'Yes, but I feel I can keep myself safe');
      expect(stepCards(el)).to.deep.equal(['urgent']);
      await click(el, ui.next);
      expect(el.draft.step).to.equal('note');
      expect(stepCards(el)).to.deep.equal(['urgent']);
      await click(el, ui.next);
      expect(el.draft.step).to.equal('review');
      expect(stepCards(el)).to.deep.equal(['urgent']);
      expect(submits, 'nothing is sent before the parent finishes').to.have.length(0);
      await expectAccessible(el);

      await click(el, `${ui.change} ${words.questions.items[0].text}`);
      await choose(el, 'q-harm-thoughts', 'No');
      expect(stepCards(el)).to.deep.equal([]);
    });

    it('after Finish, the result and its crisis cards stay whatever the host does with the draft, an old one included; only the parent starts again', async () => {
      const el = await mountCheckIn();
      await finish(el, drafts.emergency);
      const shown = () => $$(el, '.help attune-help-card').map((card) => card.getAttribute('level'));
      expect(shown()).to.deep.equal(['emergency', 'urgent', 'support']);
      const empty = {...draftAt('mood'), mood: undefined, feelings: [], answers: [], note: ''};
      // What hosts plausibly do on submit: clear the saved draft, echo it back, or reset.
      for (const [what, act] of [
        ['draft = undefined', () => (el.draft = undefined)],
        ['draft = null', () => (el.draft = null)],
        ['the same draft set back', () => (el.draft = el.draft)],
        ['the draft it was restored from', () => (el.draft = drafts.emergency)],
        ['an empty draft', () => (el.draft = empty)],
        ['reset()', () => el.reset()],
      ] as const) {
        act();
        await el.updateComplete;
        expect(el.response, what).to.not.equal(undefined);
        expect(shown(), what).to.deep.equal(['emergency', 'urgent', 'support']);
      }
      // An old draft set back late (a slow save, another tab): the result stays too.
      await restore(el, drafts.none);
      expect(el.response, 'an old draft does not start again').to.not.equal(undefined);
      expect(shown()).to.deep.equal(['emergency', 'urgent', 'support']);
      // Only the parent's "Start a new check-in" does.
      await click(el, ui.startAgain);
      expect(el.response).to.equal(undefined);
    });

    it('answering "No" to the safety question shows no urgent card', async () => {
      const el = await mountCheckIn();
      const {detail} = await finish(el, drafts.none);
      expect(detail.response.flags).to.deep.equal([]);
      expect($(el, 'attune-help-card')).to.equal(null);
    });

    it("passes the host's own pack to the inline help card, so its numbers and words are shown", async () => {
      const pack = clonePack();
      pack.help.levels.emergency.heading = 'Ffoniwch 999 nawr os:';
      pack.help.levels.emergency.actions[0].label = 'Ffoniwch 999';
      const el = await mountCheckIn({content: pack});
      await finish(el, drafts.emergency);
      const card = $<AttuneHelpCard>(el, 'attune-help-card')!;
      await card.updateComplete;
      expect(textOf(card.shadowRoot!.querySelector('h3'))).to.contain('Ffoniwch 999 nawr os:');
      expect(textOf(card.shadowRoot!.querySelector('a'))).to.equal('Ffoniwch 999');
    });
  });

  describe('drafts', () => {
    it('round trip: the draft from a change event, set on a fresh element, shows the same step and answers', async () => {
      const el = await mountCheckIn();
      const changes = recordEvents<AttuneCheckInChangeEvent>(el, 'attune-check-in-change');
      await choose(el, 'mood', 'Very good');
      await click(el, ui.next);
      await choose(el, 'feelings', 'Calm');
      await choose(el, 'feelings', 'Proud');
      await click(el, ui.next);
      await choose(el, 'q-sleep', 'Hardly ever');
      await choose(el, 'q-harm-thoughts', 'No');
      await click(el, ui.next);
      const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
      textarea.value = 'Slept 2 hours 😴';
      textarea.dispatchEvent(new InputEvent('input', {bubbles: true}));
      await el.updateComplete;
      const {draft} = changes.at(-1)!.detail;
      expect(draft.step).to.equal('note');

      const fresh = await mountCheckIn();
      const freshChanges = recordEvents(fresh, 'attune-check-in-change');
      await restore(fresh, structuredClone(draft));
      expect(legendOf(fresh)).to.equal(legendOf(el));
      expect($<HTMLTextAreaElement>(fresh, 'textarea')!.value).to.equal('Slept 2 hours 😴');
      expect(fresh.draft).to.deep.equal(draft);
      expect(freshChanges, 'setting draft fires no change event').to.have.length(0);
      await click(fresh, ui.back);
      expect(checkedLabels(fresh)).to.deep.equal(['Hardly ever', 'No']);
      await click(fresh, ui.back);
      expect(checkedLabels(fresh)).to.deep.equal(['Calm', 'Proud']);
    });

    it('keeps the answers when the element is taken out of the page and put back', async () => {
      const el = await mountCheckIn();
      await choose(el, 'mood', 'Low');
      await click(el, ui.next);
      await choose(el, 'feelings', 'Worried');
      const before = el.draft;
      const parent = el.parentElement!;
      el.remove();
      await nextFrame();
      parent.append(el);
      await el.updateComplete;
      expect(legendOf(el)).to.contain(words.feelings.legend);
      expect(checkedLabels(el)).to.deep.equal(['Worried']);
      expect(el.draft).to.deep.equal(before);
    });

    it('accepts what still matches in a draft with unknown ids, and reports the rest in one attune-content-error', async () => {
      const el = await mountCheckIn();
      const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
      await restore(el, {
        ...draftAt('questions'),
        contentVersion: '0.9.0',
        feelings: ['tired', 'sleepy'],
        answers: [
          {questionId: 'sleep', optionId: 'mostly'},
          {questionId: 'retired-question', optionId: 'yes'},
          {questionId: 'close-to-baby', optionId: 'gone'},
        ],
      });
      expect(errors).to.have.length(1);
      const {detail} = errors[0];
      expect(ContentErrorDetailSchema.safeParse(detail).success).to.be.true;
      expect(detail.property).to.equal('draft');
      expect(detail.issues.map((i) => i.path)).to.deep.equal([
        'draft.feelings.1',
        'draft.answers.1.questionId',
        'draft.answers.2.optionId',
      ]);
      expect(legendOf(el)).to.contain(words.questions.legend);
      expect(checkedLabels(el)).to.deep.equal(['Yes, most of the time']);
      expect(el.draft).to.deep.include({
        feelings: ['tired'],
        answers: [{questionId: 'sleep', optionId: 'mostly'}],
        contentVersion: '1.4.0',
      });
    });

    it('refuses a draft that is not a draft with one attune-content-error, and keeps the answers it has', async () => {
      const el = await mountCheckIn();
      await choose(el, 'mood', 'Good');
      const before = el.draft;
      for (const junk of [
        'nope',
        {step: 'elsewhere'},
        {...draftAt('mood'), note: 42},
        {...draftAt('mood'), extra: true},
      ]) {
        const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
        el.draft = junk as unknown as CheckInDraft;
        await el.updateComplete;
        expect(errors, JSON.stringify(junk)).to.have.length(1);
        expect(errors[0].detail.property).to.equal('draft');
        expect(errors[0].detail.issues[0].path).to.match(/^draft/);
      }
      expect(el.draft).to.deep.equal(before);
      expect(checkedLabels(el)).to.deep.equal(['Good']);
    });

    it('keeps the answers whose ids still exist when the content changes, without a change event', async () => {
      const el = await mountCheckIn();
      await restore(
        el,
        draftAt('questions', {
          feelings: ['calm'],
          answers: [
            {questionId: 'sleep', optionId: 'hardly'},
            {questionId: 'harm-thoughts', optionId: 'no'},
          ],
        }),
      );
      const changes = recordEvents(el, 'attune-check-in-change');
      const errors = recordEvents(el, 'attune-content-error');
      const pack = clonePack();
      pack.version = '1.1.0';
      pack.checkIn.questions.items.shift(); // "sleep" is gone, and so is its rule
      pack.checkIn.rules = pack.checkIn.rules.filter((rule) => rule.id !== 'hardly-sleeping');
      el.content = pack;
      await el.updateComplete;
      expect(errors).to.have.length(0);
      expect(changes).to.have.length(0);
      expect(el.draft).to.deep.include({
        contentVersion: '1.1.0',
        feelings: ['calm'],
        answers: [{questionId: 'harm-thoughts', optionId: 'no'}],
      });
      expect(checkedLabels(el)).to.deep.equal(['No']);
    });
  });

  describe('the note', () => {
    it('keeps 5,000 pasted characters exactly, says how many are too many, and will not go on or submit until it fits', async () => {
      const el = await mountCheckIn();
      const submits = recordEvents<AttuneCheckInSubmitEvent>(el, 'attune-check-in-submit');
      const changes = recordEvents<AttuneCheckInChangeEvent>(el, 'attune-check-in-change');
      // Compared as booleans: a failing diff of two 5,000-character strings takes minutes.
      const same = (a: string, b: string, what: string) =>
        expect(a === b, `${what}: ${a.length} vs ${b.length} characters`).to.be.true;
      const textarea = () => $<HTMLTextAreaElement>(el, 'textarea')!;
      await restore(el, draftAt('note'));
      expect(textarea().hasAttribute('maxlength')).to.be.false;
      const pasted = Array.from({length: 600}, (_, i) => `${String(i).padStart(4, '0')} 👶🏽 `)
        .join('')
        .slice(0, 5000);
      textarea().focus();
      document.execCommand('insertText', false, pasted); // as a paste does: one input event
      await el.updateComplete;
      same(textarea().value, pasted, 'textarea');
      expect(textOf($(el, '.count'))).to.equal('5,000 of 1,000 characters');
      const error = $(el, '#note-error')!;
      expect(textOf(error)).to.equal('Your note is too long. Please take out 4,000 characters.');
      expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
      // Screen readers hear it once, as the note goes over, from a polite live region; the
      // error itself is not live, so its number is not read out again at every key.
      const noteNews = $(el, 'textarea ~ p[aria-live=polite]')!;
      expect(textOf(noteNews)).to.equal('Your note is too long. Please take out 4,000 characters.');
      expect(error.closest('[aria-live]'), 'the visible error is not live').to.equal(null);
      await sendKeys({type: 'abc'});
      await el.updateComplete;
      expect(textOf(error)).to.equal('Your note is too long. Please take out 4,003 characters.');
      expect(textOf(noteNews), 'still the first message: nothing new to announce').to.equal(
        'Your note is too long. Please take out 4,000 characters.',
      );
      await sendKeys({press: 'Backspace'});
      await sendKeys({press: 'Backspace'});
      await sendKeys({press: 'Backspace'});
      expect(textarea().getAttribute('aria-invalid')).to.equal('true');
      expect(textarea().getAttribute('aria-describedby')!.split(' ')).to.include.members(['count', 'note-error']);
      // The hint is read once, with the textarea, not again for the fieldset around it.
      const describedBy = [textarea(), $(el, 'fieldset')!].flatMap(
        (node) => node.getAttribute('aria-describedby')?.split(' ') ?? [],
      );
      expect(
        describedBy.filter((id) => id === 'step-hint'),
        'references to the hint',
      ).to.have.length(1);
      same(changes.at(-1)!.detail.draft.note, pasted, 'draft');

      await click(el, ui.next);
      expect(legendOf(el)).to.contain(words.note.label);
      expect(active(el)).to.equal(textarea());

      // A restored review with the long note cannot be submitted either: it goes back to the note.
      await restore(el, draftAt('review', {note: pasted}));
      await click(el, ui.submit);
      expect(submits).to.have.length(0);
      expect(legendOf(el)).to.contain(words.note.label);
      same(textarea().value, pasted, 'restored');
      expect(active(el)).to.equal(textarea());

      // Shortened to the limit by the parent: the error goes (said once: the note fits now) and
      // the note goes on, exactly.
      textarea().select();
      document.execCommand('insertText', false, pasted.slice(0, 1000));
      await el.updateComplete;
      expect($(el, '#note-error')).to.equal(null);
      expect(textOf($(el, 'textarea ~ p[aria-live=polite]'))).to.equal('1,000 of 1,000 characters');
      expect(textarea().hasAttribute('aria-invalid')).to.be.false;
      await click(el, ui.next);
      // Back on the note later, its live region starts empty: no old count left to read.
      await click(el, `${ui.change} ${ui.reviewNote}`);
      expect(textOf($(el, 'textarea ~ p[aria-live=polite]'))).to.equal('');
      await click(el, ui.next);
      await click(el, ui.submit);
      expect(submits).to.have.length(1);
      same(submits[0].detail.response.note!, pasted.slice(0, 1000), 'response');
    });

    it('shows markup, script and other hostile text in the note as plain text, and sends it unchanged', async () => {
      const el = await mountCheckIn();
      const note = injectionPayloads.join('\n');
      const pack = clonePack();
      pack.checkIn.note.maxLength = 5000;
      el.content = pack;
      await el.updateComplete;
      const {detail} = await finish(el, draftAt('review', {note}));
      expect(detail.response.note).to.equal(note);
      await click(el, ui.startAgain);
      await restore(el, draftAt('review', {note}));
      expect(noteRow(el).textContent).to.equal(note);
      expect(
        el.shadowRoot!.querySelector(
          'img, script, svg, iframe, object, embed, style:not([data-lit]), a, form, video, details, math, link, meta',
        ),
      ).to.equal(null);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  });

  describe('in a form', () => {
    it("is invalid with the pack's message before a mood and until the parent has finished, then submits { schemaVersion, response } as JSON under its name", async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form method="post"><attune-mood-check-in name="checkin"></attune-mood-check-in><button>Send</button></form>`,
      );
      const el = form.querySelector('attune-mood-check-in')!;
      await el.updateComplete;
      expect(form.checkValidity()).to.be.false;
      expect(el.matches(':invalid')).to.be.true;
      expect(el.validationMessage).to.equal(ui.moodRequired);
      expect(new FormData(form).has('checkin')).to.be.false;

      // A chosen mood is not enough: a worrying answer must never be sent before the parent
      // has seen the result and its help card.
      await choose(el, 'mood', 'Okay');
      expect(form.checkValidity()).to.be.false;
      expect(el.validationMessage).to.equal(ui.finishFirst);
      expect(new FormData(form).has('checkin')).to.be.false;
      let sent: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        sent = new FormData(form);
      });
      form.requestSubmit();
      expect(sent, 'the browser does not submit an unfinished check-in').to.equal(undefined);

      await restore(el, draftAt('review', {feelings: ['calm']}));
      await click(el, ui.submit);
      expect(form.checkValidity()).to.be.true;
      form.requestSubmit();
      const sentDetail = JSON.parse(String(sent!.get('checkin')));
      expect(CheckInSubmitDetailSchema.safeParse(sentDetail).success).to.be.true;
      expect(sentDetail).to.deep.equal({schemaVersion: 1, response: el.response});
      expect(sentDetail.response.feelings).to.deep.equal(['calm']);
    });

    it('is invalid while the note is too long', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><attune-mood-check-in name="checkin"></attune-mood-check-in></form>`,
      );
      const el = form.querySelector('attune-mood-check-in')!;
      await restore(el, draftAt('note', {note: 'x'.repeat(1001)}));
      expect(form.checkValidity()).to.be.false;
      expect(el.validationMessage).to.equal('Your note is too long. Please take out 1 character.');
    });

    it('a form host that resets its form on submit keeps the crisis result on screen', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><attune-mood-check-in name="checkin"></attune-mood-check-in></form>`,
      );
      const el = form.querySelector('attune-mood-check-in')!;
      el.addEventListener('attune-check-in-submit', () => form.reset());
      await finish(el, drafts.emergency);
      await el.updateComplete;
      expect(el.response?.signpost).to.equal('emergency');
      expect($(el, '.help attune-help-card[level="emergency"]')).to.not.equal(null);
    });

    it('a form reset clears the answers; a disabled fieldset turns every control off; a restored form state comes back', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset><attune-mood-check-in name="checkin"></attune-mood-check-in></fieldset></form>`,
      );
      const el = form.querySelector('attune-mood-check-in')!;
      await restore(el, draftAt('feelings', {feelings: ['calm']}));
      form.reset();
      await el.updateComplete;
      expect(el.draft).to.deep.include({step: 'mood', feelings: []});
      expect(form.checkValidity()).to.be.false;

      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input, button').every((c) => c.disabled)).to.be.true;
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input, button').some((c) => c.disabled)).to.be.false;

      el.formStateRestoreCallback(JSON.stringify(draftAt('feelings', {feelings: ['proud']})));
      await el.updateComplete;
      expect(checkedLabels(el)).to.deep.equal(['Proud']);
    });
  });

  describe('disabled', () => {
    it('reflects the attribute and disables every control, on the steps and on the result', async () => {
      const el = await mountCheckIn();
      await restore(el, draftAt('review'));
      el.disabled = true;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.be.true;
      expect(buttons(el).every((b) => b.disabled)).to.be.true;
      await restore(el, draftAt('questions'));
      expect($$<HTMLInputElement>(el, 'input').every((i) => i.disabled)).to.be.true;
      el.disabled = false;
      await finish(el, drafts.none);
      el.disabled = true;
      await el.updateComplete;
      expect(buttonNamed(el, ui.startAgain)!.disabled).to.be.true;
    });
  });

  describe('bad content', () => {
    const badPacks: [string, () => unknown, string][] = [
      [
        'a safety signpost below urgent',
        () => {
          const p = clonePack();
          p.checkIn.safetySignpost = 'support';
          return p;
        },
        'checkIn.safetySignpost',
      ],
      [
        'a rule that sends a safety answer to "support"',
        () => {
          const p = clonePack();
          p.checkIn.rules.push({
            id: 'soft',
            when: {kind: 'option-chosen', questionId: 'harm-thoughts', optionIds: ['yes-not-safe']},
            signpost: 'support',
          });
          return p;
        },
        `checkIn.rules.${defaultContent.checkIn!.rules.length}.signpost`,
      ],
      [
        'no checkIn section',
        () => {
          const p: Partial<ContentPack> = clonePack();
          delete p.checkIn;
          return p;
        },
        'checkIn',
      ],
      [
        'four moods',
        () => {
          const p = clonePack();
          p.checkIn.mood.options.pop();
          return p;
        },
        'checkIn.mood.options',
      ],
      ['HTML junk', () => '<checkin>', '(root)'],
    ];
    for (const [name, pack, path] of badPacks) {
      it(`refuses ${name} with one attune-content-error naming ${path}, and keeps working`, async () => {
        const el = await mountCheckIn();
        await choose(el, 'mood', 'Low');
        const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
        el.content = pack() as ContentPack;
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0].detail.property).to.equal('content');
        expect(errors[0].detail.issues.map((i) => i.path)).to.include(path);
        expect(el.content.checkIn!.safetySignpost, 'the last good (built-in) content is kept').to.equal(
          defaultContent.checkIn!.safetySignpost,
        );
        expect(checkedLabels(el)).to.deep.equal(['Low']);
        await click(el, ui.next);
        expect(legendOf(el)).to.contain(words.feelings.legend);
      });
    }

    it("lays out right to left, with the pack's language, when the pack says so", async () => {
      const el = await mountCheckIn({content: rtlPseudoPack() as PackWith<'checkIn'>});
      const base = $(el, '.base')!;
      expect(base.dir).to.equal('rtl');
      expect(base.lang).to.equal('he');
      expect(getComputedStyle($(el, '.choice')!).direction).to.equal('rtl');
    });
  });

  describe('layout', () => {
    /** Every box inside the widget (and the inline help card) stays within `width`. */
    function expectNoOverflow(el: AttuneMoodCheckIn, wrapper: HTMLElement, what: string) {
      expect(wrapper.scrollWidth, `${what}: wrapper scroll width`).to.be.at.most(wrapper.clientWidth);
      const right = wrapper.getBoundingClientRect().right + 0.5;
      const roots: ShadowRoot[] = [el.shadowRoot!, ...$$(el, 'attune-help-card').map((c) => c.shadowRoot!)];
      for (const root of roots) {
        for (const node of root.querySelectorAll('*')) {
          if (node.closest('.visually-hidden')) continue;
          expect(node.getBoundingClientRect().right, `${what}: ${node.outerHTML.slice(0, 80)}`).to.be.at.most(right);
        }
      }
    }

    for (const [name, pack] of [
      ['default words', clonePack],
      ['three times longer words', () => longTextPack() as PackWith<'checkIn'>],
    ] as const) {
      it(`has no horizontal scroll at 320 px on any step or result (${name})`, async () => {
        const wrapper =
          await fixture<HTMLDivElement>(html`<div class="narrow"><style>.narrow { width: 320px; overflow: auto; }</style>
          <attune-mood-check-in></attune-mood-check-in></div>`);
        const el = wrapper.querySelector('attune-mood-check-in')!;
        el.content = pack();
        await el.updateComplete;
        for (const step of ['mood', 'feelings', 'questions', 'note', 'review'] as const) {
          await restore(
            el,
            draftAt(step, {feelings: ['close', 'overwhelmed'], note: step === 'review' ? 'word '.repeat(50) : ''}),
          );
          expectNoOverflow(el, wrapper, step);
        }
        await finish(el, drafts.emergency);
        await $<AttuneHelpCard>(el, 'attune-help-card')!.updateComplete;
        expectNoOverflow(el, wrapper, 'emergency result');
      });
    }

    it('makes every option and button at least 44 by 44 CSS pixels', async () => {
      const el = await mountCheckIn();
      for (const step of ['mood', 'feelings', 'questions', 'review'] as const) {
        await restore(el, draftAt(step));
        for (const target of $$(el, '.choice, button')) {
          const box = target.getBoundingClientRect();
          expect(box.height, `${step}: ${textOf(target)}`).to.be.at.least(44);
          expect(box.width, `${step}: ${textOf(target)}`).to.be.at.least(44);
        }
      }
    });

    it('shows a chosen option by its native check and a thicker border, not by colour alone', async () => {
      const el = await mountCheckIn();
      await choose(el, 'mood', 'Okay');
      const [chosen, other] = [$$(el, '.choice')[2], $$(el, '.choice')[0]];
      expect(getComputedStyle(chosen).borderTopWidth).to.equal('4px');
      expect(getComputedStyle(other).borderTopWidth).to.equal('2px');
      expect(chosen.getBoundingClientRect().height).to.equal(other.getBoundingClientRect().height);
      expect(getComputedStyle($(el, 'input')!).appearance).to.equal('auto');
    });

    it('uses no inline style attributes', async () => {
      const el = await mountCheckIn();
      for (const step of ['mood', 'feelings', 'questions', 'note', 'review'] as const) {
        await restore(el, draftAt(step));
        expect($(el, '[style]'), step).to.equal(null);
      }
      await finish(el, drafts.emergency);
      expect($(el, '[style]')).to.equal(null);
    });
  });

  for (const theme of themes) {
    describe(`accessibility (axe, WCAG 2.2 A/AA) in the ${theme} theme`, () => {
      beforeEach(() => useTheme(theme));

      it('every step is clean, with and without an error shown', async () => {
        const el = await mountCheckIn();
        await click(el, ui.next); // the mood error
        await expectAccessible(el);
        for (const step of ['mood', 'feelings', 'questions', 'note', 'review'] as const) {
          await restore(el, draftAt(step, {feelings: ['calm'], note: step === 'review' ? 'A note' : ''}));
          await expectAccessible(el);
        }
        await restore(el, draftAt('questions', {answers: []}));
        await click(el, ui.next); // the safety question's error
        await expectAccessible(el);
        await restore(el, draftAt('note', {note: 'x'.repeat(1001)}));
        await expectAccessible(el);
      });

      for (const level of ['none', 'support', 'non-urgent', 'urgent', 'emergency'] as const) {
        it(`the "${level}" result is clean`, async () => {
          const el = await mountCheckIn({content: packFor(level)});
          const {detail} = await finish(el, drafts[level]);
          expect(detail.response.signpost).to.equal(level);
          await $<AttuneHelpCard>(el, 'attune-help-card')?.updateComplete;
          await expectAccessible(el);
        });
      }
    });
  }
});
