import {prepareWhenIdle} from '../core/prepare.js';
import {helpLevels} from '../model/levels.js';
import {help} from '../content/en-GB-england/help.js';
import {helpCardsView} from './help-card.js';

/**
 * Readies the help cards while the browser is idle (see `prepareWhenIdle`): every level and the
 * partner part, in the built-in words. The widgets that may show a card call it, so the first
 * card a parent needs (after a safety answer, say) shows sooner on a slow phone. A help card
 * alone on a page shows its cards at once, and has no need of it.
 */
export function prepareHelpCards(): void {
  prepareWhenIdle(helpCardsView, () => [
    helpCardsView({help, shown: helpLevels, headingLevel: 2, subLevel: 3, partner: help.partner, act: () => {}}),
  ]);
}
