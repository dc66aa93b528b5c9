// The pure routine module: operations, schedule and formatting, with property-based tests.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  addStep,
  applyTemplate,
  createRoutine,
  cryingWordsFor,
  editStep,
  formatDuration,
  isValidMinutes,
  moveStep,
  removeStep,
  renameRoutine,
  restoreStep,
  schedule,
  setStartTime,
  uniqueStepId,
} from '../src/routine-planner/routine.js';
import {formatClock, parseClock, readTypedTime} from '../src/routine-planner/clock.js';
import {parseContentPack, parseRoutine} from '../src/schema/parse.js';
import {packNames, packs} from '../src/packs/index.js';
import type {PackWith} from '../src/schema/content.js';
import type {RoutineReminder} from '../src/schema/routine.js';
import {clonePack} from '../fixtures/index.js';
import {RoutineSchema, type Routine, type RoutineStep} from '../src/schema/routine-data.js';
import {MAX_ROUTINE_STEPS} from '../src/model/routine-limits.js';
import {routine as words} from '../src/content/en-GB-england/routine.js';

const now = new Date('2026-11-27T18:00:00.000Z');
const later = new Date('2026-11-27T18:05:00.000Z');
const {library, templates, ui} = words;
const libraryStep = (id: string) => library.find((s) => s.id === id)!;
const template = (id: string) => templates.find((t) => t.id === id)!;

/** A routine with custom steps of the given minutes, labelled A, B, C… */
function routineOf(minutes: number[], startTime?: string): Routine {
  let routine = createRoutine(now);
  minutes.forEach((m, i) => {
    routine = addStep(routine, {label: String.fromCharCode(65 + i), minutes: m}, undefined, now);
  });
  return startTime ? setStartTime(routine, startTime, now) : routine;
}
const labels = (routine: Routine) => routine.steps.map((s) => s.label);

describe('routine (pure module)', () => {
  describe('creating', () => {
    it('creates an empty routine with a valid id and the given time', () => {
      const routine = createRoutine(now);
      expect(routine).to.deep.equal({
        id: `routine-${now.getTime().toString(36)}`,
        name: '',
        steps: [],
        updatedAt: now.toISOString(),
      });
      expect(RoutineSchema.safeParse(routine).success).to.be.true;
    });

    it('builds a routine from a template: library labels and minutes, linked by stepId, keeping the routine id', () => {
      const empty = createRoutine(now);
      const routine = applyTemplate(empty, template('bedtime'), library, later);
      expect(routine.id).to.equal(empty.id);
      expect(routine.name).to.equal('Bedtime wind-down');
      expect(routine.templateId).to.equal('bedtime');
      expect(routine.startTime).to.equal('18:30');
      expect(routine.updatedAt).to.equal(later.toISOString());
      expect(routine.steps.map((s) => s.stepId)).to.deep.equal(template('bedtime').stepIds);
      expect(routine.steps[1]).to.deep.equal({id: 'bath-1', stepId: 'bath', label: 'Warm bath', minutes: 10});
      expect(RoutineSchema.safeParse(routine).success).to.be.true;
    });

    it('keeps a name and start time the parent already chose when a template is applied', () => {
      const named = setStartTime(renameRoutine(createRoutine(now), 'Our evenings', now), '19:00', now);
      const routine = applyTemplate(named, template('bedtime'), library, now);
      expect(routine.name).to.equal('Our evenings');
      expect(routine.startTime).to.equal('19:00');
      expect(applyTemplate(createRoutine(now), template('nap'), library, now)).to.not.have.property('startTime');
    });

    it('gives a repeated library step a different id each time', () => {
      let routine = createRoutine(now);
      for (let i = 0; i < 3; i++) routine = addStep(routine, libraryStep('cuddle'), undefined, now);
      expect(routine.steps.map((s) => s.id)).to.deep.equal(['cuddle-1', 'cuddle-2', 'cuddle-3']);
      expect(uniqueStepId(routine.steps, 'cuddle')).to.equal('cuddle-4');
      expect(uniqueStepId([], 'x'.repeat(100))).to.have.length.at.most(64);
    });
  });

  describe('editing', () => {
    it('adds at an index, at the end by default, and stops at the step limit', () => {
      const routine = addStep(routineOf([5, 5]), {label: 'Z', minutes: 3}, 1, later);
      expect(labels(routine)).to.deep.equal(['A', 'Z', 'B']);
      expect(routine.updatedAt).to.equal(later.toISOString());
      const full = routineOf(Array.from({length: MAX_ROUTINE_STEPS}, () => 1));
      expect(addStep(full, {label: 'one more', minutes: 1})).to.equal(full);
    });

    it('moves a step to an index, clamps past the ends, and returns the same routine when nothing moves', () => {
      const routine = routineOf([1, 2, 3, 4]);
      const [a, , c] = routine.steps;
      expect(labels(moveStep(routine, c.id, 0, now))).to.deep.equal(['C', 'A', 'B', 'D']);
      expect(labels(moveStep(routine, a.id, 2, now))).to.deep.equal(['B', 'C', 'A', 'D']);
      expect(labels(moveStep(routine, a.id, 99, now))).to.deep.equal(['B', 'C', 'D', 'A']);
      expect(labels(moveStep(routine, c.id, -5, now))).to.deep.equal(['C', 'A', 'B', 'D']);
      expect(moveStep(routine, a.id, 0, now)).to.equal(routine);
      expect(moveStep(routine, 'nope', 1, now)).to.equal(routine);
    });

    it('removes a step and puts it back at the same position with the same id (undo)', () => {
      const routine = routineOf([1, 2, 3]);
      const b = routine.steps[1];
      const removed = removeStep(routine, b.id, now);
      expect(labels(removed)).to.deep.equal(['A', 'C']);
      const restored = restoreStep(removed, b, 1, later);
      expect(restored.steps).to.deep.equal(routine.steps);
      expect(restored.updatedAt).to.equal(later.toISOString());
      expect(removeStep(routine, 'nope', now)).to.equal(routine);
    });

    it('gives a restored step a fresh id if a newer step took its id meanwhile', () => {
      const routine = addStep(createRoutine(now), libraryStep('bath'), undefined, now);
      const bath = routine.steps[0];
      const again = addStep(removeStep(routine, bath.id, now), libraryStep('bath'), undefined, now);
      expect(again.steps[0].id).to.equal(bath.id);
      const restored = restoreStep(again, bath, 0, now);
      expect(restored.steps.map((s) => s.id)).to.deep.equal(['bath-2', 'bath-1']);
    });

    it('edits label, minutes and note; an empty note is removed; invalid minutes and no-ops change nothing', () => {
      const routine = routineOf([10]);
      const id = routine.steps[0].id;
      const edited = editStep(routine, id, {label: 'Bath 🛁', minutes: 12, note: 'Warm, not hot'}, later);
      expect(edited.steps[0]).to.deep.equal({id, label: 'Bath 🛁', minutes: 12, note: 'Warm, not hot'});
      expect(edited.updatedAt).to.equal(later.toISOString());
      expect(editStep(edited, id, {note: ''}, now).steps[0]).to.not.have.property('note');
      for (const minutes of [0, -1, 121, 2.5, Number.NaN])
        expect(editStep(routine, id, {minutes}, now)).to.equal(routine);
      expect(editStep(routine, id, {label: 'A'}, now)).to.equal(routine);
    });

    it('renames and sets or clears the start time, ignoring times that are not HH:MM', () => {
      const routine = createRoutine(now);
      expect(renameRoutine(routine, 'Bedtime', now).name).to.equal('Bedtime');
      expect(renameRoutine(routine, '', now)).to.equal(routine);
      const timed = setStartTime(routine, '18:45', now);
      expect(timed.startTime).to.equal('18:45');
      expect(setStartTime(timed, '', now)).to.not.have.property('startTime');
      expect(setStartTime(timed, '18:45', now)).to.equal(timed);
      for (const bad of ['24:00', '7:5', '18:45:00', 'soon']) expect(setStartTime(routine, bad, now)).to.equal(routine);
      expect(setStartTime(routine, '00:00', now).startTime, 'midnight is a real time').to.equal('00:00');
    });

    it('never changes the routine it was given', () => {
      const routine = routineOf([5, 10, 15], '18:00');
      const frozen = structuredClone(routine);
      const id = routine.steps[1].id;
      moveStep(routine, id, 0);
      removeStep(routine, id);
      editStep(routine, id, {label: 'x', note: 'y'});
      renameRoutine(routine, 'z');
      setStartTime(routine, '07:00');
      addStep(routine, libraryStep('feed'), 0);
      expect(routine).to.deep.equal(frozen);
    });
  });

  describe('schedule and formatting', () => {
    it('gives each step its start, the total and the end, wrapping past midnight', () => {
      const {total, starts, end} = schedule(routineOf([20, 20, 30], '23:30'));
      expect(total).to.equal(70);
      // The pack's locale's short time (as everywhere the planner shows a time).
      expect(starts!.map((m) => formatClock(m, 'en-GB'))).to.deep.equal(['23:30', '23:50', '00:10']);
      expect(formatClock(end!, 'en-GB')).to.equal('00:40');
      expect(formatClock(18 * 60 + 30, 'en-US').replace(/\s/g, ' ')).to.equal('6:30 PM');
    });

    it('has a total but no clock times without a start time', () => {
      expect(schedule(routineOf([5, 60]))).to.deep.equal({total: 65});
      expect(schedule(createRoutine(now))).to.deep.equal({total: 0});
    });

    it('formats clock times in the locale: 24-hour for en-GB and cy-GB, 12-hour for en-US', () => {
      const evening = parseClock('18:45')!;
      expect(evening).to.equal(18 * 60 + 45);
      expect(formatClock(evening, 'en-GB')).to.equal('18:45');
      expect(formatClock(7 * 60 + 5, 'en-GB')).to.equal('07:05');
      expect(formatClock(evening, 'cy-GB')).to.equal('18:45');
      expect(formatClock(evening, 'en-US').replace(/\s/g, ' ')).to.equal('6:45 PM');
      expect(formatClock(0, 'en-US').replace(/\s/g, ' ')).to.equal('12:00 AM');
    });

    it("formats durations with the pack's strings", () => {
      expect(formatDuration(45, ui, 'en-GB')).to.equal('45 min');
      expect(formatDuration(65, ui, 'en-GB')).to.equal('1 h 5 min');
      expect(formatDuration(120, ui, 'en-GB')).to.equal('2 h 0 min');
      expect(
        formatDuration(65, {durationMinutes: '{minutes} munud', durationHours: '{hours} awr {minutes} munud'}, 'cy'),
      ).to.equal('1 awr 5 munud');
    });

    it("picks the plural form by the hours or minutes, and writes numbers in the pack's language", () => {
      const forms = {
        durationMinutes: {one: '{minutes} minute', other: '{minutes} minutes'},
        durationHours: {one: '{hours} hour {minutes} min', other: '{hours} hours {minutes} min'},
      };
      expect(formatDuration(1, forms, 'en-GB')).to.equal('1 minute');
      expect(formatDuration(45, forms, 'en-GB')).to.equal('45 minutes');
      expect(formatDuration(61, forms, 'en-GB')).to.equal('1 hour 1 min');
      expect(formatDuration(120, forms, 'en-GB')).to.equal('2 hours 0 min');
      expect(formatDuration(45, {durationMinutes: '{minutes} min', durationHours: '{hours} h'}, 'ar-EG')).to.equal(
        '٤٥ min',
      );
    });

    it('checks minutes: whole numbers from 1 to 120', () => {
      expect([1, 60, 120].every(isValidMinutes)).to.be.true;
      expect([0, 121, -3, 1.5, Number.NaN, Infinity].some(isValidMinutes)).to.be.false;
    });
  });

  describe('properties (fast-check)', () => {
    // What a parent can type into a one-line field: any text but line breaks (inputs drop them).
    const text = fc.string({unit: 'binary', maxLength: 40}).map((t) => t.replace(/[\r\n]/g, ''));
    const minutes = fc.integer({min: 1, max: 120});
    const clock = fc
      .tuple(fc.integer({min: 0, max: 23}), fc.integer({min: 0, max: 59}))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const position = fc.nat({max: 45});

    type Op = (routine: Routine, removed: {step: RoutineStep; index: number}[], at: Date) => Routine;
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.tuple(fc.constantFrom(...library), position).map(
        ([step, index]): Op =>
          (r, _, at) =>
            addStep(r, step, index, at),
      ),
      fc.tuple(text, minutes, position).map(
        ([label, m, index]): Op =>
          (r, _, at) =>
            addStep(r, {label, minutes: m}, index, at),
      ),
      position.map((i): Op => (r, removed, at) => {
        const step = r.steps[i % Math.max(1, r.steps.length)];
        if (step) removed.push({step, index: r.steps.indexOf(step)});
        return step ? removeStep(r, step.id, at) : r;
      }),
      fc.constant<Op>((r, removed, at) => {
        const last = removed.pop();
        return last ? restoreStep(r, last.step, last.index, at) : r;
      }),
      fc.tuple(position, position).map(
        ([i, to]): Op =>
          (r, _, at) =>
            r.steps.length ? moveStep(r, r.steps[i % r.steps.length].id, to, at) : r,
      ),
      fc.tuple(position, fc.record({label: text, minutes, note: text}, {requiredKeys: []})).map(
        ([i, edit]): Op =>
          (r, _, at) =>
            r.steps.length ? editStep(r, r.steps[i % r.steps.length].id, edit, at) : r,
      ),
      text.map(
        (name): Op =>
          (r, _, at) =>
            renameRoutine(r, name, at),
      ),
      fc.option(clock).map(
        (time): Op =>
          (r, _, at) =>
            setStartTime(r, time ?? undefined, at),
      ),
      fc.constantFrom(...templates).map(
        (t): Op =>
          (r, _, at) =>
            r.steps.length ? r : applyTemplate(r, t, library, at),
      ),
    );

    /** Runs `ops` from an empty routine; calls `check` after each one. */
    function run(ops: Op[], check: (routine: Routine) => void): Routine {
      let routine = createRoutine(now);
      const removed: {step: RoutineStep; index: number}[] = [];
      ops.forEach((apply, i) => {
        routine = apply(routine, removed, new Date(now.getTime() + (i + 1) * 1000));
        check(routine);
      });
      return routine;
    }

    it('any sequence of operations keeps step ids unique and the routine valid', () => {
      fc.assert(
        fc.property(fc.array(op, {maxLength: 60}), (ops) => {
          run(ops, (routine) => {
            const ids = routine.steps.map((s) => s.id);
            expect(new Set(ids).size, ids.join()).to.equal(ids.length);
            expect(routine.steps.length).to.be.at.most(MAX_ROUTINE_STEPS);
            const parsed = RoutineSchema.safeParse(routine);
            expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
          });
        }),
        {numRuns: 300},
      );
    });

    it('the total always equals the sum of the steps, and clock times follow each other across midnight', () => {
      fc.assert(
        fc.property(fc.array(op, {maxLength: 40}), clock, (ops, start) => {
          const routine = setStartTime(
            run(ops, () => undefined),
            start,
            now,
          );
          const {total, starts, end} = schedule(routine);
          expect(total).to.equal(routine.steps.reduce((sum, s) => sum + s.minutes, 0));
          expect(starts).to.have.length(routine.steps.length);
          let expected = parseClock(start)!;
          routine.steps.forEach((step, i) => {
            expect(starts![i]).to.equal(expected);
            expect(starts![i]).to.be.within(0, 1439);
            expected = (expected + step.minutes) % 1440;
          });
          expect(end).to.equal(expected);
          expect(end).to.equal((parseClock(start)! + total) % 1440);
        }),
        {numRuns: 200},
      );
    });

    it('clock times read back as the same minute of the day in 24-hour and 12-hour locales', () => {
      fc.assert(
        fc.property(fc.integer({min: 0, max: 1439}), (minute) => {
          const gb = formatClock(minute, 'en-GB');
          // The short time of en-GB is "HH:MM", the format a routine saves.
          expect(gb).to.match(/^\d\d:\d\d$/);
          expect(parseClock(gb)).to.equal(minute);
          const us = /^(\d{1,2}):(\d\d)\s(AM|PM)$/.exec(formatClock(minute, 'en-US'))!;
          expect(us, formatClock(minute, 'en-US')).to.not.equal(null);
          expect(((Number(us[1]) % 12) + (us[3] === 'PM' ? 12 : 0)) * 60 + Number(us[2])).to.equal(minute);
        }),
        {numRuns: 300},
      );
    });

    it('reads back every time it writes: the shipped locales, 12-hour ones, other digits and words for am and pm', () => {
      const locales = ['en-GB', 'cy', 'en-US', 'ar', 'ur', 'fa', 'bn', 'hi', 'ko', 'zh-TW', 'so', 'es'];
      fc.assert(
        fc.property(fc.integer({min: 0, max: 1439}), fc.constantFrom(...locales), (minute, locale) => {
          const time = readTypedTime(formatClock(minute, locale), locale)!;
          expect(parseClock(time), `${locale} ${formatClock(minute, locale)}`).to.equal(minute);
        }),
        {numRuns: 300},
      );
    });

    it('reads the times a parent types, and nothing else', () => {
      const evening = ['18:30', '1830', '18.30', '18h30', ' 18:30 ', '6:30pm', '6.30 PM', '6:30 p.m.', '6:30yh'];
      for (const typed of evening) expect(readTypedTime(typed), typed).to.equal('18:30');
      expect(readTypedTime('6pm')).to.equal('18:00');
      expect(readTypedTime('7')).to.equal('07:00');
      expect(readTypedTime('705')).to.equal('07:05');
      expect(readTypedTime('12am')).to.equal('00:00');
      expect(readTypedTime('12 pm')).to.equal('12:00');
      expect(readTypedTime('6:30 yb')).to.equal('06:30');
      expect(readTypedTime('6:30 yp'), 'y prynhawn').to.equal('18:30');
      expect(readTypedTime('18h')).to.equal('18:00');
      expect(readTypedTime('１８：３０'), 'full-width, from a Japanese keyboard').to.equal('18:30');
      expect(readTypedTime('٦:٣٠ م', 'ar'), 'Arabic-Indic digits and Arabic pm').to.equal('18:30');
      expect(readTypedTime('۱۸:۳۰', 'fa')).to.equal('18:30');
      expect(readTypedTime('오후 6:30', 'ko'), 'pm first').to.equal('18:30');
      expect(readTypedTime(''), 'an empty field is no start time').to.equal('');
      expect(readTypedTime('   ')).to.equal('');
      for (const junk of [
        '24:00',
        '18:60',
        '13pm',
        '0am',
        '7:5',
        '18:45:00',
        'soon',
        '6:30 xm',
        '12345',
        '-1:00',
        'at 6pm',
        '6-30',
        '6:30pmpm',
      ])
        expect(readTypedTime(junk), junk).to.equal(undefined);
    });

    it('event → restore is the identity: a routine sent as JSON and checked again is exactly the same', () => {
      fc.assert(
        fc.property(fc.array(op, {maxLength: 40}), (ops) => {
          const routine = run(ops, () => undefined);
          const detail = JSON.parse(JSON.stringify({schemaVersion: 1, routine, reason: 'edit-step'}));
          const restored = parseRoutine(detail.routine);
          expect(restored.ok).to.be.true;
          if (restored.ok) expect(restored.value).to.deep.equal(routine);
        }),
        {numRuns: 200},
      );
    });
  });
});

describe('a crying routine (pure module and pack)', () => {
  /** Every link of a list of advice: its words and where it goes. */
  const linksOf = (items: readonly RoutineReminder[]) =>
    items.flatMap((item) => (item.actions ?? []).map((action) => `${action.label} → ${action.href}`));
  /** The issues a pack is refused with, as "path: message". */
  const issuesOf = (pack: unknown) => {
    const result = parseContentPack(pack);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('knows a crying routine by the template it came from, after edits too; any other routine has no crying words', () => {
    const crying = applyTemplate(createRoutine(now), template('crying'), library, now);
    expect(cryingWordsFor(words, crying)).to.equal(words.crying);
    const edited = removeStep(
      moveStep(renameRoutine(crying, 'Evenings', later), crying.steps[0].id, 3, later),
      'shush-1',
    );
    expect(cryingWordsFor(words, edited), 'still the routine reached for when the baby will not settle').to.equal(
      words.crying,
    );
    expect(cryingWordsFor(words, applyTemplate(createRoutine(now), template('bedtime'), library, now))).to.equal(
      undefined,
    );
    expect(cryingWordsFor(words, routineOf([5, 10]))).to.equal(undefined);
    const unmarked = {...words, templates: templates.map((t) => ({...t, crying: undefined}))};
    expect(cryingWordsFor(unmarked, crying), 'the pack decides, not the id').to.equal(undefined);
  });

  it('every ready pack: the crying idea is marked, its words are there, and the 999 and 111 advice are tel: links (Northern Ireland: GP out of hours, no 111)', () => {
    for (const name of packNames) {
      const pack = packs[name] as PackWith<'routine'>;
      const routine = pack.routine;
      expect(
        routine.templates.filter((t) => t.crying).map((t) => t.id),
        name,
      ).to.deep.equal(['crying']);
      const crying = routine.crying!;
      expect(crying.breakSteps.length, name).to.be.at.least(4);
      const advice = [...linksOf(routine.reminders.items), ...linksOf(crying.stillCrying.items)];
      const call999 = name === 'cy-GB-wales' ? 'Ffoniwch 999 → tel:999' : 'Call 999 → tel:999';
      const call111 = name === 'cy-GB-wales' ? 'Ffoniwch 111 → tel:111' : 'Call 111 → tel:111';
      expect(
        advice.filter((link) => link === call999),
        name,
      ).to.have.length(2);
      if (name === 'en-GB-northern-ireland') {
        expect(JSON.stringify(routine), name).to.not.match(/\b111\b/);
        expect(advice.filter((link) => link === 'GP out of hours → https://gpoutofhours.hscni.net/')).to.have.length(2);
      } else
        expect(
          advice.filter((link) => link === call111),
          name,
        ).to.have.length(2);
      // Every link is one the pack's help card already gives (and docs/contacts.md lists).
      const help = Object.values(pack.help.levels).flatMap((level) => level.actions.map((a) => a.href));
      for (const link of advice) expect(help, `${name}: ${link}`).to.include(link.split(' → ')[1]);
    }
    // The Welsh words are Welsh, not England's left in place.
    const welsh = (packs['cy-GB-wales'] as PackWith<'routine'>).routine.crying!;
    const english = words.crying!;
    for (const key of ['heading', 'text', 'takeBreak', 'breakHeading'] as const)
      expect(welsh[key], key).to.not.equal(english[key]);
    expect(welsh.stillCrying.items.map((i) => i.text)).to.not.include.members(
      english.stillCrying.items.map((i) => i.text),
    );
  });

  it('refuses a reminder link whose words name another number, a link that is not tel:, sms: or https:, and a crying template without its words', () => {
    const pack = clonePack();
    pack.routine.reminders.items[0].actions = [{id: 'call', label: 'Call 999', href: 'tel:111', kind: 'call'}];
    pack.routine.crying!.stillCrying.items[0].actions = [
      {id: 'web', label: 'Find out more', href: 'javascript:alert(1)', kind: 'link'},
    ];
    expect(issuesOf(pack)).to.have.length(2);
    expect(issuesOf(pack)[0]).to.match(/^routine\.crying\.stillCrying\.items\.0\.actions\.0\.href: /);
    pack.routine.crying!.stillCrying.items[0].actions = [
      {id: 'web', label: 'Find out more', href: 'https://www.nhs.uk/', kind: 'link'},
    ];
    expect(issuesOf(pack)).to.deep.equal([
      "routine.reminders.items.0.actions.0.label: This action's words name 999 but its link dials 111. Make them the same number.",
    ]);
    pack.routine.reminders.items[0].actions = [
      {id: 'call', label: 'Call 09012 345678', href: 'tel:09012345678', kind: 'call'},
    ];
    expect(issuesOf(pack).join()).to.match(/Premium-rate/);
    pack.routine.reminders.items[0].actions = undefined;
    delete pack.routine.crying;
    expect(issuesOf(pack)).to.deep.equal([
      'routine.templates.3.crying: There is no "crying" section for the crying template "crying": add its safe-break words.',
    ]);
    pack.routine.templates[3].crying = false;
    expect(issuesOf(pack), 'a pack with no crying idea needs no crying words').to.deep.equal([]);
  });
});
