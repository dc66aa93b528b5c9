/** `attune-widgets/packs/en-GB-wales.js`: the ready `en-GB-wales` content pack, as the default export. */
import {enGBWales} from '../content/en-GB-wales.js';

export default enGBWales;
