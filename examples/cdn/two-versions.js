// A second version of Attune beside one that holds the global tag names (a portal page where
// a team's embed and a partner's embed ship different versions). attune-classes.min.js is a
// separately bundled copy (its own Lit, its own classes) that registers nothing. The host
// defines its outer elements in a scoped registry of its own, on a shadow root it owns; each
// check-in and trend defines the help card it shows inside in its own shadow root's registry,
// so version 2's card is version 2's class even though "attune-help-card" is version 1's globally.
import {AttuneMoodCheckIn, AttuneMoodTrend} from '../../dist/cdn/attune-classes.min.js';

const container = document.getElementById('v2');
if ('initialize' in CustomElementRegistry.prototype) {
  const registry = new CustomElementRegistry();
  registry.define('attune-mood-check-in', AttuneMoodCheckIn);
  registry.define('attune-mood-trend', AttuneMoodTrend);
  const root = container.attachShadow({mode: 'open', customElementRegistry: registry});
  for (const [tag, id] of [
    ['attune-mood-check-in', 'v2-check-in'],
    ['attune-mood-trend', 'v2-trend'],
  ]) {
    const element = document.createElement(tag, {customElementRegistry: registry});
    element.id = id;
    element.setAttribute('heading-level', '3');
    root.append(element);
  }
} else {
  // No scoped registries in this browser: version 2 can only take other global names, and its
  // inline help card is whichever version defined "attune-help-card" first.
  customElements.define('attune2-mood-check-in', class extends AttuneMoodCheckIn {});
  customElements.define('attune2-mood-trend', class extends AttuneMoodTrend {});
  container.append(document.createElement('attune2-mood-check-in'), document.createElement('attune2-mood-trend'));
}
