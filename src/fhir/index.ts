/**
 * `attune-widgets/fhir`: FHIR R4 adapters. A pack's check-in as a `Questionnaire`, a submitted
 * check-in as a `QuestionnaireResponse` (and its answers read back), a parent's summary as a
 * `Bundle` of them, and a host's own
 * `Questionnaire` as the questions of a pack. No DOM, no Lit: runs in Node and the browser.
 */
export * from './fhir-types.js';
export {
  ATTUNE_FHIR_BASE,
  answerSystem,
  linkIds,
  questionnaireCanonical,
  questionnaireUrl,
  type CanonicalOptions,
} from './canonical.js';
export {ITEM_WEIGHT, UK_CORE_QUESTIONNAIRE_RESPONSE, attuneExtensions} from './extensions.js';
export {toQuestionnaire} from './to-questionnaire.js';
export {toQuestionnaireResponse} from './to-questionnaire-response.js';
export {summaryToBundle} from './summary-bundle.js';
export {
  answersFromQuestionnaireResponse,
  type CheckInAnswersRead,
  type ReadResult,
} from './read-questionnaire-response.js';
export {fromQuestionnaire, type FromQuestionnaireOptions, type FromQuestionnaireResult} from './from-questionnaire.js';
export type {LeastHelpDeclarations} from './least-help.js';
