// Runs inside bench/run.html; bench/run.mjs drives it. Both bundles are preloaded (fetched and
// parsed) by the page, so a sample times what a host pays once the file is there: evaluating
// the module (Lit + element definitions), creating the elements, first render and layout.
// `before`: another build's copy that bench/first-ab.mjs times against this checkout's.
const bundles = {
  attune: '../dist/cdn/attune.min.js',
  baseline: './.build/baselines.js',
  before: './.build/before-cdn/attune.min.js',
};

/** 14 days of valid check-ins, ending today, for the trend widgets. */
function fortnight() {
  return Array.from({length: 14}, (_, i) => {
    const at = new Date(Date.now() - (13 - i) * 86_400_000).toISOString();
    const value = [4, 3, 4, 5, 2, 3, 4][i % 7];
    return {
      id: `bench-${i}`,
      contentId: 'attune-en-GB-england',
      contentVersion: '1.1.0',
      locale: 'en-GB',
      startedAt: at,
      submittedAt: at,
      mood: {value, optionId: ['very-low', 'low', 'okay', 'good', 'very-good'][value - 1]},
      feelings: [],
      answers: [],
      signpost: 'none',
      flags: [],
    };
  });
}

function create(tag) {
  const el = document.createElement(tag);
  if (tag.endsWith('mood-trend')) el.entries = fortnight();
  return el;
}

const settle = async (els) => {
  await Promise.all(els.map((el) => el.updateComplete));
  return document.body.getBoundingClientRect().height; // forces style and layout
};

/** Define + first render + layout of `count` elements, in ms, on a fresh page. */
window.benchFirst = async (kind, tag, count) => {
  const started = performance.now();
  await import(bundles[kind]);
  const els = Array.from({length: count}, () => create(tag));
  document.body.append(...els);
  await settle(els);
  return performance.now() - started;
};

/** Loads a bundle and puts one `tag` on the page, ready for an input. */
window.benchPrepare = async (kind, tag) => {
  await import(bundles[kind]);
  const el = create(tag);
  document.body.replaceChildren(el);
  await settle([el]);
  window.benchEventAt = undefined;
  // A mood is selected when the button is released (or an arrow key goes down): time from that
  // event. the driver sends press and release as two messages, and the gap between them belongs
  // to the driver (a finger, for a person), not to the widget.
  for (const type of ['pointerup', 'keydown']) {
    document.addEventListener(
      type,
      (event) => {
        window.benchInputAt = event.timeStamp;
      },
      {capture: true, once: true},
    );
  }
  el.addEventListener(
    kind === 'attune' ? 'attune-check-in-change' : 'base-check-in-change',
    () => {
      window.benchEventAt = performance.now();
    },
    {once: true},
  );
};

/** `cycles` create-attach-render-remove cycles of `tag`. */
window.benchCycles = async (kind, tag, cycles) => {
  await import(bundles[kind]);
  for (let i = 0; i < cycles; i++) {
    const el = create(tag);
    document.body.append(el);
    await settle([el]);
    el.remove();
  }
};
