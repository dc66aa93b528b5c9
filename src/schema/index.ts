/**
 * `attune-widgets/schema`: the content and event schemas, their types, `parseContentPack`
 * and the default pack. No DOM, no Lit: runs in Node, so a host's server validates what it
 * receives with exactly the rules the widgets use.
 */
// Zod-free: levels, steps and limits (the widgets use these without loading validation).
export * from '../model/levels.js';
export * from '../model/check-in-steps.js';
export * from '../model/check-in-answers.js';
export * from '../model/check-in-limits.js';
export * from '../model/routine-limits.js';
export * from '../model/check-in-scoring.js';
export * from '../model/check-in-ideas.js';
export * from '../model/nations.js';
export * from '../model/phone.js';
export * from '../model/pack-warnings.js';
export * from '../model/cues-limits.js';
export * from '../model/cues-bands.js';
// Shared pieces and the pack's sections.
export * from './common.js';
export * from './message.js';
export * from './help.js';
export * from './check-in-questions.js';
export * from './check-in.js';
export * from './routine.js';
export * from './trend.js';
export * from './trend-share.js';
export * from './cues.js';
export * from './content.js';
// What the widgets emit: the parent's data and the event details.
export * from './check-in-data.js';
export * from './routine-data.js';
export * from './cues-data.js';
export * from './events.js';
export * from './parse.js';
export * from './verify-response.js';
export {defaultContent} from '../content/en-GB-england.js';
export * from './pack-report.js';
