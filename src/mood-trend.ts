/**
 * Registers `<attune-mood-trend>` (and the `<attune-help-card>` it shows inline). Import this
 * file (or `attune-widgets/mood-trend.js`) once.
 */
import './help-card.js';
import {AttuneMoodTrend} from './mood-trend/mood-trend.js';

export {AttuneMoodTrend};

if (!customElements.get('attune-mood-trend')) customElements.define('attune-mood-trend', AttuneMoodTrend);

declare global {
  interface HTMLElementTagNameMap {
    'attune-mood-trend': AttuneMoodTrend;
  }
}
