/**
 * The help cards inside the guide, all `<attune-help-card>`s, so urgency looks the same as
 * everywhere else: the baby's own emergency or urgent card when a red flag is ticked, and the
 * parent's urgent and support cards after a hard moment. A card sits in a region named by its
 * urgency (its heading is in the card's own shadow root, out of reach of aria-labelledby).
 */
import {html, type TemplateResult} from 'lit';
import {vouchFor} from '../core/attune-element.js';
import {helpNews} from '../help-card/help-news.js';
import {helpCardExportParts} from '../help-card/parts.js';
import type {ContentPack, PackWith} from '../schema/content.js';
import type {HelpLevel} from '../model/levels.js';
import type {RedFlagLevel} from '../model/cues-limits.js';

const cardPacks = new WeakMap<ContentPack, ContentPack>();

/**
 * The pack the baby's help card shows: the guide's pack with the baby's help as its emergency
 * and urgent levels. Checked with the guide's pack by the same call rules, so the card takes it
 * at once (no second check, no wait); one object per pack, so the card is not set again.
 */
export function babyCardPack(pack: PackWith<'cues'>): ContentPack {
  let card = cardPacks.get(pack);
  if (!card) {
    // The partner part is about the parent's own crisis: never on the baby's card.
    const {partner: _partner, ...help} = pack.help;
    card = vouchFor({...pack, help: {...help, levels: {...pack.help.levels, ...pack.cues.babyHelp}}});
    cardPacks.set(pack, card);
  }
  return card;
}

/** A region's name: the card's urgency ("Immediate action required"), said as focus lands there. */
const regionName = (pack: ContentPack, level: HelpLevel) => pack.help.levels[level].hiddenPrefix.replace(/[\s:]+$/, '');

/** One help card in its named region. `content`: the card's pack (undefined: the card's own). */
export function helpRegion(
  part: string,
  names: ContentPack,
  level: HelpLevel,
  headingLevel: number,
  content: ContentPack | undefined,
): TemplateResult {
  return html`<div class=${part} part=${part} tabindex="-1" role="region" aria-label=${regionName(names, level)}>
    <attune-help-card level=${level} heading-level=${headingLevel} .content=${content}
      exportparts=${helpCardExportParts}></attune-help-card>
  </div>`;
}

/** The baby's help for a ticked red flag: the emergency (999) or urgent card. */
export function babyHelp(pack: PackWith<'cues'>, level: RedFlagLevel, headingLevel: number): TemplateResult {
  const card = babyCardPack(pack);
  return helpRegion('baby-help', card, level, headingLevel, card);
}

/** What the help's live region says when the ticks change the baby's help (see `helpNews`). */
export function helpNewsFor(pack: PackWith<'cues'>, before?: RedFlagLevel, after?: RedFlagLevel): string {
  return helpNews(pack.locale, pack.cues.ui, before, after, after && pack.cues.babyHelp[after]);
}

/**
 * A help card can be taller than a phone's screen. Once it has rendered, this brings its first
 * action into view, without moving focus from the box the parent ticked, so the number is on
 * screen without scrolling.
 */
export async function revealBabyHelp(host: HTMLElement & {updateComplete: Promise<unknown>}): Promise<void> {
  await host.updateComplete;
  const card = host.shadowRoot?.querySelector<HTMLElement & {updateComplete?: Promise<unknown>}>(
    '.baby-help attune-help-card',
  );
  await card?.updateComplete;
  card?.shadowRoot?.querySelector('a.action')?.scrollIntoView({block: 'nearest'});
}
