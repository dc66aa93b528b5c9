/**
 * Scoped custom element registries for elements that render other Attune elements inside (the
 * check-in's and the trend's help card). Where the browser has them, such an element's shadow
 * root gets a registry of its own, so the inner card is always this build's class, even when
 * another build (another version of Attune on the same page) holds the global tag name.
 * Elsewhere the global registry applies. Only the elements that need it import this, so the
 * help card's bundle does not carry it.
 */
import type {RenderOptions} from 'lit';

/**
 * A registry holding `inner` (tag → class), and the `creationScope` that makes Lit create an
 * element's DOM in it (Lit clones every template with `importNode`); both undefined where the
 * browser has no scoped registries (`initialize` came with them).
 */
export function scopedRegistry(inner: Record<string, CustomElementConstructor>): {
  registry?: CustomElementRegistry;
  creationScope?: RenderOptions['creationScope'];
} {
  if (!('initialize' in (globalThis.CustomElementRegistry?.prototype ?? {}))) return {};
  const registry = new CustomElementRegistry();
  for (const [tag, definition] of Object.entries(inner)) registry.define(tag, definition);
  return {
    registry,
    creationScope: {
      importNode: (node, deep) => document.importNode(node, {customElementRegistry: registry, selfOnly: !deep}),
    },
  };
}
