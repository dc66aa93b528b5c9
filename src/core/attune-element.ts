import {LitElement, html, type PropertyDeclarations, type TemplateResult} from 'lit';
import type {ContentPack, ContentSection, PackWith} from '../schema/content.js';
import type {ContentErrorDetail, ContentIssue} from '../schema/events.js';
import type {ParseResult} from '../schema/parse-data.js';
import {AttuneContentErrorEvent, AttuneContentWarningEvent} from './events.js';
import {tellConsoleOnce} from './console.js';
import {stopRepeatPress} from './press.js';
import {openWebLinksInNhsApp} from './nhs-app.js';

type Validators = typeof import('../schema/parse.js');
type DataValidators = typeof import('../schema/parse-data.js');
/** Set once the validators have loaded: later checks run at once, without waiting a tick. */
let loaded: Validators | undefined;
/** The data checks (drafts, routines, entries): on their own, or with every other check. */
let dataLoaded: DataValidators | undefined;

/**
 * Loads zod and every schema, content packs' included. The elements do so the first time a host
 * sets `content`; pages that use the built-in content never download the validation code. A
 * server that renders widgets with its own content awaits this first, so the pack applies in the
 * same render (see the README's server-rendering recipe). The browser loads a module once.
 */
export function loadValidators(): Promise<Validators> {
  return import('../schema/parse.js').then((module) => {
    loaded = module;
    dataLoaded = module;
    return module;
  });
}

/** Only the data checks: a trend given entries, or a restored draft, never loads the pack schemas. */
const loadDataValidators = (): Promise<DataValidators> =>
  import('../schema/parse-data.js').then((module) => (dataLoaded ??= module));

/** The data checks if they have loaded (a host set content, a draft or entries), else undefined. Never loads them. */
export function loadedValidators(): DataValidators | undefined {
  return dataLoaded;
}

type ValidatedProperty = ContentErrorDetail['property'];
type DataProperty = Exclude<ValidatedProperty, 'content'>;

/** How `checkThenApply` takes in one property a host set. */
export interface HostValueCheck<T, V> {
  /** Checks the host's value (or `current`) with the loaded validators `V`. */
  parse: (validators: V, input: unknown) => ParseResult<T>;
  /** Takes in a value that passed. */
  apply: (value: T) => void;
  /** What `null` or `undefined` means. */
  empty: () => T;
  /** After a refusal has been reported: what to show instead (see `content`). */
  refused?: (input: unknown, stillLatest: () => boolean) => Promise<void>;
  /** A value known to be good already (see `vouchFor`): taken at once, unchecked. */
  known?: (input: unknown) => T | undefined;
  /**
   * What the element would send now (none for `content` and `entries`). Set straight back, as
   * React state and Vue or Angular bindings do with each event, it changes nothing: focus,
   * messages and Undo stay.
   */
  current?: unknown;
}

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

/** Numbers every validation, on every element, so a ticket is never handed out twice. */
let tickets = 0;

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
  /** Validations still running; `updateComplete` waits for them. */
  #pending = new Set<Promise<void>>();
  /** The ticket of the newest set of each property: a validation holding an older one is dropped. */
  #latest: {[P in ValidatedProperty]?: number} = {};
  readonly #defaultContent: PackWith<S>;
  /** The first render stopped waiting for a check (see shouldUpdate). */
  #waited = false;

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
    this.checkThenApply('content', value, {
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
  }

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

  /**
   * Sets `property` from a host. `null` or `undefined` applies `empty()` at once, without loading
   * the validators. Anything else is checked by `parse` (for `content` with every check, else
   * with the data checks only): at once when those have loaded and no other check is running,
   * else as soon as they have; then applied, or reported with `attune-content-error`. A value
   * equal to `current` once both are checked is not applied. Never throws. A later set of the
   * same property wins over a check still running.
   */
  protected checkThenApply<T>(property: 'content', value: unknown, check: HostValueCheck<T, Validators>): void;
  protected checkThenApply<T>(property: DataProperty, value: unknown, check: HostValueCheck<T, DataValidators>): void;
  protected checkThenApply<T>(
    property: ValidatedProperty,
    value: unknown,
    {parse, apply, empty, current, refused, known}: HostValueCheck<T, Validators>,
  ): void {
    const ticket = (this.#latest[property] = ++tickets);
    const stillLatest = () => this.#latest[property] === ticket;
    if (value == null) return apply(empty());
    const good = known?.(value);
    if (good !== undefined) return apply(good);
    const check = (v: Validators): Promise<void> | void => {
      if (!stillLatest()) return;
      const result = parse(v, value);
      if (!result.ok) {
        this.reportContentError(property, result.issues);
        return refused?.(value, stillLatest);
      }
      // Compared once both are checked: plain, in one key order.
      if (!current || JSON.stringify(result.value) !== JSON.stringify((parse(v, current) as {value?: T}).value))
        apply(result.value);
    };
    // Data checks are typed apart (above): `parse` then uses only what they have.
    const all = property == 'content';
    const ready = (all ? loaded : dataLoaded) as Validators | undefined;
    const couldNotCheck = (error: unknown) =>
      this.reportContentError(property, [{path: property, message: `This could not be checked: ${error}`}]);
    if (ready && !this.#pending.size) {
      // Never throws from a setter: a failure is reported like a refusal.
      try {
        const fallingBack = check(ready);
        if (fallingBack) this.#track(fallingBack.catch(couldNotCheck));
      } catch (error) {
        couldNotCheck(error);
      }
      return;
    }
    // After the checks still running, in the order the host set them: the data checks may load
    // before the pack's, and a draft set after a pack must be fitted to that pack.
    const job: Promise<void> = Promise.all([all ? loadValidators() : loadDataValidators(), ...this.#pending])
      .then(([v]) => check(v as Validators))
      .catch(couldNotCheck);
    this.#track(job);
  }

  /** Holds `updateComplete` (and the first render) until `job` has settled. */
  #track(job: Promise<void>): void {
    const tracked: Promise<void> = job.finally(() => {
      this.#pending.delete(tracked);
      this.requestUpdate(); // the first render may be waiting for this check (see shouldUpdate)
    });
    this.#pending.add(tracked);
  }

  /**
   * The first render waits (up to a second) for checks already running, so nobody sees a
   * screen that is about to change: built-in words before the host's, an empty trend before its
   * entries, step 1 before a restored step 3. Later renders keep the last good state meanwhile.
   */
  protected override shouldUpdate(): boolean {
    if (this.hasUpdated || !this.#pending.size || this.#waited) return true;
    // Only briefly: a stalled download must not leave a blank widget, with help perhaps inside.
    setTimeout(() => {
      this.#waited = true;
      this.requestUpdate();
    }, 1000);
    return false;
  }

  /** Errors and warnings found while the element was not in the page, waiting to be told. */
  readonly #unreported: Event[] = [];

  /** Dispatches one `attune-content-error`; see `#report`. */
  protected reportContentError(property: ValidatedProperty, issues: ContentIssue[]): void {
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
    // Capture on the host runs before any listener inside the shadow root. Adding the same
    // listener again on a later connect is a no-op.
    this.addEventListener('click', stopRepeatPress, {capture: true});
    this.addEventListener('click', openWebLinksInNhsApp);
    for (const event of this.#unreported.splice(0)) this.dispatchEvent(event);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.#pending.size) await Promise.all(this.#pending);
    return super.getUpdateComplete();
  }

  /** The widget's own markup; `render()` wraps it with the pack's language and direction. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.#content.locale} dir=${this.#content.dir}>${this.renderContent()}</div>`;
  }
}
