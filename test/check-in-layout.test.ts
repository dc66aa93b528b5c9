/**
 * The check-in's choices follow the widget's own width, not the screen's: one column in a narrow
 * widget (a phone, or a sidebar on a wide screen), full rows in a wide one, and a chosen option
 * keeps its radio and words where they were.
 */
import {expect, nextFrame} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import {defaultContent} from '../src/schema/index.js';
import {$$} from '../fixtures/read.js';
import {choose, click, mountCheckIn, wordOf} from './helpers/check-in.js';

const words = defaultContent.checkIn!;
const moods = words.mood.options.map((option) => option.label);

/** The words of the choices on screen, row by row (choices whose boxes share a top). */
function rowsOf(el: AttuneMoodCheckIn): string[][] {
  const rows = new Map<number, string[]>();
  for (const input of $$<HTMLInputElement>(el, '.choice input')) {
    const top = Math.round(input.closest('label')!.getBoundingClientRect().top);
    rows.set(top, [...(rows.get(top) ?? []), wordOf(input)]);
  }
  return [...rows.values()];
}

/** A check-in `width` px wide on a page `screen` px wide, as in a host's column or sidebar. */
async function checkInAt(width: number, screen: number): Promise<AttuneMoodCheckIn> {
  await setViewport({width: screen, height: 900});
  const el = await mountCheckIn();
  el.style.width = `${width}px`;
  await nextFrame();
  return el;
}

/** Where the option's radio and words are in its box (left and top, to a quarter pixel), whatever the page's scroll. */
function placeOf(el: AttuneMoodCheckIn, word: string): number[] {
  const input = $$<HTMLInputElement>(el, '.choice input').find((candidate) => wordOf(candidate) === word)!;
  const choice = input.closest('label')!.getBoundingClientRect();
  return [input, input.closest('label')!.querySelector('span:last-child')!].flatMap((node) => {
    const box = node.getBoundingClientRect();
    return [Math.round((box.left - choice.left) * 4) / 4, Math.round((box.top - choice.top) * 4) / 4];
  });
}

describe("the check-in's choices follow its own width", () => {
  after(() => setViewport({width: 800, height: 600}));

  it('a wide check-in shows the five moods in one row, then the feelings in full rows', async () => {
    const el = await checkInAt(800, 1280);
    expect(rowsOf(el)).to.deep.equal([moods]);
    await choose(el, 'mood', moods[2]);
    await click(el, words.ui.next);
    const rows = rowsOf(el);
    expect(rows.length, 'more than one row of feelings').to.be.above(1);
    expect(
      rows.map((row) => row.length),
      'every row as full as the first: no feeling left alone',
    ).to.deep.equal(rows.map(() => rows[0].length));
  });

  it('in a sidebar of a wide screen, and on a phone, each choice has a row of its own', async () => {
    for (const [width, screen] of [
      [300, 1280],
      [366, 390],
    ]) {
      const el = await checkInAt(width, screen);
      expect(rowsOf(el), `${width} px wide on a ${screen} px screen`).to.deep.equal(moods.map((mood) => [mood]));
    }
  });

  it('follows the widget when it is made wider or narrower, with nothing rendered again', async () => {
    const el = await checkInAt(300, 1280);
    el.style.width = '800px';
    await nextFrame();
    expect(rowsOf(el), 'made wide').to.deep.equal([moods]);
    el.style.width = '300px';
    await nextFrame();
    expect(rowsOf(el), 'made narrow again').to.deep.equal(moods.map((mood) => [mood]));
  });

  it('no width a fraction of a pixel either side of the switch leaves a mood alone on a row', async () => {
    const el = await checkInAt(800, 1280);
    const padding = el.getBoundingClientRect().width - $$(el, '.choices')[0].getBoundingClientRect().width;
    const oneColumn = moods.map((mood) => [mood]);
    // 46rem is 736 px: the choices' box from 735 to 737 px, in the browser's 1/64 px layout steps.
    for (let box = 735; box <= 737; box += 1 / 64) {
      el.style.width = `${box + padding}px`;
      await nextFrame();
      const rows = rowsOf(el);
      expect(
        [oneColumn, [moods]].some((layout) => JSON.stringify(layout) === JSON.stringify(rows)),
        `a ${box.toFixed(4)} px box: ${JSON.stringify(rows)}`,
      ).to.be.true;
    }
  });

  it('a narrow check-in leaves less room around the words of each choice', async () => {
    const gapBeforeWords = async (width: number) => {
      const el = await checkInAt(width, 1280);
      const choice = $$(el, '.choice')[0];
      return (
        choice.querySelector('span:last-child')!.getBoundingClientRect().left - choice.getBoundingClientRect().left
      );
    };
    expect(await gapBeforeWords(300), '300 px wide against 500 px wide').to.be.below(await gapBeforeWords(500));
  });

  for (const [width, screen] of [
    [296, 320],
    [366, 390],
    [800, 1280],
  ]) {
    it(`choosing an option does not move its radio or its words (${width} px wide)`, async () => {
      const el = await checkInAt(width, screen);
      const before = placeOf(el, moods[2]);
      await choose(el, 'mood', moods[2]);
      expect($$<HTMLInputElement>(el, '.choice input:checked').map(wordOf), 'chosen').to.deep.equal([moods[2]]);
      expect(placeOf(el, moods[2]), 'radio left, top, words left, top').to.deep.equal(before);
    });
  }
});
