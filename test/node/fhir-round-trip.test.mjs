// Property-based round trips of attune-widgets/fhir over generated packs and responses:
// pack → Questionnaire → questions gives the same questions, and response →
// QuestionnaireResponse → answers gives the same answers. Every resource is FHIR R4 validated.
import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import fc from 'fast-check';
import {CheckInResponseSchema, defaultContent, parseContentPack, parseWith} from 'attune-widgets/schema';
import {
  answersFromQuestionnaireResponse,
  fromQuestionnaire,
  toQuestionnaire,
  toQuestionnaireResponse,
} from 'attune-widgets/fhir';
import {assertValidFhir, validatedCount} from './helpers/fhir-validator.mjs';

const RUNS = 60;

// Words as content editors write them: letters (Welsh and Urdu too), digits, punctuation, emoji.
const chars = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.?!'’-ŵŷâêîôûدلہے😊👶🏽"];
const words = (maxLength) =>
  fc.string({unit: fc.constantFrom(...chars), minLength: 1, maxLength}).filter((text) => text.trim() !== '');
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
const ids = (min, max) => fc.uniqueArray(id, {minLength: min, maxLength: max});
const maybe = (arbitrary) => fc.option(arbitrary, {nil: undefined});
/** Drops undefined fields, as a pack written by hand would not have them. */
const defined = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const questionWith = (text) =>
  fc
    .record({
      id,
      text: text(80),
      hint: maybe(text(60)),
      optionIds: ids(2, 6),
      labels: fc.array(text(30), {minLength: 6, maxLength: 6}),
      scores: fc.array(fc.integer({min: 0, max: 5}), {minLength: 6, maxLength: 6}),
      scored: fc.boolean(),
      safety: fc.boolean(),
      safetySignpost: maybe(fc.constantFrom('urgent', 'emergency')),
      helps: fc.array(fc.constantFrom('urgent', 'emergency'), {minLength: 6, maxLength: 6}),
    })
    .map((q) => {
      const scored = q.scored || q.safety;
      const scores = q.safety ? [0, Math.max(1, q.scores[1]), ...q.scores.slice(2)] : q.scores;
      return defined({
        id: q.id,
        text: q.text,
        hint: q.hint,
        // A safety answer declares the least help it calls for, agreeing with its score.
        options: q.optionIds.map((optionId, i) =>
          defined({
            id: optionId,
            label: q.labels[i],
            score: scored ? scores[i] : undefined,
            leastHelp: q.safety ? (scores[i] === 0 ? 'none' : q.helps[i]) : undefined,
          }),
        ),
        safety: q.safety || undefined,
        safetySignpost: q.safety ? q.safetySignpost : undefined,
      });
    });

/** A valid pack with a generated check-in: mood words, feelings, questions, note and maybe scoring. */
const packWith = (text) =>
  fc
    .record({
      packId: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
      version: fc.stringMatching(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/),
      // Languages of UK packs: a pack for another region must list its own emergency numbers.
      locale: fc.constantFrom('en-GB', 'cy-GB', 'ur-GB', 'pl'),
      title: text(60),
      moodIds: ids(5, 5),
      moodLabels: fc.array(text(20), {minLength: 5, maxLength: 5}),
      moodHint: maybe(text(60)),
      feelingIds: ids(0, 8),
      feelingLabels: fc.array(text(20), {minLength: 8, maxLength: 8}),
      questions: fc.uniqueArray(questionWith(text), {minLength: 1, maxLength: 6, selector: (q) => q.id}),
      legend: text(60),
      questionsHint: maybe(text(60)),
      noteMax: fc.integer({min: 0, max: 5000}),
      scoring: fc.boolean(),
    })
    .map((g) => {
      const content = structuredClone(defaultContent);
      Object.assign(content, {id: g.packId, version: g.version, locale: g.locale});
      const checkIn = content.checkIn;
      checkIn.title = g.title;
      checkIn.mood = defined({
        legend: checkIn.mood.legend,
        hint: g.moodHint,
        options: g.moodIds.map((moodId, i) => ({id: moodId, value: i + 1, label: g.moodLabels[i]})),
      });
      checkIn.feelings.options = g.feelingIds.map((feelingId, i) => ({id: feelingId, label: g.feelingLabels[i]}));
      checkIn.questions = defined({legend: g.legend, hint: g.questionsHint, items: g.questions});
      checkIn.note.maxLength = g.noteMax;
      checkIn.rules = [{id: 'mood-low', when: {kind: 'mood-at-most', value: 2}, signpost: 'support'}];
      if (g.scoring) checkIn.scoring = {bands: [{id: 'any', min: 0, max: 1000, signpost: 'none'}]};
      return content;
    });

const pack = packWith(words);
/** Any text a pack accepts: every code point, blank text and control characters included. */
const anyText = (maxLength) => fc.string({unit: 'binary', minLength: 1, maxLength});

/** A pack, and a response a parent could have submitted with it. */
const responseFor = (packs, text) =>
  packs.chain((content) => {
    const checkIn = content.checkIn;
    return fc
      .record({
        mood: fc.constantFrom(...checkIn.mood.options),
        feelings: fc.subarray(checkIn.feelings.options.map((f) => f.id)),
        answers: fc.tuple(...checkIn.questions.items.map((q) => maybe(fc.constantFrom(...q.options)))),
        note: maybe(text(200)),
        signpost: fc.constantFrom('none', 'support', 'non-urgent', 'urgent', 'emergency'),
        uuid: fc.uuid(),
      })
      .map((r) => {
        const answers = checkIn.questions.items.flatMap((q, i) =>
          r.answers[i] ? [defined({questionId: q.id, optionId: r.answers[i].id, score: r.answers[i].score})] : [],
        );
        const score = checkIn.scoring ? answers.reduce((total, a) => total + (a.score ?? 0), 0) : undefined;
        const flags = [
          ...answers
            .filter((a) => checkIn.questions.items.find((q) => q.id === a.questionId).safety && a.score > 0)
            .map((a) => `safety:${a.questionId}`),
          ...(r.mood.value <= 2 ? ['mood-low'] : []),
        ];
        const response = defined({
          id: r.uuid,
          contentId: content.id,
          contentVersion: content.version,
          locale: content.locale,
          startedAt: '2026-11-27T08:00:00.000Z',
          submittedAt: '2026-11-27T08:05:00.000+01:00',
          mood: {value: r.mood.value, optionId: r.mood.id},
          feelings: r.feelings,
          answers,
          note: r.note,
          score,
          band: score === undefined ? undefined : 'any',
          signpost: r.signpost,
          flags,
        });
        return {content, response};
      });
  });
const packAndResponse = responseFor(pack, words);

describe('FHIR round trips (property-based)', () => {
  it('generated packs are valid packs', () => {
    fc.assert(
      fc.property(pack, (content) => {
        const parsed = parseContentPack(content);
        assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
      }),
      {numRuns: RUNS},
    );
  });

  it('pack → Questionnaire (valid R4) → questions gives the same questions (leastHelp too), with no issues', () => {
    fc.assert(
      fc.property(pack, (content) => {
        const questionnaire = toQuestionnaire(content);
        assertValidFhir(questionnaire);
        const back = fromQuestionnaire(questionnaire);
        assert.deepEqual(back, {questions: content.checkIn.questions, issues: []});
        assert.deepEqual(
          back.questions.items.map((q) => q.options.map((o) => o.leastHelp)),
          content.checkIn.questions.items.map((q) => q.options.map((o) => o.leastHelp)),
        );
        const parsed = parseContentPack({...content, checkIn: {...content.checkIn, questions: back.questions}});
        assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
      }),
      {numRuns: RUNS},
    );
  });

  it('response → QuestionnaireResponse (valid R4) → answers gives the same answers', () => {
    fc.assert(
      fc.property(packAndResponse, ({content, response}) => {
        const valid = parseWith(CheckInResponseSchema, response);
        assert.equal(valid.ok, true, JSON.stringify(valid.issues));
        const resource = toQuestionnaireResponse(response, content);
        assertValidFhir(resource);
        assert.equal(resource.authored, response.submittedAt);
        const {mood, feelings, answers, note, score, band, signpost, flags} = response;
        assert.deepEqual(answersFromQuestionnaireResponse(resource, content), {
          ok: true,
          value: defined({mood, feelings, answers, note, score, band, signpost, flags}),
        });
      }),
      {numRuns: RUNS},
    );
  });

  it('any text a pack or a note may hold still gives valid R4 resources', () => {
    fc.assert(
      fc.property(responseFor(packWith(anyText), anyText), ({content, response}) => {
        assert.equal(parseContentPack(content).ok, true);
        assertValidFhir(toQuestionnaire(content));
        assertValidFhir(toQuestionnaireResponse(response, content));
      }),
      {numRuns: RUNS},
    );
  });
});

after(() => console.log(`# FHIR resources validated against R4 in fhir-round-trip.test.mjs: ${validatedCount()}`));
