/** The extensions Attune writes and reads, and small helpers to read them. */
import type {Extension} from './fhir-types.js';
import {ATTUNE_FHIR_BASE} from './canonical.js';

/** SDC's score of an answer option (FHIR extensions pack; R4's core name was `ordinalValue`). */
export const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** Older names of the same score, still found in R4 and STU3 Questionnaires. Read, never written. */
export const LEGACY_WEIGHTS = [
  'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-ordinalValue',
];
/** R4 core: an item the form does not show (the total score: Attune never shows scores to the parent). */
export const QUESTIONNAIRE_HIDDEN = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
/** R4 core: what a display item is for; Attune's hints are `instructions`. */
export const DISPLAY_CATEGORY = 'http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory';
export const DISPLAY_CATEGORY_SYSTEM = 'http://hl7.org/fhir/questionnaire-display-category';
/** UK Core's QuestionnaireResponse profile, claimed in `meta.profile`. */
export const UK_CORE_QUESTIONNAIRE_RESPONSE =
  'https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse';

// Attune's own extensions. Their URLs are fixed (not the host's base): they name what Attune means.
const attune = (name: string) => `${ATTUNE_FHIR_BASE}/StructureDefinition/${name}`;
export const attuneExtensions = {
  /** On a Questionnaire item: a safety question (valueBoolean true). */
  safetyItem: attune('safety-item'),
  /** On a safety item: the level a worrying answer leads to (valueCode "urgent" or "emergency"). */
  safetySignpost: attune('safety-signpost'),
  /**
   * On an answerOption of a safety item: the least help that answer calls for, said apart from its
   * score (valueCode "none", "urgent" or "emergency"), so a score copied in reverse is caught.
   */
  leastHelp: attune('least-help'),
  /** On a QuestionnaireResponse: the signpost the answers gave (valueCode, e.g. "urgent"). */
  signpost: attune('signpost'),
  /** On a QuestionnaireResponse, once per rule that fired (valueCode: the rule id, or "safety:<question id>"). */
  flag: attune('flag'),
  /** On a QuestionnaireResponse: the id of the score band (valueCode). */
  band: attune('band'),
} as const;

/** The extensions of `element` with `url`. */
export function extensionsOf(element: {extension?: Extension[]} | undefined, url: string): Extension[] {
  return element?.extension?.filter((e) => e.url === url) ?? [];
}

/** The first extension of `element` with `url`. */
export function extensionOf(element: {extension?: Extension[]} | undefined, url: string): Extension | undefined {
  return extensionsOf(element, url)[0];
}

/** The score an answer option carries: `itemWeight` (or a legacy name) on the option or its Coding. */
export function weightOf(option: {
  extension?: Extension[];
  valueCoding?: {extension?: Extension[]};
}): number | undefined {
  for (const url of [ITEM_WEIGHT, ...LEGACY_WEIGHTS]) {
    for (const holder of [option, option.valueCoding]) {
      const found = extensionOf(holder, url);
      const value = found?.valueDecimal ?? found?.valueInteger;
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** `[itemWeight]` for a score, or nothing: for spreading into an element. */
export function weightExtension(score: number | undefined): {extension?: Extension[]} {
  return score === undefined ? {} : {extension: [{url: ITEM_WEIGHT, valueDecimal: score}]};
}
