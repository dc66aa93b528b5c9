/**
 * The fallback pack for a refused host pack that names no nation: England's words with only the
 * help that holds in every UK nation, and the planner's reminders without 111 (Northern
 * Ireland's, which name the GP). Not a ready pack: widgets fall back to it, hosts never choose it.
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './en-GB-england/check-in.js';
import {trend} from './en-GB-england/trend.js';
import {routine} from './en-GB-northern-ireland/routine.js';
import {help} from './en-GB-uk-wide/help.js';
import {cues} from './en-GB-uk-wide/cues.js';

export const enGBUkWide: ContentPack = {
  schemaVersion: 1,
  id: 'attune-en-GB-uk-wide',
  version: '1.0.0',
  locale: 'en-GB',
  dir: 'ltr',
  help,
  checkIn,
  routine,
  trend,
  cues,
};
