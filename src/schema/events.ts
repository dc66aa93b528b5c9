/**
 * The detail of every event the widgets dispatch. Hosts can validate what they persist with
 * these, on the server too. Every detail has `schemaVersion: 1`.
 */
import * as z from 'zod/mini';
import {HelpLevelSchema, HrefSchema, IdSchema, IsoDateTimeSchema} from './common.js';
import {CheckInDraftSchema, CheckInResponseSchema} from './check-in-data.js';
import {RoutineChangeReasonSchema, RoutineSchema} from './routine-data.js';
import {CueMomentSchema} from './cues-data.js';
import {actionKinds} from './help.js';
import {HealthVisitorSummarySchema} from './trend-share.js';

export const EVENT_SCHEMA_VERSION = 1;
const schemaVersion = z.literal(EVENT_SCHEMA_VERSION);

export const CheckInChangeDetailSchema = z.strictObject({schemaVersion, draft: CheckInDraftSchema});
export type CheckInChangeDetail = z.infer<typeof CheckInChangeDetailSchema>;

export const CheckInSubmitDetailSchema = z.strictObject({schemaVersion, response: CheckInResponseSchema});
export type CheckInSubmitDetail = z.infer<typeof CheckInSubmitDetailSchema>;

export const RoutineChangeDetailSchema = z.strictObject({
  schemaVersion,
  routine: RoutineSchema,
  reason: RoutineChangeReasonSchema,
});
export type RoutineChangeDetail = z.infer<typeof RoutineChangeDetailSchema>;

export const RoutineStepCompleteDetailSchema = z.strictObject({
  schemaVersion,
  routineId: IdSchema,
  /** The routine step's own id (`routine.steps[n].id`). */
  stepId: IdSchema,
  completedAt: IsoDateTimeSchema,
});
export type RoutineStepCompleteDetail = z.infer<typeof RoutineStepCompleteDetailSchema>;

/** The parent saved a moment in the baby-cues guide; `moment` restores the same screen. */
export const CueMomentDetailSchema = z.strictObject({schemaVersion, moment: CueMomentSchema});
export type CueMomentDetail = z.infer<typeof CueMomentDetailSchema>;

export const HelpActionDetailSchema = z.strictObject({
  schemaVersion,
  level: HelpLevelSchema,
  actionId: IdSchema,
  href: HrefSchema,
  kind: z.optional(z.enum(actionKinds)),
});
export type HelpActionDetail = z.infer<typeof HelpActionDetailSchema>;

export const ContentIssueSchema = z.strictObject({
  /** Dot path into what was set, e.g. "help.levels.emergency.actions" or "routine.steps.1.minutes". */
  path: z.string(),
  message: z.string(),
});
export type ContentIssue = z.infer<typeof ContentIssueSchema>;

export const ContentErrorDetailSchema = z.strictObject({
  schemaVersion,
  /** Which property was rejected. */
  property: z.enum(['content', 'draft', 'routine', 'entries', 'moment']),
  issues: z.array(ContentIssueSchema),
});
export type ContentErrorDetail = z.infer<typeof ContentErrorDetailSchema>;

/** Accepted content holds something a clinician must look at (see `parseContentPack`'s warnings). */
export const ContentWarningDetailSchema = z.strictObject({
  schemaVersion,
  warnings: z.array(ContentIssueSchema),
});
export type ContentWarningDetail = z.infer<typeof ContentWarningDetailSchema>;

/** The parent made a summary for their health visitor from the trend. */
export const SummaryShareDetailSchema = z.strictObject({schemaVersion, summary: HealthVisitorSummarySchema});
export type SummaryShareDetail = z.infer<typeof SummaryShareDetailSchema>;

/** Event name → detail schema: one table for validation, JSON Schema and docs. */
export const eventDetailSchemas = {
  'attune-check-in-change': CheckInChangeDetailSchema,
  'attune-check-in-submit': CheckInSubmitDetailSchema,
  'attune-routine-change': RoutineChangeDetailSchema,
  'attune-routine-step-complete': RoutineStepCompleteDetailSchema,
  'attune-help-action': HelpActionDetailSchema,
  'attune-cue-moment': CueMomentDetailSchema,
  'attune-content-error': ContentErrorDetailSchema,
  'attune-content-warning': ContentWarningDetailSchema,
  'attune-summary-share': SummaryShareDetailSchema,
} as const;
export type AttuneEventName = keyof typeof eventDetailSchemas;
