/**
 * The parent's check-in data: an in-progress draft and a submitted response. Kept apart from
 * the `checkIn` content schema so that checking a draft or trend entries never loads the
 * content-pack schemas (the widgets load this with their lazy data checks).
 */
import * as z from 'zod/mini';
import {IdSchema, IsoDateTimeSchema, SignpostLevelSchema, userText} from './common.js';
import {MAX_DRAFT_NOTE_LENGTH} from '../model/check-in-limits.js';
import {checkInSteps} from '../model/check-in-steps.js';

export const CheckInStepSchema = z.enum(checkInSteps);

export const MoodAnswerSchema = z.strictObject({
  value: z.int().check(z.gte(1), z.lte(5)),
  optionId: IdSchema,
});

export const AnswerSchema = z.strictObject({
  questionId: IdSchema,
  optionId: IdSchema,
  score: z.optional(z.int().check(z.gte(0))),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** An in-progress check-in: set it back on the element to restore the same screen. */
export const CheckInDraftSchema = z.strictObject({
  contentId: z.string(),
  contentVersion: z.string(),
  step: CheckInStepSchema,
  startedAt: IsoDateTimeSchema,
  mood: z.optional(MoodAnswerSchema),
  feelings: z.array(IdSchema),
  answers: z.array(z.strictObject({questionId: IdSchema, optionId: IdSchema})),
  /** Exactly as typed, even when it is over the pack's limit (the response never is). */
  note: userText(MAX_DRAFT_NOTE_LENGTH),
});
export type CheckInDraft = z.infer<typeof CheckInDraftSchema>;

/** What the parent submitted, with the signpost the rules gave. */
export const CheckInResponseSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  contentId: z.string(),
  contentVersion: z.string(),
  locale: z.string(),
  startedAt: IsoDateTimeSchema,
  submittedAt: IsoDateTimeSchema,
  mood: MoodAnswerSchema,
  feelings: z.array(IdSchema),
  answers: z.array(AnswerSchema),
  note: z.optional(userText(5000)),
  score: z.optional(z.int().check(z.gte(0))),
  band: z.optional(IdSchema),
  signpost: SignpostLevelSchema,
  /** Ids of the rules that fired; "safety:<questionId>" for safety answers. */
  flags: z.array(z.string()),
});
export type CheckInResponse = z.infer<typeof CheckInResponseSchema>;
