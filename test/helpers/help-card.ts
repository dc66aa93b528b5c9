/** The harness of `<attune-help-card>`: mounted on the shared stage, and read as a person sees it. */
import '../../src/help-card.js';
import type {AttuneHelpCard} from '../../src/help-card.js';
import type {ContentPack} from '../../src/schema/content.js';
import {$$} from '../../fixtures/read.js';
import {mount} from './stage.js';

/** A help card on the stage with these attributes (as markup would give them) and properties. */
export const mountHelpCard = (
  attributes: {level?: string; 'heading-level'?: string} = {},
  props: {content?: ContentPack} = {},
) => mount<AttuneHelpCard>('attune-help-card', props, attributes as Record<string, string>);

/** The levels of the cards shown, in order. */
export const levelsShown = (el: AttuneHelpCard) => $$(el, '.card').map((c) => c.dataset.level);
