/**
 * Which pack a widget shows when a host's pack is refused and it has no earlier good one: the
 * ready pack of the nation and language the refused pack names, or else only the help that holds
 * in every UK nation. Never another nation's urgent route. Loaded only when a pack is refused.
 */
import type {ContentPack} from '../schema/content.js';
import {nations, type Nation} from '../model/nations.js';
import {enGBUkWide} from '../content/en-GB-uk-wide.js';
import {packs} from './index.js';

const englishPackOf: Record<Nation, ContentPack> = {
  england: packs['en-GB-england'],
  wales: packs['en-GB-wales'],
  scotland: packs['en-GB-scotland'],
  'northern-ireland': packs['en-GB-northern-ireland'],
};

/** Words in a pack's id that name a nation, most specific first. */
const nationWords: [string, Nation][] = [
  ['northern-ireland', 'northern-ireland'],
  ['northernireland', 'northern-ireland'],
  ['scotland', 'scotland'],
  ['wales', 'wales'],
  ['cymru', 'wales'],
  ['england', 'england'],
];

/** The nation a (refused, so untrusted) pack names: its `nation`, else a nation's name in its `id`. */
export function nationNamedBy(input: unknown): Nation | undefined {
  const pack = (typeof input === 'object' && input) || {};
  const declared = 'nation' in pack ? pack.nation : undefined;
  if (nations.includes(declared as Nation)) return declared as Nation;
  const id = 'id' in pack && typeof pack.id === 'string' ? pack.id.toLowerCase() : '';
  return nationWords.find(([word]) => id.includes(word))?.[1];
}

function isWelsh(input: unknown): boolean {
  const locale = typeof input === 'object' && input && 'locale' in input ? input.locale : undefined;
  return typeof locale === 'string' && /^cy(?:-|$)/i.test(locale);
}

/** The pack to show instead of a refused one. */
export function fallbackPackFor(input: unknown): ContentPack {
  const nation = nationNamedBy(input);
  if (isWelsh(input) && (nation ?? 'wales') === 'wales') return packs['cy-GB-wales'];
  return nation ? englishPackOf[nation] : enGBUkWide;
}
