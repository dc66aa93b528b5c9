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
import {AttuneHelpCard as HelpCardElement} from '../help-card.js';
import {AttuneMoodCheckIn as MoodCheckInElement} from '../mood-check-in.js';
import {AttuneMoodTrend as MoodTrendElement} from '../mood-trend.js';
import {AttuneRoutinePlanner as RoutinePlannerElement} from '../routine-planner.js';
import {AttuneBabyCues as BabyCuesElement} from '../baby-cues.js';
import {
  AttuneCheckInChangeEvent,
  AttuneCheckInSubmitEvent,
  AttuneContentErrorEvent,
  AttuneContentWarningEvent,
  AttuneCueMomentEvent,
  AttuneHelpActionEvent,
  AttuneRoutineChangeEvent,
  AttuneRoutineStepCompleteEvent,
  AttuneSummaryShareEvent,
} from '../core/events.js';

/** The DOM event a React prop listens to, named and typed by its event class. */
const on = <E extends Event>(event: {readonly eventName: string; new (...args: never[]): E}) =>
  event.eventName as EventName<E>;

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
    events: {...events, onContentError: on(AttuneContentErrorEvent), onContentWarning: on(AttuneContentWarningEvent)},
  });
}

export const AttuneHelpCard = wrap('attune-help-card', HelpCardElement, {
  onHelpAction: on(AttuneHelpActionEvent),
});

export const AttuneMoodCheckIn = wrap('attune-mood-check-in', MoodCheckInElement, {
  onCheckInChange: on(AttuneCheckInChangeEvent),
  onCheckInSubmit: on(AttuneCheckInSubmitEvent),
});

export const AttuneRoutinePlanner = wrap('attune-routine-planner', RoutinePlannerElement, {
  onRoutineChange: on(AttuneRoutineChangeEvent),
  onRoutineStepComplete: on(AttuneRoutineStepCompleteEvent),
});

export const AttuneMoodTrend = wrap('attune-mood-trend', MoodTrendElement, {
  onSummaryShare: on(AttuneSummaryShareEvent),
});

export const AttuneBabyCues = wrap('attune-baby-cues', BabyCuesElement, {
  onCueMoment: on(AttuneCueMomentEvent),
});
