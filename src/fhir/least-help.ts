/**
 * The least help each answer of a safety item calls for, read from Attune's `least-help`
 * extension or from the host's declaration. Never worked out from the score: the declaration is
 * what a score copied in reverse is checked against.
 */
import {safetyDeclarations, type SafetyDeclaration} from '../model/levels.js';
import type {QuestionnaireAnswerOption} from './fhir-types.js';
import {attuneExtensions, extensionOf} from './extensions.js';

/** For each safety item (by linkId), the least help each answer (by its code) calls for. */
export type LeastHelpDeclarations = Readonly<Record<string, Readonly<Record<string, SafetyDeclaration>>>>;

const isDeclaration = (value: unknown): value is SafetyDeclaration =>
  (safetyDeclarations as readonly unknown[]).includes(value);

/** '"none", "urgent" or "emergency"', for messages. */
const choices = safetyDeclarations
  .map((d) => `"${d}"`)
  .join(', ')
  .replace(/, (?=[^,]*$)/, ' or ');

/** `record[key]`, if it is the record's own (a code such as "constructor" is not a declaration). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export class LeastHelpReader {
  readonly #declarations: LeastHelpDeclarations;
  readonly #issue: (path: string, message: string) => void;
  /** `[linkId, answer code]` (as JSON) of each declaration the host made that an answer used. */
  readonly #used = new Set<string>();
  /** The FHIRPath of each safety item read, by linkId. */
  readonly #safetyItems = new Map<string, string>();

  constructor(declarations: LeastHelpDeclarations, issue: (path: string, message: string) => void) {
    this.#declarations = declarations;
    this.#issue = issue;
  }

  /** A safety item's linkId and path, so the host's declarations for it can be checked. */
  safetyItem(linkId: string, at: string): void {
    this.#safetyItems.set(linkId, at);
  }

  /**
   * The least help the answer `code` of safety item `linkId` calls for, or undefined (reported)
   * when neither its extension nor the host declares it, or the two disagree.
   */
  read(
    linkId: string,
    code: string,
    answer: QuestionnaireAnswerOption,
    at: string,
    name: string,
  ): SafetyDeclaration | undefined {
    const written = extensionOf(answer, attuneExtensions.leastHelp)?.valueCode;
    const hosts: unknown = own(own(this.#declarations, linkId), code);
    if (hosts !== undefined) this.#used.add(JSON.stringify([linkId, code]));
    const fromFhir = isDeclaration(written) ? written : undefined;
    const fromHost = isDeclaration(hosts) ? hosts : undefined;
    if (written !== undefined && !fromFhir)
      this.#issue(at, `${name}: answer "${code}" has a least-help extension of "${written}", not ${choices}.`);
    if (hosts !== undefined && !fromHost)
      this.#issue(at, `${name}: the option leastHelp declares answer "${code}" as "${String(hosts)}", not ${choices}.`);
    if (fromFhir && fromHost && fromFhir !== fromHost) {
      this.#issue(
        at,
        `${name}: answer "${code}" calls for "${fromFhir}" help in its least-help extension but "${fromHost}" in the option leastHelp: they must agree, so neither was used.`,
      );
      return undefined;
    }
    const declared = fromFhir ?? fromHost;
    if (declared === undefined) {
      this.#issue(
        at,
        `${name}: answer "${code}" does not say the least help it calls for. The host must declare it, from the instrument's guidance and not from its score, with the option leastHelp: {"${linkId}": {"${code}": …}}, where … is ${choices}.`,
      );
    }
    return declared;
  }

  /** The answer `code` of an item that is not a safety item: a least-help extension is left out. */
  notSafety(code: string, answer: QuestionnaireAnswerOption, at: string, name: string): void {
    if (!extensionOf(answer, attuneExtensions.leastHelp)) return;
    this.#issue(
      at,
      `${name}: answer "${code}" says the least help it calls for, but the item is not a safety item, so that was left out (name the item in safetyLinkIds if its answers call for help).`,
    );
  }

  /** Declarations the host made that no answer of a safety item used. */
  reportUnused(): void {
    for (const [linkId, codes] of Object.entries(this.#declarations)) {
      const at = this.#safetyItems.get(linkId);
      if (at === undefined) {
        this.#issue(
          'Questionnaire.item',
          `The option leastHelp names "${linkId}", which is not the linkId of a safety item, so its declarations were not used.`,
        );
        continue;
      }
      for (const code of Object.keys(codes)) {
        if (!this.#used.has(JSON.stringify([linkId, code])))
          this.#issue(at, `The option leastHelp names the answer "${code}", which item "${linkId}" does not have.`);
      }
    }
  }
}
