/** The `routine` section of a pack: the step library, templates, cues and words. */
import * as z from 'zod/mini';
import {ClockTimeSchema, IdSchema, addIssue, checkUniqueIds, text, type RefineContext} from './common.js';
import {HelpActionSchema} from './help.js';
import {dialledNumber, numbersNamedIn} from '../model/phone.js';
import {minutesSchema} from './routine-data.js';

import {countMessage} from './message.js';

// The saved routine is the parent's data (routine-data.ts). Its types are repeated here only for
// the routine planner's imports, until its redesign merges and imports them from there.
export type {Routine, RoutineStep, RoutineChangeReason} from './routine-data.js';

export const LibraryStepSchema = z.strictObject({
  id: IdSchema,
  label: text(80),
  minutes: minutesSchema,
  /** A short cue-reading tip shown in run mode. */
  tip: z.optional(text(300)),
  /** Id of one of the section's `categories`. */
  category: IdSchema,
});
export type LibraryStep = z.infer<typeof LibraryStepSchema>;

export const RoutineTemplateSchema = z.strictObject({
  id: IdSchema,
  name: text(80),
  description: text(300),
  /** Ids from the step library, in order. */
  stepIds: z.array(IdSchema).check(z.minLength(1, 'A template needs at least one step.'), z.maxLength(20)),
  startTime: z.optional(ClockTimeSchema),
  /**
   * True for a routine that calms a crying baby. Run mode then puts the section's `crying`
   * words first (never shake; it is OK to put the baby down and step away), keeps "Take a
   * break" on screen, and ends with "Still crying?" instead of `ui.finished`.
   */
  crying: z.optional(z.boolean()),
});
export type RoutineTemplate = z.infer<typeof RoutineTemplateSchema>;

const cueListSchema = z.strictObject({
  heading: text(120),
  items: z.array(text(120)).check(z.minLength(1), z.maxLength(8)),
});

/**
 * A short piece of advice in run mode, with up to two links to act on it: "Call 999" as a real
 * `tel:` link, never only a number in the text. A link is a help action, with its rules: a call
 * dials the number its words name, and premium-rate and directory numbers are refused.
 */
export const RoutineReminderSchema = z.strictObject({
  id: IdSchema,
  text: text(300),
  actions: z.optional(z.array(HelpActionSchema).check(z.maxLength(2, 'Use 2 links or fewer.'))),
});
export type RoutineReminder = z.infer<typeof RoutineReminderSchema>;

const remindersSchema = z.array(RoutineReminderSchema).check(z.maxLength(8));

/** What run mode says for a crying routine (a template with `crying: true`). */
export const CryingWordsSchema = z.strictObject({
  /** Shown first on the run screen, e.g. "Never shake a baby". */
  heading: text(120),
  /** Under it: it is OK to put the baby down safely on their back in the cot and step away. */
  text: text(300),
  /** The button that is always on screen, e.g. "Take a break". */
  takeBreak: text(40),
  /** The heading of the safe-break steps the button shows. */
  breakHeading: text(120),
  /** The safe-break steps, in order: put the baby down on their back in the cot, close the door… */
  breakSteps: z.array(text(200)).check(z.minLength(2), z.maxLength(6)),
  /** The end of the routine, instead of `ui.finished`: "Still crying?" and what to do next. */
  stillCrying: z.strictObject({
    heading: text(120),
    intro: text(300),
    items: remindersSchema.check(z.minLength(1)),
  }),
});
export type CryingWords = z.infer<typeof CryingWordsSchema>;

export const RoutineContentSchema = z
  .strictObject({
    title: text(120),
    categories: z.array(z.strictObject({id: IdSchema, label: text(40)})).check(z.minLength(1)),
    library: z.array(LibraryStepSchema).check(z.minLength(1), z.maxLength(60)),
    templates: z.array(RoutineTemplateSchema).check(z.maxLength(12)),
    /** The "watch your baby" prompts shown while a routine runs. */
    cues: z.strictObject({
      heading: text(120),
      intro: text(300),
      engagement: cueListSchema,
      disengagement: cueListSchema,
      tired: cueListSchema,
    }),
    reminders: z.strictObject({
      heading: text(120),
      items: remindersSchema,
    }),
    /** Required when a template has `crying: true`. */
    crying: z.optional(CryingWordsSchema),
    /** Every label and message the planner shows. "{…}" parts are filled in. */
    ui: z.strictObject({
      nameLabel: text(60),
      untitled: text(60),
      templatesLegend: text(120),
      useTemplate: text(60),
      startEmpty: text(60),
      startTimeLabel: text(60),
      /** e.g. "Optional. For example, {time}." `{time}` is an example in the pack's clock. */
      startTimeHint: text(200),
      /** A start time that cannot be read, e.g. "Enter a time like {time}, or leave it empty." Without it: "{startTimeLabel}: 18:30". */
      startTimeInvalid: z.optional(text(120)),
      stepsHeading: text(120),
      emptyRoutine: text(200),
      stepLabel: text(60),
      minutesLabel: text(60),
      noteLabel: text(60),
      /** e.g. "{minutes} min". `{minutes}` picks the plural form. */
      minutesShort: countMessage(40),
      /** e.g. "Starts at {time}". */
      startsAt: text(60),
      /** e.g. "Total: {duration}, ending at {time}". */
      total: text(120),
      totalNoTime: text(120),
      moveUp: text(40),
      moveDown: text(40),
      remove: text(40),
      undo: text(40),
      addHeading: text(120),
      addFromLibrary: text(60),
      addStep: text(40),
      customLegend: text(120),
      addCustom: text(60),
      /** "{label} moved to position {position} of {count}". `{count}` picks the plural form. */
      moved: countMessage(120),
      /** "{label} removed." */
      removed: text(120),
      /** "{label} added." */
      added: text(120),
      restored: text(120),
      reorderHint: text(200),
      labelRequired: text(120),
      minutesInvalid: text(120),
      run: text(40),
      edit: text(40),
      /** "Step {current} of {total}". `{total}` picks the plural form. */
      runProgress: countMessage(60),
      done: text(40),
      skip: text(40),
      finish: text(40),
      finished: text(200),
      runAgain: text(40),
      noSteps: text(200),
      /** A duration under an hour, e.g. "{minutes} min". `{minutes}` picks the plural form. */
      durationMinutes: countMessage(40),
      /** A duration of an hour or more, e.g. "{hours} h {minutes} min". `{hours}` picks the plural form. */
      durationHours: countMessage(40),
    }),
  })
  .check(
    z.superRefine((routine, ctx) => {
      checkUniqueIds(
        ctx,
        routine.categories.map((c) => c.id),
        (i) => ['categories', i, 'id'],
        'category',
      );
      checkUniqueIds(
        ctx,
        routine.library.map((s) => s.id),
        (i) => ['library', i, 'id'],
        'step',
      );
      checkUniqueIds(
        ctx,
        routine.templates.map((t) => t.id),
        (i) => ['templates', i, 'id'],
        'template',
      );
      const categories = new Set(routine.categories.map((c) => c.id));
      routine.library.forEach((step, i) => {
        if (!categories.has(step.category))
          addIssue(ctx, ['library', i, 'category'], `There is no category with id "${step.category}".`, step.category);
      });
      const library = new Set(routine.library.map((s) => s.id));
      routine.templates.forEach((template, i) =>
        template.stepIds.forEach((id, j) => {
          if (!library.has(id))
            addIssue(ctx, ['templates', i, 'stepIds', j], `There is no library step with id "${id}".`, id);
        }),
      );
      checkReminders(routine, ctx);
    }),
  );
export type RoutineContent = z.infer<typeof RoutineContentSchema>;

/**
 * Reminder links follow the help actions' rules: ids differ within an item, and a call or text
 * link dials the number its words name ("Call 999" never dials 111). A crying template needs
 * the crying words, so its safety advice is never left out.
 */
function checkReminders(
  routine: {templates: RoutineTemplate[]; reminders: {items: RoutineReminder[]}; crying?: CryingWords},
  ctx: RefineContext,
): void {
  const lists: [PropertyKey[], RoutineReminder[]][] = [[['reminders', 'items'], routine.reminders.items]];
  if (routine.crying) lists.push([['crying', 'stillCrying', 'items'], routine.crying.stillCrying.items]);
  for (const [path, items] of lists) {
    items.forEach((item, i) => {
      const actions = item.actions ?? [];
      checkUniqueIds(
        ctx,
        actions.map((a) => a.id),
        (j) => [...path, i, 'actions', j, 'id'],
        'link',
      );
      actions.forEach((action, j) => {
        const number = dialledNumber(action.href);
        for (const named of number === undefined ? [] : numbersNamedIn(action.label))
          if (named !== number)
            addIssue(
              ctx,
              [...path, i, 'actions', j, 'label'],
              `This action's words name ${named} but its link dials ${number}. Make them the same number.`,
              action.label,
            );
      });
    });
  }
  routine.templates.forEach((template, i) => {
    if (template.crying && !routine.crying)
      addIssue(
        ctx,
        ['templates', i, 'crying'],
        `There is no "crying" section for the crying template "${template.id}": add its safe-break words.`,
        template.crying,
      );
  });
}
