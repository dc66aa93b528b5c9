// attune-widgets/fhir in plain Node: the Questionnaire of a pack, the QuestionnaireResponse of a
// submit, and a host's own Questionnaire read into a pack. Every resource is FHIR R4 validated.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {after, describe, it} from 'node:test';
import {defaultContent, parseContentPack} from 'attune-widgets/schema';
import {
  ITEM_WEIGHT,
  UK_CORE_QUESTIONNAIRE_RESPONSE,
  answersFromQuestionnaireResponse,
  attuneExtensions,
  fromQuestionnaire,
  linkIds,
  toQuestionnaire,
  toQuestionnaireResponse,
} from 'attune-widgets/fhir';
import {assertValidFhir, fhirErrors, validatedCount} from './helpers/fhir-validator.mjs';

const standIn = JSON.parse(
  readFileSync(new URL('../../fixtures/fhir-stand-in-questionnaire.json', import.meta.url), 'utf8'),
);
const HIDDEN = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
const base = 'https://attune-widgets.invalid/fhir';
const weightOf = (option) => option.extension?.find((e) => e.url === ITEM_WEIGHT)?.valueDecimal;
const extension = (element, url) => element.extension?.filter((e) => e.url === url) ?? [];
const flat = (items) => items.flatMap((item) => [item, ...flat(item.item ?? [])]);
const leastHelpOf = (option) => extension(option, attuneExtensions.leastHelp).map((e) => e.valueCode);
/** What the host declares for the stand-in's safety item, as a licensed instrument carries no declarations. */
const unsafeHelp = {unsafe: {no: 'none', once: 'urgent', more: 'emergency'}};

/** The default pack with `questions` in place of its own (and no rules, which name its own questions). */
function packOf(questions) {
  const pack = structuredClone(defaultContent);
  pack.checkIn.questions = questions;
  pack.checkIn.rules = [];
  return pack;
}

/** The stand-in instrument as a host would load it: its questions, bands over 0–11 and no rules. */
function standInPack() {
  const {questions} = fromQuestionnaire(standIn, {safetyLinkIds: ['unsafe'], leastHelp: unsafeHelp});
  const pack = structuredClone(defaultContent);
  Object.assign(pack, {id: 'stand-in-wellbeing', version: '0.1.0'});
  pack.checkIn.questions = questions;
  pack.checkIn.rules = [];
  pack.checkIn.scoring = {
    bands: [
      {id: 'low', min: 0, max: 4, signpost: 'none'},
      {id: 'high', min: 5, max: 11, signpost: 'non-urgent'},
    ],
  };
  const parsed = parseContentPack(pack);
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  return parsed.pack;
}

const response = (extra = {}) => ({
  id: '0b5e4c1e-8d1a-4a57-9d0b-2f3c9e7a1b20',
  contentId: defaultContent.id,
  contentVersion: defaultContent.version,
  locale: 'en-GB',
  startedAt: '2026-11-27T08:00:00.000Z',
  submittedAt: '2026-11-27T08:02:30.000Z',
  mood: {value: 2, optionId: 'low'},
  feelings: ['tired', 'lonely'],
  answers: [
    {questionId: 'sleep', optionId: 'hardly'},
    {questionId: 'harm-thoughts', optionId: 'no', score: 0},
  ],
  note: 'Long night 👶🏽',
  signpost: 'non-urgent',
  flags: ['mood-low', 'lonely', 'hardly-sleeping'],
  ...extra,
});

describe('toQuestionnaire', () => {
  const questionnaire = toQuestionnaire(defaultContent);
  const items = flat(questionnaire.item);
  const item = (linkId) => items.find((i) => i.linkId === linkId);

  it('is valid FHIR R4, named from the pack: url, version, language, title', () => {
    assertValidFhir(questionnaire);
    assert.equal(questionnaire.resourceType, 'Questionnaire');
    assert.equal(questionnaire.url, `${base}/Questionnaire/${defaultContent.id}`);
    assert.equal(questionnaire.version, defaultContent.version);
    assert.equal(questionnaire.language, 'en-GB');
    assert.equal(questionnaire.title, 'How are you doing?');
    assert.equal(questionnaire.status, 'active');
  });

  it("has stable linkIds: Attune's own items, then the pack's question ids, each hint a display item", () => {
    assert.deepEqual(
      questionnaire.item.map((i) => [i.linkId, i.type]),
      [
        ['attune.mood', 'choice'],
        ['attune.feelings', 'choice'],
        ['attune.questions', 'group'],
        ['attune.note', 'text'],
      ],
    );
    assert.deepEqual(
      item('attune.questions').item.map((i) => i.linkId),
      ['attune.questions.hint', 'sleep', 'someone-to-talk-to', 'close-to-baby', 'harm-thoughts'],
    );
    assert.equal(item('close-to-baby.hint').type, 'display');
    assert.equal(item('close-to-baby.hint').text, 'Many parents find this comes and goes.');
    assert.equal(new Set(items.map((i) => i.linkId)).size, items.length, 'linkIds are unique');
  });

  it('mood: a required choice of 5 Codings (option id, label), feelings a repeating choice', () => {
    const mood = item(linkIds.mood);
    assert.equal(mood.required, true);
    assert.deepEqual(
      mood.answerOption.map((o) => o.valueCoding),
      defaultContent.checkIn.mood.options.map((o) => ({
        system: `${base}/CodeSystem/${defaultContent.id}/attune.mood`,
        code: o.id,
        display: o.label,
      })),
    );
    const feelings = item(linkIds.feelings);
    assert.equal(feelings.repeats, true);
    assert.equal(feelings.answerOption.length, 10);
    assert.deepEqual(feelings.answerOption[1].valueCoding.code, 'anxious');
    assert.deepEqual(feelings.answerOption[1].valueCoding.display, 'Worried');
  });

  it('the safety item is required and marked; scored options carry SDC itemWeight, unscored ones none', () => {
    const harm = item('harm-thoughts');
    assert.equal(harm.required, true);
    assert.deepEqual(extension(harm, attuneExtensions.safetyItem), [
      {url: `${base}/StructureDefinition/safety-item`, valueBoolean: true},
    ]);
    assert.deepEqual(harm.answerOption.map(weightOf), [0, 1, 2]);
    assert.deepEqual(harm.answerOption[0].extension, [
      {url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 0},
      {url: `${base}/StructureDefinition/least-help`, valueCode: 'none'},
    ]);
    assert.equal(item('sleep').required, undefined);
    assert.equal(item('sleep').extension, undefined);
    assert.deepEqual(item('sleep').answerOption.map(weightOf), [undefined, undefined, undefined]);
  });

  it("each answer of the safety item says the least help it calls for (Attune's least-help), apart from its score", () => {
    assert.equal(attuneExtensions.leastHelp, `${base}/StructureDefinition/least-help`);
    const harm = item('harm-thoughts');
    assert.deepEqual(
      harm.answerOption.map(leastHelpOf),
      defaultContent.checkIn.questions.items[3].options.map((o) => [o.leastHelp]),
    );
    assert.deepEqual(harm.answerOption.map(leastHelpOf), [['none'], ['urgent'], ['emergency']]);
    for (const other of ['sleep', 'someone-to-talk-to', 'close-to-baby', linkIds.mood, linkIds.feelings]) {
      assert.deepEqual(
        item(other).answerOption.map(leastHelpOf),
        item(other).answerOption.map(() => []),
        other,
      );
    }
  });

  it("note: a text item with the pack's limit; no score item without scoring", () => {
    assert.equal(item(linkIds.note).maxLength, 1000);
    assert.equal(item(linkIds.score), undefined);
  });

  it('a scoring pack adds the total: integer, read-only and hidden; a host base changes every URL', () => {
    const scored = toQuestionnaire(standInPack(), {base: 'https://fhir.example.nhs.uk/'});
    assertValidFhir(scored);
    const score = scored.item.at(-1);
    assert.deepEqual(score, {
      linkId: 'attune.score',
      type: 'integer',
      readOnly: true,
      extension: [{url: HIDDEN, valueBoolean: true}],
    });
    assert.equal(scored.url, 'https://fhir.example.nhs.uk/Questionnaire/stand-in-wellbeing');
    assert.equal(
      scored.item[0].answerOption[0].valueCoding.system,
      'https://fhir.example.nhs.uk/CodeSystem/stand-in-wellbeing/attune.mood',
    );
  });

  it('a pack without feelings, questions or note gives only the mood; an id FHIR cannot take is left out', () => {
    const pack = structuredClone(defaultContent);
    Object.assign(pack, {id: 'Health board pack (Wales)'});
    Object.assign(pack.checkIn, {feelings: {...pack.checkIn.feelings, options: []}, rules: []});
    pack.checkIn.questions.items = [];
    pack.checkIn.note.maxLength = 0;
    const questionnaire = toQuestionnaire(pack);
    assertValidFhir(questionnaire);
    assert.deepEqual(
      questionnaire.item.map((i) => i.linkId),
      ['attune.mood'],
    );
    assert.equal(questionnaire.id, undefined);
    assert.equal(questionnaire.url, `${base}/Questionnaire/Health%20board%20pack%20(Wales)`);
  });
});

describe('toQuestionnaireResponse', () => {
  const resource = toQuestionnaireResponse(response(), defaultContent);
  const item = (linkId) => flat(resource.item).find((i) => i.linkId === linkId);

  it('is valid FHIR R4: completed, authored, questionnaire url|version, language, UK Core profile, identifier', () => {
    assertValidFhir(resource);
    assert.equal(resource.status, 'completed');
    assert.equal(resource.authored, '2026-11-27T08:02:30.000Z');
    assert.equal(resource.questionnaire, `${base}/Questionnaire/${defaultContent.id}|${defaultContent.version}`);
    assert.equal(resource.language, 'en-GB');
    assert.deepEqual(resource.meta, {profile: [UK_CORE_QUESTIONNAIRE_RESPONSE]});
    assert.equal(
      UK_CORE_QUESTIONNAIRE_RESPONSE,
      'https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse',
    );
    assert.equal(resource.id, '0b5e4c1e-8d1a-4a57-9d0b-2f3c9e7a1b20');
    assert.deepEqual(resource.identifier, {
      system: 'urn:ietf:rfc:3986',
      value: 'urn:uuid:0b5e4c1e-8d1a-4a57-9d0b-2f3c9e7a1b20',
    });
    assert.equal(resource.subject, undefined, 'only the host knows the patient');
  });

  it("answers are Codings of the option ids, with the question's score as itemWeight; the note a string", () => {
    assert.deepEqual(item(linkIds.mood).answer, [
      {valueCoding: {system: `${base}/CodeSystem/${defaultContent.id}/attune.mood`, code: 'low', display: 'Low'}},
    ]);
    assert.deepEqual(
      item(linkIds.feelings).answer.map((a) => a.valueCoding.code),
      ['tired', 'lonely'],
    );
    assert.deepEqual(item('sleep').answer, [
      {valueCoding: {system: `${base}/CodeSystem/${defaultContent.id}/sleep`, code: 'hardly', display: 'Hardly ever'}},
    ]);
    assert.deepEqual(item('harm-thoughts').answer[0].valueCoding.extension, [{url: ITEM_WEIGHT, valueDecimal: 0}]);
    assert.equal(item('harm-thoughts').text, defaultContent.checkIn.questions.items[3].text);
    assert.deepEqual(item(linkIds.note).answer, [{valueString: 'Long night 👶🏽'}]);
    assert.equal(item(linkIds.score), undefined);
  });

  it('the signpost and every rule that fired are extensions', () => {
    assert.deepEqual(extension(resource, attuneExtensions.signpost), [
      {url: `${base}/StructureDefinition/signpost`, valueCode: 'non-urgent'},
    ]);
    assert.deepEqual(
      extension(resource, attuneExtensions.flag).map((e) => e.valueCode),
      ['mood-low', 'lonely', 'hardly-sleeping'],
    );
  });

  it('a scored safety answer: the total as valueInteger, the band, and the safety flag', () => {
    const pack = standInPack();
    const answers = [
      {questionId: 'rested', optionId: 'never', score: 3},
      {questionId: 'cross', optionId: 'often', score: 2},
      {questionId: 'unsafe', optionId: 'once', score: 2},
      {questionId: 'talked', optionId: 'Not-yet'},
    ];
    const scored = toQuestionnaireResponse(
      response({
        contentId: pack.id,
        contentVersion: pack.version,
        answers,
        feelings: [],
        note: undefined,
        score: 7,
        band: 'high',
        signpost: 'urgent',
        flags: ['safety:unsafe'],
      }),
      pack,
    );
    assertValidFhir(scored);
    const items = flat(scored.item);
    assert.deepEqual(items.find((i) => i.linkId === 'attune.score').answer, [{valueInteger: 7}]);
    assert.deepEqual(items.find((i) => i.linkId === 'unsafe').answer[0].valueCoding.extension, [
      {url: ITEM_WEIGHT, valueDecimal: 2},
    ]);
    assert.equal(
      items.find((i) => i.linkId === 'attune.note'),
      undefined,
      'no note, no note item',
    );
    assert.equal(
      items.find((i) => i.linkId === 'attune.feelings'),
      undefined,
    );
    assert.deepEqual(extension(scored, attuneExtensions.flag), [
      {url: attuneExtensions.flag, valueCode: 'safety:unsafe'},
    ]);
    assert.deepEqual(extension(scored, attuneExtensions.band), [{url: attuneExtensions.band, valueCode: 'high'}]);
    assert.equal(scored.questionnaire, `${base}/Questionnaire/stand-in-wellbeing|0.1.0`);
  });

  it('a note FHIR cannot hold as typed: control characters become U+FFFD, a blank note is left out', () => {
    const odd = toQuestionnaireResponse(response({note: 'a\u0007b\tc'}), defaultContent);
    assertValidFhir(odd);
    assert.equal(flat(odd.item).find((i) => i.linkId === 'attune.note').answer[0].valueString, 'a\ufffdb\tc');
    const blank = toQuestionnaireResponse(response({note: '  \n '}), defaultContent);
    assertValidFhir(blank);
    assert.equal(
      flat(blank.item).find((i) => i.linkId === 'attune.note'),
      undefined,
    );
  });

  it('an id that is not a UUID gives no identifier; a response for another pack is refused', () => {
    const other = toQuestionnaireResponse(response({id: 'check-in-42'}), defaultContent);
    assertValidFhir(other);
    assert.equal(other.identifier, undefined);
    assert.equal(other.id, 'check-in-42');
    assert.throws(
      () => toQuestionnaireResponse(response({contentId: 'someone-else'}), defaultContent),
      new RegExp(`content "someone-else", not "${defaultContent.id}"`),
    );
  });

  it('reads back the same answers, and says what is missing from a resource it did not make', () => {
    const read = answersFromQuestionnaireResponse(resource, defaultContent);
    const {mood, feelings, answers, note, signpost, flags} = response();
    assert.deepEqual(read, {ok: true, value: {mood, feelings, answers, note, signpost, flags}});
    const foreign = answersFromQuestionnaireResponse(
      {resourceType: 'QuestionnaireResponse', status: 'completed', item: []},
      defaultContent,
    );
    assert.equal(foreign.ok, false);
    assert.deepEqual(
      foreign.issues.map((i) => i.path),
      ['QuestionnaireResponse.item', 'QuestionnaireResponse.extension'],
    );
  });

  it('the validator itself refuses what R4 refuses (so a pass means something)', () => {
    assert.match(
      fhirErrors({...resource, status: 'done'}).join(),
      /QuestionnaireResponse.status: Code "done" not found/,
    );
    assert.match(fhirErrors({...resource, colour: 'blue'}).join(), /Invalid additional property "colour"/);
    assert.notDeepEqual(fhirErrors({...resource, item: [{linkId: 'x', answer: [{valueInteger: 1.5}]}]}), []);
    assert.notDeepEqual(fhirErrors({...resource, item: [{linkId: 'x', answer: [{valueString: '   '}]}]}), []);
  });
});

describe('fromQuestionnaire', () => {
  const result = fromQuestionnaire(standIn, {safetyLinkIds: ['unsafe'], leastHelp: unsafeHelp});

  it('maps each choice: linkId → id, text, hint, code → option id, display → label, itemWeight (or ordinalValue) → score', () => {
    assertValidFhir(standIn);
    assert.equal(result.questions.legend, 'About the last week');
    assert.equal(result.questions.hint, 'Think about the last seven days.');
    assert.deepEqual(
      result.questions.items.map((q) => q.id),
      ['rested', 'cross', 'unsafe', 'talked'],
    );
    assert.deepEqual(result.questions.items[0].options, [
      {id: 'every-day', label: 'Every day', score: 0},
      {id: 'often', label: 'Often', score: 1},
      {id: 'now-and-then', label: 'Now and then', score: 2},
      {id: 'never', label: 'Never', score: 3},
    ]);
    assert.equal(result.questions.items[1].hint, 'For example, snapping at a partner.');
    assert.deepEqual(
      result.questions.items[1].options.map((o) => o.score),
      [0, 1, 2, 3],
    );
    assert.equal(result.questions.items[2].safety, true, 'the host named it by linkId');
    assert.deepEqual(result.questions.items[2].options, [
      {id: 'no', label: 'No', score: 0, leastHelp: 'none'},
      {id: 'once', label: 'Once or twice', score: 2, leastHelp: 'urgent'},
      {id: 'more', label: 'More often', score: 3, leastHelp: 'emergency'},
    ]);
    assert.deepEqual(result.questions.items[3].options, [
      {id: 'Yes', label: 'Yes'},
      {id: 'Not-yet', label: 'Not yet'},
    ]);
  });

  it('says, readably, what it could not map and where', () => {
    assert.deepEqual(result.issues, [
      {
        path: 'Questionnaire.item[0].item[4]',
        message: 'Item "talked" has enableWhen: Attune asks every question, so it is always asked.',
      },
      {
        path: 'Questionnaire.item[0].item[5]',
        message:
          'Item "in-your-words" is a "string" item, not a choice: Attune only asks questions with answer options, so it was left out.',
      },
      {
        path: 'Questionnaire.item[0].item[6]',
        message: 'Group "more" is inside another group: Attune reads one level of groups, so its items were left out.',
      },
      {
        path: 'Questionnaire.item[0].item[7]',
        message: 'Item "which-days" allows several answers: Attune questions take one, so it was left out.',
      },
      {
        path: 'Questionnaire.item[0].item[8]',
        message:
          'Item "from-value-set" has no answerOption (its answers are in the value set https://example.org/fhir/ValueSet/services; list them as answerOption): it was left out.',
      },
      {
        path: 'Questionnaire.item[0].item[9]',
        message: 'Item "total" is a calculated score: Attune computes the total itself, so it was left out.',
      },
    ]);
  });

  it("the pack's safety rules still apply: a safety item with an unscored answer is reported, and the pack refused", () => {
    const broken = structuredClone(standIn);
    delete broken.item[0].item[3].answerOption[0].extension;
    const {questions, issues} = fromQuestionnaire(broken, {
      safetyLinkIds: ['unsafe', 'no-such-item'],
      leastHelp: unsafeHelp,
    });
    assert.ok(
      issues.some(
        (i) => i.path === 'Questionnaire.item' && /No question has the linkId "no-such-item"/.test(i.message),
      ),
    );
    assert.ok(
      issues.some(
        (i) =>
          i.path === 'Questionnaire.item[0].item[3]' &&
          /options\.0\.score: Every option of a safety question needs a score/.test(i.message),
      ),
      JSON.stringify(issues),
    );
    const pack = structuredClone(defaultContent);
    pack.checkIn.questions = questions;
    pack.checkIn.rules = [];
    assert.equal(parseContentPack(pack).ok, false);
  });

  it('a licensed Questionnaire without declarations: each safety answer is reported, never guessed from its score', () => {
    const {questions, issues} = fromQuestionnaire(standIn, {safetyLinkIds: ['unsafe']});
    const at = 'Questionnaire.item[0].item[3]';
    assert.deepEqual(
      issues.filter((i) => i.path.startsWith(`${at}.answerOption`)),
      ['no', 'once', 'more'].map((code, i) => ({
        path: `${at}.answerOption[${i}]`,
        message: `Item "unsafe": answer "${code}" does not say the least help it calls for. The host must declare it, from the instrument's guidance and not from its score, with the option leastHelp: {"unsafe": {"${code}": …}}, where … is "none", "urgent" or "emergency".`,
      })),
    );
    assert.deepEqual(
      questions.items[2].options,
      [
        {id: 'no', label: 'No', score: 0},
        {id: 'once', label: 'Once or twice', score: 2},
        {id: 'more', label: 'More often', score: 3},
      ],
      'the scores 0, 2 and 3 are not turned into declarations',
    );
    assert.ok(!issues.some((i) => /leastHelp: Every option/.test(i.message)), 'reported once, where the answer is');
    assert.equal(parseContentPack(packOf(questions)).ok, false);
  });

  it("with the host's leastHelp, the licensed Questionnaire gives a pack that parseContentPack accepts", () => {
    assert.ok(!result.issues.some((i) => i.path.startsWith('Questionnaire.item[0].item[3]')), 'nothing about "unsafe"');
    const parsed = parseContentPack(packOf(result.questions));
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    assert.deepEqual(
      parsed.pack.checkIn.questions.items[2].options.map((o) => [o.score, o.leastHelp]),
      [
        [0, 'none'],
        [2, 'urgent'],
        [3, 'emergency'],
      ],
    );
  });

  it('a declaration that disagrees with its itemWeight is caught: a transcription error refuses the pack', () => {
    // The licensed weights copied in reverse, the declarations taken from the guidance.
    const reversed = structuredClone(standIn);
    const answers = reversed.item[0].item[3].answerOption;
    const weights = answers.map((o) => o.extension[0].valueDecimal).reverse();
    answers.forEach((o, i) => (o.extension[0].valueDecimal = weights[i]));
    const at = 'Questionnaire.item[0].item[3]';
    const caught = fromQuestionnaire(reversed, {safetyLinkIds: ['unsafe'], leastHelp: unsafeHelp});
    assert.deepEqual(
      caught.issues.filter((i) => i.path === at),
      [
        {
          path: at,
          message:
            'options.0.score: This answer declares no concern (leastHelp "none") but scores 3. Check the scores are not in reverse order.',
        },
        {
          path: at,
          message:
            'options.2.score: This answer calls for "emergency" help but scores 0. Check the scores are not in reverse order.',
        },
      ],
    );
    const refused = parseContentPack(packOf(caught.questions));
    assert.equal(refused.ok, false);
    assert.ok(
      refused.issues.some((i) => /reverse order/.test(i.message)),
      JSON.stringify(refused.issues),
    );
    // The host's own slip is caught the same way: "more" (weight 3) declared as no concern.
    const slip = fromQuestionnaire(standIn, {
      safetyLinkIds: ['unsafe'],
      leastHelp: {unsafe: {...unsafeHelp.unsafe, more: 'none'}},
    });
    assert.deepEqual(
      slip.issues.filter((i) => i.path === at).map((i) => i.message),
      [
        'options.2.score: This answer declares no concern (leastHelp "none") but scores 3. Check the scores are not in reverse order.',
      ],
    );
    assert.equal(parseContentPack(packOf(slip.questions)).ok, false);
  });

  it('least help that is not read is said: disagreeing, unknown, misspelt, or on an item that is not a safety item', () => {
    const option = (code, weight, leastHelp) => ({
      valueCoding: {code, display: code},
      extension: [
        {url: ITEM_WEIGHT, valueDecimal: weight},
        ...(leastHelp ? [{url: attuneExtensions.leastHelp, valueCode: leastHelp}] : []),
      ],
    });
    const {questions, issues} = fromQuestionnaire(
      {
        resourceType: 'Questionnaire',
        status: 'active',
        title: 'Checks',
        item: [
          {
            linkId: 'safe',
            type: 'choice',
            text: 'Do you feel safe?',
            extension: [{url: attuneExtensions.safetyItem, valueBoolean: true}],
            answerOption: [option('yes', 0, 'none'), option('no', 2, 'urgent'), option('later', 1, 'soon')],
          },
          {
            linkId: 'sleep',
            type: 'choice',
            text: 'Sleep?',
            answerOption: [option('well', 0), option('badly', 1, 'urgent')],
          },
        ],
      },
      {leastHelp: {safe: {no: 'emergency', gone: 'none', later: 'Urgent'}, elsewhere: {x: 'none'}}},
    );
    assert.deepEqual(
      questions.items.map((q) => q.options.map((o) => o.leastHelp)),
      [
        ['none', undefined, undefined],
        [undefined, undefined],
      ],
    );
    const safe = 'Item "safe": answer';
    assert.deepEqual(issues, [
      {
        path: 'Questionnaire.item[0].answerOption[1]',
        message: `${safe} "no" calls for "urgent" help in its least-help extension but "emergency" in the option leastHelp: they must agree, so neither was used.`,
      },
      {
        path: 'Questionnaire.item[0].answerOption[2]',
        message: `${safe} "later" has a least-help extension of "soon", not "none", "urgent" or "emergency".`,
      },
      {
        path: 'Questionnaire.item[0].answerOption[2]',
        message:
          'Item "safe": the option leastHelp declares answer "later" as "Urgent", not "none", "urgent" or "emergency".',
      },
      {
        path: 'Questionnaire.item[0].answerOption[2]',
        message: `${safe} "later" does not say the least help it calls for. The host must declare it, from the instrument's guidance and not from its score, with the option leastHelp: {"safe": {"later": …}}, where … is "none", "urgent" or "emergency".`,
      },
      {
        path: 'Questionnaire.item[1].answerOption[1]',
        message:
          'Item "sleep": answer "badly" says the least help it calls for, but the item is not a safety item, so that was left out (name the item in safetyLinkIds if its answers call for help).',
      },
      {
        path: 'Questionnaire.item[0]',
        message: 'The option leastHelp names the answer "gone", which item "safe" does not have.',
      },
      {
        path: 'Questionnaire.item',
        message:
          'The option leastHelp names "elsewhere", which is not the linkId of a safety item, so its declarations were not used.',
      },
      {
        path: 'Questionnaire.item[0]',
        message: 'options: One option of a safety question must call for "urgent" or "emergency" help.',
      },
    ]);
  });

  it("reads the safety item and each answer's least help from Attune's extensions, and a nameless Questionnaire is reported", () => {
    const {questions, issues} = fromQuestionnaire({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'q 1',
          type: 'choice',
          text: 'Are you safe?',
          extension: [
            {url: attuneExtensions.safetyItem, valueBoolean: true},
            {url: attuneExtensions.safetySignpost, valueCode: 'emergency'},
          ],
          answerOption: [
            {
              valueCoding: {code: 'yes', display: 'Yes'},
              extension: [
                {url: ITEM_WEIGHT, valueDecimal: 0},
                {url: attuneExtensions.leastHelp, valueCode: 'none'},
              ],
            },
            {
              valueCoding: {code: 'no'},
              extension: [
                {url: ITEM_WEIGHT, valueDecimal: 2},
                {url: attuneExtensions.leastHelp, valueCode: 'emergency'},
              ],
            },
          ],
        },
      ],
    });
    assert.deepEqual(questions, {
      legend: '',
      items: [
        {
          id: 'q-1',
          text: 'Are you safe?',
          safety: true,
          safetySignpost: 'emergency',
          options: [
            {id: 'yes', label: 'Yes', score: 0, leastHelp: 'none'},
            {id: 'no', label: 'no', score: 2, leastHelp: 'emergency'},
          ],
        },
      ],
    });
    assert.deepEqual(
      issues.map((i) => i.path),
      ['Questionnaire.item[0]', 'Questionnaire.item[0].answerOption[1]', 'Questionnaire.title', 'Questionnaire'],
    );
    assert.match(
      issues[0].message,
      /linkId cannot be an Attune id, so the question's id \(and its linkId in responses\) is "q-1"/,
    );
    assert.match(issues[1].message, /answer "no" has no display/);
  });

  it("the default pack's questions come back unchanged, with no issues", () => {
    assert.deepEqual(fromQuestionnaire(toQuestionnaire(defaultContent)), {
      questions: defaultContent.checkIn.questions,
      issues: [],
    });
  });
});

describe('attune-widgets/fhir as a module', () => {
  it('src/fhir/ imports only its own files, src/schema/ and its zod-free model (no Lit, no DOM, no elements)', () => {
    const dir = new URL('../../src/fhir/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*?from\s*'([^']+)'/g)) {
        assert.match(
          specifier,
          /^(\.\/[a-z-]+\.js|\.\.\/(schema|model)\/[a-z-]+\.js)$/,
          `${file} imports ${specifier}`,
        );
      }
    }
    assert.equal(typeof globalThis.document, 'undefined');
  });
});

after(() => console.log(`# FHIR resources validated against R4 in fhir.test.mjs: ${validatedCount()}`));
