// The check-in's pure logic: scoring, steps, draft reconciliation and the response. No DOM.
import {expect} from '@open-wc/testing';
import {scoreCheckIn, urgentHelpSoFar, type CheckInAnswers} from '../src/model/check-in-scoring.js';
import {buildResponse, emptyState, toDraft, type CheckInState} from '../src/mood-check-in/draft.js';
import {checkInStepsFor} from '../src/model/check-in-steps.js';
import {fitCheckInDraft} from '../src/model/check-in-fit.js';
import {
  CheckInResponseSchema,
  CheckInDraftSchema,
  defaultContent,
  parseContentPack,
  type CheckInContent,
} from '../src/schema/index.js';
import {clonePack, scoredBands, scoredItemIds, scoredPack} from '../fixtures/index.js';

const scored = scoredPack().checkIn;
const base = defaultContent.checkIn!;
const okay = {value: 3, optionId: 'okay'};

/** Answers to the scored fixture whose scores are `scores` (0–3 each, in item order). */
function scoredAnswers(scores: number[]): CheckInAnswers {
  const ids = ['never', 'sometimes', 'often', 'most-days'];
  return {
    mood: okay,
    feelings: [],
    answers: scores.map((score, i) => ({questionId: scoredItemIds[i], optionId: ids[score]})),
  };
}

describe('check-in scoring (pure)', () => {
  it('the scored fixture is a valid pack', () => {
    const result = parseContentPack(scoredPack());
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.be.true;
  });

  // Item scores (worn-out, no-joy, on-edge, harm) → total, band, signpost, flags. Every band's
  // lowest and highest total. 9 and more need "most days" on no-joy (a rule) or the safety item.
  const boundaries: [number[], number, string, string, string[]][] = [
    [[0, 0, 0, 0], 0, 'low', 'none', []],
    [[3, 0, 0, 0], 3, 'low', 'none', []],
    [[3, 1, 0, 0], 4, 'mild', 'support', []],
    [[3, 0, 3, 0], 6, 'mild', 'support', []],
    [[3, 1, 3, 0], 7, 'moderate', 'non-urgent', []],
    [[3, 3, 3, 0], 9, 'moderate', 'non-urgent', ['no-joy-most-days']],
    [[3, 2, 3, 2], 10, 'high', 'urgent', ['safety:harm']],
    [[3, 3, 3, 3], 12, 'high', 'urgent', ['safety:harm', 'no-joy-most-days']],
  ];
  for (const [scores, total, band, signpost, flags] of boundaries) {
    it(`scores ${scores.join('+')} = ${total}: band "${band}", signpost "${signpost}"`, () => {
      expect(scoreCheckIn(scoredAnswers(scores), scored)).to.deep.equal({score: total, band, signpost, flags});
    });
  }

  it('the boundary table covers the lowest and highest total of every band in the fixture', () => {
    const totals = boundaries.map(([, total]) => total);
    for (const band of scoredBands) expect(totals).to.include.members([band.min, band.max]);
  });

  it('a total just past a band edge moves to the next band (3 → 4, 6 → 7, 9 → 10)', () => {
    const bandOf = (scores: number[]) => scoreCheckIn(scoredAnswers(scores), scored).band;
    expect([bandOf([2, 1, 0, 0]), bandOf([2, 2, 0, 0])]).to.deep.equal(['low', 'mild']);
    expect([bandOf([3, 0, 3, 0]), bandOf([3, 1, 3, 0])]).to.deep.equal(['mild', 'moderate']);
    expect([bandOf([3, 3, 3, 0]), bandOf([3, 3, 3, 1])]).to.deep.equal(['moderate', 'high']);
  });

  for (const score of [1, 2, 3]) {
    it(`a safety answer scoring ${score} gives at least "urgent" even when the total is in the lowest band`, () => {
      const result = scoreCheckIn(scoredAnswers([0, 0, 0, score]), scored);
      expect(result.band).to.equal('low');
      expect(result.signpost).to.equal('urgent');
      expect(result.flags).to.deep.equal(['safety:harm']);
    });
  }

  it('a safety answer scoring 0 raises nothing', () => {
    expect(scoreCheckIn(scoredAnswers([0, 0, 0, 0]), scored)).to.deep.equal({
      score: 0,
      band: 'low',
      signpost: 'none',
      flags: [],
    });
  });

  it('the default pack: thoughts of self-harm give "urgent"; not feeling safe right now gives "emergency"; flagged, with no score or band', () => {
    const answer = (optionId: string) =>
      scoreCheckIn(
        {mood: {value: 5, optionId: 'very-good'}, feelings: [], answers: [{questionId: 'harm-thoughts', optionId}]},
        base,
      );
    expect(answer('yes-can-keep-safe')).to.deep.equal({signpost: 'urgent', flags: ['safety:harm-thoughts']});
    expect(answer('yes-not-safe')).to.deep.equal({
      signpost: 'emergency',
      flags: ['safety:harm-thoughts', 'not-safe-now'],
    });
  });

  it('never returns below "urgent" for a safety answer, even from content that slipped past validation', () => {
    const weak = structuredClone(base) as CheckInContent;
    weak.safetySignpost = 'support';
    weak.questions.items[3].safetySignpost = 'none';
    weak.rules = [
      {
        id: 'calm',
        when: {kind: 'option-chosen', questionId: 'harm-thoughts', optionIds: ['yes-not-safe']},
        signpost: 'none',
      },
    ];
    const notSafe = {feelings: [], answers: [{questionId: 'harm-thoughts', optionId: 'yes-not-safe'}]};
    // Its declared least help still holds: emergency.
    expect(scoreCheckIn(notSafe, weak).signpost).to.equal('emergency');
    // With no declaration either, the floor alone: urgent.
    weak.questions.items[3].options.forEach((option) => delete option.leastHelp);
    const result = scoreCheckIn(notSafe, weak);
    expect(result.signpost).to.equal('urgent');
    expect(result.flags).to.include('safety:harm-thoughts');
  });

  it('fires each kind of rule and keeps the most urgent level', () => {
    expect(scoreCheckIn({mood: {value: 1, optionId: 'very-low'}, feelings: [], answers: []}, base)).to.deep.equal({
      signpost: 'support',
      flags: ['mood-low'],
    });
    expect(scoreCheckIn({mood: {value: 2, optionId: 'low'}, feelings: [], answers: []}, base)).to.deep.equal({
      signpost: 'support',
      flags: ['mood-low'],
    });
    expect(scoreCheckIn({mood: {value: 3, optionId: 'okay'}, feelings: [], answers: []}, base).flags).to.deep.equal([]);
    expect(scoreCheckIn({mood: okay, feelings: ['tired', 'lonely'], answers: []}, base)).to.deep.equal({
      signpost: 'support',
      flags: ['lonely'],
    });
    expect(
      scoreCheckIn(
        {
          mood: {value: 1, optionId: 'very-low'},
          feelings: ['lonely'],
          answers: [{questionId: 'sleep', optionId: 'hardly'}],
        },
        base,
      ),
    ).to.deep.equal({signpost: 'non-urgent', flags: ['mood-low', 'lonely', 'hardly-sleeping']});
    const atLeast = structuredClone(scored);
    atLeast.rules = [{id: 'five-or-more', when: {kind: 'score-at-least', value: 5}, signpost: 'non-urgent'}];
    expect(scoreCheckIn(scoredAnswers([2, 2, 0, 0]), atLeast).flags).to.deep.equal([]);
    expect(scoreCheckIn(scoredAnswers([3, 2, 0, 0]), atLeast)).to.deep.equal({
      score: 5,
      band: 'mild',
      signpost: 'non-urgent',
      flags: ['five-or-more'],
    });
  });

  it('names the urgent help the answers so far call for, before the end: safety answers and urgent rules, not bands or gentler rules', () => {
    const harm = (optionId: string) => ({questionId: 'harm-thoughts', optionId});
    expect(urgentHelpSoFar({feelings: [], answers: []}, base)).to.equal(undefined);
    expect(urgentHelpSoFar({feelings: [], answers: [harm('no')]}, base)).to.equal(undefined);
    expect(urgentHelpSoFar({feelings: [], answers: [harm('yes-can-keep-safe')]}, base)).to.equal('urgent');
    expect(urgentHelpSoFar({feelings: [], answers: [harm('yes-not-safe')]}, base)).to.equal('emergency');
    // Very low mood, lonely, hardly sleeping: support and non-urgent help wait for the result.
    expect(
      urgentHelpSoFar(
        {
          mood: {value: 1, optionId: 'very-low'},
          feelings: ['lonely'],
          answers: [{questionId: 'sleep', optionId: 'hardly'}],
        },
        base,
      ),
    ).to.equal(undefined);
    // A host's own urgent rule on the mood shows from the mood on.
    const host = structuredClone(base) as CheckInContent;
    host.rules = [...host.rules, {id: 'very-low-mood', when: {kind: 'mood-at-most', value: 1}, signpost: 'urgent'}];
    expect(urgentHelpSoFar({mood: {value: 1, optionId: 'very-low'}, feelings: [], answers: []}, host)).to.equal(
      'urgent',
    );
    // An urgent band waits for the whole score: part of a score means nothing yet.
    const urgentBand = structuredClone(scored) as CheckInContent;
    urgentBand.rules = [];
    urgentBand.scoring!.bands = [{id: 'all', min: 0, max: 12, signpost: 'urgent'}];
    expect(scoreCheckIn(scoredAnswers([1, 1, 0, 0]), urgentBand).signpost).to.equal('urgent');
    expect(urgentHelpSoFar(scoredAnswers([1, 1, 0, 0]), urgentBand)).to.equal(undefined);
  });

  it('ignores answers whose question or option it does not know', () => {
    const result = scoreCheckIn(
      {
        mood: okay,
        feelings: ['nope'],
        answers: [
          {questionId: 'nope', optionId: 'x'},
          {questionId: 'harm', optionId: 'nope'},
        ],
      },
      scored,
    );
    expect(result).to.deep.equal({score: 0, band: 'low', signpost: 'none', flags: []});
  });
});

describe('check-in steps, drafts and responses (pure)', () => {
  it('has every step for the default pack, and drops the ones a pack has nothing for', () => {
    expect(checkInStepsFor(base)).to.deep.equal(['mood', 'feelings', 'questions', 'note', 'review']);
    const bare = structuredClone(base) as CheckInContent;
    bare.feelings.options = [];
    bare.questions.items = [];
    bare.note.maxLength = 0;
    expect(checkInStepsFor(bare)).to.deep.equal(['mood', 'review']);
  });

  it('keeps what still matches in a draft and reports the rest, with paths, without throwing', () => {
    const draft: CheckInState = {
      step: 'questions',
      startedAt: '2026-11-27T10:00:00.000Z',
      mood: {value: 2, optionId: 'low'},
      feelings: ['tired', 'gone', 'tired'],
      answers: [
        {questionId: 'sleep', optionId: 'hardly'},
        {questionId: 'old-question', optionId: 'a'},
        {questionId: 'harm-thoughts', optionId: 'maybe'},
        {questionId: 'sleep', optionId: 'mostly'},
      ],
      note: 'hello',
    };
    const {state, issues} = fitCheckInDraft(draft, base);
    expect(state).to.deep.equal({...draft, feelings: ['tired'], answers: [{questionId: 'sleep', optionId: 'hardly'}]});
    expect(issues.map((i) => i.path)).to.deep.equal([
      'draft.feelings.1',
      'draft.feelings.2',
      'draft.answers.1.questionId',
      'draft.answers.2.optionId',
      'draft.answers.3.questionId',
    ]);
    expect(issues.every((i) => i.message.length > 20)).to.be.true;
  });

  it('moves a draft on from a step the content no longer has, and reports an unknown mood and a note with nowhere to go', () => {
    const bare = structuredClone(base) as CheckInContent;
    bare.questions.items = [];
    bare.note.maxLength = 0;
    const {state, issues} = fitCheckInDraft(
      {...emptyState(), step: 'questions', mood: {value: 1, optionId: 'awful'}, note: 'private words'},
      bare,
    );
    expect(state.step).to.equal('review');
    expect(state.mood).to.equal(undefined);
    expect(state.note).to.equal('');
    expect(issues.map((i) => i.path)).to.deep.equal(['draft.mood.optionId', 'draft.note', 'draft.step']);
    expect(JSON.stringify(issues)).not.to.contain('private words');
  });

  it('builds a response that validates, with scores per answer, the note exactly as typed and no empty note', () => {
    const pack = scoredPack();
    const state: CheckInState = {
      step: 'review',
      startedAt: '2026-11-27T10:00:00.000Z',
      mood: {value: 2, optionId: 'low'},
      feelings: ['tired'],
      answers: [
        {questionId: 'worn-out', optionId: 'often'},
        {questionId: 'harm', optionId: 'never'},
      ],
      note: ' 👶🏽 مرحبا\n<script>x</script> ',
    };
    const response = buildResponse(state as Required<CheckInState>, pack, 'id-1', '2026-11-27T10:05:00.000Z');
    expect(CheckInResponseSchema.safeParse(response).success).to.be.true;
    expect(response).to.deep.equal({
      id: 'id-1',
      contentId: 'attune-scored-fixture',
      contentVersion: '2.0.0',
      locale: 'en-GB',
      startedAt: '2026-11-27T10:00:00.000Z',
      submittedAt: '2026-11-27T10:05:00.000Z',
      mood: {value: 2, optionId: 'low'},
      feelings: ['tired'],
      answers: [
        {questionId: 'worn-out', optionId: 'often', score: 2},
        {questionId: 'harm', optionId: 'never', score: 0},
      ],
      note: state.note,
      score: 2,
      band: 'low',
      signpost: 'none',
      flags: [],
    });
    // The default pack: no note, and an option without a score gives an answer without one.
    const withoutNote = buildResponse(
      {...state, note: '', answers: [{questionId: 'sleep', optionId: 'mostly'}]} as Required<CheckInState>,
      clonePack(),
      'id-2',
      '2026-11-27T10:05:00.000Z',
    );
    expect('note' in withoutNote).to.be.false;
    expect(withoutNote.answers).to.deep.equal([{questionId: 'sleep', optionId: 'mostly'}]);
    expect('score' in withoutNote).to.be.false;
  });

  it('makes drafts that validate and copies, so a host cannot change the widget through them', () => {
    const state: CheckInState = {...emptyState(), feelings: ['calm'], note: 'x'.repeat(25000)};
    const draft = toDraft(state, clonePack(), '2026-11-27T10:00:00.000Z');
    expect(CheckInDraftSchema.safeParse(draft).success).to.be.true;
    expect(draft.startedAt).to.equal('2026-11-27T10:00:00.000Z');
    draft.feelings.push('tired');
    expect(state.feelings).to.deep.equal(['calm']);
  });
});
