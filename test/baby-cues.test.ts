/**
 * `<attune-baby-cues>` as a parent and a host use it: real mouse clicks and keys, what is on the
 * screen, and the events a host receives. The signs of illness have their own file
 * (baby-cues-red-flags.test.ts), as do every band in every ready pack (baby-cues-packs.test.ts).
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand, resetMouse, sendKeys} from '@web/test-runner-commands';
import type {AttuneBabyCues} from '../src/baby-cues.js';
import type {AttuneContentErrorEvent, AttuneCueMomentEvent} from '../src/core/events.js';
import {CueMomentDetailSchema} from '../src/schema/events.js';
import {defaultContent} from '../src/content/en-GB-england.js';
import {packs} from '../src/packs/index.js';
import type {ContentPack} from '../src/schema/content.js';
import {clonePack, savedMoment} from '../fixtures/index.js';
import {$, $$, find, textOf} from '../fixtures/read.js';
import {expectAccessible} from './helpers/axe.js';
import {recordEvents} from './helpers/events.js';
import {click, deepActive, removeStage, settle} from './helpers/stage.js';
import {babyCards, boxOf, mountCues, press, readingTitle, screenOf, tick, ticked} from './helpers/baby-cues.js';

const words = defaultContent.cues!;
const ui = words.ui;

/** Ticks each of `names`, then presses "What might this mean?". */
async function readingFor(el: AttuneBabyCues, ...names: string[]): Promise<void> {
  for (const name of names) await tick(el, name);
  await press(el, ui.show);
}

describe('<attune-baby-cues>', () => {
  afterEach(async () => {
    removeStage();
    await resetMouse();
  });

  it("asks for the age band, then shows that band's cues in plain groups, each with its description", async () => {
    const el = await mountCues();
    expect(textOf($(el, '.title'))).to.equal(words.title);
    expect($$(el, 'input[name=band]').map((input) => textOf(input.closest('label')))).to.deep.equal(
      words.age.bands.map((band) => band.label),
    );
    expect($(el, 'fieldset.group'), 'no cues before a band is chosen').to.be.null;
    await tick(el, '3 to 6 months');
    expect($$(el, 'fieldset.group legend').map(textOf)).to.deep.equal([
      'Ready to connect',
      'Needs a break',
      'Tired',
      'Hungry',
      'Upset',
    ]);
    const looksAway = boxOf(el, 'Looks away');
    expect(looksAway.type).to.equal('checkbox');
    expect(looksAway.getAttribute('aria-labelledby')).to.equal('cue-looks-away');
    expect(textOf($(el, `#${looksAway.getAttribute('aria-describedby')}`))).to.equal(
      'They turn their eyes or head away from you.',
    );
    expect($$(el, 'fieldset.red-flags input[type=checkbox]')).to.have.length(words.redFlags.items.length);
    await tick(el, '1 to 2 years');
    expect($$(el, 'fieldset.group legend').map(textOf), 'toddlers: big feelings too').to.include('Big feelings');
    await expectAccessible(el);
  });

  it('age-months picks the band and reflects; an age outside 0 to 24 asks the parent', async () => {
    const el = await mountCues({}, {'age-months': '14'});
    expect($(el, 'input[name=band]'), 'no band question').to.be.null;
    expect(textOf($(el, '.age-shown'))).to.equal('Your baby’s age: 1 to 2 years');
    el.ageMonths = 2;
    await settle(el);
    expect(el.getAttribute('age-months')).to.equal('2');
    expect(textOf($(el, '.age-shown'))).to.equal('Your baby’s age: 0 to 3 months');
    for (const outside of ['25', '-1', 'soon']) {
      el.setAttribute('age-months', outside);
      await settle(el);
      expect($$(el, 'input[name=band]'), `age-months="${outside}"`).to.have.length(4);
    }
  });

  it('"needs a break" cues give a tentative reading, words to say out loud and what to try, and focus moves to the reading', async () => {
    const el = await mountCues({ageMonths: 4});
    await readingFor(el, 'Looks away', 'Puts a hand up');
    expect(readingTitle(el)).to.equal('Your baby may be telling you they need a break');
    expect(textOf($(el, '.meaning'))).to.match(/\b(may|might)\b/);
    expect($$(el, '.reading .say li').map(textOf)).to.deep.equal([
      '"You\'re turning away. Had enough? Let\'s have a rest."',
    ]);
    expect($$(el, '.try input[name=tried]').map((i) => textOf(i.closest('label')))).to.include(
      'Make it calmer: lower the lights and turn off the TV or music.',
    );
    expect(deepActive(), 'focus on the reading').to.equal($(el, '.reading-heading'));
    expect(textOf($(el, '.reading-heading'))).to.equal(`${words.readings.heading} ${readingTitle(el)}`);
    await expectAccessible(el);
  });

  it('shows what to tick first when asked with nothing ticked', async () => {
    const el = await mountCues({ageMonths: 4});
    await press(el, ui.show);
    expect(textOf($(el, '#pick-error'))).to.equal(ui.pickFirst);
    expect($(el, '.reading')).to.be.null;
    await tick(el, 'Yawns');
    expect($(el, '#pick-error'), 'gone once something is ticked').to.be.null;
  });

  it('mixed signals give the gentle "it can be hard to tell" reading; the most specific reading wins', async () => {
    const el = await mountCues({ageMonths: 4});
    await readingFor(el, 'Smiles', 'Looks away');
    expect(readingTitle(el)).to.equal('It can be hard to tell');
    expect(textOf($(el, '.meaning'))).to.contain('Watch for a moment');
    await tick(el, 'Smiles');
    expect(readingTitle(el), 'the reading follows the ticks').to.equal(
      'Your baby may be telling you they need a break',
    );
    await tick(el, 'Yawns');
    expect(readingTitle(el), 'tired and needs a break together').to.equal('Your baby may be tired and need a break');
  });

  it("ready to connect shows how to take turns and wait; upset and big feelings show calming steps and a line on the parent's own calm", async () => {
    const baby = await mountCues({ageMonths: 8});
    await readingFor(baby, 'Looks at your face');
    expect(readingTitle(baby)).to.equal('Your baby may be ready to play');
    expect(textOf($(baby, '.steps-heading'))).to.equal('Take turns and wait');
    expect($$(baby, '.reading .steps li').map(textOf)).to.include('Wait. Count to five in your head.');
    expect($$(baby, '.try label').map(textOf), 'a serve-and-return idea for 6 to 12 months').to.include(
      'Say the name of what they look at: "A dog! A big dog."',
    );
    const toddler = await mountCues({ageMonths: 18});
    await readingFor(toddler, 'A tantrum');
    expect(readingTitle(toddler)).to.equal('Your child may be having big feelings');
    expect(textOf($(toddler, '.steps-heading'))).to.equal('Calming steps');
    expect(textOf($(toddler, '.for-you'))).to.match(/breathe out slowly/);
    await expectAccessible(toddler);
  });

  it("the toddler band offers the path after a hard moment, with no blame, never shaking, and the parent's urgent and support help", async () => {
    const el = await mountCues({ageMonths: 20});
    const summary = find(el, '.repair summary');
    expect(textOf(summary)).to.equal(words.repair.open);
    await tick(el, 'A tantrum');
    await click(el, summary);
    expect($(el, '.repair details')!.hasAttribute('open')).to.be.true;
    expect($$(el, '.repair-steps li').map(textOf)).to.deep.equal(words.repair.steps.map((s) => s.text));
    expect($$(el, '.repair .say li').map(textOf)).to.deep.equal([
      '"We were both cross, and I shouted. I\'m sorry. Let\'s have a hug."',
    ]);
    expect(textOf($(el, '.repair')))
      .to.contain(words.repair.noBlame)
      .and.contain(words.repair.neverShake);
    expect($$(el, '.repair .help attune-help-card').map((c) => c.getAttribute('level'))).to.deep.equal([
      'urgent',
      'support',
    ]);
    await settle(el);
    await expectAccessible(el);
  });

  it('round trip: the moment from the event, set on a fresh element, shows the same screen', async () => {
    const el = await mountCues();
    const moments = recordEvents<AttuneCueMomentEvent>(el, 'attune-cue-moment');
    await tick(el, '3 to 6 months');
    await readingFor(el, 'Looks away', 'Hiccups or sneezes');
    await tick(el, 'Slow down. Go quiet for a moment.');
    const note = find<HTMLTextAreaElement>(el, 'textarea');
    note.focus();
    await sendKeys({type: 'Bath, then <b>quiet</b> 👶🏽'});
    await press(el, words.save.button);
    expect(moments, 'one event').to.have.length(1);
    const detail = moments[0].detail;
    expect(CueMomentDetailSchema.safeParse(detail).success, 'the detail validates').to.be.true;
    expect(detail.moment).to.include({ageBand: '3-6', readingId: 'break', note: 'Bath, then <b>quiet</b> 👶🏽'});
    expect(detail.moment.cueIds).to.deep.equal(['looks-away', 'hiccups']);
    expect(detail.moment.triedIds).to.deep.equal(['slow-down']);
    expect(textOf($(el, '.saved'))).to.equal(words.save.saved);
    const before = await screenOf(el);
    const fresh = await mountCues({moment: structuredClone(detail.moment)});
    expect(await screenOf(fresh)).to.deep.equal(before);
    expect(fresh.moment).to.deep.equal(detail.moment);
  });

  it('a double click on "Save this moment" sends one event; pressing it again with nothing changed sends none; a change sends the same id again', async () => {
    const el = await mountCues({ageMonths: 4});
    const moments = recordEvents<AttuneCueMomentEvent>(el, 'attune-cue-moment');
    await readingFor(el, 'Yawns');
    const save = find(el, 'button', words.save.button);
    save.scrollIntoView({block: 'center'});
    const box = save.getBoundingClientRect();
    await executeServerCommand('press-twice', {
      x: Math.round(box.x + box.width / 2),
      y: Math.round(box.y + box.height / 2),
      pointer: 'mouse',
    });
    await settle(el);
    expect(moments, 'a double click saves once').to.have.length(1);
    await press(el, words.save.button);
    expect(moments, 'nothing changed, nothing sent').to.have.length(1);
    await tick(el, 'Rubs eyes or ears');
    await press(el, words.save.button);
    expect(moments).to.have.length(2);
    expect(moments[1].detail.moment.id, 'the same moment, saved again').to.equal(moments[0].detail.moment.id);
    expect(moments[1].detail.moment.cueIds).to.deep.equal(['yawns', 'rubs-eyes']);
  });

  it('refuses a bad moment with one attune-content-error naming its path, and keeps working', async () => {
    const el = await mountCues({ageMonths: 4});
    await tick(el, 'Yawns');
    const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
    for (const bad of [{...savedMoment, cueIds: []}, {...savedMoment, at: 'yesterday'}, 'not a moment', 42]) {
      el.moment = bad as never;
      await settle(el);
    }
    expect(errors).to.have.length(4);
    expect(errors.map((e) => e.detail.property)).to.deep.equal(['moment', 'moment', 'moment', 'moment']);
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['moment.cueIds']);
    expect(errors[1].detail.issues.map((i) => i.path)).to.deep.equal(['moment.at']);
    expect(ticked(el), "the parent's tick stays").to.deep.equal(['Yawns']);
    await readingFor(el);
    expect(readingTitle(el)).to.equal('Your baby may be getting tired');
  });

  it('a moment with ids this pack does not have: those are left out and named, the rest restored', async () => {
    const errors: AttuneContentErrorEvent[] = [];
    const listen = (event: Event) => errors.push(event as AttuneContentErrorEvent);
    document.addEventListener('attune-content-error', listen);
    const el = await mountCues({
      moment: {...savedMoment, cueIds: ['looks-away', 'gone-cue'], triedIds: ['calmer', 'old-idea']},
    }).finally(() => document.removeEventListener('attune-content-error', listen));
    expect(errors).to.have.length(1);
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['moment.cueIds.1', 'moment.triedIds.1']);
    expect(ticked(el)).to.deep.equal([
      '3 to 6 months',
      'Looks away',
      'Make it calmer: lower the lights and turn off the TV or music.',
    ]);
    expect(readingTitle(el)).to.equal('Your baby may be telling you they need a break');
  });

  it("setting moment to null or undefined never clears the parent's ticks or the baby's help", async () => {
    const el = await mountCues({ageMonths: 1});
    await tick(el, 'A rash that does not fade when you press a glass on it');
    expect(babyCards(el)).to.deep.equal(['emergency']);
    for (const empty of [null, undefined]) {
      el.moment = empty;
      await settle(el);
      expect(babyCards(el), String(empty)).to.deep.equal(['emergency']);
    }
    expect(ticked(el)).to.deep.equal(['A rash that does not fade when you press a glass on it']);
  });

  it('a note over the limit is kept as typed and must be shortened before saving', async () => {
    const el = await mountCues({ageMonths: 4});
    const moments = recordEvents<AttuneCueMomentEvent>(el, 'attune-cue-moment');
    await readingFor(el, 'Yawns');
    const note = find<HTMLTextAreaElement>(el, 'textarea');
    note.value = 'x'.repeat(1001);
    note.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await press(el, words.save.button);
    expect(moments).to.have.length(0);
    expect(textOf($(el, '#note-error'))).to.equal('Your note is too long. Please keep it to 1,000 characters.');
    expect(note.value).to.have.length(1001);
    expect(deepActive()).to.equal(note);
    note.value = 'x'.repeat(1000);
    note.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await settle(el);
    expect($(el, '#note-error')).to.be.null;
    await press(el, words.save.button);
    expect(moments[0].detail.moment.note).to.have.length(1000);
  });

  it('Start again clears the ticks and the note; the next save is a new moment', async () => {
    const el = await mountCues({moment: structuredClone(savedMoment)});
    const moments = recordEvents<AttuneCueMomentEvent>(el, 'attune-cue-moment');
    await press(el, words.save.startAgain);
    expect(ticked(el)).to.deep.equal(['3 to 6 months']);
    expect(el.moment).to.be.undefined;
    expect(deepActive()).to.equal($(el, '.notice-heading'));
    await readingFor(el, 'Yawns');
    await press(el, words.save.button);
    expect(moments[0].detail.moment.id).not.to.equal(savedMoment.id);
    expect(moments[0].detail.moment).not.to.have.property('note');
  });

  it('works from the keyboard: arrows choose the band, Space ticks, Enter shows the reading', async () => {
    const el = await mountCues();
    $$<HTMLInputElement>(el, 'input[name=band]')[0].focus();
    await sendKeys({press: 'ArrowDown'});
    await settle(el);
    expect(ticked(el)).to.deep.equal(['3 to 6 months']);
    boxOf(el, 'Yawns').focus();
    await sendKeys({press: 'Space'});
    await settle(el);
    expect(ticked(el)).to.deep.equal(['3 to 6 months', 'Yawns']);
    find(el, 'button', ui.show).focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(readingTitle(el)).to.equal('Your baby may be getting tired');
  });

  it('a pack without the cues section is refused, and the guide keeps its words', async () => {
    const el = await mountCues({ageMonths: 4});
    const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
    const {cues: _, ...withoutCues} = clonePack() as ContentPack;
    el.content = withoutCues;
    await settle(el);
    expect(errors[0].detail.issues).to.deep.equal([
      {path: 'cues', message: 'This widget needs the "cues" section, and the pack has none.'},
    ]);
    expect(textOf($(el, '.title'))).to.equal(words.title);
  });

  it('keeps the ticks that the Welsh pack also has when the host switches packs', async () => {
    const el = await mountCues({moment: structuredClone(savedMoment)});
    el.content = packs['cy-GB-wales'];
    await settle(el);
    expect(textOf($(el, '.reading-title'))).to.equal(
      'Efallai bod eich babi’n dweud wrthych chi fod angen seibiant arnyn nhw',
    );
    expect(ticked(el)).to.include('Yn edrych i ffwrdd');
  });
});
