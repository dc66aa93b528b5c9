/**
 * `attune-widgets/schema`: the content and event schemas, their types, `parseContentPack`
 * and the default pack. No DOM, no Lit: runs in Node, so a host's server validates what it
 * receives with exactly the rules the widgets use.
 */
export * from './common.js';
export * from './message.js';
export * from './help.js';
export * from './check-in.js';
export * from './routine.js';
export * from './trend.js';
export * from './content.js';
export * from './events.js';
export * from './parse.js';
export {defaultContent} from '../content/en-GB-england.js';
