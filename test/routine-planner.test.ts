import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import '../src/routine-planner.js';
import type {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {
  AttuneContentErrorEvent,
  AttuneRoutineChangeEvent,
  AttuneRoutineStepCompleteEvent,
} from '../src/core/events.js';
import {
  RoutineChangeDetailSchema,
  RoutineStepCompleteDetailSchema,
  defaultContent,
  type ContentPack,
  type PackWith,
  type Routine,
  type RoutineReminder,
} from '../src/schema/index.js';
import {packNames, packs} from '../src/packs/index.js';
import {expectAccessible} from './helpers/axe.js';
import {recordEvents, textOf} from './helpers/events.js';
import {themes, useTheme} from './helpers/themes.js';
import {clonePack, hostileRoutine, longRoutine, savedRoutine} from '../fixtures/index.js';
import {$$, $, active, buttonNamed, retype} from './helpers/dom.js';
import {fill} from '../src/core/format.js';
import {
  brokenWords,
  mountPlanner,
  routineFrom,
  setTextSize,
  sidewaysScroll,
  status,
  times,
  toggleOf,
  values,
} from './helpers/routine-planner.js';
import {click, find, mount, settle} from './helpers/stage.js';

const words = defaultContent.routine!;
const ui = words.ui;
const crying = words.crying!;

const saved = savedRoutine;

/** The planner on the shared stage (its harness), with a copy of `routine` and `content`, if given. */
const planner = (routine?: Routine, content?: ContentPack) => mountPlanner({routine, content});

/** Presses Tab until `wanted` holds for the focused element inside the planner. */
async function tabTo(el: AttuneRoutinePlanner, wanted: (focused: HTMLElement) => boolean, what: string, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    const focused = active(el);
    if (focused && wanted(focused)) return focused;
    await sendKeys({press: key});
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Presses `key` while holding `modifier` (the Puppeteer launcher has no "Alt+ArrowUp" shorthand). */
async function chord(modifier: 'Alt' | 'Control', key: string) {
  await sendKeys({down: modifier});
  await sendKeys({press: key});
  await sendKeys({up: modifier});
}

/** Opens a step's fields by pressing its row's button, as a person would; focus goes to its first field. */
async function openStep(el: AttuneRoutinePlanner, id: string) {
  toggleOf(el, id).focus();
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
  expect(toggleOf(el, id).getAttribute('aria-expanded')).to.equal('true');
  expect(active(el)?.id).to.equal(`s-${id}-label`);
}

/** Focuses `input`, replaces its text with `text` and leaves it with Tab, as a person would. */
async function fillIn(el: AttuneRoutinePlanner, input: HTMLInputElement, text: string) {
  input.focus();
  await retype(text);
  await sendKeys({press: 'Tab'});
  await el.updateComplete;
}

/** Everything the parent sees of a routine in edit mode. */
function shownRoutine(el: AttuneRoutinePlanner) {
  return {
    name: $<HTMLInputElement>(el, '#name')!.value,
    start: $<HTMLInputElement>(el, '#start')!.value,
    labels: values(el, 'label'),
    minutes: values(el, 'minutes'),
    notes: values(el, 'note'),
    times: times(el),
    total: textOf($(el, '.total')),
  };
}

describe('<attune-routine-planner>', () => {
  afterEach(async () => {
    await useTheme('default');
    await resetMouse();
  });

  it('keyboard only: builds a five-step routine from an idea, reorders it, edits minutes and a start time; one event per edit; the last event restores the same routine', async () => {
    const el = await planner();
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();

    // Start from "Bath time" (five steps).
    await tabTo(el, (f) => textOf(f) === 'Use this: Bath time', 'the Bath time idea');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(values(el, 'label')).to.deep.equal([
      'Warm bath',
      'Gentle massage',
      'Nappy and sleepsuit',
      'Cuddle and settle',
      'Story or song',
    ]);
    // Focus follows once the new steps are on screen (the frame after the tap).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    expect(active(el), 'focus moves to the steps').to.equal($(el, '.steps-heading'));
    expect(status(el)).to.equal('Bath time added.');

    // Alt+ArrowDown on the first step's row moves it, and focus stays with it.
    await tabTo(el, (f) => f === toggleOf(el, 'bath-1'), 'the Warm bath row');
    await chord('Alt', 'ArrowDown');
    await el.updateComplete;
    expect(values(el, 'label').slice(0, 2)).to.deep.equal(['Gentle massage', 'Warm bath']);
    expect(active(el)).to.equal(toggleOf(el, 'bath-1'));
    expect(status(el)).to.equal('Warm bath moved to position 2 of 5.');

    // "Move up" on the last step, with Enter.
    await tabTo(el, (f) => textOf(f) === 'Move up: Story or song', 'Move up: Story or song');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(values(el, 'label')).to.deep.equal([
      'Gentle massage',
      'Warm bath',
      'Nappy and sleepsuit',
      'Story or song',
      'Cuddle and settle',
    ]);
    expect(textOf(active(el)), 'focus stays on the moved step').to.equal('Move up: Story or song');
    expect(status(el)).to.equal('Story or song moved to position 4 of 5.');

    // Gentle massage: 5 → 40 minutes. Its row opens its fields; nothing is sent until the field is left.
    before.focus();
    await tabTo(el, (f) => f === toggleOf(el, 'massage-1'), 'the massage row');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(active(el)?.id, 'opening a step focuses its first field').to.equal('s-massage-1-label');
    await tabTo(el, (f) => f.id === 's-massage-1-minutes', 'the massage minutes');
    await retype('40');
    expect(events).to.have.length(3);
    await sendKeys({press: 'Tab'});
    // Escape closes the step and gives focus back to its row.
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(active(el)).to.equal(toggleOf(el, 'massage-1'));
    expect($(el, '#s-massage-1-edit')!.hidden).to.be.true;
    expect(toggleOf(el, 'massage-1').getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(toggleOf(el, 'massage-1'))).to.contain('40 min');

    // Start at 18:45, typed into the time field.
    before.focus();
    await tabTo(el, (f) => f.id === 'start', 'the start time');
    await sendKeys({type: '1845'});
    await sendKeys({press: 'Tab'});
    await el.updateComplete;

    expect(times(el)).to.deep.equal(['18:45', '19:25', '19:35', '19:40', '19:45']);
    expect(textOf($(el, '.total'))).to.equal('Total: 1 h 5 min, ending at 19:50');
    expect(events.map((e) => e.detail.reason)).to.deep.equal([
      'template',
      'move-step',
      'move-step',
      'edit-step',
      'start-time',
    ]);
    for (const event of events) {
      const parsed = RoutineChangeDetailSchema.safeParse(event.detail);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
      expect(event.bubbles && event.composed).to.be.true;
    }
    const last = events[events.length - 1].detail.routine;
    expect(last.startTime).to.equal('18:45');
    expect(last.steps.map((s) => s.minutes)).to.deep.equal([40, 10, 5, 5, 5]);
    expect(new Set(last.steps.map((s) => s.id)).size).to.equal(5);

    // A fresh planner given the last event's routine shows exactly the same, and says nothing.
    const fresh = await planner();
    const freshEvents = recordEvents(fresh, 'attune-routine-change');
    fresh.routine = JSON.parse(JSON.stringify(last)) as Routine;
    await fresh.updateComplete;
    expect(shownRoutine(fresh)).to.deep.equal(shownRoutine(el));
    expect(fresh.routine).to.deep.equal(last);
    expect(freshEvents).to.have.length(0);
    before.remove();
  });

  it('fires one event per committed edit of a name, label or note (on change, not per keystroke)', async () => {
    const el = await planner(saved);
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    await fillIn(el, $<HTMLInputElement>(el, '#name')!, 'Sleepy time');
    await openStep(el, 'step-1');
    await fillIn(el, $<HTMLInputElement>(el, '#s-step-1-note')!, 'Blue ones tonight');
    await openStep(el, 'feed-1');
    expect($(el, '#s-step-1-edit')!.hidden, 'one step is open at a time').to.be.true;
    await fillIn(el, $<HTMLInputElement>(el, '#s-feed-1-label')!, 'Milk');
    expect(events.map((e) => e.detail.reason)).to.deep.equal(['rename', 'edit-step', 'edit-step']);
    const routine = events[2].detail.routine;
    expect(routine.name).to.equal('Sleepy time');
    expect(routine.steps[1].note).to.equal('Blue ones tonight');
    expect(routine.steps[2]).to.deep.equal({id: 'feed-1', stepId: 'feed', label: 'Milk', minutes: 20});
    expect(el.routine).to.deep.equal(routine);
  });

  it("refuses an empty label or bad minutes inline with the pack's words, and sends nothing", async () => {
    const el = await planner(saved);
    const events = recordEvents(el, 'attune-routine-change');
    await openStep(el, 'bath-1');
    const minutes = $<HTMLInputElement>(el, '#s-bath-1-minutes')!;
    await fillIn(el, minutes, '121');
    expect(textOf($(el, '#s-bath-1-minutes-error'))).to.equal(ui.minutesInvalid);
    expect(status(el), 'focus has moved on, so the error is said in the status region').to.equal(ui.minutesInvalid);
    expect(minutes.getAttribute('aria-invalid')).to.equal('true');
    expect(minutes.getAttribute('aria-describedby')).to.equal('s-bath-1-minutes-error');
    const label = $<HTMLInputElement>(el, '#s-bath-1-label')!;
    await fillIn(el, label, '   ');
    expect(textOf($(el, '#s-bath-1-label-error'))).to.equal(ui.labelRequired);
    expect(status(el)).to.equal(ui.labelRequired);
    expect(events).to.have.length(0);
    expect(el.routine.steps[0]).to.deep.equal(saved.steps[0]);

    await fillIn(el, minutes, '12');
    expect($(el, '#s-bath-1-minutes-error')).to.equal(null);
    expect(minutes.hasAttribute('aria-invalid')).to.be.false;
    expect(events).to.have.length(1);
    expect(status(el)).to.equal('');
  });

  it('focuses the first custom field to fix only once its error is on screen, so it is read with it', async () => {
    const el = await planner(saved);
    const label = $<HTMLInputElement>(el, '#custom-label')!;
    let readOnFocus = '';
    label.addEventListener('focus', () => {
      const ids = label.getAttribute('aria-describedby') ?? '';
      readOnFocus = ids
        .split(' ')
        .map((id) => textOf(el.shadowRoot!.getElementById(id)))
        .join(' ');
    });
    buttonNamed(el, ui.addCustom)!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(active(el)).to.equal(label);
    expect(label.getAttribute('aria-invalid')).to.equal('true');
    expect(readOnFocus).to.equal(ui.labelRequired);
  });

  it('puts its title at heading-level, sections one level below and the cue lists two below', async () => {
    const tags = (el: AttuneRoutinePlanner, selector: string) => $$(el, selector).map((h) => h.tagName);
    const el = await mount<AttuneRoutinePlanner>('attune-routine-planner', {}, {'heading-level': '4'});
    expect(el.headingLevel).to.equal(4);
    expect(tags(el, '.title')).to.deep.equal(['H4']);
    expect(tags(el, '.heading, .steps-heading')).to.deep.equal(['H5', 'H5', 'H5']);
    expect(tags(el, 'h2, h3')).to.deep.equal([]);
    el.routine = structuredClone(saved);
    el.mode = 'run';
    await el.updateComplete;
    expect(tags(el, '.title')).to.deep.equal(['H4']);
    expect(tags(el, '.run-heading, .heading')).to.deep.equal(['H5', 'H5', 'H5']);
    expect(tags(el, '.subheading')).to.deep.equal(['H6', 'H6', 'H6']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.getAttribute('heading-level')).to.equal('6');
    expect(tags(el, '.title, .run-heading, .subheading').every((t) => t === 'H6')).to.be.true;
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(tags(el, '.title, .run-heading, .subheading')).to.deep.equal(['H2', 'H3', 'H4', 'H4', 'H4']);
  });

  it('removes a step with an announcement and an Undo that puts it back where it was', async () => {
    const el = await planner(saved);
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    await openStep(el, 'feed-1');
    buttonNamed(el, 'Remove: Feed')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(values(el, 'label')).to.not.include('Feed');
    expect(status(el)).to.equal('Feed removed.');
    expect(textOf(active(el))).to.equal('Undo: Feed');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(values(el, 'label')).to.deep.equal(saved.steps.map((s) => s.label));
    expect(status(el)).to.equal('Feed put back.');
    expect(active(el)?.id).to.equal('s-feed-1-label');
    expect(events.map((e) => e.detail.reason)).to.deep.equal(['remove-step', 'add-step']);
    expect(events[1].detail.routine.steps).to.deep.equal(saved.steps);
    expect(buttonNamed(el, 'Undo: Feed'), 'undo is offered once').to.equal(undefined);
  });

  it('adds a library step and a custom step, checking the custom one inline', async () => {
    const el = await planner(saved);
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    const select = $<HTMLSelectElement>(el, '#library')!;
    expect($$(el, '#library optgroup').map((g) => g.getAttribute('label'))).to.deep.equal(
      words.categories.map((c) => c.label),
    );
    select.value = 'shush';
    buttonNamed(el, ui.addStep)!.click();
    await el.updateComplete;
    expect(el.routine.steps[5]).to.deep.equal({id: 'shush-1', stepId: 'shush', label: 'Shush or hum', minutes: 5});
    expect(status(el)).to.equal('Shush or hum added.');

    $<HTMLInputElement>(el, '#custom-label')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(textOf($(el, '#custom-label-error'))).to.equal(ui.labelRequired);
    expect(textOf($(el, '#custom-minutes-error'))).to.equal(ui.minutesInvalid);
    expect(active(el)?.id, 'focus goes to the first field to fix').to.equal('custom-label');
    await sendKeys({type: 'Sing <b>our</b> song'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '0'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect($(el, '#custom-label-error')).to.equal(null);
    expect(active(el)?.id).to.equal('custom-minutes');
    await retype('7');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.routine.steps[6]).to.deep.equal({id: 'step-3', label: 'Sing <b>our</b> song', minutes: 7});
    expect($<HTMLInputElement>(el, '#custom-label')!.value, 'the form is cleared').to.equal('');
    expect(events.map((e) => e.detail.reason)).to.deep.equal(['add-step', 'add-step']);
    expect(values(el, 'label')[6]).to.equal('Sing <b>our</b> song');
    expect($(el, 'b')).to.equal(null);
  });

  it('keeps focus and says where a step went with Alt+ArrowUp, and disables the move buttons at the ends', async () => {
    const el = await planner(saved);
    const up = $$<HTMLButtonElement>(el, 'li.step button').filter((b) => textOf(b).startsWith(ui.moveUp));
    const down = $$<HTMLButtonElement>(el, 'li.step button').filter((b) => textOf(b).startsWith(ui.moveDown));
    expect(up.map((b) => b.disabled)).to.deep.equal([true, false, false, false, false]);
    expect(down.map((b) => b.disabled)).to.deep.equal([false, false, false, false, true]);
    await openStep(el, 'feed-1');
    $<HTMLInputElement>(el, '#s-feed-1-note')!.focus();
    await chord('Alt', 'ArrowUp');
    await chord('Alt', 'ArrowUp');
    await chord('Alt', 'ArrowUp');
    await el.updateComplete;
    expect(values(el, 'label')[0]).to.equal('Feed');
    expect(active(el)?.id).to.equal('s-feed-1-note');
    expect(status(el)).to.equal('Feed moved to position 1 of 5.');
    // Moving a step to the top disables its Move up button, so focus goes to its Move down.
    buttonNamed(el, 'Move up: Warm bath')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(values(el, 'label').slice(0, 2)).to.deep.equal(['Warm bath', 'Feed']);
    expect(textOf(active(el)), 'a disabled button hands focus to the other one').to.equal('Move down: Warm bath');
  });

  it('reorders by pointer drag on the handle, with one move-step event', async () => {
    await setViewport({width: 900, height: 2400});
    const el = await planner(saved);
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    const handle = $(el, 'li[data-id="bath-1"] .handle')!;
    expect(handle.getAttribute('aria-hidden')).to.equal('true');
    // Forced colours drop background images, so the handle is drawn as a text glyph.
    expect(handle.textContent).to.equal('⠿');
    expect(getComputedStyle(handle).backgroundImage).to.equal('none');
    const from = handle.getBoundingClientRect();
    const target = $(el, 'li[data-id="feed-1"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(from.x + from.width / 2), Math.round(from.y + from.height / 2)],
    });
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [Math.round(from.x + 10), Math.round(target.bottom - 10)]});
    await el.updateComplete;
    expect($(el, 'li[data-id="bath-1"]')!.classList.contains('dragging')).to.be.true;
    expect($$(el, '.drop-before, .drop-after').length, 'a marker shows where it will land').to.equal(1);
    expect(events, 'nothing is sent while dragging').to.have.length(0);
    await sendMouse({type: 'up'});
    await el.updateComplete;
    expect(values(el, 'label')).to.deep.equal(['Pyjamas 👶🏽', 'Feed', 'Warm bath', 'قصة قبل النوم', 'Into the cot']);
    expect(events.map((e) => e.detail.reason)).to.deep.equal(['move-step']);
    expect(status(el)).to.equal('Warm bath moved to position 3 of 5.');
    expect($$(el, '.dragging, .drop-before, .drop-after')).to.have.length(0);
    await setViewport({width: 800, height: 600});
  });

  it('runs the routine one step at a time: one step-complete per Done, none for Skip, focus on each new step', async () => {
    const el = await planner(saved);
    const done = recordEvents<AttuneRoutineStepCompleteEvent>(el, 'attune-routine-step-complete');
    const changes = recordEvents(el, 'attune-routine-change');
    buttonNamed(el, ui.run)!.click();
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('run');
    for (let i = 0; i < saved.steps.length; i++) {
      await el.updateComplete;
      const heading = $(el, '.run-heading')!;
      expect(textOf(heading), 'the heading names the step, so it is heard after Done or Skip').to.equal(
        `Step ${i + 1} of 5: ${saved.steps[i].label}`,
      );
      expect(active(el), 'focus is on the step heading').to.equal(heading);
      expect(textOf($(el, '.run-label'))).to.equal(saved.steps[i].label);
      const tip = words.library.find((s) => s.id === saved.steps[i].stepId)?.tip;
      expect(textOf($(el, '.tip')) || undefined).to.equal(tip);
      buttonNamed(el, i === 3 ? ui.skip : ui.done)!.click();
    }
    await el.updateComplete;
    expect(textOf($(el, '.run-heading'))).to.equal(ui.finished);
    expect(buttonNamed(el, ui.runAgain)).to.exist;
    expect(done.map((e) => e.detail.stepId)).to.deep.equal(['bath-1', 'step-1', 'feed-1', 'into-cot-1']);
    for (const event of done) {
      expect(event.detail.routineId).to.equal('routine-saved');
      expect(RoutineStepCompleteDetailSchema.safeParse(event.detail).success).to.be.true;
    }
    expect(changes, 'running is not editing').to.have.length(0);
  });

  it("shows the step's time, note, the cue prompts and the reminders in run mode; Finish ends early; Start again restarts", async () => {
    const el = await planner(saved);
    el.mode = 'run';
    await el.updateComplete;
    buttonNamed(el, ui.done)!.click();
    await el.updateComplete;
    expect(textOf($(el, '.run-step')))
      .to.contain('Starts at 18:55')
      .and.contain('The soft ones')
      .and.contain('5 min');
    const cues = $(el, '.cues')!;
    expect(textOf(cues.querySelector('h3'))).to.equal(words.cues.heading);
    expect($$(el, '.cues h4').map(textOf)).to.deep.equal([
      words.cues.engagement.heading,
      words.cues.disengagement.heading,
      words.cues.tired.heading,
    ]);
    expect($$(el, '.cues li').map(textOf)).to.include('Turning or arching away');
    expect($$(el, '.reminders li').map(textOf)).to.deep.equal(
      words.reminders.items.map((r) => [r.text, ...(r.actions ?? []).map((action) => action.label)].join(' ')),
    );
    buttonNamed(el, ui.finish)!.click();
    await el.updateComplete;
    expect(textOf($(el, '.run-heading'))).to.equal(ui.finished);
    buttonNamed(el, ui.runAgain)!.click();
    await el.updateComplete;
    expect(textOf($(el, '.run-heading'))).to.equal(`Step 1 of 5: ${saved.steps[0].label}`);
    buttonNamed(el, ui.edit)!.click();
    await el.updateComplete;
    expect(el.mode).to.equal('edit');
    expect(active(el)).to.equal($(el, '.steps-heading'));
  });

  it("back from run mode, the last edit's message is not announced again and its Undo is gone", async () => {
    const el = await planner(saved);
    await openStep(el, 'feed-1');
    buttonNamed(el, 'Remove: Feed')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Feed removed.');
    buttonNamed(el, ui.run)!.click();
    await el.updateComplete;
    buttonNamed(el, ui.edit)!.click();
    await el.updateComplete;
    expect(el.mode).to.equal('edit');
    expect(status(el)).to.equal('');
    expect(buttonNamed(el, 'Undo: Feed')).to.equal(undefined);
    expect(values(el, 'label')).to.not.include('Feed');
  });

  it("start time: reads what the parent types, shows it in the pack's clock as the plan does, keeps what it cannot read with an error, and an empty field clears it", async () => {
    const el = await planner(saved);
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    const start = $<HTMLInputElement>(el, '#start')!;
    expect(start.value).to.equal('18:45');
    expect(times(el)[0]).to.equal('18:45');

    await fillIn(el, start, '7.15pm');
    expect(start.value).to.equal('19:15');
    expect(times(el)[0]).to.equal('19:15');
    expect(events.map((e) => e.detail.routine.startTime)).to.deep.equal(['19:15']);

    await fillIn(el, start, 'soon');
    const error = fill(ui.startTimeInvalid!, {time: '18:30'});
    expect(start.value, 'what was typed stays').to.equal('soon');
    expect(start.getAttribute('aria-invalid')).to.equal('true');
    const described = start.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => textOf(el.shadowRoot!.getElementById(id)))).to.deep.equal([
      fill(ui.startTimeHint, {time: '18:30'}),
      error,
    ]);
    expect(status(el)).to.equal(error);
    expect(events, 'nothing is sent for a time that cannot be read').to.have.length(1);
    expect(times(el)[0]).to.equal('19:15');

    await fillIn(el, start, '19.15');
    expect(start.value, "written back in the pack's clock").to.equal('19:15');
    expect(start.hasAttribute('aria-invalid'), 'fixed: no error').to.be.false;
    expect(status(el), 'the error it said is gone').to.equal('');
    expect(events, 'the same time again sends nothing').to.have.length(1);

    await fillIn(el, start, 'soon');

    await fillIn(el, start, '');
    expect(start.hasAttribute('aria-invalid')).to.be.false;
    expect(events).to.have.length(2);
    expect(events[1].detail.routine).to.not.have.property('startTime');
    expect(times(el)).to.deep.equal([]);
  });

  it('start time in a 12-hour pack: the field, each step and the end are all written as en-US writes them', async () => {
    const pack = clonePack();
    pack.locale = 'en-US';
    // A UK service in US English: a region other than GB lists its emergency numbers.
    pack.help.emergencyNumbers = ['999', '112'];
    const el = await planner(saved, pack);
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain($<HTMLInputElement>(el, '#start')!.value)).to.equal('6:45 PM');
    expect(times(el).map(plain)).to.deep.equal(['6:45 PM', '6:55 PM', '7:00 PM', '7:20 PM', '7:30 PM']);
    expect(plain(textOf($(el, '#start-hint')))).to.contain('For example, 6:30 PM.');
    await fillIn(el, $<HTMLInputElement>(el, '#start')!, '07:00');
    expect(plain($<HTMLInputElement>(el, '#start')!.value)).to.equal('7:00 AM');
    expect(el.routine.startTime).to.equal('07:00');
    await fillIn(el, $<HTMLInputElement>(el, '#start')!, '7 in the evening');
    expect(plain(status(el)), 'a pack without startTimeInvalid still says what to type').to.equal(
      'Enter a time like 6:30 PM, or leave this empty.',
    );
    const older = clonePack();
    delete older.routine!.ui.startTimeInvalid;
    el.content = older;
    await el.updateComplete;
    await fillIn(el, $<HTMLInputElement>(el, '#start')!, 'soon');
    expect(status(el)).to.equal(`${ui.startTimeLabel}: 18:30`);
  });

  it('offers the ideas only while the routine is empty; "Start with no steps" goes to adding a step and sends nothing', async () => {
    const el = await planner();
    const events = recordEvents(el, 'attune-routine-change');
    expect($$(el, '.templates li').map((li) => textOf(li.querySelector('p')))).to.deep.equal(
      words.templates.map((t) => t.name),
    );
    expect(textOf($(el, '.hint'))).to.equal(fill(ui.startTimeHint, {time: '18:30'}));
    buttonNamed(el, ui.startEmpty)!.click();
    await el.updateComplete;
    expect(active(el)?.id).to.equal('library');
    expect(events).to.have.length(0);
    el.routine = saved;
    await el.updateComplete;
    expect($(el, '.templates'), 'a routine with steps is never replaced by an idea').to.equal(null);
  });

  it('keeps what was typed when it is taken out of the page mid-edit and put back', async () => {
    const el = await planner(saved);
    const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
    const parent = el.parentElement!;
    await openStep(el, 'bath-1');
    $<HTMLInputElement>(el, '#s-bath-1-note')!.focus();
    await sendKeys({type: 'Check the water'});
    el.remove();
    parent.append(el);
    await el.updateComplete;
    const note = $<HTMLInputElement>(el, '#s-bath-1-note')!;
    expect(note.value).to.equal('Check the water');
    note.focus();
    await sendKeys({press: 'Tab'});
    expect(events.map((e) => e.detail.routine.steps[0].note)).to.deep.equal(['Check the water']);
  });

  it('says so kindly when a routine with no steps is run', async () => {
    const el = await planner();
    el.mode = 'run';
    await el.updateComplete;
    expect(textOf($(el, '.run-step'))).to.equal(ui.noSteps);
    expect(textOf($(el, 'h2'))).to.equal(ui.untitled);
  });

  describe('restoring a routine', () => {
    const bad: [string, (r: Routine) => unknown, string][] = [
      [
        'duplicate step ids',
        (r) => {
          r.steps[1].id = r.steps[0].id;
          return r;
        },
        'routine.steps.1.id',
      ],
      [
        'negative minutes',
        (r) => {
          r.steps[1].minutes = -5;
          return r;
        },
        'routine.steps.1.minutes',
      ],
      [
        'huge minutes',
        (r) => {
          r.steps[1].minutes = 100000;
          return r;
        },
        'routine.steps.1.minutes',
      ],
      [
        'fractional minutes',
        (r) => {
          r.steps[2].minutes = 2.5;
          return r;
        },
        'routine.steps.2.minutes',
      ],
      [
        'an invalid start time',
        (r) => {
          r.startTime = '25:61';
          return r;
        },
        'routine.startTime',
      ],
      ['an unknown field', (r) => ({...r, colour: 'blue'}), 'routine'],
      [
        'an unknown step field',
        (r) => {
          (r.steps[0] as unknown as Record<string, unknown>).html = '<b>x</b>';
          return r;
        },
        'routine.steps.0',
      ],
      [
        'a missing id',
        (r) => {
          delete (r as Partial<Routine>).id;
          return r;
        },
        'routine.id',
      ],
      [
        'too many steps',
        (r) => {
          r.steps = Array.from({length: 41}, (_, i) => ({id: `s${i}`, label: 'x', minutes: 1}));
          return r;
        },
        'routine.steps',
      ],
      ['not a routine at all', () => 'bedtime please', 'routine'],
    ];
    for (const [name, spoil, path] of bad) {
      it(`refuses ${name} with one attune-content-error naming ${path}, and keeps the last good routine`, async () => {
        const el = await planner(saved);
        const shown = shownRoutine(el);
        const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
        const changes = recordEvents(el, 'attune-routine-change');
        expect(() => {
          el.routine = spoil(structuredClone(saved)) as Routine;
        }).to.not.throw();
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0].detail.property).to.equal('routine');
        expect(errors[0].detail.issues.map((i) => i.path)).to.include(path);
        expect(errors[0].detail.issues.every((i) => i.message.length > 10)).to.be.true;
        expect(changes).to.have.length(0);
        expect(el.routine).to.deep.equal(saved);
        expect(shownRoutine(el)).to.deep.equal(shown);
      });
    }

    it('keeps labels and notes with emoji, right-to-left text and markup exactly, shown as text', async () => {
      const hostile = hostileRoutine();
      const el = await planner(hostile);
      expect(el.routine).to.deep.equal(hostile);
      expect(values(el, 'label')).to.deep.equal(hostile.steps.map((s) => s.label));
      expect(values(el, 'note')).to.deep.equal(hostile.steps.map((s) => s.note));
      expect($$(el, 'legend').map((l) => l.textContent!.replace(/^Step \d+ of 30: /, ''))).to.include.members(
        hostile.steps.map((s) => s.label),
      );
      el.mode = 'run';
      await el.updateComplete;
      expect($(el, '.run-label')!.textContent).to.equal(hostile.steps[0].label);
      expect(
        el.shadowRoot!.querySelector(
          'script, img, iframe, object, embed, style:not([data-lit]), b, details, form[action]',
        ),
      ).to.equal(null);
      // The only links are the pack's own (the reminders' calls), none made from a label or note.
      expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(
        words.reminders.items.flatMap((r) => (r.actions ?? []).map((action) => action.href)),
      );
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });

    for (const [how, echo] of [
      ['as React state does (the same object)', (routine: Routine) => routine],
      [
        'as a store or a two-way binding does (a copy)',
        (routine: Routine) => JSON.parse(JSON.stringify(routine)) as Routine,
      ],
    ] as const) {
      it(`takes back the routine it just sent ${how} without losing focus, the message or Undo`, async () => {
        const el = await planner(saved);
        const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
        el.addEventListener('attune-routine-change', (e) => {
          el.routine = echo((e as AttuneRoutineChangeEvent).detail.routine);
        });
        const moveDown = buttonNamed(el, 'Move down: Warm bath')!;
        moveDown.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(status(el)).to.equal('Warm bath moved to position 2 of 5.');
        expect(active(el), 'focus stays on the same button').to.equal(moveDown);
        await openStep(el, 'feed-1');
        buttonNamed(el, 'Remove: Feed')!.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(status(el)).to.equal('Feed removed.');
        expect(textOf(active(el))).to.equal('Undo: Feed');
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(status(el)).to.equal('Feed put back.');
        expect(events.map((e) => e.detail.reason)).to.deep.equal(['move-step', 'remove-step', 'add-step']);
        // A routine that differs is still a restore: it replaces the screen and its message.
        el.routine = saved;
        await el.updateComplete;
        expect(status(el)).to.equal('');
        expect(values(el, 'label')).to.deep.equal(saved.steps.map((step) => step.label));
      });
    }

    it('never fires a change event when the host sets routine or content, and hands out copies', async () => {
      const el = await planner();
      const changes = recordEvents(el, 'attune-routine-change');
      el.routine = saved;
      el.content = clonePack();
      el.routine = null;
      el.routine = saved;
      await el.updateComplete;
      expect(changes).to.have.length(0);
      el.routine.steps[0].label = 'changed by a host';
      expect(values(el, 'label')[0]).to.equal('Warm bath');
      expect(el.routine.steps[0].label).to.equal('Warm bath');
    });
  });

  it('wraps clock times past midnight in a long routine, and stops adding at 40 steps', async () => {
    const el = await planner(longRoutine);
    const shown = times(el);
    expect(shown).to.have.length(40);
    expect(shown[0]).to.equal('22:30');
    expect(shown.slice(7, 9)).to.deep.equal(['23:50', '00:10']);
    expect(longRoutine.steps.reduce((sum, s) => sum + s.minutes, 0)).to.equal(500);
    expect(textOf($(el, '.total'))).to.equal('Total: 8 h 20 min, ending at 06:50');
    expect([buttonNamed(el, ui.addStep)!.disabled, buttonNamed(el, ui.addCustom)!.disabled]).to.deep.equal([
      true,
      true,
    ]);
  });

  it('shows 12-hour clock times for a 12-hour locale (en-US)', async () => {
    const usEnglish = clonePack();
    usEnglish.locale = 'en-US';
    usEnglish.help.emergencyNumbers = ['999', '112'];
    const el = await planner(saved, usEnglish);
    expect(times(el).map((t) => t.replace(/\s/g, ' '))).to.deep.equal([
      '6:45 PM',
      '6:55 PM',
      '7:00 PM',
      '7:20 PM',
      '7:30 PM',
    ]);
    expect(textOf($(el, '.total')).replace(/\s/g, ' ')).to.equal('Total: 50 min, ending at 7:35 PM');
  });

  it('takes every word from the pack, and lays out right to left for an rtl pack', async () => {
    const pack = clonePack();
    pack.locale = 'ar';
    pack.dir = 'rtl';
    pack.routine.ui.moveUp = 'تحريك لأعلى';
    pack.routine.ui.stepsHeading = 'الخطوات';
    const el = await planner(saved, pack);
    const base = $(el, '.base')!;
    expect(base.dir).to.equal('rtl');
    expect(base.lang).to.equal('ar');
    expect(textOf($(el, '.steps-heading'))).to.equal('الخطوات');
    expect($(el, 'ol.steps')!.getAttribute('aria-label')).to.equal('الخطوات');
    expect(buttonNamed(el, 'تحريك لأعلى: Pyjamas 👶🏽')).to.exist;
    const step = $(el, 'li.step')!.getBoundingClientRect();
    const handle = $(el, 'li.step .handle')!.getBoundingClientRect();
    expect(handle.right, 'the handle starts on the right').to.be.greaterThan(step.right - 60);
  });

  it('makes every button and field at least 44 by 44 CSS pixels', async () => {
    const el = await planner(saved);
    await openStep(el, 'feed-1');
    const check = () => {
      // Every control on screen (the closed steps' fields are hidden until opened).
      for (const control of $$(el, 'button, input, select, .handle').filter((c) => c.checkVisibility())) {
        const box = control.getBoundingClientRect();
        expect(box.height, textOf(control) || control.id).to.be.at.least(44);
        expect(box.width, textOf(control) || control.id).to.be.at.least(44);
      }
    };
    check();
    el.mode = 'run';
    await el.updateComplete;
    check();
  });

  it('does not scroll sideways at 320 px, in edit and run mode', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><attune-routine-planner></attune-routine-planner></div>`,
    );
    const el = wrapper.querySelector('attune-routine-planner')!;
    const fits = async (what: string) => {
      await el.updateComplete;
      const base = $(el, '.base')!;
      expect(base.scrollWidth, what).to.be.at.most(320);
      for (const node of $$(el, '*'))
        expect(node.getBoundingClientRect().right, `${what}: ${node.className || node.tagName}`).to.be.at.most(
          wrapper.getBoundingClientRect().right + 0.5,
        );
    };
    await fits('empty, with ideas');
    el.routine = {
      ...saved,
      steps: [...saved.steps, {id: 'long', label: 'W'.repeat(80), minutes: 120, note: 'x'.repeat(500)}],
    };
    await fits('edit');
    await openStep(el, 'long');
    await fits('edit, the long step open');
    el.mode = 'run';
    await fits('run');
  });

  for (const theme of themes) {
    it(`has no WCAG 2.2 A/AA violations in edit and run mode in the ${theme} theme`, async () => {
      await useTheme(theme);
      const empty = await planner();
      await expectAccessible(empty);
      const el = await planner(saved);
      await expectAccessible(el);
      // A step open, then an announcement, an Undo and inline errors showing.
      await openStep(el, 'feed-1');
      await expectAccessible(el);
      buttonNamed(el, 'Remove: Feed')!.click();
      const custom = $<HTMLFormElement>(el, 'form[novalidate]')!;
      custom.requestSubmit();
      await el.updateComplete;
      expect($(el, '.error')).to.exist;
      await expectAccessible(el);
      el.mode = 'run';
      await el.updateComplete;
      await expectAccessible(el);
      buttonNamed(el, ui.finish)!.click();
      await el.updateComplete;
      await expectAccessible(el);
    });
  }
});

/** The planner running `pack`'s crying idea, started as a parent starts it: Start routine, with a real click. */
async function runCrying(pack: PackWith<'routine'> = defaultContent as PackWith<'routine'>) {
  const el = await mountPlanner({content: structuredClone(pack), routine: routineFrom(pack, 'crying')});
  await click(el, find(el, 'button', pack.routine.ui.run));
  return el;
}

/** Each link of a list of advice, as its words and where it goes. */
const linksOf = (items: readonly RoutineReminder[]) =>
  items.flatMap((item) => (item.actions ?? []).map((action) => [action.label, action.href]));
const linksIn = (el: AttuneRoutinePlanner, selector: string) =>
  $$<HTMLAnchorElement>(el, `${selector} a`).map((a) => [textOf(a), a.getAttribute('href')]);

describe('<attune-routine-planner>: a crying baby, large text and touch', () => {
  afterEach(async () => {
    setTextSize('');
    window.scrollTo(0, 0);
    await resetMouse();
    await setViewport({width: 800, height: 600});
  });

  it('runs a crying routine safety first: "never shake" and stepping away come before the step, and are heard first', async () => {
    await setViewport({width: 390, height: 844});
    const el = await runCrying();
    const run = $(el, '.run')!;
    expect([...run.children].slice(0, 3).map((child) => child.classList[0])).to.deep.equal([
      'title',
      'safety',
      'break',
    ]);
    expect(textOf($(el, '.safety-heading'))).to.equal(crying.heading);
    expect(textOf($(el, '.safety p'))).to.equal(crying.text);
    expect(active(el), 'focus on the safety advice, so it is heard first').to.equal($(el, '.safety-heading'));
    const safety = $(el, '.safety')!.getBoundingClientRect();
    expect(safety.top, 'at the top of the screen').to.be.within(0, 120);
    expect(safety.bottom).to.be.below($(el, '.run-step')!.getBoundingClientRect().top);
    // The reminders (with their 999 and 111 links) come before the play cues.
    expect($(el, '.reminders')!.compareDocumentPosition($(el, '.cues')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    await click(el, find(el, 'button', ui.done));
    expect(active(el)).to.equal($(el, '.run-heading'));
    expect(textOf($(el, '.run-heading'))).to.match(/^Step 2 of 5/);

    const bedtime = await mountPlanner({routine: saved});
    await click(bedtime, find(bedtime, 'button', ui.run));
    expect($(bedtime, '.safety, .break'), 'other routines run as before').to.equal(null);
    expect(active(bedtime)).to.equal($(bedtime, '.run-heading'));
  });

  it('keeps "Take a break" on screen all through a crying run, and shows the safe-break steps in place', async () => {
    await setViewport({width: 390, height: 844});
    const el = await runCrying();
    const take = () => find<HTMLButtonElement>(el, '.break > button');
    expect(textOf(take())).to.equal(crying.takeBreak);
    expect(take().getAttribute('aria-expanded')).to.equal('false');
    for (const y of [0, 400, 800, document.scrollingElement!.scrollHeight]) {
      window.scrollTo(0, y);
      await nextFrame();
      const box = take().getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight, `on screen, scrolled to ${scrollY}`).to.be.true;
    }
    await click(el, take());
    expect(take().getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '#break-steps li').map(textOf)).to.deep.equal(crying.breakSteps);
    const heading = $(el, '.break-heading')!;
    expect(active(el), 'focus on the steps, so they are heard').to.equal(heading);
    expect(heading.getBoundingClientRect().top, 'right under the button').to.be.closeTo(
      take().getBoundingClientRect().bottom,
      40,
    );
    expect(heading.getBoundingClientRect().top).to.be.within(0, innerHeight);
    await click(el, take());
    expect($<HTMLElement>(el, '#break-steps')!.hidden).to.be.true;
    expect(active(el)).to.equal(take());
  });

  it('gives the 999 and 111 advice as real tel: links, as text, in every ready pack (Northern Ireland: no 111, its GP out of hours)', async () => {
    for (const name of packNames) {
      const pack = packs[name] as PackWith<'routine'>;
      const el = await runCrying(pack);
      const hrefs = linksIn(el, '.reminders').map(([, href]) => href);
      expect(linksIn(el, '.reminders'), name).to.deep.equal(linksOf(pack.routine.reminders.items));
      expect(hrefs, name).to.include('tel:999');
      if (name === 'en-GB-northern-ireland') {
        expect(hrefs, name).to.not.include('tel:111');
        expect(hrefs, name).to.include('https://gpoutofhours.hscni.net/');
      } else expect(hrefs, name).to.include('tel:111');
      await click(el, find(el, 'button', pack.routine.ui.finish));
      expect(linksIn(el, '.run-step'), name).to.deep.equal(linksOf(pack.routine.crying!.stillCrying.items));
    }
    // Words and links are the pack's, shown as text: markup in them stays text.
    const pack = clonePack();
    pack.routine.reminders.items[0] = {
      id: 'markup',
      text: 'Read <b>this</b>',
      actions: [{id: 'call', label: 'Call <i>999</i>', href: 'tel:999', kind: 'call'}],
    };
    const el = await runCrying(pack);
    expect($(el, '.reminders b, .reminders i')).to.equal(null);
    expect(textOf($(el, '.reminders li'))).to.equal('Read <b>this</b> Call <i>999</i>');
  });

  it('ends a crying routine with "Still crying?" and what to do next, not "All done"; Start again goes back to the safety advice', async () => {
    const el = await runCrying();
    await click(el, find(el, 'button', ui.finish));
    const end = $(el, '.run-heading')!;
    expect(textOf(end)).to.equal(crying.stillCrying.heading);
    expect(active(el)).to.equal(end);
    expect(textOf(el.shadowRoot)).to.not.contain(ui.finished);
    expect(textOf($(el, '.run-step p'))).to.equal(crying.stillCrying.intro);
    const items = $$(el, '.run-step .advice > li').map(textOf);
    expect(items).to.have.length(crying.stillCrying.items.length);
    crying.stillCrying.items.forEach((item, i) => expect(items[i].startsWith(item.text), item.id).to.be.true);
    expect($(el, '.safety-heading'), 'the safety advice stays first').to.exist;
    await click(el, find(el, 'button', ui.runAgain));
    expect(textOf($(el, '.run-heading'))).to.match(/^Step 1 of 5/);
    expect(active(el)).to.equal($(el, '.safety-heading'));
  });

  it('says the Alt+Arrow tip once, above the steps, where a keyboard is likely, and in no button description', async () => {
    const el = await planner(saved);
    const hints = $$(el, 'p').filter((p) => textOf(p) === ui.reorderHint);
    expect(hints).to.have.length(1);
    expect(hints[0].compareDocumentPosition($(el, 'ol.steps')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    const keyboard = matchMedia('(any-hover: hover) and (pointer: fine)').matches;
    expect(getComputedStyle(hints[0]).display).to.equal(keyboard ? 'block' : 'none');
    // Only fields have a description (their hints and errors): no button repeats the tip.
    expect($$(el, '[aria-describedby]').filter((e) => !e.matches('input'))).to.deep.equal([]);
  });

  it('keeps a moved step under the finger: Move up pressed twice in the same spot moves the same step twice', async () => {
    await setViewport({width: 390, height: 844});
    // Page above the planner, so there is room to scroll either way.
    const above = document.createElement('div');
    above.style.height = '1500px';
    document.body.prepend(above);
    try {
      const el = await planner(saved);
      const events = recordEvents<AttuneRoutineChangeEvent>(el, 'attune-routine-change');
      const label = saved.steps[3].label;
      const up = () => buttonNamed(el, `${ui.moveUp}: ${label}`)!;
      up().scrollIntoView({block: 'center'});
      await nextFrame();
      const box = up().getBoundingClientRect();
      const spot: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      for (let press = 0; press < 2; press++) {
        await sendMouse({type: 'click', position: spot});
        await settle(el);
      }
      expect(events.map((e) => e.detail.routine.steps.findIndex((s) => s.id === 'step-2'))).to.deep.equal([2, 1]);
      expect(values(el, 'label')).to.deep.equal(['Warm bath', label, 'Pyjamas 👶🏽', 'Feed', 'Into the cot']);
      expect(up().getBoundingClientRect().y, 'the button is still under the finger').to.be.closeTo(box.y, 1);
      expect(active(el)).to.equal(up());
    } finally {
      above.remove();
    }
  });

  for (const width of [390, 320]) {
    it(`reflows at 200 % text at ${width} px, in edit and run mode: no sideways scroll, no word broken inside`, async () => {
      await setViewport({width, height: 844});
      setTextSize('200%');
      const fits = async (el: AttuneRoutinePlanner, what: string) => {
        await settle(el);
        expect(sidewaysScroll(), `${what}: the page scrolls sideways`).to.equal(0);
        expect(brokenWords(el), `${what}: words broken inside`).to.deep.equal([]);
      };
      for (const name of ['en-GB-england', 'cy-GB-wales'] as const) {
        const pack = packs[name] as PackWith<'routine'>;
        const content = () => structuredClone(pack);
        await fits(await mountPlanner({content: content()}), `${name}, the ideas`);
        for (const id of ['bedtime', 'bath-time']) {
          const el = await mountPlanner({content: content(), routine: routineFrom(pack, id)});
          await fits(el, `${name}, ${id}`);
          await click(el, $(el, 'li.step .toggle')!);
          await fits(el, `${name}, ${id}, a step open`);
        }
        const run = await runCrying(pack);
        await fits(run, `${name}, a crying run`);
        await click(run, find(run, '.break > button'));
        await fits(run, `${name}, the break steps`);
        await click(run, find(run, 'button', pack.routine.ui.finish));
        await fits(run, `${name}, still crying`);
      }
    });
  }
});
