/**
 * `attune-widgets/react`: React components for every Attune element, made with `@lit/react`,
 * with typed event props. Importing this module registers the elements.
 *
 * ```jsx
 * <AttuneMoodCheckIn onCheckInSubmit={(event) => save(event.detail.response)} />
 * ```
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import type {AttuneEventMap} from '../core/events.js';
// Written by scripts/elements.mjs (npm run elements), one line per element:
import {AttuneBabyCues as AttuneBabyCuesElement} from '../baby-cues.js';
import {AttuneHelpCard as AttuneHelpCardElement} from '../help-card.js';
import {AttuneMoodCheckIn as AttuneMoodCheckInElement} from '../mood-check-in.js';
import {AttuneMoodTrend as AttuneMoodTrendElement} from '../mood-trend.js';
import {AttuneRoutinePlanner as AttuneRoutinePlannerElement} from '../routine-planner.js';
// End of the written lines.

/** The DOM event a React prop listens to, typed by its class in the event map. */
const on = <N extends keyof AttuneEventMap>(name: N) => name as EventName<AttuneEventMap[N]>;

/**
 * One wrapper: every element also reports refused content through `onContentError`, and warnings
 * through `onContentWarning`. The tag and the class must match, as the registration files pair them.
 */
function wrap<T extends keyof HTMLElementTagNameMap & `attune-${string}`, E extends Record<string, EventName | string>>(
  tagName: T,
  elementClass: new () => HTMLElementTagNameMap[T],
  events: E,
) {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: {...events, onContentError: on('attune-content-error'), onContentWarning: on('attune-content-warning')},
  });
}

// Written by scripts/elements.mjs (npm run elements), one wrapper per element:
export const AttuneBabyCues = wrap('attune-baby-cues', AttuneBabyCuesElement, {
  onCueMoment: on('attune-cue-moment'),
});

export const AttuneHelpCard = wrap('attune-help-card', AttuneHelpCardElement, {
  onHelpAction: on('attune-help-action'),
});

export const AttuneMoodCheckIn = wrap('attune-mood-check-in', AttuneMoodCheckInElement, {
  onCheckInChange: on('attune-check-in-change'),
  onCheckInSubmit: on('attune-check-in-submit'),
});

export const AttuneMoodTrend = wrap('attune-mood-trend', AttuneMoodTrendElement, {
  onSummaryShare: on('attune-summary-share'),
});

export const AttuneRoutinePlanner = wrap('attune-routine-planner', AttuneRoutinePlannerElement, {
  onRoutineChange: on('attune-routine-change'),
  onRoutineStepComplete: on('attune-routine-step-complete'),
});
// End of the written lines.
