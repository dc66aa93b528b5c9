/**
 * `attune-widgets`: registers every element and re-exports the element classes, the event
 * classes, the schemas and their types.
 */
export * from './help-card.js';
export * from './mood-check-in.js';
export * from './mood-trend.js';
export * from './routine-planner.js';
export * from './baby-cues.js';
export * from './core/events.js';
export {loadValidators} from './core/attune-element.js';
export * from './schema/index.js';
