/**
 * The ready `en-GB-wales` pack: England's words with NHS Wales' routes to help. Only the
 * help section differs; the check-in, planner and trend words are England's.
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './en-GB-england/check-in.js';
import {routine} from './en-GB-england/routine.js';
import {trend} from './en-GB-england/trend.js';
import {help} from './en-GB-wales/help.js';
import {meta} from './en-GB-wales/meta.js';
import {cues} from './en-GB-wales/cues.js';

export const enGBWales: ContentPack = {...meta, help, checkIn, routine, trend, cues};
