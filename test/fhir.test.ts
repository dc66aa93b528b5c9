// attune-widgets/fhir in the browser, with the widget's own response builder and the shared
// scored fixture. (FHIR validation of every resource runs in Node: test/node/fhir*.test.mjs.)
import {expect} from '@open-wc/testing';
import {
  answersFromQuestionnaireResponse,
  attuneExtensions,
  fromQuestionnaire,
  toQuestionnaire,
  toQuestionnaireResponse,
} from '../src/fhir/index.js';
import {buildResponse, type CheckInState} from '../src/mood-check-in/draft.js';
import {scoredItemIds, scoredPack} from '../fixtures/index.js';

describe('attune-widgets/fhir in the browser', () => {
  const pack = scoredPack();

  it('the scored fixture: the safety item is marked, with its own signpost; the total is a hidden read-only integer', () => {
    const questionnaire = toQuestionnaire(pack);
    const group = questionnaire.item!.find((item) => item.linkId === 'attune.questions')!;
    expect(group.item!.map((item) => item.linkId)).to.deep.equal(['attune.questions.hint', ...scoredItemIds]);
    const harm = group.item!.find((item) => item.linkId === 'harm')!;
    expect(harm.extension).to.deep.equal([
      {url: attuneExtensions.safetyItem, valueBoolean: true},
      {url: attuneExtensions.safetySignpost, valueCode: 'urgent'},
    ]);
    expect(questionnaire.item!.at(-1)).to.include({linkId: 'attune.score', type: 'integer', readOnly: true});
    expect(fromQuestionnaire(questionnaire)).to.deep.equal({questions: pack.checkIn.questions, issues: []});
  });

  it('a response the widget builds reads back the same from its QuestionnaireResponse', () => {
    const state: CheckInState = {
      step: 'review',
      startedAt: '2026-11-27T10:00:00.000Z',
      mood: {value: 1, optionId: 'very-low'},
      feelings: ['tired', 'lonely'],
      answers: [
        {questionId: 'worn-out', optionId: 'most-days'},
        {questionId: 'harm', optionId: 'sometimes'},
      ],
      note: 'Hard week\nمرحبا',
    };
    const response = buildResponse(
      state as Required<CheckInState>,
      pack,
      crypto.randomUUID(),
      '2026-11-27T10:05:00.000Z',
    );
    const resource = toQuestionnaireResponse(response, pack);
    expect(resource.extension).to.deep.include({url: attuneExtensions.flag, valueCode: 'safety:harm'});
    const {mood, feelings, answers, note, score, band, signpost, flags} = response;
    expect(answersFromQuestionnaireResponse(resource, pack)).to.deep.equal({
      ok: true,
      value: {mood, feelings, answers, note, score, band, signpost, flags},
    });
    expect(signpost).to.equal('urgent');
  });
});
