/** A pack's check-in as a FHIR R4 Questionnaire (with SDC answer weights). */
import type {PackWith} from '../schema/content.js';
import type {Question} from '../schema/check-in-questions.js';
import type {SafetyDeclaration} from '../model/levels.js';
import type {Coding, Extension, Questionnaire, QuestionnaireItem} from './fhir-types.js';
import {fhirString, stringField} from './fhir-string.js';
import {answerSystem, fhirId, hintLinkId, linkIds, questionnaireUrl, type CanonicalOptions} from './canonical.js';
import {
  DISPLAY_CATEGORY,
  DISPLAY_CATEGORY_SYSTEM,
  QUESTIONNAIRE_HIDDEN,
  attuneExtensions,
  weightExtension,
} from './extensions.js';

/** The Coding of one option: the item's own system, the option id as code and its label. */
export function optionCoding(
  pack: {id: string},
  linkId: string,
  option: {id: string; label?: string},
  options?: CanonicalOptions,
): Coding {
  return {system: answerSystem(pack.id, linkId, options), code: option.id, ...stringField('display', option.label)};
}

/** The hint as a display item inside its item, marked as instructions (R4's displayCategory). */
function hintItems(linkId: string, hint: string | undefined): {item?: QuestionnaireItem[]} {
  const text = fhirString(hint);
  if (text === undefined) return {};
  const category: Extension = {
    url: DISPLAY_CATEGORY,
    valueCodeableConcept: {coding: [{system: DISPLAY_CATEGORY_SYSTEM, code: 'instructions'}]},
  };
  return {item: [{linkId: hintLinkId(linkId), type: 'display', text, extension: [category]}]};
}

/**
 * The score (SDC `itemWeight`) and, on a safety item's option, the least help it calls for
 * (Attune's `least-help`): both go with the answer, so a reader can check one against the other.
 */
function optionExtensions(choice: {score?: number; leastHelp?: SafetyDeclaration}): {extension?: Extension[]} {
  const extension = weightExtension(choice.score).extension ?? [];
  if (choice.leastHelp) extension.push({url: attuneExtensions.leastHelp, valueCode: choice.leastHelp});
  return extension.length > 0 ? {extension} : {};
}

function choiceItem(
  pack: {id: string},
  linkId: string,
  text: string,
  hint: string | undefined,
  choices: readonly {id: string; label: string; score?: number; leastHelp?: SafetyDeclaration}[],
  options: CanonicalOptions | undefined,
): QuestionnaireItem {
  return {
    linkId,
    ...stringField('text', text),
    type: 'choice',
    answerOption: choices.map((choice) => ({
      valueCoding: optionCoding(pack, linkId, choice, options),
      ...optionExtensions(choice),
    })),
    ...hintItems(linkId, hint),
  };
}

function questionItem(
  pack: {id: string},
  question: Question,
  options: CanonicalOptions | undefined,
): QuestionnaireItem {
  const item = choiceItem(pack, question.id, question.text, question.hint, question.options, options);
  if (!question.safety) return item;
  // Safety answers must be given before the parent can finish, so the item is required.
  const extension: Extension[] = [{url: attuneExtensions.safetyItem, valueBoolean: true}];
  if (question.safetySignpost)
    extension.push({url: attuneExtensions.safetySignpost, valueCode: question.safetySignpost});
  return {...item, required: true, extension};
}

/**
 * The check-in of `pack` as a FHIR R4 Questionnaire: the mood (required), the feelings (a
 * repeating choice), the questions in one group (answer options with SDC `itemWeight` scores;
 * safety items marked with Attune's `safety-item` extension, and each of their options with
 * Attune's `least-help`), the note (text) and, when the pack scores, the total (integer,
 * read-only and hidden). LinkIds are the pack's question ids;
 * Attune's own items are `attune.mood`, `attune.feelings`, `attune.questions`, `attune.note`
 * and `attune.score`. `url` is derived from the pack's id (see `questionnaireUrl`), `version`
 * is the pack's version and `language` its locale.
 */
export function toQuestionnaire(pack: PackWith<'checkIn'>, options?: CanonicalOptions): Questionnaire {
  const checkIn = pack.checkIn;
  const items: QuestionnaireItem[] = [
    {
      ...choiceItem(pack, linkIds.mood, checkIn.mood.legend, checkIn.mood.hint, checkIn.mood.options, options),
      required: true,
    },
  ];
  if (checkIn.feelings.options.length > 0) {
    items.push({
      ...choiceItem(
        pack,
        linkIds.feelings,
        checkIn.feelings.legend,
        checkIn.feelings.hint,
        checkIn.feelings.options,
        options,
      ),
      repeats: true,
    });
  }
  if (checkIn.questions.items.length > 0) {
    const hint = hintItems(linkIds.questions, checkIn.questions.hint).item ?? [];
    items.push({
      linkId: linkIds.questions,
      type: 'group',
      ...stringField('text', checkIn.questions.legend),
      item: [...hint, ...checkIn.questions.items.map((question) => questionItem(pack, question, options))],
    });
  }
  if (checkIn.note.maxLength > 0) {
    items.push({
      linkId: linkIds.note,
      type: 'text',
      ...stringField('text', checkIn.note.label),
      maxLength: checkIn.note.maxLength,
      ...hintItems(linkIds.note, checkIn.note.hint),
    });
  }
  if (checkIn.scoring) {
    // SDC models a total as a read-only numeric item; Attune's scores are whole numbers, so
    // integer. It has no calculatedExpression: Attune computes it (with the safety floor) and
    // the response carries the result. Hidden, because the parent is never shown a score.
    items.push({
      linkId: linkIds.score,
      type: 'integer',
      readOnly: true,
      extension: [{url: QUESTIONNAIRE_HIDDEN, valueBoolean: true}],
    });
  }
  const id = fhirId(pack.id);
  return {
    resourceType: 'Questionnaire',
    ...(id ? {id} : {}),
    language: pack.locale,
    url: questionnaireUrl(pack.id, options),
    version: pack.version,
    ...stringField('title', checkIn.title),
    status: 'active',
    item: items,
  };
}
