/**
 * The check-in's help cards and its result view, as template functions. A help card sits in a
 * named region: when focus moves there, screen readers say which help it is (the card's heading
 * lives in the card's own shadow root, out of reach of aria-labelledby).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {heading} from '../core/heading.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import type {ContentPack, PackWith} from '../schema/content.js';
import {isUrgent, resultCardLevels, type HelpLevel} from '../schema/plain/levels.js';

/** What the cards and the result need from the element. */
export interface ResultView {
  pack: PackWith<'checkIn'>;
  /** The pack handed to each card: undefined for the built-in one, which is the card's own. */
  cardContent: ContentPack | undefined;
  disabled: boolean;
  startAgain(): void;
}

/** A help level's name, as its card's heading reads: "Urgent advice: Call 111 …". */
export function helpName(pack: ContentPack, helpLevel: HelpLevel): string {
  const {hiddenPrefix, heading: title} = pack.help.levels[helpLevel];
  return `${hiddenPrefix} ${title}`;
}

/** One help card, with the host's pack (its phone numbers, its words). */
export function helpCard(view: ResultView, helpLevel: HelpLevel, headingLevel: number): TemplateResult {
  return html`<div class="help" part="help" tabindex="-1" role="region" aria-label=${helpName(view.pack, helpLevel)}>
    <attune-help-card level=${helpLevel} heading-level=${headingLevel} .content=${view.cardContent}></attune-help-card>
  </div>`;
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
  const card = (helpLevel: HelpLevel) => helpCard(view, helpLevel, subLevel);
  const cards = resultCardLevels(signpost);
  const cardsFirst = urgent ? cards.slice(0, 1) : [];
  return html`<div class="result" part="result">
    ${cardsFirst.map(card)}
    ${heading(subLevel, 'result-heading', words.heading, true)}
    <p>${words.message}</p>
    ${cards.slice(cardsFirst.length).map(card)}
    ${
      urgent
        ? nothing
        : html`${heading(subSubLevel, 'ideas-heading', content.ideas.heading)}
      <ul class="ideas">${content.ideas.items.slice(0, 2).map((idea) => html`<li>${idea.text}</li>`)}</ul>`
    }
    ${button(content.ui.startAgain, () => view.startAgain(), {disabled: view.disabled})}
  </div>`;
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
  card?.shadowRoot?.querySelector('a.action')?.scrollIntoView({block: 'nearest'});
}
