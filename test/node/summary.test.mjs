// The summary a parent takes to the health visitor, from the built code, in Node: what goes in
// (notes only when chosen, never scores), the HTML file (every word escaped), and the FHIR
// Bundle a host makes of it, valid R4 under the same two validators as every other resource.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {defaultContent, SummaryShareDetailSchema, parseWith} from 'attune-widgets/schema';
import {summaryToBundle} from 'attune-widgets/fhir';
import {makeSummary} from '../../dist/mood-trend/summary.js';
import {assertValidFhir} from './helpers/fhir-validator.mjs';

const now = new Date('2026-12-06T12:00:00Z');
const day = (daysAgo) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
const entry = (daysAgo, value, extra = {}) => ({
  id: `0b9f3c1e-0000-4000-8000-${String(daysAgo).padStart(12, '0')}`,
  contentId: defaultContent.id,
  contentVersion: defaultContent.version,
  locale: 'en-GB',
  startedAt: day(daysAgo),
  submittedAt: day(daysAgo),
  mood: {value, optionId: ['very-low', 'low', 'okay', 'good', 'very-good'][value - 1]},
  feelings: ['tired'],
  answers: [{questionId: 'harm-thoughts', optionId: 'no', score: 0}],
  signpost: value <= 2 ? 'support' : 'none',
  flags: value <= 2 ? ['mood-low'] : [],
  ...extra,
});
const entries = [
  entry(1, 2, {note: 'Private <b>note</b>'}),
  entry(1, 2, {note: 'Private <b>note</b>'}), // the same check-in twice
  entry(3, 4),
  entry(20, 3),
  entry(40, 1),
  entry(-2, 5), // dated after today: not in these weeks
];
const words = {
  share: defaultContent.trend.share,
  moods: defaultContent.trend.moods,
  feelings: new Map(defaultContent.checkIn.feelings.options.map((f) => [f.id, f.label])),
  locale: 'en-GB',
  dir: 'ltr',
};
const choose = (change = {}) => ({days: 14, moods: true, feelings: true, help: true, notes: false, ...change});

describe('the summary for the health visitor', () => {
  it('holds the check-ins of the weeks chosen, without notes unless chosen, and never a score', () => {
    const {summary} = makeSummary(entries, choose(), words, now);
    assert.equal(parseWith(SummaryShareDetailSchema, {schemaVersion: 1, summary}).ok, true);
    assert.equal(summary.entries.length, 2, 'two weeks: the check-ins of 1 and 3 days ago');
    assert.ok(summary.entries.every((e) => e.note === undefined && e.score === undefined));
    assert.ok(summary.entries.every((e) => e.answers.every((a) => a.score === undefined)));
    assert.doesNotMatch(summary.text, /note|score/i);
    assert.equal(makeSummary(entries, choose({days: 28}), words, now).summary.entries.length, 3);
    const withNotes = makeSummary(entries, choose({notes: true}), words, now).summary;
    assert.match(withNotes.text, /Private <b>note<\/b>/);
    assert.match(withNotes.html, /Private &lt;b&gt;note&lt;\/b&gt;/, 'the file shows the note as text');
    assert.doesNotMatch(withNotes.html, /<b>note/);
  });

  it('as a FHIR Bundle: one valid R4 QuestionnaireResponse per check-in in it', () => {
    const {summary} = makeSummary(entries, choose({days: 28}), words, now);
    const bundle = summaryToBundle(summary, defaultContent);
    assertValidFhir(bundle);
    assert.equal(bundle.type, 'collection');
    assert.equal(bundle.entry.length, 3);
    for (const {resource, fullUrl} of bundle.entry) {
      assertValidFhir(resource);
      assert.equal(resource.resourceType, 'QuestionnaireResponse');
      assert.match(fullUrl, /^urn:uuid:/);
    }
  });
});
