/**
 * Accessibility beyond axe, for every widget in every main state: no horizontal
 * scroll at 320 px and at 400 % zoom, no motion under `prefers-reduced-motion`, no keyboard trap
 * and a visible focus ring at every stop, states that stay distinguishable in forced colours,
 * and axe clean in forced colours. A last block proves each check can fail.
 */
import {expect, nextFrame} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, resetMouse, sendKeys, setViewport} from '@web/test-runner-commands';
import {deepElements, type AnyWidget} from './helpers/widgets.js'; // also defines every element
import {
  click,
  deepActive,
  find,
  isInside,
  mount,
  nameOf,
  option,
  pageButton,
  reflowProblems,
  removeStage,
  settle,
} from './helpers/stage.js';
import {defaultContent, helpLevels, type HelpLevel} from '../src/schema/index.js';
import {expectAccessible} from './helpers/axe.js';
import {mountCheckIn} from './helpers/check-in.js';
import {mountHelpCard} from './helpers/help-card.js';
import {mountPlanner} from './helpers/routine-planner.js';
import {reach, typeInto} from './helpers/states.js';
import {clonePack, draftAt, savedRoutine, withHelp} from '../fixtures/index.js';
import {routinePlannerStates, statesByElement, type WidgetState} from '../fixtures/states.js';

const checkInUi = defaultContent.checkIn!.ui;
const routineUi = defaultContent.routine!.ui;

const press = (key: string) => sendKeys({press: key});

// ---- the states -----------------------------------------------------------------------------

/** Every main state of every widget (fixtures/states.ts), each reached from a fresh widget as a parent or host would. */
const states: [string, () => Promise<AnyWidget>][] = Object.values(statesByElement)
  .flatMap((elementStates): WidgetState[] => Object.values(elementStates))
  .map((state) => [state.title, () => reach(state)]);

// ---- the checks (each returns what is wrong, so a failure lists every problem) ---------------

/** Any transition, animation or smooth scrolling, on any element or its ::before and ::after. */
function motionProblems(widget: Element): string[] {
  const problems: string[] = [];
  for (const el of [widget, ...deepElements(widget.shadowRoot!)]) {
    for (const pseudo of [null, '::before', '::after']) {
      const s = getComputedStyle(el, pseudo);
      const transition =
        s.transitionProperty !== 'none' && s.transitionDuration.split(',').some((d) => parseFloat(d) !== 0);
      const animation = s.animationName.split(',').some((n) => n.trim() !== 'none');
      if (transition)
        problems.push(`${nameOf(el)}${pseudo ?? ''} transitions ${s.transitionProperty} over ${s.transitionDuration}`);
      if (animation) problems.push(`${nameOf(el)}${pseudo ?? ''} runs the animation ${s.animationName}`);
      if (!pseudo && s.scrollBehavior !== 'auto') problems.push(`${nameOf(el)} scrolls ${s.scrollBehavior}`);
    }
  }
  return problems;
}

/** Why `el` (just focused by keyboard) shows no focus indicator, or undefined when it does. */
function missingFocusRing(el: Element): string | undefined {
  const s = getComputedStyle(el);
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return undefined;
  if (s.boxShadow !== 'none') return undefined;
  return `${nameOf(el)} has no focus ring (outline: ${s.outlineStyle} ${s.outlineWidth}, box-shadow: ${s.boxShadow})`;
}

/**
 * Date and time fields take one Tab per part (hours, minutes, AM/PM) and one for the picker
 * button; focus stays on the input throughout.
 */
const isSegmented = (el: Element) =>
  el instanceof HTMLInputElement && ['time', 'date', 'datetime-local', 'month', 'week'].includes(el.type);
const partsOf = (el: Element) => (isSegmented(el) ? 4 : 1);
/** Enough for the longest state, the planner's 40 steps (about three stops each). */
const maxPresses = 160;

/**
 * Presses Tab (or Shift+Tab) from the page button before (after) `widget` until focus reaches the
 * one after (before) it. Throws if focus stops moving, leaves for anywhere else, or needs more
 * than `maxPresses`. Returns each stop inside the widget and every stop without a focus ring.
 */
async function tabThrough(widget: Element, backwards = false): Promise<{stops: string[]; noRing: string[]}> {
  const [from, to] = backwards
    ? [pageButton('after'), pageButton('before')]
    : [pageButton('before'), pageButton('after')];
  const stops: string[] = [];
  const noRing: string[] = [];
  // A field's picker button draws its own ring, out of reach of CSS: it is judged by comparing
  // the field's pixels with how it looks unfocused.
  const unfocused = new Map<Element, ImageData>();
  for (const field of deepElements(widget.shadowRoot!).filter(isSegmented)) unfocused.set(field, await shot(field, 6));
  let last: Element = from;
  let repeats = 0;
  from.focus();
  if (backwards) await sendKeys({down: 'Shift'});
  try {
    for (let presses = 1; presses <= maxPresses; presses++) {
      await press('Tab');
      const focused = deepActive();
      if (focused === to) return {stops, noRing};
      if (!focused || !isInside(widget, focused))
        throw new Error(
          `After ${stops.length} stops, Tab took focus to ${nameOf(focused)}, not the page's "${to.id}" button`,
        );
      if (focused === last && ++repeats >= partsOf(focused))
        throw new Error(`Focus stopped moving: Tab leaves it on ${nameOf(focused)}`);
      if (focused !== last) repeats = 0;
      stops.push(nameOf(focused));
      const picker = isSegmented(focused) && !focused.matches(':focus-visible');
      const missing = picker
        ? differingPixels(unfocused.get(focused)!, await shot(focused, 6)) < 20 &&
          `${nameOf(focused)}: its picker button shows no focus`
        : missingFocusRing(focused);
      if (missing) noRing.push(missing);
      last = focused;
    }
  } finally {
    if (backwards) await sendKeys({up: 'Shift'});
  }
  throw new Error(
    `${maxPresses} presses of ${backwards ? 'Shift+' : ''}Tab never got out of the widget; stops: ${stops.join(', ')}`,
  );
}

// ---- forced colours and screenshots -------------------------------------------------------

const forcedColors = (value: 'active' | 'none') => executeServerCommand('emulate-forced-colors', {value});

/** A screenshot of `el`'s box grown by `pad` px (room for a focus ring), decoded to pixels. */
async function shot(el: Element, pad = 0): Promise<ImageData> {
  el.scrollIntoView({block: 'center'});
  await nextFrame();
  const box = el.getBoundingClientRect();
  const png = await executeServerCommand<string, object>('screenshot-clip', {
    x: box.x + scrollX - pad,
    y: box.y + scrollY - pad,
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
  });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/**
 * How many pixels clearly differ (some channel by more than 40) between two screenshots, over
 * the area they share from their top-left corner, so a mere change of size never counts. With
 * `edge`, only the band that far in from the sides is compared: the border, not the text inside.
 */
function differingPixels(a: ImageData, b: ImageData, edge = Infinity): number {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (Math.min(x, y, width - 1 - x, height - 1 - y) >= edge) continue;
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      if ([0, 1, 2].some((c) => Math.abs(a.data[i + c] - b.data[j + c]) > 40)) count++;
    }
  }
  return count;
}

/** Fails unless the two screenshots of `what` differ in at least 20 pixels. */
function expectDistinct(a: ImageData, b: ImageData, what: string, edge?: number): void {
  expect(differingPixels(a, b, edge), `${what}: the two look the same in forced colours`).to.be.at.least(20);
}

/** A pack whose help levels all say exactly the same, so only a level's own styling differs. */
const sameWordsPack = () =>
  withHelp((help) => {
    for (const level of helpLevels) {
      help.levels[level] = {
        heading: 'Get help',
        hiddenPrefix: 'Help:',
        signs: ['A sign'],
        catchAll: 'Or anything else',
        actions: [{id: 'call', label: 'Call 111', href: 'tel:111', kind: 'call'}],
      };
    }
  });

// ---- the tests -----------------------------------------------------------------------------

describe('accessibility beyond axe: every widget, every state', () => {
  afterEach(async () => {
    removeStage();
    await resetMouse();
  });

  describe('reflow: no horizontal scroll and nothing cut off at 320 px, and at 400 % zoom (320 × 256)', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    for (const [name, reach] of states) {
      it(name, async () => {
        const el = await reach();
        for (const viewport of [
          {width: 320, height: 640},
          {width: 320, height: 256},
        ]) {
          await setViewport(viewport);
          await nextFrame();
          expect(innerWidth, 'the viewport really is 320 px wide').to.equal(320);
          expect(reflowProblems(el, 320).join('\n'), `${viewport.width} × ${viewport.height}`).to.equal('');
        }
      });
    }
  });

  describe('prefers-reduced-motion: reduce leaves no transition, animation or smooth scrolling', () => {
    beforeEach(() => emulateMedia({reducedMotion: 'reduce'}));
    afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

    for (const [name, reach] of states) {
      it(name, async () => {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the emulation applies').to.be.true;
        expect(motionProblems(await reach()).join('\n')).to.equal('');
      });
    }
  });

  describe('no keyboard trap: Tab and Shift+Tab go through and out, with a focus ring at every stop', () => {
    for (const [name, reach] of states) {
      it(name, async function () {
        // A key press is a round trip to the browser: the 40-step planner has hundreds of stops.
        this.timeout(60000);
        const el = await reach();
        const forwards = await tabThrough(el);
        const backwards = await tabThrough(el, true);
        expect([...forwards.noRing, ...backwards.noRing].join('\n')).to.equal('');
        expect(backwards.stops.length, `as many stops back as forth (forth: ${forwards.stops.join(', ')})`).to.equal(
          forwards.stops.length,
        );
      });
    }
  });

  describe('forced colours', () => {
    beforeEach(async () => {
      await forcedColors('active');
      expect(matchMedia('(forced-colors: active)').matches, 'the emulation applies').to.be.true;
    });
    afterEach(() => forcedColors('none'));

    it('really repaints: the emergency card looks different with and without forced colours', async () => {
      const el = await mountHelpCard({level: 'emergency'});
      const forced = await shot(find(el, '.card'));
      await forcedColors('none');
      await nextFrame();
      expectDistinct(forced, await shot(find(el, '.card')), 'the emergency card with and without forced colours');
    });

    it('tells each help level from every other by its shape, when their words are the same', async () => {
      const shots = new Map<HelpLevel, ImageData>();
      for (const level of helpLevels)
        shots.set(level, await shot(find(await mountHelpCard({level}, {content: sameWordsPack()}), '.card')));
      for (const [i, a] of helpLevels.entries()) {
        for (const b of helpLevels.slice(i + 1)) expectDistinct(shots.get(a)!, shots.get(b)!, `${a} and ${b} cards`);
      }
    });

    it('shows a chosen mood and a ticked feeling, compared with the same option before', async () => {
      const el = await mountCheckIn();
      for (const [name, word] of [
        ['mood', 'Okay'],
        ['feelings', 'Tired'],
      ]) {
        if (name === 'feelings') await click(el, find(el, 'button', checkInUi.next));
        const label = option(el, name, word);
        const before = await shot(label);
        await click(el, label);
        (deepActive() as HTMLElement).blur(); // the focus ring has its own test
        await settle(el);
        expect(label.querySelector('input')!.checked, `${word} is chosen`).to.be.true;
        expectDistinct(before, await shot(label), `${word}, before and after it is chosen`);
      }
    });

    it("shows a disabled button: the check-in's Next before and after disabling, and the planner's first and second Move up", async () => {
      const el = await mountCheckIn();
      const next = find(el, 'button', checkInUi.next);
      const enabled = await shot(next);
      el.disabled = true;
      await settle(el);
      expectDistinct(enabled, await shot(next), 'Next, enabled and disabled');

      const routine = await mountPlanner({routine: savedRoutine});
      const [first, second] = [...routine.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.step .move.up')];
      expect([first.disabled, second.disabled]).to.deep.equal([true, false]);
      expectDistinct(await shot(first), await shot(second), 'Move up, disabled (first step) and enabled (second step)');
    });

    it('shows keyboard focus on a button, a radio and a help link (compared with the same element unfocused)', async () => {
      const firstIdea = `${routineUi.useTemplate}: ${defaultContent.routine!.templates[0].name}`;
      const firstStops: [() => Promise<AnyWidget>, (el: AnyWidget) => Element][] = [
        [() => mountPlanner(), (el) => find(el, 'button', firstIdea)],
        [() => mountCheckIn(), (el) => find(el, 'input[name=mood]')],
        [() => mountHelpCard({level: 'emergency'}), (el) => find(el, 'a.action')],
      ];
      for (const [reach, firstStop] of firstStops) {
        const el = await reach();
        const target = firstStop(el);
        const region = target.closest('label') ?? target; // a radio with its label
        const unfocused = await shot(region, 6);
        pageButton('before').focus();
        await press('Tab');
        expect(deepActive(), 'the first Tab stop').to.equal(target);
        expectDistinct(unfocused, await shot(region, 6), `${nameOf(target)}, unfocused and focused`);
      }
    });

    it("shows a field with an error: the note and a step's minutes, by their border (not the text inside)", async () => {
      // The same note under a 1,000-character and then a 10-character limit: only the error differs.
      const el = await mountCheckIn({draft: draftAt('note', {note: 'A long day, but a nice walk.'})});
      const textarea = find(el, 'textarea');
      const valid = await shot(textarea);
      const strict = clonePack();
      strict.checkIn.note.maxLength = 10;
      el.content = strict;
      await settle(el);
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expectDistinct(valid, await shot(textarea), 'the note, without and with its error', 4);

      const routine = await reach(routinePlannerStates.TemplateChosen);
      await click(routine, find(routine, 'li.step .toggle'));
      const minutes = find(routine, 'li.step input[name=minutes]');
      const fine = await shot(minutes);
      await typeInto(routine, minutes, '121');
      expect(minutes.getAttribute('aria-invalid')).to.equal('true');
      expectDistinct(fine, await shot(minutes), 'minutes, without and with its error', 4);
    });

    // The run mode shows only the current step, so there is no "current vs not yet done" pair to compare.

    for (const [name, reach] of states) {
      it(`axe finds no WCAG 2.2 A/AA violation: ${name}`, async () => {
        await expectAccessible(await reach());
      });
    }
  });

  describe('the checks catch what they look for', () => {
    /** A test-only element whose shadow root holds `markup`. */
    async function probe(markup: string): Promise<HTMLElement> {
      const el = await mount('div');
      el.attachShadow({mode: 'open'}).innerHTML = markup;
      await nextFrame();
      return el;
    }

    it('reflow: a box past the right edge and text cut off by overflow: hidden', async () => {
      const el = await probe(
        '<div style="width: 400px">wide</div><p style="overflow: hidden; width: 50px; white-space: nowrap">cut off text here</p>',
      );
      const problems = reflowProblems(el, 320);
      expect(problems.some((p) => p.includes('ends at'))).to.be.true;
      expect(problems.some((p) => p.includes('cuts off'))).to.be.true;
    });

    it('motion: a transition and an animation inside a shadow root, under reduced motion', async () => {
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        const el = await probe(
          '<style>@keyframes spin { to { rotate: 1turn } } b { transition: opacity 0.3s } i::after { content: "x"; animation: spin 1s }</style><b>b</b><i>i</i>',
        );
        expect(motionProblems(el)).to.have.length(2);
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('keyboard: a field that keeps focus on Tab is a trap, and a button without outline has no ring', async () => {
      const trap = await probe('<input>');
      trap.shadowRoot!.querySelector('input')!.addEventListener('keydown', (e) => {
        if (e.key === 'Tab') e.preventDefault();
      });
      let error: unknown;
      await tabThrough(trap).catch((e: unknown) => {
        error = e;
      });
      expect(String(error)).to.contain('Focus stopped moving');

      const ringless = await probe('<style>button { outline: none }</style><button>go</button>');
      expect((await tabThrough(ringless)).noRing).to.have.length(1);
    });

    it('screenshots: the same thing twice does not count as distinct', async () => {
      const el = await mountHelpCard({level: 'urgent'});
      const card = find(el, '.card');
      expect(differingPixels(await shot(card), await shot(card))).to.equal(0);
    });
  });
});
