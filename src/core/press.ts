import type {ReactiveController} from 'lit';

/**
 * One press, one action. The browser counts quick presses in one place in a click's `detail`
 * (1, 2, 3 … for a double click or a double tap; 0 from the keyboard). Only the first click of
 * such a run may act: the second lands on whatever the first put under the finger (the next
 * step's Next, a checkbox that moved up, the moved step's Move), so it is stopped before it
 * reaches anything inside the widget. A form is never submitted twice, a disclosure is not
 * toggled back and a phone link does not dial twice. Keyboard presses always act.
 *
 * An element takes this in with `onePressOneAction`.
 */
export function stopRepeatPress(event: Event): void {
  if (event instanceof UIEvent && event.detail > 1) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}

/**
 * `this.addController(onePressOneAction(this))`: the element stops repeat presses in the capture
 * phase on itself, before any listener inside its shadow root, so every button, label, summary
 * and link inside it, now and later, is covered at once.
 */
export function onePressOneAction(host: HTMLElement): ReactiveController {
  // Adding the same listener again on a later connect is a no-op.
  return {hostConnected: () => host.addEventListener('click', stopRepeatPress, {capture: true})};
}
