/** A parent's summary for the health visitor as a FHIR R4 Bundle of the check-ins in it. */
import type {PackWith} from '../schema/content.js';
import type {HealthVisitorSummary} from '../schema/trend-share.js';
import type {Bundle} from './fhir-types.js';
import type {CanonicalOptions} from './canonical.js';
import {toQuestionnaireResponse} from './to-questionnaire-response.js';

/**
 * `summary` (as `attune-summary-share` gave it) as a `collection` Bundle: one
 * QuestionnaireResponse per check-in the parent put in it (see `toQuestionnaireResponse`), made
 * with `pack`, oldest first. Check-ins made with another pack are left out, as that pack's
 * Questionnaire would not match. The host adds `subject`, which only it knows.
 */
export function summaryToBundle(
  summary: HealthVisitorSummary,
  pack: PackWith<'checkIn'>,
  options?: CanonicalOptions,
): Bundle {
  const responses = summary.entries
    .filter((entry) => entry.contentId === pack.id)
    .map((entry) => toQuestionnaireResponse(entry, pack, options));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date(`${summary.range.to}T00:00:00Z`).toISOString(),
    entry: responses.map((resource) => ({
      ...(resource.identifier?.value ? {fullUrl: resource.identifier.value} : {}),
      resource,
    })),
  };
}
