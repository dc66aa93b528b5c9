/**
 * `attune-widgets`: registers every element and re-exports the element classes, the event
 * classes, the schemas and their types.
 */
export * from './help-card.js';
export * from './core/events.js';
export * from './schema/index.js';
