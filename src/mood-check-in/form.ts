/**
 * The check-in as a form field: its value and its validity, from the same `firstProblem` that
 * Next and Finish use. A host form may only send a finished check-in: the parent must have seen
 * the result (and any urgent help) before it goes, so a worrying answer is never sent unseen.
 */
import type {CheckInResponse} from '../schema/check-in-data.js';
import type {PackWith} from '../schema/content.js';
import {firstProblem, toDraft, type CheckInProblem, type CheckInState} from './draft.js';
import {noteTooLong} from './steps.js';

/** The control a problem is about: focused when it is shown, and the anchor of a form's message. */
export function controlOf(problem: CheckInProblem): string {
  if (problem.step === 'mood') return '[name=mood]';
  if (problem.step === 'questions') return `[name="q-${problem.questionId}"]`;
  return 'textarea';
}

/** Tells a surrounding form the value and whether it may submit. `root` may not exist yet. */
export function syncForm(
  internals: ElementInternals,
  root: ShadowRoot | null,
  state: CheckInState,
  pack: PackWith<'checkIn'>,
  response: CheckInResponse | undefined,
  now: string,
): void {
  const ui = pack.checkIn.ui;
  const find = (selector: string) => root?.querySelector<HTMLElement>(selector) ?? undefined;
  // The same `{ schemaVersion, response }` as the submit event: a server validates both alike.
  internals.setFormValue(
    response ? JSON.stringify({schemaVersion: 1, response}) : null,
    JSON.stringify(toDraft(state, pack, now)),
  );
  const problem = firstProblem(state, pack.checkIn);
  if (problem?.step === 'mood') {
    internals.setValidity({valueMissing: true}, ui.moodRequired, find(controlOf(problem)));
  } else if (response) {
    internals.setValidity({});
  } else if (problem?.step === 'note') {
    internals.setValidity({tooLong: true}, noteTooLong(pack, problem.over), find(controlOf(problem)));
  } else {
    internals.setValidity({customError: true}, ui.finishFirst, find('.nav .button'));
  }
}

/** The draft the browser kept for the form (back/forward, autofill), or undefined if it is not one we saved. */
export function savedDraft(state: unknown): unknown {
  try {
    return JSON.parse(String(state));
  } catch {
    return undefined;
  }
}
