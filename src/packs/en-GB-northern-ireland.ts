/** `attune-widgets/packs/en-GB-northern-ireland.js`: the ready `en-GB-northern-ireland` content pack, as the default export. */
import {enGBNorthernIreland} from '../content/en-GB-northern-ireland.js';

export default enGBNorthernIreland;
