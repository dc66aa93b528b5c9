/**
 * Entry of `dist/cdn/attune-hydrate.min.js`: the same as `attune.min.js`, plus Lit's hydration
 * support, for pages whose widgets were rendered on the server with `@lit-labs/ssr`.
 * The hydrate support must run before LitElement loads, so it is imported first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
