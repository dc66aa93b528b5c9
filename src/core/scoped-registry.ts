/**
 * Scoped custom element registries for elements that render other Attune elements inside (the
 * check-in's, the trend's and the baby-cues guide's help card). Where the browser has them, such
 * an element's shadow root gets a registry of its own, so the inner card is always this build's
 * class, even when another build (another version of Attune on the same page) holds the global
 * tag name. Elsewhere the global registry applies. Only the elements that need it import this,
 * so the help card's bundle does not carry it.
 */
import {LitElement} from 'lit';

/**
 * A registry holding `inner` (tag → class), for an element to take in with two lines:
 * `static override shadowRootOptions = scoped.shadowRootOptions` gives its shadow root the
 * registry, and `scoped.adopt(this)` in its constructor makes Lit create its DOM in it (Lit
 * clones every template with `importNode`). Both do nothing where the browser has no scoped
 * registries (`initialize` came with them).
 */
export function scopedRegistry(inner: Record<string, CustomElementConstructor>): {
  shadowRootOptions: ShadowRootInit;
  adopt: (host: LitElement) => void;
} {
  if (!('initialize' in (globalThis.CustomElementRegistry?.prototype ?? {})))
    return {shadowRootOptions: LitElement.shadowRootOptions, adopt: () => {}};
  const registry = new CustomElementRegistry();
  for (const [tag, definition] of Object.entries(inner)) registry.define(tag, definition);
  return {
    shadowRootOptions: {...LitElement.shadowRootOptions, customElementRegistry: registry},
    adopt: (host) => {
      host.renderOptions.creationScope = {
        importNode: (node, deep) => document.importNode(node, {customElementRegistry: registry, selfOnly: !deep}),
      };
    },
  };
}
