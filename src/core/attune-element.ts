import {LitElement, html, type PropertyDeclarations, type TemplateResult} from 'lit';
import type {ContentPack, ContentSection, PackWith} from '../schema/content.js';
import type {ContentIssue} from '../schema/events.js';
import {AttuneContentErrorEvent, AttuneContentWarningEvent} from './events.js';
import {tellConsoleOnce} from './console.js';
import {checkedValue, hostChecks, type CheckedProperty} from './checked-value.js';

export {checkedValue, loadValidators, loadedValidators, sameData} from './checked-value.js';

/**
 * Packs already known to be valid, which an element takes at once, without loading the
 * validators or waiting: one an element derived from a pack it checked (see `vouchFor`).
 */
const knownGood = new WeakSet<object>();

/**
 * Marks `pack` as valid, so an element it is given applies it in the same render. Only for a pack
 * made from one that passed validation (or a built-in pack) with parts that were checked with it:
 * the baby-cues guide hands its inline help card the pack with the baby's help levels, checked by
 * the same rules as the pack's own. Internal: the package does not export it.
 */
export function vouchFor<P extends ContentPack>(pack: P): P {
  knownGood.add(pack);
  return pack;
}

/**
 * Base of every Attune element: owns the `content` pack (validated on set, never blank),
 * applies the pack's `lang` and `dir`, and reports refused input with `attune-content-error`.
 *
 * `S` names the optional pack sections the element needs (e.g. `'checkIn'`); a pack without
 * them is refused. Subclasses pass their built-in pack, which carries only the sections they
 * show, so each element's bundle holds only its own words.
 */
export abstract class AttuneElement<S extends ContentSection = never> extends LitElement {
  #content: PackWith<S>;
  readonly #sections: readonly S[];
  readonly #defaultContent: PackWith<S>;
  /** The checks of every property the host sets (`content` and the element's own), reported here. */
  protected readonly checks = hostChecks(this, (property, issues) => this.reportContentError(property, issues));

  /**
   * Declared without an accessor of Lit's (the class has its own): a `content` a host set
   * before the element was defined (a late CDN script) is then handed to the setter, not lost.
   */
  static override properties: PropertyDeclarations = {content: {attribute: false, noAccessor: true}};

  constructor(defaultContent: PackWith<S>, sections: readonly S[]) {
    super();
    this.#defaultContent = defaultContent;
    this.#content = defaultContent;
    this.#sections = sections;
  }

  /**
   * The content pack in use: every word, number and rule the widget shows. Unset means the
   * built-in `en-GB` pack. A pack that fails validation is refused with one
   * `attune-content-error` and the widget keeps its last good pack.
   * `await element.updateComplete` to know a pack has been checked and applied.
   */
  get content(): ContentPack {
    return this.#content;
  }
  set content(value: ContentPack | null | undefined) {
    this.#setPack(value);
  }

  readonly #setPack = checkedValue(this.checks, 'content', {
    parse: (v, input) => {
      const result = v.parsePackFor(input, this.#sections);
      return result.ok ? {ok: true, value: {pack: result.value, warnings: result.warnings}} : result;
    },
    apply: ({pack, warnings}) => {
      this.#hostPack = pack !== this.#defaultContent;
      this.applyContent(pack);
      if (warnings.length) this.#report(new AttuneContentWarningEvent({schemaVersion: 1, warnings}));
    },
    empty: () => ({pack: this.#defaultContent, warnings: []}),
    known: (input) =>
      knownGood.has(input as object) && this.#sections.every((section) => (input as ContentPack)[section])
        ? {pack: input as PackWith<S>, warnings: []}
        : undefined,
    refused: (input, stillLatest) => this.#fallBack(input, stillLatest),
  });

  /** The pack in use came from the host (not the built-in one, nor a fallback). */
  #hostPack = false;

  /**
   * A refused pack keeps the last good one from the host. With none, the ready pack of the nation
   * and language the refused pack names, or only what holds in every UK nation: the built-in
   * pack is England's, and its urgent route is wrong anywhere else.
   */
  async #fallBack(input: unknown, stillLatest: () => boolean): Promise<void> {
    if (this.#hostPack) return;
    const {fallbackPackFor} = await import('../packs/fallback.js');
    if (stillLatest()) this.applyContent(fallbackPackFor(input) as PackWith<S>);
  }

  /** The accepted pack, typed with the sections this element needs. */
  protected get pack(): PackWith<S> {
    return this.#content;
  }

  /** Called with each accepted pack; subclasses extend it to reconcile their state. */
  protected applyContent(pack: PackWith<S>): void {
    const old = this.#content;
    this.#content = pack;
    this.requestUpdate('content', old);
  }

  /** The first render waits (up to a second) for checks already running: see `hostChecks`. */
  protected override shouldUpdate(): boolean {
    return this.checks.mayRender();
  }

  /** Errors and warnings found while the element was not in the page, waiting to be told. */
  readonly #unreported: Event[] = [];

  /** Dispatches one `attune-content-error`; see `#report`. */
  protected reportContentError(property: CheckedProperty, issues: ContentIssue[]): void {
    this.#report(new AttuneContentErrorEvent({schemaVersion: 1, property, issues}));
  }

  /**
   * Tells the host, and once the console too (a host that does not listen still sees it while
   * building). An element that is not in the page yet (a host's template sets `content` before
   * inserting it) keeps the event until it is connected, so listeners on the page always hear it.
   */
  #report(event: AttuneContentErrorEvent | AttuneContentWarningEvent): void {
    tellConsoleOnce(this.localName, event);
    if (this.isConnected) this.dispatchEvent(event);
    else this.#unreported.push(event);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const event of this.#unreported.splice(0)) this.dispatchEvent(event);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.checks.settled();
    return super.getUpdateComplete();
  }

  /** The widget's own markup; `render()` wraps it with the pack's language and direction. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.#content.locale} dir=${this.#content.dir}>${this.renderContent()}</div>`;
  }
}
