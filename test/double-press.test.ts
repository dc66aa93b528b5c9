/**
 * A button acts once per press: a quick double click, or a double tap on a phone, on every
 * button that moves, adds, removes, submits or completes does what one press does. The second
 * press lands on whatever the first one put under the pointer, so each test also checks that
 * nothing else happened.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/mood-check-in.js';
import '../src/routine-planner.js';
import '../src/mood-trend.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import type {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {AttuneCheckInChangeEvent} from '../src/core/events.js';
import {defaultContent} from '../src/schema/index.js';
import {draftAt, entriesFor, savedRoutine} from '../fixtures/index.js';
import {recordEvents, textOf} from './helpers/events.js';
import {legendOf, mountCheckIn} from './helpers/check-in.js';
import {mountTrend} from './helpers/mood-trend.js';
import {mountPlanner} from './helpers/routine-planner.js';

const checkInUi = defaultContent.checkIn!.ui;
const routineUi = defaultContent.routine!.ui;

type Pointer = 'mouse' | 'touch';

/** Two quick presses in the middle of `target`, as a person's double click or double tap. */
async function pressTwice(target: Element, pointer: Pointer, host: {updateComplete: Promise<unknown>}): Promise<void> {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await executeServerCommand('press-twice', {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
    pointer,
  });
  await host.updateComplete;
}

/** The element's button whose visible words (accessible name without hidden parts) start with `name`. */
function button(el: HTMLElement, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    textOf(b).startsWith(name),
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

for (const pointer of ['mouse', 'touch'] as const) {
  const press = pointer === 'mouse' ? 'a double click' : 'a double tap';

  describe(`one action per press (${press})`, () => {
    describe('<attune-mood-check-in>', () => {
      const checkIn = (): Promise<AttuneMoodCheckIn> => mountCheckIn();

      it(`Next moves one step for ${press}, on every step, and answers nothing`, async () => {
        const el = await checkIn();
        el.shadowRoot!.querySelector<HTMLInputElement>('input[name=mood]')!.click();
        await el.updateComplete;
        const changes = recordEvents<AttuneCheckInChangeEvent>(el, 'attune-check-in-change');
        expect(legendOf(el)).to.include('Step 1 of');
        await pressTwice(button(el, checkInUi.next), pointer, el);
        expect(legendOf(el), 'from the mood to the feelings, not past them').to.include('Step 2 of');
        await pressTwice(button(el, checkInUi.next), pointer, el);
        expect(legendOf(el), 'from the feelings to the questions').to.include('Step 3 of');
        // The safety question needs an answer before Next moves on.
        el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-harm-thoughts"]')!.click();
        await el.updateComplete;
        await pressTwice(button(el, checkInUi.next), pointer, el);
        expect(legendOf(el), 'from the questions to the note, not to the review').to.include('Step 4 of');
        expect(
          changes.map((event) => event.detail.draft.step),
          'one change per press: no answer picked by the second',
        ).to.deep.equal(['feelings', 'questions', 'questions', 'note']);
        expect(el.draft.feelings, 'no feeling ticked by a press meant for Next').to.deep.equal([]);
      });

      it(`Back goes back one step for ${press}`, async () => {
        const el = await checkIn();
        el.draft = draftAt('note');
        await el.updateComplete;
        expect(legendOf(el)).to.include('Step 4 of');
        const changes = recordEvents(el, 'attune-check-in-change');
        await pressTwice(button(el, checkInUi.back), pointer, el);
        expect(legendOf(el)).to.include('Step 3 of');
        expect(changes).to.have.length(1);
      });

      it(`Change on the review opens that answer's step once for ${press}, and Next returns to the review`, async () => {
        const el = await checkIn();
        el.draft = draftAt('review');
        await el.updateComplete;
        const changes = recordEvents(el, 'attune-check-in-change');
        await pressTwice(button(el, checkInUi.change), pointer, el);
        expect(legendOf(el), 'the mood step, and no further').to.include('Step 1 of');
        expect(el.draft.mood?.optionId, 'the mood is kept, not changed by the second press').to.equal('okay');
        await pressTwice(button(el, checkInUi.next), pointer, el);
        expect(legendOf(el)).to.include(checkInUi.reviewLegend);
        expect(changes).to.have.length(2);
      });

      it(`Finish submits once for ${press}, and the result stays on screen`, async () => {
        const el = await checkIn();
        el.draft = draftAt('review');
        await el.updateComplete;
        const submits = recordEvents(el, 'attune-check-in-submit');
        const changes = recordEvents(el, 'attune-check-in-change');
        await pressTwice(button(el, checkInUi.submit), pointer, el);
        expect(submits).to.have.length(1);
        expect(el.response).to.exist;
        expect(el.shadowRoot!.querySelector('.result'), 'not started again by the second press').to.exist;
        expect(changes).to.have.length(0);
      });
    });

    describe('<attune-routine-planner>', () => {
      const planner = (): Promise<AttuneRoutinePlanner> => mountPlanner({routine: savedRoutine});
      const labels = (el: AttuneRoutinePlanner) => el.routine.steps.map((step) => step.label);

      it(`"Use this" starts from one idea once for ${press}`, async () => {
        const el = await mountPlanner();
        const changes = recordEvents(el, 'attune-routine-change');
        await pressTwice(button(el, routineUi.useTemplate), pointer, el);
        expect(changes).to.have.length(1);
        expect(el.routine.templateId).to.equal(defaultContent.routine!.templates[0].id);
        expect(el.routine.steps).to.have.length(defaultContent.routine!.templates[0].stepIds.length);
      });

      it(`Add step adds one step for ${press}`, async () => {
        const el = await planner();
        const changes = recordEvents(el, 'attune-routine-change');
        el.shadowRoot!.querySelector<HTMLSelectElement>('#library')!.value = 'shush';
        await pressTwice(button(el, routineUi.addStep), pointer, el);
        expect(changes.length).to.equal(1);
        expect(el.routine.steps).to.have.length(savedRoutine.steps.length + 1);
      });

      it(`Move down moves a step one place for ${press}`, async () => {
        const el = await planner();
        const [first, second, third] = labels(el);
        const changes = recordEvents(el, 'attune-routine-change');
        await pressTwice(button(el, routineUi.moveDown), pointer, el);
        expect(labels(el).slice(0, 3)).to.deep.equal([second, first, third]);
        expect(changes).to.have.length(1);
      });

      it(`Remove removes one step for ${press}`, async () => {
        const el = await planner();
        // A step's Remove is with its fields: open the first step (one press), then remove it.
        el.shadowRoot!.querySelector<HTMLButtonElement>('li.step .toggle')!.click();
        await el.updateComplete;
        const changes = recordEvents(el, 'attune-routine-change');
        await pressTwice(button(el, routineUi.remove), pointer, el);
        expect(changes).to.have.length(1);
        expect(labels(el)).to.deep.equal(savedRoutine.steps.slice(1).map((step) => step.label));
      });

      it(`Start, Done, Skip and Finish each act once for ${press}`, async () => {
        const el = await planner();
        const completed = recordEvents(el, 'attune-routine-step-complete');
        const changes = recordEvents(el, 'attune-routine-change');
        const runHeading = () => textOf(el.shadowRoot!.querySelector('.run-heading'));
        await pressTwice(button(el, routineUi.run), pointer, el);
        expect(runHeading(), 'the first step, not ticked off by the second press').to.include('Step 1 of');
        expect(completed).to.have.length(0);
        await pressTwice(button(el, routineUi.done), pointer, el);
        expect(completed).to.have.length(1);
        expect(runHeading()).to.include('Step 2 of');
        await pressTwice(button(el, routineUi.skip), pointer, el);
        expect(runHeading()).to.include('Step 3 of');
        expect(completed).to.have.length(1);
        await pressTwice(button(el, routineUi.finish), pointer, el);
        expect(runHeading(), 'finished, not started again').to.equal(routineUi.finished);
        expect(changes, 'running is not editing').to.have.length(0);
      });
    });

    describe('<attune-mood-trend>', () => {
      it(`"Show as a table" opens for ${press}, and stays open`, async () => {
        const el = await mountTrend();
        el.entries = entriesFor([3, 4, 2, 3, 4, 3, 2]);
        await el.updateComplete;
        const details = el.shadowRoot!.querySelector('details')!;
        expect(details.open).to.be.false;
        await pressTwice(details.querySelector('summary')!, pointer, el);
        await new Promise((resolve) => setTimeout(resolve, 50)); // the toggle event is queued
        expect(details.open).to.be.true;
      });
    });
  });
}
