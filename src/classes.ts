/**
 * `attune-widgets/classes.js`: the element and event classes, registering nothing. For hosts
 * that define the elements on their own timing, under other names, or in a scoped custom
 * element registry (e.g. a second version of Attune on the same page):
 *
 * ```js
 * const registry = new CustomElementRegistry();
 * registry.define('attune-mood-check-in', AttuneMoodCheckIn);
 * host.attachShadow({mode: 'open', customElementRegistry: registry});
 * ```
 *
 * The check-in, the trend and the baby-cues guide define the help card they show inside their own
 * shadow root where the browser has scoped registries; elsewhere `attune-help-card` must be
 * defined globally too.
 */
// Written by scripts/elements.mjs (npm run elements), one line per element:
export {AttuneBabyCues} from './baby-cues/baby-cues.js';
export {AttuneHelpCard} from './help-card/help-card.js';
export {AttuneMoodCheckIn} from './mood-check-in/mood-check-in.js';
export {AttuneMoodTrend} from './mood-trend/mood-trend.js';
export {AttuneRoutinePlanner} from './routine-planner/routine-planner.js';
// End of the written lines.
export * from './core/events.js';
