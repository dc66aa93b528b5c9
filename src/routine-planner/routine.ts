/**
 * Routine maths, with no DOM and no Lit: create, add, remove, restore, move, edit, rename,
 * schedule and format durations (clock times are in clock.ts). Every change returns a new
 * routine with a fresh `updatedAt`; a call that would change nothing returns the routine it
 * was given, so callers can tell "no edit" apart by identity and fire no event.
 */
import type {
  CryingWords,
  LibraryStep,
  Routine,
  RoutineContent,
  RoutineStep,
  RoutineTemplate,
} from '../schema/routine.js';
import {MAX_ROUTINE_STEPS, MAX_STEP_MINUTES, MIN_STEP_MINUTES} from '../model/routine-limits.js';
import {formatMessage} from '../core/plural.js';
import type {CountMessage} from '../schema/message.js';
import {parseClock} from './clock.js';

const DAY = 24 * 60;

/** What an edit may change on one step. An empty `note` removes the note. */
export type StepEdit = Partial<Pick<RoutineStep, 'label' | 'minutes' | 'note'>>;

/** A new, empty routine. The id comes from the time, so two planners rarely share one. */
export function createRoutine(now = new Date()): Routine {
  return {id: `routine-${now.getTime().toString(36)}`, name: '', steps: [], updatedAt: now.toISOString()};
}

/** Whether `minutes` is a whole number of minutes a step may take. */
export function isValidMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= MIN_STEP_MINUTES && minutes <= MAX_STEP_MINUTES;
}

/**
 * A step id not used in `steps`: "<base>-<n>" with the smallest free n. Deterministic, and
 * short enough for the 64-character id rule whatever the base.
 */
export function uniqueStepId(steps: readonly RoutineStep[], base = 'step'): string {
  const taken = new Set(steps.map((step) => step.id));
  const stem = base.slice(0, 56);
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

function touch(routine: Routine, changes: Partial<Routine>, now: Date): Routine {
  return {...routine, ...changes, updatedAt: now.toISOString()};
}

/** A routine step made from a library step (its label and minutes, linked by `stepId`). */
function fromLibrary(steps: readonly RoutineStep[], step: LibraryStep): RoutineStep {
  return {id: uniqueStepId(steps, step.id), stepId: step.id, label: step.label, minutes: step.minutes};
}

/**
 * Replaces the steps with those of `template` and links it, keeping the routine's id. A name
 * or start time the parent already gave stays; otherwise the template's are used.
 */
export function applyTemplate(
  routine: Routine,
  template: RoutineTemplate,
  library: readonly LibraryStep[],
  now = new Date(),
): Routine {
  const steps: RoutineStep[] = [];
  for (const id of template.stepIds) {
    const step = library.find((s) => s.id === id);
    // A template has at most 20 steps (schema), well under the routine limit.
    if (step) steps.push(fromLibrary(steps, step));
  }
  const startTime = routine.startTime ?? template.startTime;
  const next = touch(routine, {name: routine.name || template.name, templateId: template.id, steps}, now);
  if (startTime) next.startTime = startTime;
  return next;
}

/** Adds a library step, or a custom `{label, minutes, note?}`, at `index` (default: the end). */
export function addStep(
  routine: Routine,
  step: LibraryStep | Omit<RoutineStep, 'id' | 'stepId'>,
  index = routine.steps.length,
  now = new Date(),
): Routine {
  if (routine.steps.length >= MAX_ROUTINE_STEPS) return routine;
  const added: RoutineStep =
    'category' in step ? fromLibrary(routine.steps, step) : {...step, id: uniqueStepId(routine.steps)};
  return insertAt(routine, added, index, now);
}

function insertAt(routine: Routine, step: RoutineStep, index: number, now: Date): Routine {
  const steps = [...routine.steps];
  steps.splice(clamp(index, 0, steps.length), 0, step);
  return touch(routine, {steps}, now);
}

/** Removes the step with `id`. */
export function removeStep(routine: Routine, id: string, now = new Date()): Routine {
  const steps = routine.steps.filter((step) => step.id !== id);
  return steps.length === routine.steps.length ? routine : touch(routine, {steps}, now);
}

/**
 * Puts a removed step back at `index` (undo). It keeps its id unless a newer step has taken
 * it meanwhile, in which case it gets a fresh one, so ids stay unique.
 */
export function restoreStep(routine: Routine, step: RoutineStep, index: number, now = new Date()): Routine {
  if (routine.steps.length >= MAX_ROUTINE_STEPS) return routine;
  const clash = routine.steps.some((s) => s.id === step.id);
  return insertAt(routine, clash ? {...step, id: uniqueStepId(routine.steps, step.stepId)} : step, index, now);
}

/** Moves the step with `id` so that it ends up at `to` (clamped to the list). */
export function moveStep(routine: Routine, id: string, to: number, now = new Date()): Routine {
  const from = routine.steps.findIndex((step) => step.id === id);
  const target = clamp(to, 0, routine.steps.length - 1);
  if (from < 0 || from === target) return routine;
  const steps = [...routine.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(target, 0, step);
  return touch(routine, {steps}, now);
}

/**
 * The pack's crying words when `routine` was made from a template marked `crying` (its steps may
 * since have changed: it is still the routine a parent reaches for when the baby will not settle),
 * or undefined for any other routine.
 */
export function cryingWordsFor(words: RoutineContent, routine: Routine): CryingWords | undefined {
  const template = words.templates.find((t) => t.id === routine.templateId);
  return template?.crying ? words.crying : undefined;
}

/** Changes a step's label, minutes or note. Invalid minutes are ignored. */
export function editStep(routine: Routine, id: string, edit: StepEdit, now = new Date()): Routine {
  let changed = false;
  const steps = routine.steps.map((step) => {
    if (step.id !== id) return step;
    const next = {...step};
    if (edit.label !== undefined) next.label = edit.label;
    if (edit.minutes !== undefined && isValidMinutes(edit.minutes)) next.minutes = edit.minutes;
    if (edit.note !== undefined) {
      if (edit.note) next.note = edit.note;
      else delete next.note;
    }
    changed = next.label !== step.label || next.minutes !== step.minutes || next.note !== step.note;
    return changed ? next : step;
  });
  return changed ? touch(routine, {steps}, now) : routine;
}

/** Renames the routine. */
export function renameRoutine(routine: Routine, name: string, now = new Date()): Routine {
  return name === routine.name ? routine : touch(routine, {name}, now);
}

/** Sets the start time ("HH:MM", 24-hour) or, with an empty value, removes it. */
export function setStartTime(routine: Routine, time: string | undefined, now = new Date()): Routine {
  if ((time || undefined) === routine.startTime) return routine;
  if (time && parseClock(time) === undefined) return routine;
  const {startTime: _old, ...rest} = routine;
  return touch(time ? {...rest, startTime: time} : rest, {}, now);
}

export interface Schedule {
  /** Total minutes of every step. */
  total: number;
  /** Each step's start as minutes after midnight (0–1439), when a start time is set. */
  starts?: number[];
  /** When the last step ends, minutes after midnight, when a start time is set. */
  end?: number;
}

/** Each step's start and the end, wrapping past midnight. */
export function schedule(routine: Routine): Schedule {
  const start = parseClock(routine.startTime ?? '');
  let total = 0;
  const starts = routine.steps.map((step) => {
    const at = total;
    total += step.minutes;
    return at;
  });
  if (start === undefined) return {total};
  return {total, starts: starts.map((at) => (start + at) % DAY), end: (start + total) % DAY};
}

/**
 * A duration through the pack's strings, in its language: "45 min", or "1 h 5 min" from an
 * hour on. The minutes pick the plural form under an hour, the hours from an hour on.
 */
export function formatDuration(
  minutes: number,
  strings: {durationMinutes: CountMessage; durationHours: CountMessage},
  locale: string,
): string {
  return minutes < 60
    ? formatMessage(locale, strings.durationMinutes, {minutes}, 'minutes')
    : formatMessage(locale, strings.durationHours, {hours: Math.floor(minutes / 60), minutes: minutes % 60}, 'hours');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
