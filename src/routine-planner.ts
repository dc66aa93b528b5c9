/** Registers `<attune-routine-planner>`. Import this file (or `attune-widgets/routine-planner.js`) once. */
import {AttuneRoutinePlanner} from './routine-planner/routine-planner.js';

export {AttuneRoutinePlanner};

if (!customElements.get('attune-routine-planner'))
  customElements.define('attune-routine-planner', AttuneRoutinePlanner);

declare global {
  interface HTMLElementTagNameMap {
    'attune-routine-planner': AttuneRoutinePlanner;
  }
}
