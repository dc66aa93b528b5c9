/**
 * The ready `en-GB-scotland` pack: England's words with NHS Scotland's routes to help. Only
 * the help section differs; 111 is NHS 24's number too, so the planner's words still fit.
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './en-GB-england/check-in.js';
import {routine} from './en-GB-england/routine.js';
import {trend} from './en-GB-england/trend.js';
import {help} from './en-GB-scotland/help.js';
import {meta} from './en-GB-scotland/meta.js';
import {cues} from './en-GB-scotland/cues.js';

export const enGBScotland: ContentPack = {...meta, help, checkIn, routine, trend, cues};
