// Where one tap's time goes, CPU 4× slower, through the Chrome DevTools Protocol: a trace of
// the page's main thread from the press to the paint after it (script, style, layout with the
// font loads inside it, paint), and the JavaScript the tap's own events ran, by self and by
// total time, mapped to the source through the bundle's map.
//   node bench/profile-tap.mjs "Use this"        RUNS=5 node bench/profile-tap.mjs safety
// The words choose the tap (part of its name in bench/tap-cases.mjs; "twin: Next" for a
// twin); RUNS profiles sum up.
import {readFileSync} from 'node:fs';
import {SourceMapConsumer} from 'source-map-js';
import {serve} from '../scripts/serve.mjs';
import {bundleBaselines, here, launch, needBuild} from './browser.mjs';
import {openTap, page, tapName, taps} from './tap-cases.mjs';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const wanted = process.argv.slice(2).join(' ');
// A widget's own tap before its plain-Lit twin of the same name ("plain Lit" names a twin).
const matching = taps.filter((tapCase) => tapName(tapCase).includes(wanted));
const tapCase = matching.find(([widget]) => widget !== 'plain Lit') ?? matching[0];
if (!wanted || !tapCase) {
  console.error(`Name a tap: ${taps.map((tapCase) => `"${tapName(tapCase)}"`).join(', ')}`);
  process.exit(1);
}
needBuild();
await bundleBaselines();

// Top-level work on the main thread, named as the DevTools performance panel names it.
const kinds = {
  EventDispatch: 'event handlers',
  FunctionCall: 'script (callbacks)',
  RunMicrotasks: 'script (microtasks: Lit renders)',
  TimerFire: 'timers',
  FireAnimationFrame: 'animation frames',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
};

/**
 * Sums the trace's top-level main-thread events from the first input to the end of the trace
 * (300 ms after the paint), and gives the span of the tap's own events (from the press to the
 * end of the last one's handlers).
 */
function summarise(events, totals) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const input = mine.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
  if (!input) return undefined;
  let open = 0;
  for (const e of mine.sort((a, b) => a.ts - b.ts)) {
    if (e.ts < input.ts || e.ts < open || !kinds[e.name]) continue; // nested in one already counted
    open = e.ts + e.dur;
    const kind = e.name === 'EventDispatch' ? `event: ${e.args.data.type}` : kinds[e.name];
    totals.set(kind, (totals.get(kind) ?? 0) + e.dur / 1000);
  }
  // Counted in layout too, but a cause of its own: a font size or weight used for the first time.
  const fonts = 'font loads, inside layout (a size or weight used for the first time)';
  for (const e of mine)
    if (e.ts >= input.ts && e.name === 'FontCache::GetFontPlatformData')
      totals.set(fonts, (totals.get(fonts) ?? 0) + e.dur / 1000);
  const tapEvents = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'input', 'change', 'toggle']);
  const handled = mine.filter(
    (e) => e.ts >= input.ts && e.name === 'EventDispatch' && tapEvents.has(e.args?.data?.type),
  );
  return [input.ts, Math.max(...handled.map((e) => e.ts + e.dur))];
}

/**
 * Time per function of a CDP CPU profile, named by `source`, from samples inside `span` (the
 * trace's clock): its own (`self`) and with what it calls (`total`; a function that calls itself,
 * or two functions with one name, once per sample).
 */
function functionTimes(profile, span, {self, total}) {
  if (!span) return;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id])));
  // Each node looked up in the source map once, not once per sample that passes through it.
  const names = new Map();
  const nameOf = (id) => {
    if (!names.has(id)) {
      const {functionName, url, lineNumber, columnNumber} = byId.get(id).callFrame;
      names.set(id, source([functionName, url, lineNumber, columnNumber]));
    }
    return names.get(id);
  };
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < span[0] || at > span[1]) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + ms);
    const callers = new Set();
    for (let node = id; node !== undefined; node = parentOf.get(node)) callers.add(nameOf(node));
    callers.delete('(root)'); // every sample: the whole span, not a function
    for (const name of callers) total.set(name, (total.get(name) ?? 0) + ms);
  });
}

/** "file.ts:line name" for a minified bundle's position, through its source map. */
const maps = new Map();
function source([name, url, line, column]) {
  // Not in the bundle, or a frame with no position in it (line -1): named as the profile names it.
  if (!url.includes('/dist/cdn/') || line < 0)
    return `${name || '(anonymous)'} ${url ? url.replace(/^.*\//, '') : ''}`.trim();
  const file = here(`..${new URL(url).pathname}.map`);
  if (!maps.has(file)) maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))));
  const at = maps.get(file).originalPositionFor({line: line + 1, column});
  return `${at.name ?? name ?? '(anonymous)'} ${at.source?.replace(/^(\.\.\/)+/, '')}:${at.line}`;
}

const {server, url} = await serve({port: 0, routes: {'/bench/taps.html': page}});
const browser = await launch();
const context = await browser.newContext({viewport: {width: 390, height: 844}});
const phases = new Map();
const functions = {self: new Map(), total: new Map()};
try {
  for (let run = 0; run < RUNS; run++) {
    const {tab, cdp, press} = await openTap(context, url, tapCase);
    const events = [];
    cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 100});
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,fonts',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    await press();
    await tab.waitForFunction(() => window.taps.length > 0, undefined, {timeout: 5000}).catch(() => {});
    await tab.waitForTimeout(300);
    const {profile} = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await done;
    functionTimes(profile, summarise(events, phases), functions);
    console.log(`run ${run + 1}: Event Timing ${Math.max(0, ...(await tab.evaluate(() => window.taps)))} ms`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

const per = (total) => `${(total / RUNS).toFixed(1)} ms`.padStart(9);
console.log(`\n${tapName(tapCase)}, mean of ${RUNS}, CPU 4× slower: the main thread from the press on`);
for (const [kind, total] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`${per(total)}  ${kind}`);
if (!functions.self.size) console.log("\nNo JavaScript was sampled inside the tap's events.");
for (const [what, times] of [
  ['by self time', functions.self],
  ['by total time (with what it calls)', functions.total],
]) {
  console.log(`\nJavaScript in the tap's own events (from the press to the end of their handlers), ${what}:`);
  for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${per(ms)}  ${name}`);
}
process.exit(0);
