/**
 * What a parent sees first, when a host sets data before the validators have loaded (the usual
 * case on a page's first load). This file must run in a page of its own, before anything else
 * loads the validators: its first test must stay first.
 */
import {expect} from '@open-wc/testing';
import '../src/mood-check-in.js';
import '../src/mood-trend.js';
import '../src/routine-planner.js';
import {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {AttuneMoodTrend} from '../src/mood-trend.js';
import {loadedValidators} from '../src/core/attune-element.js';
import {defaultContent} from '../src/schema/index.js';
import {textOf} from './helpers/events.js';
import {fill} from '../src/core/format.js';
import {clonePack, draftAt, entriesFor, savedRoutine} from '../fixtures/index.js';

/** Every text the element's shadow root showed, one snapshot per render. */
function watch(el: HTMLElement): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(textOf(el.shadowRoot))).observe(el.shadowRoot!, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return seen;
}

describe('the first render', () => {
  it("never shows a screen that is about to change: no built-in words before the host's, no empty trend, no step 1 before a restored step", async () => {
    expect(loadedValidators(), 'validators must not be loaded yet, or this test proves nothing').to.equal(undefined);

    const trend = document.createElement('attune-mood-trend') as AttuneMoodTrend;
    trend.entries = entriesFor([4, 3, 4, 5, 2, 3, 4, 4, 3, 4, 5, 4, 3, 4]);
    const restored = document.createElement('attune-mood-check-in') as AttuneMoodCheckIn;
    restored.draft = draftAt('note', {note: 'Slept for four hours in a row.'});
    const hosted = document.createElement('attune-mood-check-in') as AttuneMoodCheckIn;
    const pack = clonePack();
    pack.checkIn.title = 'Sut ydych chi heddiw?';
    hosted.content = pack;
    restored.setAttribute('name', 'check-in');
    const form = document.createElement('form');
    form.append(restored);
    document.body.append(trend, form, hosted);
    // While its first render waits, a host's form still may not send the unfinished check-in.
    expect(form.checkValidity(), 'the form is invalid at once').to.be.false;
    const seen = [trend, restored, hosted].map(watch);
    await Promise.all([trend, restored, hosted].map((el) => el.updateComplete));

    const words = defaultContent.checkIn!;
    const trendWords = defaultContent.trend!;
    const empty = fill(trendWords.summary.empty, {range: trendWords.ranges['14']});
    // Each showed something, and what it showed first is the final screen.
    for (const snapshots of seen) expect(snapshots.length).to.be.greaterThan(0);
    expect(seen[0].filter((text) => text.includes(empty))).to.deep.equal([]);
    expect(textOf(trend.shadowRoot!.querySelector('#summary')))
      .to.contain(trendWords.ranges['14'])
      .and.not.equal(empty);
    expect(seen[1].filter((text) => text.includes(words.mood.legend))).to.deep.equal([]);
    expect(textOf(restored.shadowRoot!.querySelector('.step-legend'))).to.contain(words.note.label);
    expect(seen[2].filter((text) => text.includes(words.title))).to.deep.equal([]);
    expect(seen[2][0]).to.contain('Sut ydych chi heddiw?');
    expect(form.checkValidity(), 'still invalid after the first render').to.be.false;
    for (const el of [trend, form, hosted]) el.remove();
  });

  it('keeps what a host set before the element was defined (a late script): checked, then applied', async () => {
    const pack = clonePack();
    pack.checkIn.title = 'Sut ydych chi heddiw?';
    const checkIn = Object.assign(document.createElement('late-check-in'), {
      content: pack,
      draft: draftAt('note', {note: 'Set early.'}),
    });
    const planner = Object.assign(document.createElement('late-planner'), {routine: savedRoutine});
    document.body.append(checkIn, planner);
    customElements.define('late-check-in', class extends AttuneMoodCheckIn {});
    customElements.define('late-planner', class extends AttuneRoutinePlanner {});
    await Promise.all([checkIn, planner].map((el) => (el as AttuneMoodCheckIn).updateComplete));

    expect(textOf(checkIn.shadowRoot!.querySelector('.title'))).to.equal('Sut ydych chi heddiw?');
    expect(checkIn.shadowRoot!.querySelector('textarea')!.value).to.equal('Set early.');
    expect((planner as unknown as AttuneRoutinePlanner).routine.name).to.equal(savedRoutine.name);
    expect(planner.shadowRoot!.querySelectorAll('li.step')).to.have.length(savedRoutine.steps.length);
    checkIn.remove();
    planner.remove();
  });
});
