/**
 * A FHIR R4 Questionnaire (for example a licensed instrument the host holds) as the `questions`
 * section of a content pack, with a readable issue for everything that cannot be mapped.
 */
import {CheckInContentSchema, type CheckInContent} from '../schema/check-in.js';
import type {Question} from '../schema/check-in-questions.js';
import {parseWith} from '../schema/parse.js';
import type {FhirIssue, Questionnaire, QuestionnaireAnswerOption, QuestionnaireItem} from './fhir-types.js';
import {linkIds} from './canonical.js';
import {DISPLAY_CATEGORY, attuneExtensions, extensionOf, weightOf} from './extensions.js';
import {LeastHelpReader, type LeastHelpDeclarations} from './least-help.js';

export interface FromQuestionnaireOptions {
  /**
   * LinkIds of the safety items, for a Questionnaire that does not mark them with Attune's
   * `safety-item` extension (a licensed instrument will not). Every option of a safety item
   * needs a score (`itemWeight`), and a non-zero one shows urgent help at once.
   */
  safetyLinkIds?: readonly string[];
  /**
   * For each safety item (by linkId), the least help each answer (by its code, or its string or
   * integer value) calls for: "none", "urgent" or "emergency". Needed where the answers do not
   * carry Attune's `least-help` extension (a licensed instrument's will not). Take it from the
   * instrument's guidance, not from the scores: a pack whose declarations and scores disagree is
   * refused, which is how a score copied in reverse is caught.
   */
  leastHelp?: LeastHelpDeclarations;
}

export interface FromQuestionnaireResult {
  /** The pack's `checkIn.questions` section. Check the pack you put it in with `parseContentPack`. */
  questions: CheckInContent['questions'];
  /** What could not be mapped, or breaks the pack's rules; empty when everything mapped. */
  issues: FhirIssue[];
}

/** Attune's own items around the questions: recognised and left out, never reported. */
const attuneItems = new Set<string>([linkIds.mood, linkIds.feelings, linkIds.note, linkIds.score]);

const questionsSchema = CheckInContentSchema.shape.questions;

/** An id Attune accepts (letters, digits, "-", "_", at most 64), made from `value`. */
function toId(value: string): string {
  const id = value
    .replace(/[^a-z0-9_-]+/gi, '-')
    .replace(/^[-_]+/, '')
    .slice(0, 64);
  return id || 'item';
}

/** The display child that is `item`'s hint: one marked as instructions (as Attune writes it), else the first. */
function hintItemOf(item: QuestionnaireItem): QuestionnaireItem | undefined {
  const displays = (item.item ?? []).filter((child) => child.type === 'display' && child.text);
  return displays.find((child) => extensionOf(child, DISPLAY_CATEGORY)) ?? displays[0];
}

/** `{hint}` from the hint item, or nothing: for spreading. */
function hintOf(item: QuestionnaireItem | undefined): {hint?: string} {
  const text = item && hintItemOf(item)?.text;
  return text === undefined ? {} : {hint: text};
}

class QuestionnaireReader {
  readonly issues: FhirIssue[] = [];
  /** The FHIRPath of each question, in order, so schema issues point at the item they are about. */
  readonly paths: string[] = [];
  readonly questions: Question[] = [];
  /** The first group a question came from: its text and hint are the questions' legend and hint. */
  group: QuestionnaireItem | undefined;
  readonly #safety: Set<string>;
  readonly #seenSafety = new Set<string>();
  readonly leastHelp: LeastHelpReader;
  /**
   * Schema paths ("items.0.options.1.leastHelp") of the declarations already reported where the
   * answer is, so the schema's own issue for the same missing declaration is not repeated.
   */
  readonly reported = new Set<string>();

  constructor(options: FromQuestionnaireOptions) {
    this.#safety = new Set(options.safetyLinkIds ?? []);
    this.leastHelp = new LeastHelpReader(options.leastHelp ?? {}, (path, message) => this.issue(path, message));
  }

  issue(path: string, message: string): void {
    this.issues.push({path, message});
  }

  /** Items of the top level or of a group: questions, and anything else reported. */
  readItems(items: readonly QuestionnaireItem[], path: string, group?: QuestionnaireItem): void {
    const hint = group && hintItemOf(group);
    items.forEach((item, i) => {
      const at = `${path}.item[${i}]`;
      if (attuneItems.has(item.linkId)) return;
      if (item.type === 'choice' || item.type === 'open-choice') {
        this.group ??= group;
        return this.readQuestion(item, at);
      }
      if (item.type === 'group' && !group) return this.readItems(item.item ?? [], at, item);
      if (item.type === 'group')
        return this.issue(
          at,
          `Group "${item.linkId}" is inside another group: Attune reads one level of groups, so its items were left out.`,
        );
      if (item.type === 'display') {
        if (item === hint) return; // the group's hint: the legend's hint
        return this.issue(at, `Display item "${item.linkId}" is text, not a question: it was left out.`);
      }
      if (item.readOnly && (item.type === 'integer' || item.type === 'decimal')) {
        return this.issue(
          at,
          `Item "${item.linkId}" is a calculated score: Attune computes the total itself, so it was left out.`,
        );
      }
      this.issue(
        at,
        `Item "${item.linkId}" is a "${item.type}" item, not a choice: Attune only asks questions with answer options, so it was left out.`,
      );
    });
  }

  readQuestion(item: QuestionnaireItem, at: string): void {
    const name = `Item "${item.linkId}"`;
    if (item.repeats)
      return this.issue(at, `${name} allows several answers: Attune questions take one, so it was left out.`);
    if (!item.answerOption?.length) {
      return this.issue(
        at,
        `${name} has no answerOption${item.answerValueSet ? ` (its answers are in the value set ${item.answerValueSet}; list them as answerOption)` : ''}: it was left out.`,
      );
    }
    if (item.enableWhen?.length)
      this.issue(at, `${name} has enableWhen: Attune asks every question, so it is always asked.`);
    if (item.type === 'open-choice')
      this.issue(at, `${name} is open-choice: Attune offers only its listed answers, not free text.`);
    const hint = hintItemOf(item);
    (item.item ?? []).forEach((child, i) => {
      if (child !== hint) {
        this.issue(
          `${at}.item[${i}]`,
          `Item "${child.linkId}" is nested inside question "${item.linkId}": Attune reads a question's hint there, nothing else, so it was left out.`,
        );
      }
    });
    const id = toId(item.linkId);
    if (id !== item.linkId)
      this.issue(
        at,
        `${name}: its linkId cannot be an Attune id, so the question's id (and its linkId in responses) is "${id}".`,
      );

    const marked =
      extensionOf(item, attuneExtensions.safetyItem)?.valueBoolean === true || this.#safety.has(item.linkId);
    if (this.#safety.has(item.linkId)) this.#seenSafety.add(item.linkId);
    if (marked) this.leastHelp.safetyItem(item.linkId, at);
    const options = this.readOptions(item.linkId, item.answerOption, at, name, marked);
    const signpost = extensionOf(item, attuneExtensions.safetySignpost)?.valueCode;
    const question: Question = {
      id,
      text: item.text ?? '',
      options,
      ...hintOf(item),
      ...(marked ? {safety: true} : {}),
      ...(marked && (signpost === 'urgent' || signpost === 'emergency') ? {safetySignpost: signpost} : {}),
    };
    this.questions.push(question);
    this.paths.push(at);
  }

  /** The options of an item; on a safety item, each with the least help it calls for. */
  readOptions(
    linkId: string,
    answers: readonly QuestionnaireAnswerOption[],
    at: string,
    name: string,
    safety: boolean,
  ): Question['options'] {
    const options: Question['options'] = [];
    answers.forEach((answer, i) => {
      const path = `${at}.answerOption[${i}]`;
      const read = this.readOption(answer, path, name);
      if (!read) return;
      if (!safety) {
        this.leastHelp.notSafety(read.code, answer, path, name);
        options.push(read.option);
        return;
      }
      const leastHelp = this.leastHelp.read(linkId, read.code, answer, path, name);
      if (!leastHelp) this.reported.add(`items.${this.questions.length}.options.${options.length}.leastHelp`);
      options.push({...read.option, ...(leastHelp ? {leastHelp} : {})});
    });
    return options;
  }

  /** One option, and its code in the Questionnaire (what the host's declarations name). */
  readOption(option: QuestionnaireAnswerOption, at: string, name: string) {
    const score = weightOf(option);
    const scored = score === undefined ? {} : {score};
    const coding = option.valueCoding;
    if (coding?.code !== undefined) {
      const id = toId(coding.code);
      if (id !== coding.code)
        this.issue(at, `${name}: answer code "${coding.code}" cannot be an Attune id, so it is "${id}".`);
      if (!coding.display) this.issue(at, `${name}: answer "${coding.code}" has no display, so its code is shown.`);
      return {code: coding.code, option: {id, label: coding.display || coding.code, ...scored}};
    }
    const text = option.valueString ?? (option.valueInteger === undefined ? undefined : String(option.valueInteger));
    if (text !== undefined) return {code: text, option: {id: toId(text), label: text, ...scored}};
    this.issue(at, `${name}: this answer is not a Coding, string or integer, so it was left out.`);
    return undefined;
  }

  /** Safety linkIds the host named that no question has. */
  reportUnknownSafetyLinkIds(): void {
    for (const linkId of this.#safety) {
      if (!this.#seenSafety.has(linkId))
        this.issue('Questionnaire.item', `No question has the linkId "${linkId}" named as a safety item.`);
    }
  }
}

/**
 * The `questions` section of a content pack from a FHIR R4 Questionnaire: each choice item (at
 * the top level or in a group) becomes a question with the item's linkId as its id, its text,
 * its first display child as its hint, and an option per answerOption (code as id, display as
 * label, `itemWeight` as score). The safety items are those marked with Attune's `safety-item`
 * extension or named in `options.safetyLinkIds`. The legend is the group's text, else the
 * Questionnaire's title. Anything else (deeper nesting, `enableWhen`, items that are not
 * choices, repeating choices, value sets) is reported in `issues`, as is anything the schema's
 * rules refuse, such as a safety item with an option that has no score. Each option of a safety
 * item takes the least help it calls for from Attune's `least-help` extension or from
 * `options.leastHelp`; where neither gives it, that is reported (never guessed from the score).
 */
export function fromQuestionnaire(
  questionnaire: Questionnaire,
  options: FromQuestionnaireOptions = {},
): FromQuestionnaireResult {
  const reader = new QuestionnaireReader(options);
  const items = questionnaire.item ?? [];
  reader.readItems(items, 'Questionnaire');
  reader.reportUnknownSafetyLinkIds();
  reader.leastHelp.reportUnused();

  const group = reader.group;
  const legend = group?.text ?? questionnaire.title ?? '';
  if (!legend)
    reader.issue(
      'Questionnaire.title',
      "The Questionnaire has no title (and its questions no group text): give one, for the questions' legend.",
    );
  const questions: CheckInContent['questions'] = {legend, ...hintOf(group), items: reader.questions};

  const parsed = parseWith(questionsSchema, questions);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      if (reader.reported.has(issue.path)) continue;
      // "items.3.options.0.score" → the item it is about, then the field.
      const [, index, ...rest] = issue.path.split('.');
      const path = issue.path.startsWith('items.')
        ? (reader.paths[Number(index)] ?? 'Questionnaire.item')
        : 'Questionnaire';
      const field = issue.path.startsWith('items.') ? rest.join('.') : issue.path;
      reader.issue(path, `${field ? `${field}: ` : ''}${issue.message}`);
    }
  }
  return {questions, issues: reader.issues};
}
