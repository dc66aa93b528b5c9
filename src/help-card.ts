/** Registers `<attune-help-card>`. Import this file (or `attune-widgets/help-card.js`) once. */
import {AttuneHelpCard} from './help-card/help-card.js';

export {AttuneHelpCard};

if (!customElements.get('attune-help-card')) customElements.define('attune-help-card', AttuneHelpCard);

declare global {
  interface HTMLElementTagNameMap {
    'attune-help-card': AttuneHelpCard;
  }
}
