// Runs inside the benchmark page (bench/mood-trend.html) against the built CDN bundle, as a
// host would load it. bench/mood-trend.mjs drives it; it can also be opened by hand.
import '../dist/cdn/attune.min.js';

/** 365 valid check-in responses, one a day at local noon, ending today. */
function yearOfEntries() {
  const now = new Date();
  return Array.from({length: 365}, (_, index) => {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 364 + index, 12).toISOString();
    const value = [4, 3, 4, 5, 4, 3, 2, 3, 4, 4][index % 10];
    return {
      id: `bench-${index}`,
      contentId: 'attune-en-GB-england',
      contentVersion: '1.1.0',
      locale: 'en-GB',
      startedAt: at,
      submittedAt: at,
      mood: {value, optionId: ['very-low', 'low', 'okay', 'good', 'very-good'][value - 1]},
      feelings: ['tired'],
      answers: [{questionId: 'sleep', optionId: 'sometimes'}],
      signpost: 'none',
      flags: [],
    };
  });
}

const stage = document.getElementById('stage');
const settle = (el) => el.updateComplete.then(() => el.shadowRoot.querySelector('svg').getBoundingClientRect());

/**
 * Times `runs` renders of 365 entries, after one warm-up that loads the validation chunk.
 * `first`: a new element is given the entries and attached, until its chart is laid out
 * (every entry checked against the schema, bucketed by day, drawn).
 * `rerender`: the same element then switches from 14 to 28 days (bucketing and drawing again).
 */
window.benchMoodTrend = async (runs) => {
  const entries = yearOfEntries();
  const first = [];
  const rerender = [];
  for (let run = -1; run < runs; run++) {
    stage.replaceChildren();
    // Let the page go idle between runs, so one run's garbage collection is not timed in the next.
    await new Promise((resolve) => setTimeout(resolve, 50));
    let started = performance.now();
    const el = document.createElement('attune-mood-trend');
    el.entries = entries;
    stage.append(el);
    await settle(el);
    const firstTime = performance.now() - started;
    started = performance.now();
    el.days = 28;
    await settle(el);
    if (run < 0) continue;
    first.push(firstTime);
    rerender.push(performance.now() - started);
  }
  const points = stage.querySelector('attune-mood-trend').shadowRoot.querySelectorAll('circle').length;
  return {first, rerender, points};
};
