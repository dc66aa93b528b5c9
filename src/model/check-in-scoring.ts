/**
 * Check-in scoring: answers + content → score, band, signpost and flags. Pure: no DOM, no
 * Lit, no zod, so it can be read, reviewed and tested on its own (and run on a server).
 */
import type {CheckInContent} from '../schema/check-in.js';
import type {CheckInDraft} from '../schema/check-in-data.js';
import {
  helpLevels,
  isUrgent,
  signpostLevels,
  signpostRank,
  type HelpLevel,
  type SignpostLevel,
  type UrgentLevel,
} from './levels.js';

/** What scoring reads: the mood, the feeling ids and one answer per question. */
export type CheckInAnswers = Pick<CheckInDraft, 'mood' | 'feelings' | 'answers'>;

export interface CheckInScore {
  /** Total of the chosen options' scores; only when the content has `scoring`. */
  score?: number;
  /** Id of the band the score falls in, if any. */
  band?: string;
  /** The most urgent level from the safety questions, the band and the rules. */
  signpost: SignpostLevel;
  /** `safety:<questionId>` for each worrying safety answer, then the ids of the rules that fired. */
  flags: string[];
}

/** The score of the option chosen for each answered question (unknown ids are ignored). */
export function scoredAnswers(answers: CheckInAnswers['answers'], content: CheckInContent) {
  return answers.flatMap(({questionId, optionId}) => {
    const question = content.questions.items.find((q) => q.id === questionId);
    const option = question?.options.find((o) => o.id === optionId);
    return question && option ? [{question, option, questionId, optionId, score: option.score}] : [];
  });
}

export function scoreCheckIn(answers: CheckInAnswers, content: CheckInContent): CheckInScore {
  const scored = scoredAnswers(answers.answers, content);
  const flags: string[] = [];
  let total = 0;
  /** Position in `signpostLevels` of the most urgent level so far: only ever goes up. */
  let rank = 0;
  const raise = (level: SignpostLevel) => {
    rank = Math.max(rank, signpostRank(level));
  };

  // Safety first: the higher of what the answer declares in words and what its score calls for,
  // and never below "urgent", whatever the content says. Validation refuses a pack that tries,
  // and this floor holds even if a pack somehow got past it.
  for (const {question, option, questionId, score = 0} of scored) {
    total += score;
    const declared = option.leastHelp ?? 'none';
    if (question.safety && (score > 0 || declared !== 'none')) {
      flags.push(`safety:${questionId}`);
      raise('urgent');
      raise(declared);
      if (score > 0) raise(question.safetySignpost ?? content.safetySignpost);
    }
  }

  const band = content.scoring?.bands.find((b) => total >= b.min && total <= b.max);
  if (band) raise(band.signpost);

  for (const rule of content.rules) {
    if (ruleFires(rule.when, answers, scored, total)) {
      flags.push(rule.id);
      raise(rule.signpost);
    }
  }

  return {
    ...(content.scoring ? {score: total} : {}),
    ...(band ? {band: band.id} : {}),
    signpost: signpostLevels[rank],
    flags,
  };
}

export type ScoredAnswer = ReturnType<typeof scoredAnswers>[number];

/** Whether a rule's (or an idea's) condition holds for these answers and this total score. */
export function ruleFires(
  when: CheckInContent['rules'][number]['when'],
  answers: CheckInAnswers,
  scored: readonly ScoredAnswer[],
  total: number,
): boolean {
  switch (when.kind) {
    case 'mood-at-most':
      return answers.mood !== undefined && answers.mood.value <= when.value;
    case 'option-chosen':
      return scored.some((a) => a.questionId === when.questionId && when.optionIds.includes(a.optionId));
    case 'feeling-chosen':
      return answers.feelings.some((id) => when.feelingIds.includes(id));
    case 'score-at-least':
      return total >= when.value;
  }
}

/**
 * The urgent or emergency help that the answers so far already call for (a worrying safety
 * answer, or a rule at that level), or undefined. Bands wait for the total. The check-in shows
 * it at once and on every step after, so a parent who stops before the result has seen it.
 */
export function urgentHelpSoFar(answers: CheckInAnswers, content: CheckInContent): UrgentLevel | undefined {
  const {signpost} = scoreCheckIn(answers, {...content, scoring: undefined});
  return isUrgent(signpost) ? signpost : undefined;
}

/**
 * The help cards a result shows, most urgent first: the card of its signpost and of every rule
 * and band that fired, so a parent with no one to talk to keeps the support card beside the
 * health visitor's. Urgent or worse also shows everyday support, in case the parent cannot call
 * now, and an emergency the urgent line, for a parent who will not call 999.
 */
export function resultCards(score: CheckInScore, content: CheckInContent): HelpLevel[] {
  const wanted = new Set<SignpostLevel>([score.signpost]);
  if (isUrgent(score.signpost)) wanted.add('support');
  if (score.signpost === 'emergency') wanted.add('urgent');
  for (const rule of content.rules) if (score.flags.includes(rule.id)) wanted.add(rule.signpost);
  const band = content.scoring?.bands.find((b) => b.id === score.band);
  if (band) wanted.add(band.signpost);
  return helpLevels.filter((level) => wanted.has(level));
}
