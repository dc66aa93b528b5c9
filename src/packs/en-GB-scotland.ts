/** `attune-widgets/packs/en-GB-scotland.js`: the ready `en-GB-scotland` content pack, as the default export. */
import {enGBScotland} from '../content/en-GB-scotland.js';

export default enGBScotland;
