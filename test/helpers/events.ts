/** One copy of each, in fixtures/read.ts: the stories use the same. */
export {recordEvents, textOf} from '../../fixtures/read.js';
