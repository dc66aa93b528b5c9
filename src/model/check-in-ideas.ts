/**
 * Which of the pack's ideas a result shows: the ones that fit what the parent said. Pure and
 * zod-free, beside the scoring whose conditions it shares.
 */
import type {CheckInContent} from '../schema/check-in.js';
import type {Idea, RuleCondition} from '../schema/check-in-questions.js';
import {ruleFires, scoredAnswers, type CheckInAnswers, type CheckInScore} from './check-in-scoring.js';

/** Enough to act on, few enough to read on a hard day. */
export const MAX_IDEAS = 3;

/**
 * At most three ideas, in this order: on a hard day (any help shown, or a low mood) self-care
 * before things to do with the baby; then ideas that fit these answers before ideas for any day;
 * then the pack's order. An idea that fits other answers, or whose `notWhen` holds, is left out.
 */
export function chooseIdeas(answers: CheckInAnswers, content: CheckInContent, score: CheckInScore): Idea[] {
  const scored = scoredAnswers(answers.answers, content);
  // The total the rules use, whether or not the pack shows a score.
  const total = scored.reduce((sum, answer) => sum + (answer.score ?? 0), 0);
  const holds = (conditions: readonly RuleCondition[] | undefined) =>
    conditions?.some((when) => ruleFires(when, answers, scored, total)) ?? false;
  const hardDay = score.signpost !== 'none' || (answers.mood !== undefined && answers.mood.value <= 2);
  const rank = (idea: Idea) => (hardDay && idea.kind !== 'self-care' ? 2 : 0) + (idea.fitsWhen ? 0 : 1);
  return content.ideas.items
    .filter((idea) => !holds(idea.notWhen) && (!idea.fitsWhen || holds(idea.fitsWhen)))
    .map((idea, order) => ({idea, order}))
    .sort((a, b) => rank(a.idea) - rank(b.idea) || a.order - b.order)
    .slice(0, MAX_IDEAS)
    .map(({idea}) => idea);
}
