/**
 * One press, one action. The browser counts quick presses in one place in a click's `detail`
 * (1, 2, 3 … for a double click or a double tap; 0 from the keyboard). Only the first click of
 * such a run may act: the second lands on whatever the first put under the finger (the next
 * step's Next, a checkbox that moved up, the moved step's Move), so it is stopped before it
 * reaches anything inside the widget. A form is never submitted twice, a disclosure is not
 * toggled back and a phone link does not dial twice. Keyboard presses always act.
 *
 * Every Attune element listens with this in the capture phase on itself (see AttuneElement),
 * so every button, label, summary and link inside it, now and later, is covered at once.
 */
export function stopRepeatPress(event: Event): void {
  if (event instanceof UIEvent && event.detail > 1) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}
