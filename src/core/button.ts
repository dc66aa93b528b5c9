import {html, nothing, type TemplateResult} from 'lit';

/** How a button looks and acts; every field is optional. */
export interface ButtonOptions {
  /** `primary` is filled (the step's main action); `secondary`, the default, is outlined. */
  kind?: 'primary' | 'secondary';
  /** `submit` submits the widget's own `<form>`; the default `button` does nothing by itself. */
  type?: 'button' | 'submit';
  /** Text added to the accessible name only, exactly as given (e.g. " Mood" after "Change"). */
  hidden?: string;
  disabled?: boolean;
}

/** The one button of every widget: the shared `.button` look from `controls.styles.ts`. */
export function button(
  label: unknown,
  click: ((event: Event) => void) | undefined,
  {kind = 'secondary', type = 'button', hidden, disabled = false}: ButtonOptions = {},
): TemplateResult {
  const extra = hidden ? html`<span class="visually-hidden">${hidden}</span>` : nothing;
  return html`<button type=${type} class="button ${kind}" part="button" ?disabled=${disabled} @click=${click}>${label}${extra}</button>`;
}
