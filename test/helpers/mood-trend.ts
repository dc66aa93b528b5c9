/** The harness of `<attune-mood-trend>`: mounted on the shared stage, and read as a parent sees it. */
import '../../src/mood-trend.js';
import type {AttuneMoodTrend} from '../../src/mood-trend.js';
import type {AttuneHelpCard} from '../../src/help-card.js';
import type {ContentPack} from '../../src/schema/content.js';
import {$, textOf} from '../../fixtures/read.js';
import {mount} from './stage.js';

/** A trend on the stage showing `entries` (when given) over the last `days` (the widget's 14 unless told). */
export const mountTrend = (entries?: unknown, {days, content}: {days?: number; content?: ContentPack} = {}) =>
  mount<AttuneMoodTrend>(
    'attune-mood-trend',
    {...(content && {content}), ...(entries !== undefined && {entries})},
    days === undefined ? {} : {days: String(days)},
  );

/** The one-sentence summary. */
export const summaryOf = (el: AttuneMoodTrend) => textOf($(el, '#summary'));
/** The help card the trend shows, if any. */
export const cardOf = (el: AttuneMoodTrend) => $(el, 'attune-help-card') as AttuneHelpCard | null;
