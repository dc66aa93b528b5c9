/**
 * What a clinician must look at in a pack that passed every check: things a parser cannot judge,
 * so they warn rather than refuse. Pure and zod-free; `parseContentPack` returns them beside the
 * pack, the widgets dispatch them as `attune-content-warning`, and `attune-pack` prints them.
 */
import type {QuestionOption, RuleCondition} from '../schema/check-in-questions.js';
import type {ContentPack} from '../schema/content.js';
import type {ContentIssue} from '../schema/events.js';
import {helpLevels, safetyDeclarations} from './levels.js';
import {dialledNumber, isCostlyNumber} from './phone.js';

export function packWarnings(pack: ContentPack): ContentIssue[] {
  return [...reviewWarnings(pack), ...safetyQuestionWarnings(pack), ...ideaWarnings(pack), ...helpWarnings(pack)];
}

/**
 * An idea whose condition names a question, option or feeling the pack does not have never fits
 * (or is never left out). Not a refusal: a host that swaps the questions for a licensed scale
 * keeps the pack, and is told which ideas no longer follow the answers.
 */
function ideaWarnings(pack: ContentPack): ContentIssue[] {
  const content = pack.checkIn;
  if (!content) return [];
  const feelings = new Set(content.feelings.options.map((f) => f.id));
  const known = (when: RuleCondition) => {
    if (when.kind === 'feeling-chosen') return when.feelingIds.every((id) => feelings.has(id));
    if (when.kind !== 'option-chosen') return true;
    const options = content.questions.items.find((q) => q.id === when.questionId)?.options;
    return Boolean(options && when.optionIds.every((id) => options.some((o) => o.id === id)));
  };
  return content.ideas.items.flatMap((idea, i) =>
    (['fitsWhen', 'notWhen'] as const).flatMap((field) =>
      (idea[field] ?? []).flatMap((when, j) =>
        known(when)
          ? []
          : [
              {
                path: `checkIn.ideas.items.${i}.${field}.${j}`,
                message: `This names a question, option or feeling the pack does not have, so it never holds: the idea "${idea.id}" no longer follows the answers.`,
              },
            ],
      ),
    ),
  );
}

function reviewWarnings(pack: ContentPack): ContentIssue[] {
  if (pack.review?.status !== 'awaiting-review') return [];
  return [
    {
      path: 'review.status',
      message: `This pack is awaiting review ("${pack.review.note}"). Have it reviewed before parents use it.`,
    },
  ];
}

function safetyQuestionWarnings(pack: ContentPack): ContentIssue[] {
  const items = pack.checkIn?.questions.items;
  if (!items) return [];
  const warnings: ContentIssue[] = [];
  if (!items.some((q) => q.safety))
    warnings.push({
      path: 'checkIn.questions.items',
      message:
        'No question is a safety question (safety: true), so no answer can bring urgent help on screen. A clinician should confirm this is meant.',
    });
  items.forEach((question, q) => {
    if (!question.safety) return;
    // Scores should rise with the help each answer declares.
    const rank = (option: QuestionOption) => safetyDeclarations.indexOf(option.leastHelp ?? 'none');
    question.options.forEach((option, i) => {
      const lower = question.options.find(
        (other) => rank(other) < rank(option) && (other.score ?? 0) > (option.score ?? 0),
      );
      if (lower)
        warnings.push({
          path: `checkIn.questions.items.${q}.options.${i}.score`,
          message: `"${option.label}" calls for more help than "${lower.label}" but scores less. Check the scores against the questionnaire.`,
        });
    });
  });
  return warnings;
}

function helpWarnings(pack: ContentPack): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const costly = (href: string, path: string) => {
    const number = dialledNumber(href);
    if (number && isCostlyNumber(number))
      warnings.push({
        path,
        message: `${number} may cost a parent more than a normal call (084 and 087 numbers do). Prefer a free number.`,
      });
  };
  const prefixes = new Map<string, string>();
  for (const level of helpLevels) {
    const {hiddenPrefix, actions} = pack.help.levels[level];
    const other = prefixes.get(hiddenPrefix);
    if (other)
      warnings.push({
        path: `help.levels.${level}.hiddenPrefix`,
        message: `The "${other}" and "${level}" cards share the hidden prefix "${hiddenPrefix}", so a screen reader user cannot tell how urgent each is.`,
      });
    prefixes.set(hiddenPrefix, level);
    actions.forEach((action, i) => costly(action.href, `help.levels.${level}.actions.${i}.href`));
  }
  // The partner part's and the baby's help too.
  const partner = pack.help.partner;
  if (partner) {
    costly(partner.signs.action.href, 'help.partner.signs.action.href');
    partner.ownHelp.actions?.forEach((action, i) => costly(action.href, `help.partner.ownHelp.actions.${i}.href`));
  }
  for (const [level, card] of Object.entries(pack.cues?.babyHelp ?? {}))
    card.actions.forEach((action, i) => costly(action.href, `cues.babyHelp.${level}.actions.${i}.href`));
  return warnings;
}
