/**
 * The built-in content pack: UK English, for parents of babies under two.
 * Every word is Attune's own. Plain English (reading age about 11), short sentences,
 * warm and matter-of-fact. The default questions are not a validated questionnaire and do
 * not diagnose anything; a licensed host can supply one through the same schema.
 *
 * Each section lives in its own module so that one widget's bundle carries only the words
 * it shows (see `defaultContent` of each element).
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './en-GB/check-in.js';
import {help} from './en-GB/help.js';
import {meta} from './en-GB/meta.js';
import {routine} from './en-GB/routine.js';
import {trend} from './en-GB/trend.js';

export const defaultContent: ContentPack = {...meta, help, checkIn, routine, trend};
