// Compile-time check (run by `npm run typecheck`): the FHIR types that attune-widgets/fhir
// publishes are subsets of the full R4 types, so a host can hand what it produces to its own
// FHIR client, and hand a full R4 Questionnaire to fromQuestionnaire.
import type * as R4 from '@medplum/fhirtypes';
import {defaultContent} from '../../src/content/en-GB-england.js';
import {fromQuestionnaire, toQuestionnaire, toQuestionnaireResponse} from '../../src/fhir/index.js';
import type {PackWith} from '../../src/schema/content.js';
import type {CheckInResponse} from '../../src/schema/check-in-data.js';

declare const response: CheckInResponse;
declare const anyR4Questionnaire: R4.Questionnaire;
const pack = defaultContent as PackWith<'checkIn'>;

export const questionnaire: R4.Questionnaire = toQuestionnaire(pack);
export const questionnaireResponse: R4.QuestionnaireResponse = toQuestionnaireResponse(response, pack);
export const fromAnyR4 = fromQuestionnaire(anyR4Questionnaire);
