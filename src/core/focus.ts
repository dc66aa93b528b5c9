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
  #afterPaint = false;
  /** Counts requests, so a focus waiting for a paint gives way to a later request. */
  #requests = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Focuses `target` after the next render, and asks for that render. A later request wins.
   * `afterPaint`: once that render is on screen, for a render that adds a lot: focusing forces the
   * new content's style and layout, which would otherwise hold the tap's own paint back.
   */
  request(target: FocusTarget, {afterPaint = false}: {afterPaint?: boolean} = {}): void {
    this.#target = target;
    this.#afterPaint = afterPaint;
    this.#requests++;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target) return;
    this.#target = undefined;
    const focus = () => {
      const element = typeof target === 'string' ? this.#host.shadowRoot?.querySelector(target) : target();
      (element as HTMLElement | null | undefined)?.focus();
    };
    if (!this.#afterPaint) return focus();
    const request = this.#requests;
    afterPaint(() => {
      if (request === this.#requests) focus();
    });
  }
}

/**
 * Runs `callback` once the next frame is on screen: the frame paints between its animation
 * frame and the task after that. A hidden page paints no frames, so a timer stands in there.
 */
export function afterPaint(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 500);
}
