import {css} from 'lit';

/** Extra tokens and the shared button look, for the widgets that have form controls. */
export const controls = css`
  :host {
    --_text-muted: var(--attune-color-text-muted, light-dark(#4b5560, #b9c0c8));
    --_surface-alt: var(--attune-color-surface-alt, light-dark(#f1f4f6, #262a2f));
    --_error: var(--attune-color-error, light-dark(#a4161a, #ff8e8e));
  }
  .button {
    display: inline-flex; align-items: center; justify-content: center; gap: 0.5em;
    min-height: var(--_target); min-width: var(--_target); padding: 0.5rem 1rem;
    border: 2px solid var(--_accent); border-radius: var(--_radius);
    background: var(--_accent); color: var(--attune-color-on-accent, light-dark(#ffffff, #0d1b2c));
    font: inherit; font-weight: 600; cursor: pointer;
  }
  .button.secondary { background: transparent; color: var(--_accent); }
  .button:disabled { opacity: 0.6; cursor: not-allowed; }

  @media (forced-colors: active) {
    .button { border-color: ButtonText; }
  }
`;
