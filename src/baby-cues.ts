/**
 * Registers `<attune-baby-cues>` (and the `<attune-help-card>` it shows inline). Import this
 * file (or `attune-widgets/baby-cues.js`) once.
 */
import './help-card.js';
import {AttuneBabyCues} from './baby-cues/baby-cues.js';

export {AttuneBabyCues};

if (!customElements.get('attune-baby-cues')) customElements.define('attune-baby-cues', AttuneBabyCues);

declare global {
  interface HTMLElementTagNameMap {
    'attune-baby-cues': AttuneBabyCues;
  }
}
