/**
 * Values a host sets that must be checked first (a pack, a draft, a routine, entries, a moment).
 * Each property has a `checkedValue`: the latest set wins, and a check that is overtaken is
 * dropped. All the checks of one element share its `hostChecks`: they run in the order the host
 * set them, and they hold the element's first render and its `updateComplete`.
 */
import type {ReactiveElement} from 'lit';
import type {ContentErrorDetail, ContentIssue} from '../schema/events.js';
import type {ParseResult} from '../schema/parse-data.js';

export type Validators = typeof import('../schema/parse.js');
export type DataValidators = typeof import('../schema/parse-data.js');
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
  return import('../schema/parse.js').then((module) => (loaded = dataLoaded = module));
}

/** Only the data checks: a trend given entries, or a restored draft, never loads the pack schemas. */
const loadDataValidators = (): Promise<DataValidators> =>
  import('../schema/parse-data.js').then((module) => (dataLoaded ??= module));

/** The data checks if they have loaded (a host set content, a draft or entries), else undefined. Never loads them. */
export function loadedValidators(): DataValidators | undefined {
  return dataLoaded;
}

export type CheckedProperty = ContentErrorDetail['property'];
/** A pack is checked with every check; the rest with the data checks only. */
type ValidatorsFor<P extends CheckedProperty> = P extends 'content' ? Validators : DataValidators;

/** How a `CheckedValue` takes in what a host set. */
export interface HostValueCheck<T, V> {
  /** Checks the host's value with the loaded validators `V`. */
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
   * True for a checked value equal to what the element holds now (see `sameData`): it is not
   * applied. Set straight back, as React state and Vue or Angular bindings do with each event,
   * it changes nothing, so focus, messages and Undo stay.
   */
  unchanged?: (value: T, validators: V) => boolean;
}

/**
 * The same plain data (what JSON holds): equal numbers, text and flags, in lists and objects
 * equal key by key, in any key order. A key set to `undefined` counts as absent, as it does
 * once the host has stored the value as JSON.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b || !a || !b || typeof a != 'object' || typeof b != 'object') return a === b;
  // Every key of either: a list one item longer, or a key only one has, compares with undefined.
  return Object.keys({...a, ...b}).every((key) => sameData(a[key as keyof typeof a], b[key as keyof typeof b]));
}

/** The checks running on one element, of every property: see `hostChecks`. */
export interface HostChecks {
  /** Refused input goes back through the element, which tells the host. */
  report: (property: CheckedProperty, issues: ContentIssue[]) => void;
  /** The checks still running. */
  pending: ReadonlySet<Promise<void>>;
  /** Holds `updateComplete` (and the first render) until `job` has settled. */
  track: (job: Promise<void>) => void;
  /**
   * For `shouldUpdate`. The first render waits (up to a second) for checks already running, so
   * nobody sees a screen that is about to change: built-in words before the host's, an empty
   * trend before its entries, step 1 before a restored step 3. Later renders keep the last good
   * state meanwhile.
   */
  mayRender: () => boolean;
  /** For `getUpdateComplete`: settles once no check is running, those started meanwhile too. */
  settled: () => Promise<void>;
}

/**
 * The checks of one element. A check waits for those set before it (a draft set after a pack
 * must be fitted to that pack); the element's first render waits for them (up to a second) and
 * its `updateComplete` until they have all settled. Lit's controllers cannot hold a render, so
 * the element hands its `shouldUpdate` and `getUpdateComplete` here.
 */
export function hostChecks(host: ReactiveElement, report: HostChecks['report']): HostChecks {
  const pending = new Set<Promise<void>>();
  /** The first render stopped waiting. */
  let waited = false;
  return {
    report,
    pending,
    track: (job) => {
      const tracked: Promise<void> = job.finally(() => {
        pending.delete(tracked);
        host.requestUpdate(); // the first render may be waiting for this check
      });
      pending.add(tracked);
    },
    mayRender: () => {
      if (host.hasUpdated || !pending.size || waited) return true;
      // Only briefly: a stalled download must not leave a blank widget, with help perhaps inside.
      setTimeout(() => {
        waited = true;
        host.requestUpdate();
      }, 1000);
      return false;
    },
    settled: async () => {
      while (pending.size) await Promise.all(pending);
    },
  };
}

/**
 * One property a host sets, checked before it is taken in: gives the function its setter calls.
 * Like Lit's `Task`, the latest run wins: a check overtaken by a later set is dropped.
 *
 * The function takes a value from the host. `null` or `undefined` applies `empty()` at once,
 * without loading the validators. Anything else is checked by `parse`: at once when the
 * validators have loaded and no other check is running, else as soon as they have; then applied
 * (unless `unchanged`), or reported with `attune-content-error`. It never throws.
 */
export function checkedValue<T, P extends CheckedProperty>(
  checks: HostChecks,
  property: P,
  {parse, apply, empty, unchanged, refused, known}: HostValueCheck<T, ValidatorsFor<P>>,
): (value: unknown) => void {
  /** Counts the sets: a check holding an older number is stale. */
  let latest = 0;
  const all = property == 'content';
  const couldNotCheck = (error: unknown) =>
    checks.report(property, [{path: property, message: `This could not be checked: ${error}`}]);
  return (value) => {
    const ticket = ++latest;
    const stillLatest = () => latest === ticket;
    if (value == null) return apply(empty());
    const good = known?.(value);
    if (good !== undefined) return apply(good);
    const check = (v: ValidatorsFor<P>): Promise<void> | void => {
      if (!stillLatest()) return;
      const result = parse(v, value);
      if (!result.ok) {
        checks.report(property, result.issues);
        return refused?.(value, stillLatest);
      }
      if (!unchanged?.(result.value, v)) apply(result.value);
    };
    const ready = (all ? loaded : dataLoaded) as ValidatorsFor<P> | undefined;
    if (ready && !checks.pending.size) {
      // Never throws from a setter: a failure is reported like a refusal.
      try {
        const fallingBack = check(ready);
        if (fallingBack) checks.track(fallingBack.catch(couldNotCheck));
      } catch (error) {
        couldNotCheck(error);
      }
      return;
    }
    // After the checks still running, in the order the host set them: the data checks may load
    // before the pack's, and a draft set after a pack must be fitted to that pack.
    const load = all ? loadValidators() : loadDataValidators();
    checks.track(
      Promise.all([load, ...checks.pending])
        .then(([v]) => check(v as ValidatorsFor<P>))
        .catch(couldNotCheck),
    );
  };
}
