/**
 * Where Attune's FHIR resources are named: the canonical URL of a pack's Questionnaire, the
 * code systems of its answers and the linkIds of the items Attune adds around the questions.
 */
import type {PackMeta} from '../schema/content.js';

/**
 * The default base of canonical URLs. It is under the reserved `.invalid` domain on purpose: it
 * names things stably but resolves nowhere, so a host that publishes its Questionnaires passes
 * its own base (e.g. "https://fhir.example.nhs.uk") and nothing points at a site nobody runs.
 */
export const ATTUNE_FHIR_BASE = 'https://attune-widgets.invalid/fhir';

export interface CanonicalOptions {
  /** Base of the canonical URLs, without a trailing "/". Default `ATTUNE_FHIR_BASE`. */
  base?: string;
}

/**
 * LinkIds of the items Attune adds around the pack's questions. Each holds a ".", which a
 * question id cannot (ids are letters, digits, "-" and "_"), so they never clash with a question,
 * whose linkId is its own id.
 */
export const linkIds = {
  mood: 'attune.mood',
  feelings: 'attune.feelings',
  questions: 'attune.questions',
  note: 'attune.note',
  score: 'attune.score',
} as const;

/** The linkId of the display item that carries an item's hint. */
export const hintLinkId = (linkId: string) => `${linkId}.hint`;

const baseOf = (options: CanonicalOptions = {}) => (options.base ?? ATTUNE_FHIR_BASE).replace(/\/+$/, '');

/** `Questionnaire.url` of a pack: the base, then `/Questionnaire/` and the pack's id. */
export function questionnaireUrl(packId: string, options?: CanonicalOptions): string {
  return `${baseOf(options)}/Questionnaire/${encodeURIComponent(packId)}`;
}

/** `QuestionnaireResponse.questionnaire`: the Questionnaire's URL and the pack's version, as `url|version`. */
export function questionnaireCanonical(pack: Pick<PackMeta, 'id' | 'version'>, options?: CanonicalOptions): string {
  return `${questionnaireUrl(pack.id, options)}|${pack.version}`;
}

/**
 * The code system of one item's answer codes. Option ids are only unique within their item and
 * their pack, so each item of each pack has its own system.
 */
export function answerSystem(packId: string, linkId: string, options?: CanonicalOptions): string {
  return `${baseOf(options)}/CodeSystem/${encodeURIComponent(packId)}/${encodeURIComponent(linkId)}`;
}

/** A FHIR resource id ([A-Za-z0-9-.], 1 to 64), or undefined when `value` cannot be one. */
export function fhirId(value: string): string | undefined {
  return /^[A-Za-z0-9.-]{1,64}$/.test(value) ? value : undefined;
}
