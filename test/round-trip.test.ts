/**
 * Property-based round trips: any valid check-in draft or routine set on a fresh
 * element comes back unchanged from `draft` / `routine`, fires no change event and no content
 * error, and shows the same state; and what a change event carries restores the same screen.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../src/mood-check-in.js';
import '../src/routine-planner.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import type {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {AttuneCheckInChangeEvent, AttuneRoutineChangeEvent} from '../src/core/events.js';
import {
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_ROUTINE_STEPS,
  MAX_STEP_MINUTES,
  MIN_STEP_MINUTES,
  checkInSteps,
  defaultContent,
  type CheckInDraft,
  type CheckInStep,
  type Routine,
} from '../src/schema/index.js';
import {recordEvents, textOf} from './helpers/events.js';
import {checkedLabels, legendOf, wordOf} from './helpers/check-in.js';

const checkIn = defaultContent.checkIn!;
const routineWords = defaultContent.routine!;
const RUNS = 100;

// ---- arbitraries --------------------------------------------------------------------

/** Any unicode text (short, or long up to the limit) of at most `max` UTF-16 code units (the schemas count code units), never splitting a pair. */
const userText = (max: number) =>
  fc
    .oneof(fc.string({unit: 'binary', maxLength: max}), fc.string({unit: 'grapheme', maxLength: max, size: 'max'}))
    .map((s) => {
      let out = '';
      for (const ch of s) {
        if (out.length + ch.length > max) break;
        out += ch;
      }
      return out;
    });

/** Text typed into a one-line field: the routine schema refuses line breaks there (inputs drop them). */
const oneLineText = (max: number) => userText(max).map((text) => text.replace(/[\r\n]/g, ''));

const isoDateTime = fc
  .date({min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2100-12-31T23:59:59.999Z'), noInvalidDate: true})
  .map((d) => d.toISOString());

const id = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/);

/** A valid draft for the default pack: real ids, one answer at most per question, in question order. */
const draftArb: fc.Arbitrary<CheckInDraft> = fc.record(
  {
    contentId: fc.constant(defaultContent.id),
    contentVersion: fc.constant(defaultContent.version),
    step: fc.constantFrom(...checkInSteps),
    startedAt: isoDateTime,
    mood: fc.constantFrom(...checkIn.mood.options.map((o) => ({value: o.value, optionId: o.id}))),
    feelings: fc.shuffledSubarray(checkIn.feelings.options.map((f) => f.id)),
    answers: fc
      .tuple(
        ...checkIn.questions.items.map((q) =>
          fc.option(fc.constantFrom(...q.options.map((o) => o.id)), {nil: undefined}),
        ),
      )
      .map((chosen) =>
        checkIn.questions.items.flatMap((q, i) =>
          chosen[i] === undefined ? [] : [{questionId: q.id, optionId: chosen[i]}],
        ),
      ),
    note: userText(checkIn.note.maxLength),
  },
  {requiredKeys: ['contentId', 'contentVersion', 'step', 'startedAt', 'feelings', 'answers', 'note']},
);

const clockTime = fc
  .tuple(fc.integer({min: 0, max: 23}), fc.integer({min: 0, max: 59}))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const stepArb = fc.record(
  {
    id,
    stepId: fc.constantFrom(...routineWords.library.map((s) => s.id)),
    label: oneLineText(MAX_LABEL_LENGTH),
    minutes: fc.integer({min: MIN_STEP_MINUTES, max: MAX_STEP_MINUTES}),
    note: oneLineText(MAX_NOTE_LENGTH),
  },
  {requiredKeys: ['id', 'label', 'minutes']},
);

const routineArb: fc.Arbitrary<Routine> = fc.record(
  {
    id,
    name: oneLineText(MAX_NAME_LENGTH),
    templateId: fc.constantFrom(...routineWords.templates.map((t) => t.id)),
    startTime: clockTime,
    steps: fc.uniqueArray(stepArb, {selector: (s) => s.id, maxLength: MAX_ROUTINE_STEPS}),
    updatedAt: isoDateTime,
  },
  {requiredKeys: ['id', 'name', 'steps', 'updatedAt']},
);

// ---- elements -------------------------------------------------------------------------

const host = () => document.body;

/** A fresh element in the page, with recorders for its change and content-error events. */
function fresh<E extends HTMLElement>(tag: string, changeType: string) {
  const el = document.createElement(tag) as E;
  const changes = recordEvents(el, changeType);
  const errors = recordEvents(el, 'attune-content-error');
  host().append(el);
  return {el, changes, errors};
}

const sr = (el: HTMLElement) => el.shadowRoot!;

/** What the legend of each step says in the default pack. */
const stepWords: Record<CheckInStep, string> = {
  mood: checkIn.mood.legend,
  feelings: checkIn.feelings.legend,
  questions: checkIn.questions.legend,
  note: checkIn.note.label,
  review: checkIn.ui.reviewLegend,
};

/** What the parent should see of a draft's answers on its step (the review is checked by its legend). */
function expectedChecked(draft: CheckInDraft): string[] | undefined {
  switch (draft.step) {
    case 'mood':
      return draft.mood ? [checkIn.mood.options.find((o) => o.id === draft.mood!.optionId)!.label] : [];
    case 'feelings':
      return checkIn.feelings.options.filter((f) => draft.feelings.includes(f.id)).map((f) => f.label);
    case 'questions':
      return draft.answers.map(
        (a) =>
          checkIn.questions.items.find((q) => q.id === a.questionId)!.options.find((o) => o.id === a.optionId)!.label,
      );
    default:
      return undefined;
  }
}

async function expectShowsDraft(el: AttuneMoodCheckIn, draft: CheckInDraft) {
  const position = checkInSteps.indexOf(draft.step) + 1;
  expect(legendOf(el)).to.equal(`Step ${position} of ${checkInSteps.length} ${stepWords[draft.step]}`);
  const checked = expectedChecked(draft);
  if (checked) expect(checkedLabels(el)).to.deep.equal(checked);
  // A textarea's value reads line breaks as LF (HTML newline normalisation); the draft keeps CR as given.
  if (draft.step === 'note')
    expect(sr(el).querySelector<HTMLTextAreaElement>('textarea')!.value, 'note shown').to.equal(
      draft.note.replace(/\r\n?/g, '\n'),
    );
}

const shownValues = (el: AttuneRoutinePlanner, name: string) =>
  [...sr(el).querySelectorAll<HTMLInputElement>(`li.step input[name=${name}]`)].map((i) => i.value);

// ---- properties -----------------------------------------------------------------------

describe('round trips (property-based)', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('attune-mood-check-in, attune-routine-planner')) el.remove();
  });

  it('check-in: any valid draft set on a fresh element comes back the same, silently, on the same step', async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, async (draft) => {
        const {el, changes, errors} = fresh<AttuneMoodCheckIn>('attune-mood-check-in', 'attune-check-in-change');
        try {
          el.draft = structuredClone(draft);
          await el.updateComplete;
          expect(
            errors.map((e) => (e as CustomEvent).detail),
            'no content error',
          ).to.deep.equal([]);
          expect(changes, 'setting draft fires no change event').to.have.length(0);
          // The generated drafts are already in the normal form (answers in question order, startedAt set).
          expect(el.draft).to.deep.equal(draft);
          await expectShowsDraft(el, draft);
        } finally {
          el.remove();
        }
      }),
      {numRuns: RUNS},
    );
  });

  it('routine: any valid routine set on a fresh planner comes back the same, silently, with its labels in order', async () => {
    await fc.assert(
      fc.asyncProperty(routineArb, async (routine) => {
        const {el, changes, errors} = fresh<AttuneRoutinePlanner>('attune-routine-planner', 'attune-routine-change');
        try {
          el.routine = structuredClone(routine);
          await el.updateComplete;
          expect(
            errors.map((e) => (e as CustomEvent).detail),
            'no content error',
          ).to.deep.equal([]);
          expect(changes, 'setting routine fires no change event').to.have.length(0);
          expect(el.routine).to.deep.equal(routine);
          expect(shownValues(el, 'label')).to.deep.equal(routine.steps.map((s) => s.label));
          expect(shownValues(el, 'note')).to.deep.equal(routine.steps.map((s) => s.note ?? ''));
          expect(sr(el).querySelector<HTMLInputElement>('#name')!.value).to.equal(routine.name);
          expect(sr(el).querySelector<HTMLInputElement>('#start')!.value).to.equal(routine.startTime ?? '');
          expect(shownValues(el, 'minutes')).to.deep.equal(routine.steps.map((s) => String(s.minutes)));
        } finally {
          el.remove();
        }
      }),
      {numRuns: RUNS},
    );
  });

  it('check-in: the draft of a change event (mood chosen, then steps moved) restores the same screen', async () => {
    const moods = checkIn.mood.options.map((o) => o.label);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...moods), fc.integer({min: 0, max: 4}), async (mood, nexts) => {
        const {el, changes} = fresh<AttuneMoodCheckIn>('attune-mood-check-in', 'attune-check-in-change');
        const {
          el: restored,
          changes: restoredChanges,
          errors,
        } = fresh<AttuneMoodCheckIn>('attune-mood-check-in', 'attune-check-in-change');
        try {
          await el.updateComplete;
          [...sr(el).querySelectorAll<HTMLInputElement>('input[name=mood]')].find((i) => wordOf(i) === mood)!.click();
          await el.updateComplete;
          for (let i = 0; i < nexts; i++) {
            const next = [...sr(el).querySelectorAll<HTMLButtonElement>('button')].find(
              (b) => textOf(b) === checkIn.ui.next,
            );
            if (!next) break;
            next.click();
            await el.updateComplete;
          }
          expect(changes.length, 'each edit fires a change event').to.be.greaterThan(0);
          const {draft} = (changes.at(-1) as AttuneCheckInChangeEvent).detail;
          expect(draft.mood?.optionId).to.equal(checkIn.mood.options.find((o) => o.label === mood)!.id);

          restored.draft = structuredClone(draft);
          await restored.updateComplete;
          expect(errors).to.have.length(0);
          expect(restoredChanges).to.have.length(0);
          expect(restored.draft).to.deep.equal(draft);
          expect(restored.draft).to.deep.equal(el.draft);
          expect(legendOf(restored)).to.equal(legendOf(el));
          expect(checkedLabels(restored)).to.deep.equal(checkedLabels(el));
          await expectShowsDraft(restored, draft);
        } finally {
          el.remove();
          restored.remove();
        }
      }),
      {numRuns: 25},
    );
  });

  it('routine: the routine of a change event (a template applied) restores the same planner', async () => {
    const templates = routineWords.templates.map((t) => t.name);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates), async (name) => {
        const {el, changes} = fresh<AttuneRoutinePlanner>('attune-routine-planner', 'attune-routine-change');
        const {
          el: restored,
          changes: restoredChanges,
          errors,
        } = fresh<AttuneRoutinePlanner>('attune-routine-planner', 'attune-routine-change');
        try {
          await el.updateComplete;
          const label = `${routineWords.ui.useTemplate}: ${name}`;
          const button = [...sr(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === label);
          if (!button) throw new Error(`No "${label}" button`);
          button.click();
          await el.updateComplete;
          expect(changes).to.have.length(1);
          const {routine, reason} = (changes[0] as AttuneRoutineChangeEvent).detail;
          expect(reason).to.equal('template');
          expect(routine.steps.length).to.be.greaterThan(0);

          restored.routine = structuredClone(routine);
          await restored.updateComplete;
          expect(errors).to.have.length(0);
          expect(restoredChanges).to.have.length(0);
          expect(restored.routine).to.deep.equal(routine);
          expect(restored.routine).to.deep.equal(el.routine);
          expect(shownValues(restored, 'label')).to.deep.equal(shownValues(el, 'label'));
          expect(shownValues(restored, 'minutes')).to.deep.equal(shownValues(el, 'minutes'));
          expect(sr(restored).querySelector<HTMLInputElement>('#name')!.value).to.equal(
            sr(el).querySelector<HTMLInputElement>('#name')!.value,
          );
          expect(sr(restored).querySelector<HTMLInputElement>('#start')!.value).to.equal(
            sr(el).querySelector<HTMLInputElement>('#start')!.value,
          );
          expect(textOf(sr(restored).querySelector('.total'))).to.equal(textOf(sr(el).querySelector('.total')));
        } finally {
          el.remove();
          restored.remove();
        }
      }),
      {numRuns: 12},
    );
  });
});
