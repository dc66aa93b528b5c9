/**
 * The ready `en-GB-northern-ireland` pack: England's words with Northern Ireland's routes to
 * help (no 111: the GP, GP out of hours and Lifeline).
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './en-GB-england/check-in.js';
import {trend} from './en-GB-england/trend.js';
import {help} from './en-GB-northern-ireland/help.js';
import {meta} from './en-GB-northern-ireland/meta.js';
import {routine} from './en-GB-northern-ireland/routine.js';
import {cues} from './en-GB-northern-ireland/cues.js';

export const enGBNorthernIreland: ContentPack = {...meta, help, checkIn, routine, trend, cues};
