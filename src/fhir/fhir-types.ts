/**
 * The parts of FHIR R4 that Attune reads and writes, typed here so the published `.d.ts` needs
 * no FHIR type package. Each type is a subset of the R4 definition (the tests check that they
 * are assignable to a full R4 type set), so a host can pass them to its own FHIR client's types.
 */

export interface Extension {
  url: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  valueDateTime?: string;
  valueCodeableConcept?: CodeableConcept;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  extension?: Extension[];
}

export interface Meta {
  profile?: string[];
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export interface QuestionnaireAnswerOption {
  valueCoding?: Coding;
  valueString?: string;
  valueInteger?: number;
  valueDate?: string;
  valueTime?: string;
  valueReference?: Reference;
  extension?: Extension[];
}

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity'
  | 'question';

export interface QuestionnaireEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerCoding?: Coding;
  answerString?: string;
  answerInteger?: number;
}

export interface QuestionnaireItem {
  linkId: string;
  type: QuestionnaireItemType;
  text?: string;
  prefix?: string;
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerValueSet?: string;
  answerOption?: QuestionnaireAnswerOption[];
  enableWhen?: QuestionnaireEnableWhen[];
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  meta?: Meta;
  language?: string;
  extension?: Extension[];
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueString?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  meta?: Meta;
  language?: string;
  extension?: Extension[];
  identifier?: Identifier;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

/** A collection of resources: here, the check-ins of a parent's summary. */
export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp?: string;
  entry: {fullUrl?: string; resource: QuestionnaireResponse}[];
}

/** Something a FHIR adapter could not map, with where it is (a FHIRPath) and what to do. */
export interface FhirIssue {
  path: string;
  message: string;
}
