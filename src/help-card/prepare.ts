import {prepareWhenIdle} from '../core/prepare.js';
import {helpLevels} from '../model/levels.js';
import {help} from '../content/en-GB-england/help.js';
import {headingLevels} from '../core/heading.js';
import {helpCardsView} from './help-card.js';

/**
 * Readies the help cards while the browser is idle (see `prepareWhenIdle`): every level and the
 * partner part, in the built-in words, with the cards' headings at `headingLevel` (their
 * `heading-level`) as the caller shows them. The widgets that may show a card after a tap call
 * it, so the first card a parent needs shows sooner on a slow phone.
 */
export function prepareHelpCards(headingLevel: number): void {
  const [cardLevel, partnerLevel] = headingLevels(headingLevel, 2);
  prepareWhenIdle(`help cards at h${cardLevel}`, () => [
    helpCardsView({
      help,
      shown: helpLevels,
      headingLevel: cardLevel,
      subLevel: partnerLevel,
      partner: help.partner,
      act: () => {},
    }),
  ]);
}
