import {html, nothing, type TemplateResult} from 'lit';
import {heading, headingLevels, type HeadingLevel} from '../core/heading.js';
import {AttuneElement} from '../core/attune-element.js';
import {onePressOneAction} from '../core/press.js';
import {nhsAppLinks} from '../core/nhs-app.js';
import {AttuneHelpActionEvent} from '../core/events.js';
import {tokens} from '../core/styles.js';
import {helpLevels, type HelpLevel} from '../model/levels.js';
import type {HelpAction, HelpContent, PartnerHelp} from '../schema/help.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {styles} from './help-card.styles.js';

/** The built-in pack for this element: only the words it shows. */
const builtInContent = {...meta, help};

/** Turns any `level` attribute into the levels to show: unknown values show every level. */
function levelsToShow(level: string | null | undefined): readonly HelpLevel[] {
  return (helpLevels as readonly string[]).includes(level ?? '') ? [level as HelpLevel] : helpLevels;
}

/**
 * The card that holds the partner part: the emergency card (what it describes is an emergency),
 * or the urgent card when it is shown without the emergency one. Once per element, never twice.
 */
function partnerLevel(levels: readonly HelpLevel[]): HelpLevel | undefined {
  return levels.find((level) => level === 'emergency' || level === 'urgent');
}

/** What the cards show, and what an action link does. */
export interface HelpCardsView {
  help: HelpContent;
  /** The levels to show, most urgent first. */
  shown: readonly HelpLevel[];
  headingLevel: number;
  /** The partner part's headings. */
  subLevel: number;
  /** The partner part, or undefined to leave it out. */
  partner?: PartnerHelp;
  /** An action link was used (navigation goes on). */
  act(level: HelpLevel, action: HelpAction): void;
}

/** The cards of `shown`, the partner part in the first urgent one. */
export function helpCardsView(view: HelpCardsView): TemplateResult {
  const withPartner = partnerLevel(view.shown);
  return html`${view.shown.map((level) =>
    card(view, level, view.partner && level === withPartner ? partnerPart(view, level, view.partner) : nothing),
  )}`;
}

/** One action link: `act` tells the element, which fires `attune-help-action` with the card's level. */
function actionLink(view: HelpCardsView, level: HelpLevel, action: HelpAction): TemplateResult {
  return html`<a class="action ${action.kind}" part="action" href=${action.href} data-action-id=${action.id}
    @click=${() => view.act(level, action)}>${action.label}</a>`;
}

/**
 * The partner part: a disclosure, closed by default (a native `<details>`, so Enter and Space
 * open it and screen readers announce it as collapsed or expanded). Its emergency heading
 * carries the emergency card's hidden prefix, so its urgency is in the words wherever it shows.
 */
function partnerPart(view: HelpCardsView, level: HelpLevel, partner: PartnerHelp): TemplateResult {
  const {signs, support, ownHelp} = partner;
  const prefix = view.help.levels.emergency.hiddenPrefix;
  const list = (items: readonly string[], cls: string) =>
    html`<ul class="partner-list ${cls}" part="partner-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  const subHeading = (inner: unknown) => heading(view.subLevel, 'partner-heading', inner);
  return html`<details class="partner" part="partner">
    <summary class="partner-summary" part="partner-summary">${partner.summary}</summary>
    <div class="partner-body" part="partner-body">
      <div class="partner-emergency" part="partner-emergency">
        ${subHeading(html`<span class="visually-hidden">${prefix} </span>${signs.heading}`)}
        ${list(signs.items, 'partner-signs')}
        ${signs.catchAll ? html`<p class="catch-all">${signs.catchAll}</p>` : nothing}
        ${signs.body ? html`<p>${signs.body}</p>` : nothing}
        <ul class="actions" part="partner-actions"><li>${actionLink(view, level, signs.action)}</li></ul>
      </div>
      ${subHeading(support.heading)}
      ${list(support.items, 'partner-support')}
      ${subHeading(ownHelp.heading)}
      ${list(ownHelp.items, 'partner-own-help')}
      ${
        ownHelp.actions.length
          ? html`<ul class="actions" part="partner-actions">${ownHelp.actions.map(
              (action) => html`<li>${actionLink(view, level, action)}</li>`,
            )}</ul>`
          : nothing
      }
    </div>
  </details>`;
}

function card(view: HelpCardsView, level: HelpLevel, partner: TemplateResult | typeof nothing): TemplateResult {
  const content = view.help.levels[level];
  return html`
    <div class="card ${level}" part="card card-${level}" data-level=${level}>
      ${heading(view.headingLevel, 'heading', html`<span class="visually-hidden">${content.hiddenPrefix} </span>${content.heading}`)}
      <div class="body">
        ${content.signs.length ? html`<ul class="signs" part="signs">${content.signs.map((sign) => html`<li>${sign}</li>`)}</ul>` : nothing}
        ${content.catchAll ? html`<p class="catch-all">${content.catchAll}</p>` : nothing}
        ${content.body ? html`<p>${content.body}</p>` : nothing}
        ${
          content.actions.length
            ? html`<ul class="actions" part="actions">${content.actions.map(
                (action) => html`<li>${actionLink(view, level, action)}</li>`,
              )}</ul>`
            : nothing
        }
        ${partner}
      </div>
    </div>`;
}

/**
 * "When to ask for help" guidance in the NHS care-card style: a call-to-action heading, up to
 * five signs and the people to contact. Emergency, urgent and non-urgent levels render as care
 * cards; `support` renders as calm inset text. Urgency is always stated in text (a visually
 * hidden prefix read before the heading) and by the card's shape, never by colour alone.
 *
 * A pack's optional `help.partner` (every ready pack has one) shows inside the emergency card, or
 * inside the urgent card when it is shown without the emergency one: a disclosure, closed until
 * pressed, that tells a partner or other carer the signs of postpartum psychosis (call 999), how
 * to support the other parent, and where to get help for themselves. Its links fire
 * `attune-help-action` with the level of the card they are in.
 *
 * @summary Who to contact, and when: from friends and community groups up to 999.
 *
 * @fires {HelpActionDetail} attune-help-action - An action link was used. `detail`: `{ schemaVersion, level, actionId, href, kind }`. Navigation is never prevented.
 * @fires {ContentErrorDetail} attune-content-error - `content` was refused. `detail`: `{ schemaVersion, property, issues: [{ path, message }] }`.
 *
 * @csspart base - The wrapper that carries the pack's `lang` and `dir`.
 * @csspart card - Each level's card.
 * @csspart card-emergency - The emergency card (999).
 * @csspart card-urgent - The urgent card.
 * @csspart card-non-urgent - The non-urgent card.
 * @csspart card-support - The support inset.
 * @csspart heading - The heading of each card.
 * @csspart signs - The list of signs.
 * @csspart actions - The list of action links.
 * @csspart action - One action link (in the partner part too).
 * @csspart partner - The partner part: a `<details>` disclosure inside the emergency (or urgent) card, closed by default.
 * @csspart partner-summary - The partner part's `<summary>`, e.g. "Worried about your partner?".
 * @csspart partner-body - What the partner part shows once opened.
 * @csspart partner-emergency - The signs to call 999 for, with the call.
 * @csspart partner-heading - Each heading inside the partner part.
 * @csspart partner-list - Each list of signs or lines inside the partner part.
 * @csspart partner-actions - Each list of action links inside the partner part.
 *
 * @cssprop [--attune-color-emergency=light-dark(#a4161a, #ff8e8e)] - Emergency card colour.
 * @cssprop [--attune-color-urgent=light-dark(#a4161a, #ff8e8e)] - Urgent card colour.
 * @cssprop [--attune-color-non-urgent=light-dark(#1f5aa6, #8dbdff)] - Non-urgent card colour.
 * @cssprop [--attune-color-support=light-dark(#4b5560, #b9c0c8)] - Support inset border colour.
 * @cssprop [--attune-color-on-level] - Text on a coloured card heading.
 * @cssprop [--attune-color-emergency-surface=light-dark(#212b32, #000)] - Body of the emergency card.
 * @cssprop [--attune-color-on-emergency-surface=#fff] - Text on the emergency card body.
 * @cssprop [--attune-color-text=light-dark(#1f2328, #eceef0)] - Body text colour.
 * @cssprop [--attune-color-surface=light-dark(#ffffff, #1a1c1f)] - Background: the cards.
 * @cssprop [--attune-color-accent=light-dark(#1f5aa6, #8dbdff)] - Accent colour: action links on non-urgent and support cards. Urgent and emergency actions keep the card's text colour, which always contrasts with the card's body.
 * @cssprop [--attune-color-focus=light-dark(#b35c00, #ffbf47)] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`. Default: 3 px solid in `--attune-color-focus`.
 * @cssprop [--attune-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--attune-font-family-heading] - Font stack of the headings. Default: `--attune-font-family`.
 * @cssprop [--attune-font-size=1rem] - Base font size.
 * @cssprop [--attune-radius=0.5rem] - Corner radius.
 * @cssprop [--attune-space=1rem] - Base spacing unit.
 */
export class AttuneHelpCard extends AttuneElement {
  constructor() {
    super(builtInContent, []);
    this.addController(onePressOneAction(this));
    this.addController(nhsAppLinks(this));
  }

  static override styles = [tokens, styles];
  static override properties = {
    level: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    noPartner: {attribute: 'no-partner', type: Boolean, reflect: true},
  };

  /**
   * Which level to show: `emergency`, `urgent`, `non-urgent` or `support`.
   * Unset (or any other value) shows every level, most urgent first.
   */
  level?: HelpLevel;

  /** The heading level of each card's heading, 2 to 6. */
  headingLevel: HeadingLevel = 2;

  /** Leaves out the partner part: for a card beside another that already shows it (one call to 999 is enough). */
  noPartner = false;

  protected override renderContent(): TemplateResult {
    const [headingLevel, subLevel] = headingLevels(this.headingLevel, 2);
    return helpCardsView({
      help: this.pack.help,
      shown: levelsToShow(this.level),
      headingLevel,
      subLevel,
      partner: this.noPartner ? undefined : this.pack.help.partner,
      act: (level, action) =>
        this.dispatchEvent(
          new AttuneHelpActionEvent({
            schemaVersion: 1,
            level,
            actionId: action.id,
            href: action.href,
            kind: action.kind,
          }),
        ),
    });
  }
}
