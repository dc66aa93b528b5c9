/** A submitted check-in as a FHIR R4 QuestionnaireResponse (UK Core profile). */
import type {PackWith} from '../schema/content.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import type {Extension, QuestionnaireResponse, QuestionnaireResponseItem} from './fhir-types.js';
import {fhirId, linkIds, questionnaireCanonical, type CanonicalOptions} from './canonical.js';
import {UK_CORE_QUESTIONNAIRE_RESPONSE, attuneExtensions, weightExtension} from './extensions.js';
import {optionCoding} from './to-questionnaire.js';
import {fhirString, stringField} from './fhir-string.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `response` (as `attune-check-in-submit` gave it) as a FHIR R4 QuestionnaireResponse that
 * answers `toQuestionnaire(pack)`: status `completed`, `authored` from `submittedAt`,
 * `questionnaire` the canonical `url|version` of the response's pack version, `language` the
 * response's locale, answers as Codings of the option ids (each with its `itemWeight` when it
 * has a score), the note as a string, the total score when the pack scores, and Attune's
 * `signpost`, `band` and `flag` extensions. `meta.profile` claims UK Core's
 * QuestionnaireResponse profile. The host adds `subject` (and `author`, `source`), which only
 * it knows; `identifier` is `urn:uuid:<id>` when the response id is a UUID.
 * Throws when the response is for another pack (a different `contentId`).
 */
export function toQuestionnaireResponse(
  response: CheckInResponse,
  pack: PackWith<'checkIn'>,
  options?: CanonicalOptions,
): QuestionnaireResponse {
  if (response.contentId !== pack.id) {
    throw new Error(
      `This response is for content "${response.contentId}", not "${pack.id}": give toQuestionnaireResponse the pack it was made with.`,
    );
  }
  const items = responseItems(response, pack, options);
  const extension: Extension[] = [
    {url: attuneExtensions.signpost, valueCode: response.signpost},
    ...(response.band === undefined ? [] : [{url: attuneExtensions.band, valueCode: response.band}]),
    ...response.flags.map((flag) => ({url: attuneExtensions.flag, valueCode: flag})),
  ];
  const id = fhirId(response.id);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(id ? {id} : {}),
    meta: {profile: [UK_CORE_QUESTIONNAIRE_RESPONSE]},
    language: response.locale,
    extension,
    ...(UUID.test(response.id)
      ? {identifier: {system: 'urn:ietf:rfc:3986', value: `urn:uuid:${response.id.toLowerCase()}`}}
      : {}),
    questionnaire: questionnaireCanonical({id: response.contentId, version: response.contentVersion}, options),
    status: 'completed',
    authored: response.submittedAt,
    item: items,
  };
}

/** The answered items: mood, feelings, the questions, the note and the total score, in that order. */
function responseItems(
  response: CheckInResponse,
  pack: PackWith<'checkIn'>,
  options: CanonicalOptions | undefined,
): QuestionnaireResponseItem[] {
  const checkIn = pack.checkIn;
  const coding = (linkId: string, choices: readonly {id: string; label: string}[], id: string, score?: number) => ({
    ...optionCoding(pack, linkId, {id, label: choices.find((c) => c.id === id)?.label}, options),
    ...weightExtension(score),
  });

  const items: QuestionnaireResponseItem[] = [
    {
      linkId: linkIds.mood,
      ...stringField('text', checkIn.mood.legend),
      answer: [{valueCoding: coding(linkIds.mood, checkIn.mood.options, response.mood.optionId)}],
    },
  ];
  if (response.feelings.length > 0) {
    items.push({
      linkId: linkIds.feelings,
      ...stringField('text', checkIn.feelings.legend),
      answer: response.feelings.map((id) => ({valueCoding: coding(linkIds.feelings, checkIn.feelings.options, id)})),
    });
  }
  if (response.answers.length > 0) {
    items.push({
      linkId: linkIds.questions,
      ...stringField('text', checkIn.questions.legend),
      item: response.answers.map((answer) => {
        const question = checkIn.questions.items.find((q) => q.id === answer.questionId);
        return {
          linkId: answer.questionId,
          ...stringField('text', question?.text),
          answer: [{valueCoding: coding(answer.questionId, question?.options ?? [], answer.optionId, answer.score)}],
        };
      }),
    });
  }
  const note = fhirString(response.note);
  if (note !== undefined)
    items.push({linkId: linkIds.note, ...stringField('text', checkIn.note.label), answer: [{valueString: note}]});
  if (response.score !== undefined) items.push({linkId: linkIds.score, answer: [{valueInteger: response.score}]});

  return items;
}
