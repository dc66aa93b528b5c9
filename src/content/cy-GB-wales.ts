/**
 * The ready `cy-GB-wales` pack: every word in Welsh, with NHS Wales' routes to help. NHS
 * Wales must offer its services in Welsh. Written by the same content principles as the
 * English pack; it awaits review by a Welsh-speaking clinician before clinical use (see `review`).
 */
import type {ContentPack} from '../schema/content.js';
import {checkIn} from './cy-GB-wales/check-in.js';
import {help} from './cy-GB-wales/help.js';
import {meta} from './cy-GB-wales/meta.js';
import {routine} from './cy-GB-wales/routine.js';
import {trend} from './cy-GB-wales/trend.js';
import {cues} from './cy-GB-wales/cues.js';

export const cyGBWales: ContentPack = {...meta, help, checkIn, routine, trend, cues};
