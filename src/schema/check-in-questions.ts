/**
 * The check-in's questions and how answers are weighed: options with scores, safety questions,
 * score bands and rules. Part of the `checkIn` section of a pack (see `check-in.ts`).
 */
import * as z from 'zod/mini';
import {IdSchema, SignpostLevelSchema, addIssue, checkUniqueIds, text, type RefineContext} from './common.js';
import {isUrgent, safetyDeclarations, type SafetyDeclaration} from '../model/levels.js';

export const SafetyDeclarationSchema = z.enum(safetyDeclarations);

export const QuestionOptionSchema = z.strictObject({
  id: IdSchema,
  label: text(120),
  /** Whole-number score used by bands and by safety questions (non-zero = triggers). */
  score: z.optional(z.int().check(z.gte(0, 'Scores start at 0.'), z.lte(100, 'Use a score of 100 or less.'))),
  /**
   * Safety questions only: the least help this answer calls for, said in words ("none",
   * "urgent", "emergency") apart from its score. Routing takes the higher of the two, and a pack
   * whose words and scores disagree is refused, so scores copied in reverse are caught.
   */
  leastHelp: z.optional(SafetyDeclarationSchema),
});
export type QuestionOption = z.infer<typeof QuestionOptionSchema>;

export const QuestionSchema = z
  .strictObject({
    id: IdSchema,
    text: text(300),
    hint: z.optional(text(300)),
    options: z.array(QuestionOptionSchema).check(
      z.minLength(2, 'A question needs at least 2 options.'),
      z.maxLength(10, 'Use 10 options or fewer.'),
      z.superRefine((options, ctx) =>
        checkUniqueIds(
          ctx,
          options.map((o) => o.id),
          (i) => [i, 'id'],
          'option',
        ),
      ),
    ),
    /**
     * A safety question: any answer with a non-zero score, or that declares concern, shows urgent
     * or emergency help at once. Every option has a score and a `leastHelp`, and they agree.
     */
    safety: z.optional(z.boolean()),
    /** Level for a non-zero answer to this safety question (urgent or emergency). */
    safetySignpost: z.optional(SignpostLevelSchema),
  })
  .check(
    z.superRefine((question, ctx) => {
      if (question.safety) {
        if (question.safetySignpost && !isUrgent(question.safetySignpost)) {
          addIssue(
            ctx,
            ['safetySignpost'],
            'A safety question must lead to "urgent" or "emergency" help.',
            question.safetySignpost,
          );
        }
        checkSafetyOptions(question.options, ctx);
        return;
      }
      if (question.safetySignpost) {
        addIssue(
          ctx,
          ['safetySignpost'],
          'Only a safety question (safety: true) can have a safetySignpost.',
          question.safetySignpost,
        );
      }
      question.options.forEach((option, i) => {
        if (option.leastHelp) {
          addIssue(
            ctx,
            ['options', i, 'leastHelp'],
            'Only the options of a safety question (safety: true) declare leastHelp.',
            option.leastHelp,
          );
        }
      });
    }),
  );
export type Question = z.infer<typeof QuestionSchema>;

const declaresConcern = (declared: SafetyDeclaration) => declared !== 'none';

/**
 * Every option of a safety question has a score and declares the least help it calls for, and
 * the two agree: "none" scores 0, "urgent" or "emergency" scores above 0. One option declares
 * no concern and one calls for help.
 */
function checkSafetyOptions(options: readonly QuestionOption[], ctx: RefineContext): void {
  options.forEach((option, i) => {
    if (option.score === undefined) {
      addIssue(
        ctx,
        ['options', i, 'score'],
        'Every option of a safety question needs a score (0 means no concern).',
        option,
      );
    }
    if (option.leastHelp === undefined) {
      addIssue(
        ctx,
        ['options', i, 'leastHelp'],
        'Every option of a safety question needs leastHelp: "none", "urgent" or "emergency", the least help this answer calls for.',
        option,
      );
      return;
    }
    if (option.score === undefined) return;
    if (declaresConcern(option.leastHelp) && option.score === 0) {
      addIssue(
        ctx,
        ['options', i, 'score'],
        `This answer calls for "${option.leastHelp}" help but scores 0. Check the scores are not in reverse order.`,
        option.score,
      );
    }
    if (!declaresConcern(option.leastHelp) && option.score > 0) {
      addIssue(
        ctx,
        ['options', i, 'score'],
        `This answer declares no concern (leastHelp "none") but scores ${option.score}. Check the scores are not in reverse order.`,
        option.score,
      );
    }
  });
  if (!options.some((o) => o.leastHelp === 'none'))
    addIssue(ctx, ['options'], 'One option of a safety question must declare no concern (leastHelp "none").', options);
  if (!options.some((o) => o.leastHelp && declaresConcern(o.leastHelp)))
    addIssue(ctx, ['options'], 'One option of a safety question must call for "urgent" or "emergency" help.', options);
  if (!options.some((o) => (o.score ?? 0) > 0))
    addIssue(ctx, ['options'], 'A safety question needs at least one option with a score above 0.', options);
}

export const BandSchema = z.strictObject({
  id: IdSchema,
  min: z.int().check(z.gte(0, 'Band limits start at 0.')),
  max: z.int().check(z.gte(0, 'Band limits start at 0.')),
  signpost: SignpostLevelSchema,
});
export type Band = z.infer<typeof BandSchema>;

/** What makes a rule fire. */
export const RuleConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({kind: z.literal('mood-at-most'), value: z.int().check(z.gte(1), z.lte(5))}),
  z.strictObject({
    kind: z.literal('option-chosen'),
    questionId: IdSchema,
    optionIds: z.array(IdSchema).check(z.minLength(1)),
  }),
  z.strictObject({kind: z.literal('feeling-chosen'), feelingIds: z.array(IdSchema).check(z.minLength(1))}),
  z.strictObject({kind: z.literal('score-at-least'), value: z.int().check(z.gte(0))}),
]);
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

/** What a result's idea is: care for the parent, or something to do with the baby. */
export const ideaKinds = ['self-care', 'with-baby'] as const;

const conditions = z.array(RuleConditionSchema).check(z.minLength(1), z.maxLength(8));

/**
 * A practical idea for the result. The result shows at most three that fit the answers: ideas
 * whose `fitsWhen` holds first, then ideas for any day; self-care first on a hard day; never one
 * whose `notWhen` holds (so an idea never reads as blame for what the parent just said).
 */
export const IdeaSchema = z.strictObject({
  id: IdSchema,
  text: text(300),
  kind: z.optional(z.enum(ideaKinds)),
  /** Shown only when one of these holds, and then before ideas for any day. */
  fitsWhen: z.optional(conditions),
  /** Never shown when one of these holds. */
  notWhen: z.optional(conditions),
});
export type Idea = z.infer<typeof IdeaSchema>;

export const RuleSchema = z.strictObject({
  id: IdSchema,
  when: RuleConditionSchema,
  signpost: SignpostLevelSchema,
});
export type Rule = z.infer<typeof RuleSchema>;
