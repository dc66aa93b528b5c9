// Injection corpus: every payload of `injectionPayloads` (script tags, event handlers,
// javascript:/data: URLs, SVG, template and attribute-breaking strings) in every string of the
// content pack and in every field a parent types into. Nothing executes (`window.__pwned`
// stays unset), no element appears that the clean render does not have, the payload shows as
// plain text, and `badHrefs` are refused by the schema.
import {expect} from '@open-wc/testing';
import {parsePackFor} from '../src/schema/parse.js';
import {
  badHrefs,
  clonePack,
  draftAt,
  injectionPayloads,
  localDaysAgo,
  mapProse,
  resultDrafts,
  safetyEntry,
  savedMoment,
  savedRoutine,
  trendEntry,
} from '../fixtures/index.js';
import {checkInSteps} from '../src/model/check-in-steps.js';
import type {ContentPack} from '../src/schema/content.js';
import type {AttuneMoodCheckIn} from '../src/mood-check-in.js';
import type {AttuneRoutinePlanner} from '../src/routine-planner.js';
import type {AttuneMoodTrend} from '../src/mood-trend.js';
import type {AttuneBabyCues} from '../src/baby-cues.js';
import type {CueMoment} from '../src/schema/cues-data.js';
import {recordEvents} from './helpers/events.js';
import {mount, removeStage, settle} from './helpers/stage.js';
import {getAt, setAt, stringPaths, tagsIn, widgets, type AnyWidget, type Path} from './helpers/widgets.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every text node under `root`, nested shadow roots included but not inert ones (as `deepElements`), joined. */
function deepText(root: ShadowRoot | Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof HTMLElement && node.shadowRoot && !node.inert) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}

/** Tags in `el`'s shadow tree that the `allowed` (clean) render did not have. */
function injectedTags(el: Element, allowed: Set<string>): string[] {
  return [...tagsIn(el.shadowRoot!)].filter((tag) => !allowed.has(tag));
}

const allSections = widgets.flatMap((widget) => widget.sections);

/** `pack` marked where its prose is (every prose string holds NUL): the rest are ids, links and codes. */
const proseMarked = (pack: ContentPack) => mapProse(pack, () => '\u0000');

/**
 * The default pack with every prose string (empty ones too) replaced by `payload`, keeping its
 * "{placeholders}". A few short template strings (e.g. "Step {current} of {total}") have length
 * limits that a long payload plus placeholders overflows: those get the payload's first 16 characters.
 */
function hostilePack(payload: string): ContentPack {
  const original = clonePack();
  const pack = clonePack();
  const marked = proseMarked(original);
  const fill = (path: Path, text: string) =>
    setAt(pack, path, text + ((getAt(original, path) as string).match(/\{\w+\}/g) ?? []).join(''));
  const prose = stringPaths(original).filter((path) => (getAt(marked, path) as string).includes('\u0000'));
  for (const path of prose) fill(path, payload);
  const toPath = (path: string) => path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  // Issues come 50 at a time: shorten, check again.
  for (let round = 0; round < 5; round++) {
    const result = parsePackFor(pack, allSections);
    if (result.ok) break;
    for (const {path} of result.issues)
      if (typeof getAt(original, toPath(path)) === 'string') fill(toPath(path), payload.slice(0, 16));
  }
  return pack;
}

const primaryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('.nav button:first-child')!;

/** A widget in one state that shows as much of the pack as possible, built with `pack` (or the default). */
type Scene = {name: string; tag: string; build: (pack?: ContentPack) => Promise<AnyWidget>};

/** The widget on the shared stage (its harness) with `pack`, then put in its state by `after`. */
async function mountInState<E extends AnyWidget>(
  tag: string,
  pack: ContentPack | undefined,
  after?: (el: E) => void | Promise<void>,
): Promise<E> {
  const el = await mount<E>(tag, pack ? {content: pack} : {});
  await after?.(el);
  await settle(el);
  return el;
}

const recent = [
  safetyEntry(localDaysAgo(1)),
  ...[0, 2, 3, 4, 5].map((days) => trendEntry(localDaysAgo(days), 1 + (days % 5))),
];

const scenes: Scene[] = [
  {name: 'help card, every level', tag: 'attune-help-card', build: (pack) => mountInState('attune-help-card', pack)},
  ...checkInSteps.map((step): Scene => ({
    name: `check-in, ${step} step`,
    tag: 'attune-mood-check-in',
    build: (pack) =>
      mountInState<AttuneMoodCheckIn>('attune-mood-check-in', pack, (el) => {
        el.draft = draftAt(step, {feelings: ['tired'], note: 'A note'});
      }),
  })),
  ...(['none', 'emergency'] as const).map((level): Scene => ({
    name: `check-in, ${level} result`,
    tag: 'attune-mood-check-in',
    build: (pack) =>
      mountInState<AttuneMoodCheckIn>('attune-mood-check-in', pack, async (el) => {
        el.draft = resultDrafts()[level].draft;
        await settle(el);
        primaryButton(el).click();
      }),
  })),
  {
    name: 'planner, empty with ideas',
    tag: 'attune-routine-planner',
    build: (pack) => mountInState('attune-routine-planner', pack),
  },
  {
    name: 'planner, a saved routine',
    tag: 'attune-routine-planner',
    build: (pack) =>
      mountInState<AttuneRoutinePlanner>('attune-routine-planner', pack, (el) => {
        el.routine = structuredClone(savedRoutine);
      }),
  },
  {
    name: 'planner, run mode',
    tag: 'attune-routine-planner',
    build: (pack) =>
      mountInState<AttuneRoutinePlanner>('attune-routine-planner', pack, (el) => {
        el.routine = structuredClone(savedRoutine);
        el.mode = 'run';
      }),
  },
  {
    name: 'trend, chart, urgent card and open table',
    tag: 'attune-mood-trend',
    build: (pack) =>
      mountInState<AttuneMoodTrend>('attune-mood-trend', pack, async (el) => {
        el.entries = recent;
        await settle(el);
        el.shadowRoot!.querySelector('details')!.open = true;
      }),
  },
  ...(
    [
      ['a restored moment, the path after a hard moment open', savedMoment],
      [
        'a sign of illness and its help',
        {...savedMoment, cueIds: ['looks-away', 'floppy'], readingId: 'unwell', triedIds: []},
      ],
    ] as [string, CueMoment][]
  ).map(([state, moment]): Scene => ({
    name: `baby cues, ${state}`,
    tag: 'attune-baby-cues',
    build: (pack) =>
      mountInState<AttuneBabyCues>('attune-baby-cues', pack, async (el) => {
        el.moment = structuredClone(moment);
        await settle(el);
        el.shadowRoot!.querySelector('details')!.open = true;
      }),
  })),
];

describe('injection corpus', () => {
  /** Each scene's tags with the default pack: the only elements a render may contain. */
  const clean = new Map<string, Set<string>>();
  /** Per widget, the union of its scenes' clean tags (user input moves between scenes). */
  const cleanByTag = new Map<string, Set<string>>();
  let errors: Event[];

  before(async () => {
    errors = recordEvents(document, 'attune-content-error');
    for (const scene of scenes) {
      const tags = tagsIn((await scene.build()).shadowRoot!);
      clean.set(scene.name, tags);
      cleanByTag.set(scene.tag, new Set([...(cleanByTag.get(scene.tag) ?? []), ...tags]));
    }
    expect(errors.map((e) => JSON.stringify((e as CustomEvent).detail)).join(' '), 'clean renders').to.equal('');
  });
  beforeEach(() => {
    errors.length = 0;
    delete window.__pwned;
  });
  afterEach(() => expect(window.__pwned, 'a payload ran').to.equal(undefined));
  after(() => removeStage());

  it(`has at least 30 payloads (${injectionPayloads.length})`, () => {
    expect(injectionPayloads.length).to.be.at.least(30);
  });

  for (const scene of scenes) {
    it(`${scene.name}: each payload in every prose string of the pack shows as text, runs nothing and injects no element`, async () => {
      for (const payload of injectionPayloads) {
        const el = await scene.build(hostilePack(payload));
        expect(errors, `refused: ${payload}`).to.have.length(0);
        expect(injectedTags(el, clean.get(scene.name)!), payload).to.deep.equal([]);
        expect(deepText(el.shadowRoot!), `shown as text: ${payload}`).to.include(payload);
        expect(window.__pwned, payload).to.equal(undefined);
      }
    });
  }

  it('each payload in every id, link and code string (unique per field) of the pack: refused with one content error, or shown without injection', async function () {
    // Every payload in every widget: well over a hundred mounts, each refused with a long report.
    this.timeout(60000);
    let refused = 0;
    for (const payload of injectionPayloads) {
      for (const {tag, sections} of widgets) {
        const pack = clonePack();
        const marked = proseMarked(pack);
        const codes = stringPaths(pack).filter((path) => !(getAt(marked, path) as string).includes('\u0000'));
        for (const [n, path] of codes.entries()) setAt(pack, path, `${payload}${n}`);
        errors.length = 0;
        const el = await mountInState(tag, pack);
        const ok = parsePackFor(pack, sections).ok;
        refused += ok ? 0 : 1;
        expect(errors, `${tag}: ${payload}`).to.have.length(ok ? 0 : 1);
        expect(injectedTags(el, cleanByTag.get(tag)!), payload).to.deep.equal([]);
      }
    }
    expect(refused, 'payload ids and links are refused').to.equal(injectionPayloads.length * widgets.length);
  });

  it('every bad href on a help action is refused by the schema, and the card keeps its good links', async () => {
    for (const href of badHrefs) {
      const pack = clonePack();
      pack.help.levels.support.actions[0].href = href;
      expect(parsePackFor(pack, []).ok, href).to.equal(false);
      errors.length = 0;
      const el = await mountInState('attune-help-card', pack);
      expect(errors, href).to.have.length(1);
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs, href).not.to.include(href);
      expect(hrefs).to.include(clonePack().help.levels.support.actions[0].href);
    }
  });

  it('check-in note: each payload typed as the note is kept exactly, shown as text on review and result, and runs nothing', async () => {
    for (const payload of injectionPayloads) {
      const el = await mountInState<AttuneMoodCheckIn>('attune-mood-check-in', undefined, (e) => {
        e.draft = draftAt('note');
      });
      const note = el.shadowRoot!.querySelector('textarea')!;
      note.value = payload;
      note.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
      primaryButton(el).click();
      await settle(el);
      expect(deepText(el.shadowRoot!), `review shows ${payload}`).to.include(payload);
      primaryButton(el).click();
      await settle(el);
      expect(el.response?.note, payload).to.equal(payload);
      expect(injectedTags(el, cleanByTag.get('attune-mood-check-in')!), payload).to.deep.equal([]);
    }
  });

  it('planner: each payload typed as routine name, step label, step note and a new step is kept exactly, shown as text and runs nothing', async () => {
    for (const payload of injectionPayloads) {
      const el = await mountInState<AttuneRoutinePlanner>('attune-routine-planner', undefined, (e) => {
        e.routine = structuredClone(savedRoutine);
      });
      const type = async (selector: string, text: string) => {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
        input.value = text;
        input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
        input.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
        await settle(el);
      };
      await type('#name', payload);
      await type('li.step input[name=label]', payload);
      await type('li.step input[name=note]', payload);
      await type('#custom-label', payload);
      await type('#custom-minutes', '5');
      el.shadowRoot!.querySelector<HTMLInputElement>('#custom-label')!.form!.requestSubmit();
      await settle(el);
      const {name, steps} = el.routine;
      expect([name, steps[0].label, steps[0].note, steps.at(-1)!.label], payload).to.deep.equal([
        payload,
        payload,
        payload,
        payload,
      ]);
      expect(injectedTags(el, cleanByTag.get('attune-routine-planner')!), payload).to.deep.equal([]);
      el.mode = 'run';
      await settle(el);
      expect(deepText(el.shadowRoot!), `run mode shows ${payload}`).to.include(payload);
      expect(injectedTags(el, cleanByTag.get('attune-routine-planner')!), payload).to.deep.equal([]);
    }
  });
});
