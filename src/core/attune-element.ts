import {LitElement, html, type TemplateResult} from 'lit';
import type {ContentPack, ContentSection, PackWith} from '../schema/content.js';
import type {ContentErrorDetail} from '../schema/events.js';
import type {ParseResult} from '../schema/parse.js';
import {AttuneContentErrorEvent} from './events.js';

type Validators = typeof import('../schema/parse.js');
let validators: Promise<Validators> | undefined;

/**
 * Loads zod and the schemas the first time a host sets something that needs checking.
 * Pages that use the built-in content never download the validation code.
 */
export function loadValidators(): Promise<Validators> {
  return (validators ??= import('../schema/parse.js'));
}

type ValidatedProperty = ContentErrorDetail['property'];

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
  /** The newest set wins when validations finish out of order. */
  #latest = new Map<ValidatedProperty, number>();
  readonly #defaultContent: PackWith<S>;

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
    if (value == null) {
      this.#latest.set('content', (this.#latest.get('content') ?? 0) + 1);
      this.applyContent(this.#defaultContent);
      return;
    }
    this.validateLater('content', (v) => {
      const result = v.parseContentPack(value);
      if (!result.ok) return result;
      const missing = this.#sections.filter((section) => !result.pack[section]);
      if (missing.length) {
        return {ok: false, issues: missing.map((section) => ({
          path: section, message: `This widget needs the "${section}" section, and the pack has none.`,
        }))};
      }
      return {ok: true, value: result.pack as PackWith<S>};
    }, (pack) => this.applyContent(pack));
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
   * Checks `parse` once the validators have loaded, then either calls `apply` or reports
   * the issues. Never throws. Later calls for the same property win over earlier ones.
   */
  protected validateLater<T>(
    property: ValidatedProperty,
    parse: (validators: Validators) => ParseResult<T>,
    apply: (value: T) => void,
  ): void {
    const ticket = (this.#latest.get(property) ?? 0) + 1;
    this.#latest.set(property, ticket);
    const job: Promise<void> = loadValidators().then((v) => {
      if (this.#latest.get(property) !== ticket) return;
      const result = parse(v);
      if (result.ok) apply(result.value);
      else this.reportContentError(property, result.issues);
    }).catch((error: unknown) => {
      this.reportContentError(property, [{path: property, message: `This could not be checked: ${String(error)}`}]);
    }).finally(() => this.#pending.delete(job));
    this.#pending.add(job);
  }

  /** Dispatches one `attune-content-error`. */
  protected reportContentError(property: ValidatedProperty, issues: ContentErrorDetail['issues']): void {
    this.dispatchEvent(new AttuneContentErrorEvent({schemaVersion: 1, property, issues}));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
    return super.getUpdateComplete();
  }

  /** The widget's own markup; `render()` wraps it with the pack's language and direction. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.#content.locale} dir=${this.#content.dir}>${this.renderContent()}</div>`;
  }
}
