/**
 * The parent's saved `Routine`, as `attune-routine-change` reports it. Kept apart from the
 * `routine` content schema so that checking a saved routine never loads the content-pack schemas.
 */
import * as z from 'zod/mini';
import {ClockTimeSchema, IdSchema, IsoDateTimeSchema, checkUniqueIds, oneLine} from './common.js';
import {
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_ROUTINE_STEPS,
  MAX_STEP_MINUTES,
  MIN_STEP_MINUTES,
} from '../model/routine-limits.js';

/** Minutes of one step: shared by the content's step library and the saved routine. */
export const minutesSchema = z
  .int()
  .check(
    z.gte(MIN_STEP_MINUTES, `Use ${MIN_STEP_MINUTES} to ${MAX_STEP_MINUTES} minutes.`),
    z.lte(MAX_STEP_MINUTES, `Use ${MIN_STEP_MINUTES} to ${MAX_STEP_MINUTES} minutes.`),
  );

export const RoutineStepSchema = z.strictObject({
  id: IdSchema,
  /** The library step it came from, if any. */
  stepId: z.optional(IdSchema),
  label: oneLine(MAX_LABEL_LENGTH),
  minutes: minutesSchema,
  note: z.optional(oneLine(MAX_NOTE_LENGTH)),
});
export type RoutineStep = z.infer<typeof RoutineStepSchema>;

/** A saved routine, as `attune-routine-change` reports it and the `routine` property takes it. */
export const RoutineSchema = z.strictObject({
  id: IdSchema,
  name: oneLine(MAX_NAME_LENGTH),
  templateId: z.optional(IdSchema),
  startTime: z.optional(ClockTimeSchema),
  steps: z.array(RoutineStepSchema).check(
    z.maxLength(MAX_ROUTINE_STEPS, `A routine can have up to ${MAX_ROUTINE_STEPS} steps.`),
    z.superRefine((steps, ctx) =>
      checkUniqueIds(
        ctx,
        steps.map((s) => s.id),
        (i) => [i, 'id'],
        'step',
      ),
    ),
  ),
  updatedAt: IsoDateTimeSchema,
});
export type Routine = z.infer<typeof RoutineSchema>;

export const routineChangeReasons = [
  'add-step',
  'remove-step',
  'move-step',
  'edit-step',
  'rename',
  'start-time',
  'template',
] as const;
export const RoutineChangeReasonSchema = z.enum(routineChangeReasons);
export type RoutineChangeReason = z.infer<typeof RoutineChangeReasonSchema>;
