/**
 * Moved to `plain/routine-limits.ts`. Kept only for the routine planner's imports until its
 * redesign merges; then its imports move and this file goes.
 */
export * from './plain/routine-limits.js';
