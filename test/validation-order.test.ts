/**
 * The data checks (drafts, routines, entries) load apart from the content-pack schemas, and
 * usually first: what a host sets must still apply in the order it set it. This file must run in
 * a page of its own, before anything loads the validators, and imports no schema itself.
 */
import {expect} from '@open-wc/testing';
import '../src/mood-check-in.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import {loadedValidators} from '../src/core/attune-element.js';

describe('validation order', () => {
  it('a pack then a draft set together: the draft is fitted to that pack, though the data checks are there first', async () => {
    expect(loadedValidators(), 'validators must not be loaded yet, or this test proves nothing').to.equal(undefined);
    const el = document.createElement('attune-mood-check-in') as AttuneMoodCheckIn;
    document.body.append(el);
    // A restored draft alone loads only the data checks…
    el.draft = el.draft;
    await el.updateComplete;
    expect(loadedValidators()).to.not.equal(undefined);
    // …so the draft below could be checked at once, before the pack that was set first.
    const errors: unknown[] = [];
    el.addEventListener('attune-content-error', (event) => errors.push(event.detail));
    const pack = structuredClone(el.content);
    pack.checkIn!.questions.items.push({
      id: 'extra',
      text: 'One more question?',
      options: [
        {id: 'a', label: 'A'},
        {id: 'b', label: 'B'},
      ],
    });
    el.content = pack;
    el.draft = {...el.draft, step: 'questions', answers: [{questionId: 'extra', optionId: 'b'}]};
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.draft.answers).to.deep.equal([{questionId: 'extra', optionId: 'b'}]);
    el.remove();
  });
});
