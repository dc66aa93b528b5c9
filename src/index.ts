/**
 * `attune-widgets`: registers every element and re-exports the element classes, the event
 * classes, the schemas and their types.
 */
// Written by scripts/elements.mjs (npm run elements), one line per element:
export * from './baby-cues.js';
export * from './help-card.js';
export * from './mood-check-in.js';
export * from './mood-trend.js';
export * from './routine-planner.js';
// End of the written lines.
export * from './core/events.js';
export {loadValidators} from './core/attune-element.js';
export * from './schema/index.js';
