/** The `checkIn` section: the mood check-in's questions, scoring, rules and words. */
import * as z from 'zod/mini';
import {IdSchema, SignpostLevelSchema, addIssue, checkUniqueIds, text, type RefineContext} from './common.js';
import {isUrgent} from '../model/levels.js';
import {
  BandSchema,
  IdeaSchema,
  QuestionSchema,
  RuleSchema,
  type Question,
  type RuleCondition,
} from './check-in-questions.js';
import {countMessage} from './message.js';

export const MoodOptionSchema = z.strictObject({
  id: IdSchema,
  /** 1 = very low … 5 = very good. */
  value: z.int().check(z.gte(1, 'Use a mood value from 1 to 5.'), z.lte(5, 'Use a mood value from 1 to 5.')),
  /** The word the parent sees and hears, e.g. "Very low". Always shown. */
  label: text(40),
  /** Optional symbol shown beside the word (never instead of it); hidden from screen readers. */
  symbol: z.optional(text(8)),
});

export const FeelingSchema = z.strictObject({id: IdSchema, label: text(40)});

const resultSchema = z.strictObject({heading: text(120), message: text(400)});

export const CheckInContentSchema = z
  .strictObject({
    title: text(120),
    mood: z.strictObject({
      legend: text(120),
      hint: z.optional(text(200)),
      options: z.array(MoodOptionSchema).check(
        z.length(5, 'The mood scale needs exactly 5 options, from 1 (very low) to 5 (very good).'),
        z.superRefine((options, ctx) => {
          checkUniqueIds(
            ctx,
            options.map((o) => o.id),
            (i) => [i, 'id'],
            'mood option',
          );
          options.forEach((option, i) => {
            if (option.value !== i + 1)
              addIssue(
                ctx,
                [i, 'value'],
                `List the moods in order: this one should have value ${i + 1}.`,
                option.value,
              );
          });
        }),
      ),
    }),
    feelings: z.strictObject({
      legend: text(120),
      hint: z.optional(text(200)),
      options: z.array(FeelingSchema).check(
        z.maxLength(24, 'Use 24 feelings or fewer.'),
        z.superRefine((options, ctx) =>
          checkUniqueIds(
            ctx,
            options.map((o) => o.id),
            (i) => [i, 'id'],
            'feeling',
          ),
        ),
      ),
    }),
    questions: z.strictObject({
      legend: text(120),
      hint: z.optional(text(200)),
      /** Empty means the questions step is skipped. */
      items: z.array(QuestionSchema).check(
        z.maxLength(30, 'Use 30 questions or fewer.'),
        z.superRefine((items, ctx) =>
          checkUniqueIds(
            ctx,
            items.map((q) => q.id),
            (i) => [i, 'id'],
            'question',
          ),
        ),
      ),
    }),
    note: z.strictObject({
      label: text(120),
      hint: z.optional(text(200)),
      /** 0 turns the note step off. */
      maxLength: z.int().check(z.gte(0), z.lte(5000, 'Use a note limit of 5000 characters or fewer.')),
      /**
       * "{count}" and "{max}" are filled in, e.g. "{count} of {max} characters". A count message:
       * `{max}` picks the plural form.
       */
      count: countMessage(120),
      /** Shown when the note is too long. "{over}" is filled in and picks the plural form. */
      tooLong: countMessage(200),
    }),
    /** Optional scoring of the questions: bands over the total score. */
    scoring: z.optional(
      z.strictObject({
        bands: z.array(BandSchema).check(
          z.minLength(1, 'Add at least one band, or leave scoring out.'),
          z.superRefine((bands, ctx) => {
            checkUniqueIds(
              ctx,
              bands.map((b) => b.id),
              (i) => [i, 'id'],
              'band',
            );
            bands.forEach((band, i) => {
              if (band.min > band.max) addIssue(ctx, [i, 'max'], "A band's max must be at least its min.", band.max);
              bands.slice(0, i).forEach((other) => {
                if (band.min <= other.max && other.min <= band.max) {
                  addIssue(
                    ctx,
                    [i],
                    `Band "${band.id}" overlaps band "${other.id}". A score must fall in one band only.`,
                    band,
                  );
                }
              });
            });
          }),
        ),
      }),
    ),
    /** Extra rules: each one that fires raises the signpost to at least its level. */
    rules: z.array(RuleSchema).check(
      z.maxLength(50),
      z.superRefine((rules, ctx) =>
        checkUniqueIds(
          ctx,
          rules.map((r) => r.id),
          (i) => [i, 'id'],
          'rule',
        ),
      ),
    ),
    /** Default level for a non-zero safety answer; a question may raise it with `safetySignpost`. */
    safetySignpost: SignpostLevelSchema,
    /** A short, kind message for each signpost level. */
    results: z.strictObject({
      none: resultSchema,
      support: resultSchema,
      'non-urgent': resultSchema,
      urgent: resultSchema,
      emergency: resultSchema,
    }),
    /** Practical ideas; a result below urgent shows up to three that fit the answers (see `IdeaSchema`). */
    ideas: z.strictObject({
      heading: text(120),
      items: z.array(IdeaSchema).check(
        z.minLength(1),
        z.maxLength(12),
        z.superRefine((items, ctx) =>
          checkUniqueIds(
            ctx,
            items.map((idea) => idea.id),
            (i) => [i, 'id'],
            'idea',
          ),
        ),
      ),
    }),
    /**
     * Optional: said first, beside the emergency card, once the answers call for an emergency
     * (on a step or in the result): the call to make now, and what to do with the baby meanwhile.
     */
    emergencyNow: z.optional(z.strictObject({call: text(60), baby: text(300)})),
    ui: z.strictObject({
      /** "{current}" and "{total}" are filled in, e.g. "Step {current} of {total}". `{total}` picks the plural form. */
      progress: countMessage(60),
      back: text(40),
      next: text(40),
      submit: text(40),
      startAgain: text(40),
      change: text(40),
      reviewLegend: text(120),
      reviewMood: text(60),
      reviewFeelings: text(60),
      reviewNote: text(60),
      nothingChosen: text(60),
      /** Shown (and reported to forms) when Next or Submit is used before a mood is chosen. */
      moodRequired: text(200),
      /** Shown when a safety question has no answer yet. */
      answerRequired: text(200),
      /** Reported to a surrounding form until the parent has finished and seen the result. */
      finishFirst: text(200),
      /** The review's answer for a note left empty. */
      noNote: text(60),
      /**
       * Optional: said once to screen readers when an answer brings help on screen before the
       * result, e.g. "{help} {action}, below." ("Immediate action required: Call 999, below.").
       * Without it, the help's name is said.
       */
      helpShown: z.optional(text(200)),
      /** Optional: said once when a changed answer takes that help away again. */
      helpGone: z.optional(text(200)),
    }),
  })
  .check(
    z.superRefine((checkIn, ctx) => {
      if (!isUrgent(checkIn.safetySignpost)) {
        addIssue(
          ctx,
          ['safetySignpost'],
          'Safety answers must lead to "urgent" or "emergency" help.',
          checkIn.safetySignpost,
        );
      }
      const questions = new Map(checkIn.questions.items.map((q) => [q.id, q]));
      const feelingIds = new Set(checkIn.feelings.options.map((f) => f.id));
      const check = (when: RuleCondition, path: PropertyKey[]) =>
        checkReferences(when, path, questions, feelingIds, ctx);
      checkIn.rules.forEach((rule, i) => {
        const when = rule.when;
        check(when, ['rules', i, 'when']);
        if (when.kind !== 'option-chosen' || isUrgent(rule.signpost)) return;
        const question = questions.get(when.questionId);
        const worrying = question?.options.some(
          (o) => when.optionIds.includes(o.id) && ((o.score ?? 0) > 0 || (o.leastHelp ?? 'none') !== 'none'),
        );
        if (question?.safety && worrying)
          addIssue(
            ctx,
            ['rules', i, 'signpost'],
            `This rule would send a worrying answer to safety question "${question.id}" to "${rule.signpost}". Safety answers must lead to "urgent" or "emergency".`,
            rule.signpost,
          );
      });
    }),
  );
export type CheckInContent = z.infer<typeof CheckInContentSchema>;

/** Every question, option and feeling a condition names exists. */
function checkReferences(
  when: RuleCondition,
  path: PropertyKey[],
  questions: ReadonlyMap<string, Question>,
  feelingIds: ReadonlySet<string>,
  ctx: RefineContext,
): void {
  if (when.kind === 'option-chosen') {
    const question = questions.get(when.questionId);
    if (!question) {
      addIssue(ctx, [...path, 'questionId'], `There is no question with id "${when.questionId}".`, when.questionId);
      return;
    }
    when.optionIds.forEach((optionId, j) => {
      if (!question.options.some((o) => o.id === optionId))
        addIssue(ctx, [...path, 'optionIds', j], `Question "${question.id}" has no option "${optionId}".`, optionId);
    });
  }
  if (when.kind === 'feeling-chosen') {
    when.feelingIds.forEach((id, j) => {
      if (!feelingIds.has(id)) addIssue(ctx, [...path, 'feelingIds', j], `There is no feeling with id "${id}".`, id);
    });
  }
}
