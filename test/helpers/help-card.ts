/** The harness of `<attune-help-card>`: mounted on the shared stage, and read as a person sees it. */
import '../../src/help-card.js';
import type {AttuneHelpCard} from '../../src/help-card.js';
import type {ContentPack} from '../../src/schema/content.js';
import {$, $$} from '../../fixtures/read.js';
import {mount} from './stage.js';

/** A help card on the stage with these attributes (as markup would give them) and properties. */
export const mountHelpCard = (
  attributes: {level?: string; 'heading-level'?: string} = {},
  props: {content?: ContentPack} = {},
) => mount<AttuneHelpCard>('attune-help-card', props, attributes as Record<string, string>);

/** The levels of the cards shown, in order. */
export const levelsShown = (el: AttuneHelpCard) => $$(el, '.card').map((c) => c.dataset.level);

/** A card's own action links (not those inside its partner part). */
export const cardActions = (el: AttuneHelpCard) => $$<HTMLAnchorElement>(el, '.body > .actions a.action');

/** The partner part (`help.partner`), or null when none is shown. */
export const partnerOf = (el: AttuneHelpCard) => $<HTMLDetailsElement>(el, 'details.partner');

/** The levels of the cards that hold a partner part. */
export const partnerLevels = (el: AttuneHelpCard) =>
  $$(el, '.card')
    .filter((card) => card.querySelector('details.partner'))
    .map((card) => card.dataset.level);

/** Opens every partner part, as pressing its summary would, and waits a frame. */
export async function openPartners(el: AttuneHelpCard): Promise<void> {
  for (const details of $$<HTMLDetailsElement>(el, 'details.partner')) details.open = true;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
