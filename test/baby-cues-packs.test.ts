/**
 * The baby-cues guide in every ready pack, in every age band: the pack's own words and language,
 * a reading with its ideas and the path after a hard moment open, all chosen by clicks at 320 px,
 * then axe clean and no sideways scroll at 320 px and at 390 px (the same guide, resized). Then
 * the same at 200 % text on a 320 px phone.
 */
import {expect, nextFrame} from '@open-wc/testing';
import {resetMouse, setViewport} from '@web/test-runner-commands';
import {packNames, packs} from '../src/packs/index.js';
import type {PackWith} from '../src/schema/content.js';
import {cueGroupsFor} from '../src/baby-cues/reading.js';
import {$, $$, find, textOf} from '../fixtures/read.js';
import {expectAccessible} from './helpers/axe.js';
import {mountCues, press, readingTitle, tick} from './helpers/baby-cues.js';
import {click, reflowProblems, removeStage} from './helpers/stage.js';

/** The guide in `band` of `pack`, chosen as a parent does, with a reading shown and the repair path open. */
async function everyPart(pack: PackWith<'cues'>, bandId: string) {
  const el = await mountCues({content: pack});
  const band = pack.cues.age.bands.find((b) => b.id === bandId)!;
  await tick(el, band.label);
  const groups = cueGroupsFor(pack.cues, bandId);
  await tick(el, groups[0].cues[0].label);
  await press(el, pack.cues.ui.show);
  await click(el, find(el, '.repair summary'));
  return {el, groups};
}

describe('the baby-cues guide in every ready pack and band: its words, axe clean, no sideways scroll', () => {
  afterEach(async () => {
    removeStage();
    await resetMouse();
  });
  after(() => setViewport({width: 800, height: 600}));

  for (const name of packNames) {
    const pack = packs[name] as PackWith<'cues'>;
    for (const band of pack.cues.age.bands) {
      it(`${name}, ${band.id} months, at 320 px and then 390 px`, async () => {
        // Chosen and opened by clicks on the narrowest phone, where the guide's narrow layout applies.
        await setViewport({width: 320, height: 800});
        const {el, groups} = await everyPart(pack, band.id);
        expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal(pack.locale);
        expect(textOf(el.shadowRoot!), 'no "{placeholder}" left unfilled').not.to.match(/\{\w+\}/);
        expect($$(el, 'fieldset.group legend').map(textOf)).to.deep.equal(groups.map((g) => g.label));
        expect(readingTitle(el)).to.not.equal('');
        expect($(el, '.repair details[open]')).to.exist;
        // Then the same guide on a wider phone too: each width has its own layout.
        for (const width of [320, 390]) {
          await setViewport({width, height: 800});
          await nextFrame();
          expect(innerWidth).to.equal(width);
          expect(reflowProblems(el, width).join('\n'), `at ${width} px`).to.equal('');
          await expectAccessible(el);
        }
      });
    }
  }

  describe('200 % text on a 320 px phone', () => {
    before(async () => {
      await setViewport({width: 320, height: 800});
      document.documentElement.style.setProperty('font-size', '200%');
    });
    after(() => document.documentElement.style.removeProperty('font-size'));

    for (const name of ['en-GB-england', 'cy-GB-wales'] as const) {
      it(`${name}: the toddler band, a reading and the repair path reflow with nothing cut off`, async () => {
        const {el} = await everyPart(packs[name] as PackWith<'cues'>, '12-24');
        await nextFrame();
        expect(reflowProblems(el, 320).join('\n')).to.equal('');
      });
    }
  });
});
