/**
 * Registers `<attune-mood-check-in>` (and the `<attune-help-card>` it shows inline). Import this
 * file (or `attune-widgets/mood-check-in.js`) once.
 */
import './help-card.js';
import {AttuneMoodCheckIn} from './mood-check-in/mood-check-in.js';

export {AttuneMoodCheckIn};

if (!customElements.get('attune-mood-check-in')) customElements.define('attune-mood-check-in', AttuneMoodCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'attune-mood-check-in': AttuneMoodCheckIn;
  }
}
