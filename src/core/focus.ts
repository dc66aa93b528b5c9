import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A selector in the host's shadow root, or a function that finds the element once rendered. */
export type FocusTarget = string | (() => Element | null | undefined);

/**
 * The one way a widget moves focus: ask for a target now, and it is focused as soon as the next
 * render is in the DOM (before `updateComplete` resolves), so the new content is there to focus.
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #target?: FocusTarget;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses `target` after the next render, and asks for that render. A later request wins. */
  request(target: FocusTarget): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target) return;
    this.#target = undefined;
    const element = typeof target === 'string' ? this.#host.shadowRoot?.querySelector(target) : target();
    (element as HTMLElement | null | undefined)?.focus();
  }
}
