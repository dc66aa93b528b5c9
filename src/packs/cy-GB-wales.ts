/** `attune-widgets/packs/cy-GB-wales.js`: the ready `cy-GB-wales` content pack, as the default export. */
import {cyGBWales} from '../content/cy-GB-wales.js';

export default cyGBWales;
