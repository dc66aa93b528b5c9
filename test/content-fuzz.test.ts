// Property-based content fuzzing: whatever a host sets as `content` (a mutated default pack,
// random JSON, injection strings, bad links, huge text), no widget throws, an invalid pack gives
// exactly one `attune-content-error` and leaves the last good content on screen, and a valid one
// is applied and rendered.
import {expect} from '@open-wc/testing';
import {fallbackPackFor} from '../src/packs/fallback.js';
import fc from 'fast-check';
import {parsePackFor} from '../src/schema/parse.js';
import {badHrefs, clonePack, injectionPayloads} from '../fixtures/index.js';
import type {AttuneContentErrorEvent} from '../src/core/events.js';
import {textOf} from './helpers/events.js';
import {mountWidgets, nodePaths, setAt, stringPaths, widgets, type AnyWidget} from './helpers/widgets.js';

const PACKS = 1000;

/** Values a careless or hostile CMS could put anywhere in a pack. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  fc.constantFrom<unknown>(...injectionPayloads, ...badHrefs),
  fc.constantFrom<unknown>(null, undefined, 0, -1, 1.5, 1e308, Number.NaN, true, false, [], {}, '', ' ', '{name}'),
  fc.integer({min: 1_000, max: 200_000}).map((n) => 'é'.repeat(n)),
  fc.string({maxLength: 20}),
);

type Mutation = {at: number; kind: 'delete' | 'replace' | 'reword'; value: unknown; text: string};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'reword'),
  value: hostileValue,
  text: fc.string({minLength: 1, maxLength: 40}),
});

/** The default pack after a few random deletions, replacements and rewordings of its nodes. */
function mutate(mutations: Mutation[]): unknown {
  const pack = clonePack();
  for (const {at, kind, value, text} of mutations) {
    // "reword" keeps the pack's shape (a string becomes another string), so many results stay valid.
    const paths = kind === 'reword' ? stringPaths(pack) : nodePaths(pack);
    if (!paths.length) continue;
    const path = paths[at % paths.length];
    setAt(pack, path, kind === 'reword' ? text : value, kind === 'delete');
  }
  return pack;
}

const anyPack: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 17, arbitrary: fc.array(mutation, {maxLength: 4}).map(mutate)},
  {weight: 1, arbitrary: fc.anything()},
  {weight: 1, arbitrary: fc.jsonValue()},
  {weight: 1, arbitrary: fc.constant(clonePack())},
);

describe('content fuzzing (fast-check)', () => {
  let stage: HTMLElement;
  let elements: AnyWidget[];
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    stage = document.createElement('div');
    document.body.append(stage);
    elements = await mountWidgets(stage);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    stage.remove();
  });

  it(`${PACKS} generated or mutated packs on every widget: no uncaught error, one content error per invalid pack, valid packs render`, async function () {
    this.timeout(120_000);
    let valid = 0;
    let invalid = 0;
    // Which widgets show a pack the host set (not the built-in one or a fallback).
    const fromHost = elements.map(() => false);
    await fc.assert(
      fc.asyncProperty(anyPack, async (pack) => {
        for (const [index, el] of elements.entries()) {
          const {tag, sections} = widgets[index];
          const expected = parsePackFor(pack, sections);
          const errors: AttuneContentErrorEvent[] = [];
          const record = (event: Event) => errors.push(event as AttuneContentErrorEvent);
          el.addEventListener('attune-content-error', record);
          const before = el.content;
          el.content = pack as never;
          await el.updateComplete;
          el.removeEventListener('attune-content-error', record);
          expect(uncaught, `${tag}: uncaught errors`).to.deep.equal([]);
          expect(textOf(el.shadowRoot), `${tag} shows text`).not.to.equal('');
          if (pack == null) {
            // null or undefined means "unset": the built-in pack, no error (documented).
            expect(errors, `${tag}: no content error when content is unset`).to.have.length(0);
            expect(el.content.id).to.equal(clonePack().id);
            fromHost[index] = false;
          } else if (expected.ok) {
            valid++;
            fromHost[index] = true;
            expect(errors, `${tag}: no content error for a valid pack`).to.have.length(0);
            expect(JSON.stringify(el.content), `${tag} applied the pack`).to.equal(JSON.stringify(expected.value));
          } else {
            invalid++;
            expect(errors, `${tag}: exactly one content error for an invalid pack`).to.have.length(1);
            expect(errors[0].detail.property).to.equal('content');
            expect(errors[0].detail.issues.length).to.be.greaterThan(0);
            if (fromHost[index]) expect(el.content, `${tag} keeps its last good pack`).to.equal(before);
            else
              expect(el.content.id, `${tag} shows the ready pack of the nation the refused pack names`).to.equal(
                fallbackPackFor(pack).id,
              );
          }
        }
      }),
      {numRuns: PACKS},
    );
    // Both branches were really exercised.
    expect(valid, 'valid pack sets').to.be.greaterThan(400);
    expect(invalid, 'invalid pack sets').to.be.greaterThan(400);
  });
});
