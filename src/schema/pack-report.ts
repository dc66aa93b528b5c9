/**
 * What `attune-pack check` prints and Storybook's content editor shows: a pack's errors and
 * warnings, its safety table (every answer to every safety question → the help it leads to → the
 * cards shown first, their headings and what each button dials), and every safety-relevant
 * difference from a ready pack. Pure: no DOM, no file system.
 */
import type {ContentPack} from './content.js';
import type {ContentIssue} from './events.js';
import {parseContentPack} from './parse.js';
import {resultCards, scoreCheckIn} from '../model/check-in-scoring.js';
import type {HelpLevel, SignpostLevel} from '../model/levels.js';

export interface SafetyRow {
  questionId: string;
  question: string;
  optionId: string;
  answer: string;
  score?: number;
  leastHelp?: string;
  /** The least help this answer leads to, whatever else the parent answers. */
  leadsTo: SignpostLevel;
  cards: {level: HelpLevel; heading: string; actions: {label: string; href: string}[]}[];
}

export interface PackDifference {
  path: string;
  pack: unknown;
  against: unknown;
}

export interface PackReport {
  ok: boolean;
  id?: string;
  version?: string;
  issues: ContentIssue[];
  warnings: ContentIssue[];
  safetyTable: SafetyRow[];
  /** With `against`: the safety-relevant differences (help levels, safety questions, rules). */
  differences?: PackDifference[];
  against?: string;
}

export function packReport(input: unknown, against?: ContentPack): PackReport {
  const result = parseContentPack(input);
  if (!result.ok) return {ok: false, issues: result.issues, warnings: result.warnings, safetyTable: []};
  const {pack, warnings} = result;
  return {
    ok: true,
    id: pack.id,
    version: pack.version,
    issues: [],
    warnings,
    safetyTable: safetyTable(pack),
    ...(against ? {against: `${against.id} ${against.version}`, differences: differences(pack, against)} : {}),
  };
}

export function safetyTable(pack: ContentPack): SafetyRow[] {
  const content = pack.checkIn;
  if (!content) return [];
  // The answer on its own: bands wait for the total, so they are left out here.
  const alone = {...content, scoring: undefined};
  return content.questions.items
    .filter((question) => question.safety)
    .flatMap((question) =>
      question.options.map((option) => {
        const score = scoreCheckIn({feelings: [], answers: [{questionId: question.id, optionId: option.id}]}, alone);
        return {
          questionId: question.id,
          question: question.text,
          optionId: option.id,
          answer: option.label,
          ...(option.score === undefined ? {} : {score: option.score}),
          ...(option.leastHelp ? {leastHelp: option.leastHelp} : {}),
          leadsTo: score.signpost,
          cards: resultCards(score, alone).map((level) => {
            const card = pack.help.levels[level];
            return {
              level,
              heading: `${card.hiddenPrefix} ${card.heading}`,
              actions: card.actions.map(({label, href}) => ({label, href})),
            };
          }),
        };
      }),
    );
}

/** The parts of a pack that decide who is sent where. */
function safetyParts(pack: ContentPack): Record<string, unknown> {
  return {
    help: pack.help,
    'checkIn.safetySignpost': pack.checkIn?.safetySignpost,
    'checkIn.safetyQuestions': pack.checkIn?.questions.items.filter((q) => q.safety),
    'checkIn.rules': pack.checkIn?.rules,
    'checkIn.scoring': pack.checkIn?.scoring,
    'cues.redFlags': pack.cues?.redFlags.items,
    'cues.babyHelp': pack.cues?.babyHelp,
  };
}

export function differences(pack: ContentPack, against: ContentPack): PackDifference[] {
  const found: PackDifference[] = [];
  const ours = safetyParts(pack);
  const theirs = safetyParts(against);
  for (const key of Object.keys(ours)) compare(key, ours[key], theirs[key], found);
  return found;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (value: unknown): value is {id: string}[] =>
  Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');

/** Lists of things with ids are matched by id, so a reordered or inserted item reads as one change. */
function compare(path: string, ours: unknown, theirs: unknown, found: PackDifference[]): void {
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return;
  if (hasIds(ours) && hasIds(theirs)) {
    const ids = [...new Set([...ours, ...theirs].map((item) => item.id))];
    for (const id of ids)
      compare(
        `${path}[${id}]`,
        ours.find((i) => i.id === id),
        theirs.find((i) => i.id === id),
        found,
      );
    return;
  }
  if (isObject(ours) && isObject(theirs)) {
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)]))
      compare(`${path}.${key}`, ours[key], theirs[key], found);
    return;
  }
  found.push({path, pack: ours, against: theirs});
}

/** The report as Markdown, for a clinical safety case; the terminal shows the same. */
export function reportAsMarkdown(report: PackReport): string {
  const lines: string[] = [`# Pack check: ${report.id ?? 'refused pack'} ${report.version ?? ''}`.trim(), ''];
  lines.push(report.ok ? 'Result: **accepted**' : 'Result: **refused**', '');
  const list = (title: string, items: ContentIssue[]) => {
    lines.push(`## ${title} (${items.length})`, '');
    lines.push(...(items.length ? items.map((i) => `- \`${i.path}\`: ${i.message}`) : ['None.']), '');
  };
  list('Errors', report.issues);
  list('Warnings', report.warnings);
  if (report.ok) {
    lines.push('## Safety table', '');
    lines.push('Each answer to a safety question, the least help it leads to, and the cards shown first.', '');
    lines.push('| question | answer | score | declares | leads to | cards shown, in order | buttons |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of report.safetyTable) {
      const cards = row.cards.map((c) => `${c.level}: ${c.heading}`).join('<br>') || 'none';
      const buttons =
        row.cards.flatMap((c) => c.actions.map((a) => `${a.label} → \`${a.href}\``)).join('<br>') || 'none';
      lines.push(
        `| ${cell(row.questionId)} | ${cell(row.answer)} | ${row.score ?? ''} | ${row.leastHelp ?? ''} | **${row.leadsTo}** | ${cell(cards)} | ${cell(buttons)} |`,
      );
    }
    if (!report.safetyTable.length) lines.push('| (no safety question) | | | | | | |');
    lines.push('');
  }
  if (report.differences) {
    lines.push(`## Safety-relevant differences from ${report.against} (${report.differences.length})`, '');
    lines.push(
      ...(report.differences.length
        ? report.differences.map(
            (d) =>
              `- \`${d.path}\`: ${JSON.stringify(d.pack) ?? '(absent)'} (ready pack: ${JSON.stringify(d.against) ?? '(absent)'})`,
          )
        : ['None.']),
      '',
    );
  }
  return lines.join('\n');
}

/** Table cells keep their pipes as text. */
const cell = (text: string) => text.replace(/\|/g, '\\|');
