import {render} from 'lit';

/** What has been prepared on this page: each key once. */
const prepared = new Set<string>();

/** Runs `work` when the browser is idle. Safari has no requestIdleCallback: a short wait there. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(work, {timeout: 2000});
  else setTimeout(work, 300);
}

/**
 * The first time a screen shows, Lit prepares its templates (parses their HTML, finds their
 * parts) and the browser compiles the code that runs: on a slow phone, part of the tap that first
 * shows it (docs/performance.md has the figures). This pays it while the browser is idle, once per
 * page for each `key`: it renders `screens()` into a document that is never shown, where no
 * element starts and nothing is styled or laid out, one screen per idle moment so no long task
 * stands in a tap's way. A screen that fails here is left for its first real show, which reports
 * its own problems: preparing never throws into the page.
 */
export function prepareWhenIdle(key: string, screens: () => readonly unknown[]): void {
  // On a server, even with a DOM shim, there is nothing to prepare.
  if (prepared.has(key) || typeof globalThis.document?.implementation?.createHTMLDocument !== 'function') return;
  prepared.add(key);
  whenIdle(() => {
    const unseen = document.implementation.createHTMLDocument('');
    let pending: unknown[] = [];
    try {
      pending = [...screens()];
    } catch {
      return; // nothing prepared: each screen pays its own cost when first shown, as before
    }
    const next = () => {
      if (!pending.length) return;
      try {
        render(pending.shift(), unseen.body, {creationScope: unseen});
      } catch {
        // this screen pays its own cost when first shown
      }
      whenIdle(next);
    };
    next();
  });
}
