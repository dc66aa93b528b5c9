/** Every ready pack by its name, for the demo, stories, tests and the JSON build. */
import type {ContentPack} from '../schema/content.js';
import {cyGBWales} from '../content/cy-GB-wales.js';
import {enGBEngland} from '../content/en-GB-england.js';
import {enGBNorthernIreland} from '../content/en-GB-northern-ireland.js';
import {enGBScotland} from '../content/en-GB-scotland.js';
import {enGBWales} from '../content/en-GB-wales.js';

export const packs = {
  'en-GB-england': enGBEngland,
  'en-GB-wales': enGBWales,
  'cy-GB-wales': cyGBWales,
  'en-GB-scotland': enGBScotland,
  'en-GB-northern-ireland': enGBNorthernIreland,
} as const satisfies Record<string, ContentPack>;

export type PackName = keyof typeof packs;
export const packNames = Object.keys(packs) as PackName[];
