/**
 * The built-in content pack, and the ready `en-GB-england` pack: UK English, for parents of
 * babies under two in England, with NHS England's routes to help.
 * Every word is Attune's own. Plain English (reading age about 11), short sentences,
 * warm and matter-of-fact. The default questions are not a validated questionnaire and do
 * not diagnose anything; a licensed host can supply one through the same schema.
 *
 * Each section lives in its own module so that one widget's bundle carries only the words
 * it shows (see `defaultContent` of each element).
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './en-GB-england/check-in.js';
import {help} from './en-GB-england/help.js';
import {meta} from './en-GB-england/meta.js';
import {routine} from './en-GB-england/routine.js';
import {trend} from './en-GB-england/trend.js';
import {cues} from './en-GB-england/cues.js';

export const defaultContent: ContentPack = {...meta, help, checkIn, routine, trend, cues};

/** The same pack under its ready-pack name. */
export const enGBEngland = defaultContent;
