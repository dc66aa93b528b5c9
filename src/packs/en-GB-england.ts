/** `attune-widgets/packs/en-GB-england.js`: the ready `en-GB-england` content pack, as the default export. */
import {enGBEngland} from '../content/en-GB-england.js';

export default enGBEngland;
