import {html, nothing, type TemplateResult} from 'lit';
import {heading, headingLevels} from '../core/heading.js';
import {AttuneElement} from '../core/attune-element.js';
import {AttuneHelpActionEvent} from '../core/events.js';
import {tokens} from '../core/styles.js';
import {helpLevels, type HelpLevel} from '../schema/plain/levels.js';
import type {HelpLevelContent} from '../schema/help.js';
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
 * "When to ask for help" guidance in the NHS care-card style: a call-to-action heading, up to
 * five signs and the people to contact. Emergency, urgent and non-urgent levels render as care
 * cards; `support` renders as calm inset text. Urgency is always stated in text (a visually
 * hidden prefix read before the heading) and by the card's shape, never by colour alone.
 *
 * @summary Who to contact, and when: from friends and community groups up to 999.
 *
 * @fires {HelpActionDetail} attune-help-action - An action link was used. `detail`: `{ schemaVersion, level, actionId, href, kind }`. Navigation is never prevented.
 * @fires {ContentErrorDetail} attune-content-error - `content` was refused. `detail`: `{ schemaVersion, property, issues: [{ path, message }] }`.
 *
 * @csspart base - The wrapper that carries the pack's `lang` and `dir`.
 * @csspart card - Each level's card (also `card-emergency`, `card-urgent`, `card-non-urgent`, `card-support`).
 * @csspart heading - The heading of each card.
 * @csspart signs - The list of signs.
 * @csspart actions - The list of action links.
 * @csspart action - One action link.
 *
 * @cssprop [--attune-color-emergency] - Emergency card colour.
 * @cssprop [--attune-color-urgent] - Urgent card colour.
 * @cssprop [--attune-color-non-urgent] - Non-urgent card colour.
 * @cssprop [--attune-color-support] - Support inset border colour.
 * @cssprop [--attune-color-on-level] - Text on a coloured card heading.
 * @cssprop [--attune-color-emergency-surface] - Body of the emergency card.
 * @cssprop [--attune-color-on-emergency-surface] - Text on the emergency card body.
 * @cssprop [--attune-color-text] - Body text colour.
 * @cssprop [--attune-color-surface] - Card background.
 * @cssprop [--attune-color-accent] - Links and buttons.
 * @cssprop [--attune-color-focus] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`.
 * @cssprop [--attune-font-family] - Font stack.
 * @cssprop [--attune-radius] - Corner radius.
 * @cssprop [--attune-space] - Base spacing unit.
 */
export class AttuneHelpCard extends AttuneElement {
  constructor() {
    super(builtInContent, []);
  }

  static override styles = [tokens, styles];
  static override properties = {
    level: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
  };

  /**
   * Which level to show: `emergency`, `urgent`, `non-urgent` or `support`.
   * Unset (or any other value) shows every level, most urgent first.
   */
  level?: string;

  /** The heading level of each card's heading, 2 to 6. */
  headingLevel = 2;

  protected override renderContent(): TemplateResult {
    const levels = this.pack.help.levels;
    const [headingLevel] = headingLevels(this.headingLevel, 1);
    return html`${levelsToShow(this.level).map((level) => this.#card(level, levels[level], headingLevel))}`;
  }

  #card(level: HelpLevel, content: HelpLevelContent, headingLevel: number): TemplateResult {
    return html`
      <div class="card ${level}" part="card card-${level}" data-level=${level}>
        ${heading(headingLevel, 'heading', html`<span class="visually-hidden">${content.hiddenPrefix} </span>${content.heading}`)}
        <div class="body">
          ${content.signs.length ? html`<ul class="signs" part="signs">${content.signs.map((sign) => html`<li>${sign}</li>`)}</ul>` : nothing}
          ${content.catchAll ? html`<p class="catch-all">${content.catchAll}</p>` : nothing}
          ${content.body ? html`<p>${content.body}</p>` : nothing}
          ${
            content.actions.length
              ? html`<ul class="actions" part="actions">${content.actions.map(
                  (action) => html`<li>
              <a class="action ${action.kind}" part="action" href=${action.href} data-action-id=${action.id}
                @click=${() =>
                  this.dispatchEvent(
                    new AttuneHelpActionEvent({
                      schemaVersion: 1,
                      level,
                      actionId: action.id,
                      href: action.href,
                      kind: action.kind,
                    }),
                  )}>${action.label}</a>
            </li>`,
                )}</ul>`
              : nothing
          }
        </div>
      </div>`;
  }
}
