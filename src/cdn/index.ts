/**
 * Entry of `dist/cdn/attune.min.js`: registers every element and exports the element and
 * event classes. The schemas are not re-exported here so that zod stays in the lazy
 * validation chunk, which loads only when a host sets custom content.
 */
// Written by scripts/elements.mjs (npm run elements), one line per element:
export * from '../baby-cues.js';
export * from '../help-card.js';
export * from '../mood-check-in.js';
export * from '../mood-trend.js';
export * from '../routine-planner.js';
// End of the written lines.
export * from '../core/events.js';
