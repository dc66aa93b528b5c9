/**
 * The check-in's help cards and its result view, as template functions. A help card sits in a
 * named region: when focus moves there, screen readers say which help it is (the card's heading
 * lives in the card's own shadow root, out of reach of aria-labelledby).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {helpCardExportParts} from '../help-card/parts.js';
import {helpNews} from '../help-card/help-news.js';
import {heading} from '../core/heading.js';
import type {CheckInContent} from '../schema/check-in.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import type {ContentPack, PackWith} from '../schema/content.js';
import {isUrgent, type HelpLevel, type UrgentLevel} from '../model/levels.js';
import {resultCards} from '../model/check-in-scoring.js';
import {chooseIdeas} from '../model/check-in-ideas.js';

/** What the cards and the result need from the element. */
export interface ResultView {
  pack: PackWith<'checkIn'>;
  /** The pack handed to each card: undefined for the built-in one, which is the card's own. */
  cardContent: ContentPack | undefined;
  disabled: boolean;
  startAgain(): void;
}

/**
 * The name of a help card's region: its urgency ("Urgent advice"), which a screen reader says as
 * focus lands there. Not its heading, which the card reads out next.
 */
export function helpName(pack: ContentPack, helpLevel: HelpLevel): string {
  return pack.help.levels[helpLevel].hiddenPrefix.replace(/[\s:]+$/, '');
}

/** One help card, with the host's pack (its phone numbers, its words). */
export function helpCard(
  view: ResultView,
  helpLevel: HelpLevel,
  headingLevel: number,
  noPartner = false,
): TemplateResult {
  return html`<div class="help" part="help" tabindex="-1" role="region" aria-label=${helpName(view.pack, helpLevel)}>
    <attune-help-card level=${helpLevel} heading-level=${headingLevel} ?no-partner=${noPartner} .content=${view.cardContent}
      exportparts=${helpCardExportParts}></attune-help-card>
  </div>`;
}

/** Urgent cards after the first leave out the partner part: the first already has it. */
export const partnerShownBefore = (levels: readonly HelpLevel[], index: number): boolean =>
  levels.slice(0, index).some(isUrgent);

/**
 * What to do right now in an emergency, said plainly before the card: the call, and the baby.
 * Nothing when the pack has no such words.
 */
export function emergencyNow(content: CheckInContent): TemplateResult | typeof nothing {
  const words = content.emergencyNow;
  return words ? html`<p class="now" part="now"><strong>${words.call}</strong> ${words.baby}</p>` : nothing;
}

/**
 * The result: a kind message and the help cards the answers call for (`resultCardLevels`).
 * Urgent or worse: the first card comes before the kind words, and no "ideas for today" sit
 * beside a crisis.
 */
export function resultView(
  view: ResultView,
  response: CheckInResponse,
  subLevel: number,
  subSubLevel: number,
): TemplateResult {
  const content = view.pack.checkIn;
  const signpost = response.signpost;
  const words = content.results[signpost];
  const urgent = isUrgent(signpost);
  const cards = resultCards(response, content);
  const cardsFirst = urgent ? cards.slice(0, 1) : [];
  const card = (helpLevel: HelpLevel, index: number) =>
    helpCard(view, helpLevel, subLevel, partnerShownBefore(cards, index));
  const ideas = urgent ? [] : chooseIdeas(response, content, response);
  return html`<div class="result" part="result">
    ${signpost === 'emergency' ? emergencyNow(content) : nothing}
    ${cardsFirst.map((level) => card(level, 0))}
    ${heading(subLevel, 'result-heading', words.heading, true)}
    <p>${words.message}</p>
    ${cards.slice(cardsFirst.length).map((level, i) => card(level, i + cardsFirst.length))}
    ${
      ideas.length
        ? html`${heading(subSubLevel, 'ideas-heading', content.ideas.heading)}
      <ul class="ideas">${ideas.map((idea) => html`<li>${idea.text}</li>`)}</ul>`
        : nothing
    }
    ${button(content.ui.startAgain, () => view.startAgain(), {disabled: view.disabled})}
  </div>`;
}

/**
 * After an answer changed the help on screen from `before` to `after`: new help's first call
 * action comes on screen at once (focus stays on the parent's answer), and this returns what the
 * help's live region says.
 */
export function helpChanged(
  host: HTMLElement & {updateComplete: Promise<unknown>},
  pack: PackWith<'checkIn'>,
  before?: UrgentLevel,
  after?: UrgentLevel,
): string {
  if (after && after !== before) void revealFirstAction(host);
  return helpNews(pack.locale, pack.checkIn.ui, before, after, after && pack.help.levels[after]);
}

/**
 * A crisis card can be taller than a phone's screen, and focusing its region shows the region's
 * top. Once the card has rendered, this brings its first call action into view as well, so a
 * parent in crisis sees the number without scrolling.
 */
export async function revealFirstAction(host: HTMLElement & {updateComplete: Promise<unknown>}): Promise<void> {
  await host.updateComplete;
  const card = host.shadowRoot?.querySelector<HTMLElement & {updateComplete?: Promise<unknown>}>(
    '.help attune-help-card',
  );
  await card?.updateComplete;
  // After the frame that shows the card: scrolling forces a layout, which would otherwise hold
  // the tap's own paint back on a slow phone. The call is on screen one frame later.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  card?.shadowRoot?.querySelector('a.action')?.scrollIntoView({block: 'nearest'});
}
