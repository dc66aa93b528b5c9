import {css} from 'lit';

/**
 * Design tokens and shared rules. Every colour reads a public `--attune-*` property first,
 * then falls back to a light/dark pair that follows the page's `color-scheme`.
 * Private `--_*` properties keep the rest of the styles short.
 */
export const tokens = css`
  :host {
    --_text: var(--attune-color-text, light-dark(#1f2328, #eceef0));
    --_surface: var(--attune-color-surface, light-dark(#ffffff, #1a1c1f));
    --_accent: var(--attune-color-accent, light-dark(#1f5aa6, #8dbdff));
    --_border: var(--attune-color-border, light-dark(#68737d, #8e99a4));
    --_radius: var(--attune-radius, 0.5rem);
    --_space: var(--attune-space, 1rem);
    --_focus-ring: var(--attune-focus-ring, 3px solid var(--attune-color-focus, light-dark(#b35c00, #ffbf47)));
    --_target: 2.75rem;
    --_font: var(--attune-font-family, system-ui, sans-serif);

    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--attune-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  /* Every heading is a real h2–h6 (core/heading.ts), so one rule gives them all the heading font. */
  h2, h3, h4, h5, h6 { font-family: var(--attune-font-family-heading, var(--_font)); }
  /* Every widget paints its own surface, so its text keeps its contrast on any page, in either scheme. */
  .base { max-width: 100%; background: var(--_surface); }

  :focus-visible { outline: var(--_focus-ring); outline-offset: 2px; }

  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
  }
  @media (forced-colors: active) {
    :focus-visible { outline: 3px solid Highlight; }
  }
`;
