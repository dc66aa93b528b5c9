import {render} from 'lit';

/** What has been prepared on this page: each key once. */
const prepared = new WeakSet<object>();

/**
 * Lit prepares a template (parses its HTML, finds its parts) the first time it renders it, and
 * the browser compiles each function the first time it runs. For a screen not seen yet, such as
 * the help cards a safety answer shows, that is 40 to 90 ms of a tap on a slow phone. This pays it
 * while the browser is idle, once per page for each `key`: it renders `screens()` into a document
 * that is never shown, where no element is styled, laid out or started, and drops the result.
 */
export function prepareWhenIdle(key: object, screens: () => readonly unknown[]): void {
  if (prepared.has(key) || typeof document === 'undefined') return;
  prepared.add(key);
  // Safari has no requestIdleCallback: a short wait lets the first screen paint first there.
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 300));
  whenIdle(
    () => {
      const unseen = document.implementation.createHTMLDocument('');
      for (const screen of screens()) render(screen, unseen.body, {creationScope: unseen});
    },
    {timeout: 2000},
  );
}
