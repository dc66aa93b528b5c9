import {css, render, type ReactiveElement, type RenderOptions} from 'lit';
import {AttuneContentErrorEvent, AttuneContentWarningEvent, AttuneHelpActionEvent} from './events.js';

/** The widget that prepares: its shadow root's styles, and its Lit render options (a scoped registry). */
export type PreparingHost = ReactiveElement & {readonly renderOptions?: RenderOptions};

/** What has been prepared on this page: each key once. */
const prepared = new Set<string>();

/**
 * The stage moves nothing on the page: a float takes no room when it has no height (strict
 * containment gives it none, and clips what is in it), and margins collapse past it as if it
 * were not there. It is invisible, out of the accessibility tree and unfocusable (`inert`,
 * `aria-hidden`), so no one sees, hears or reaches it. What is in it is still styled and laid
 * out at the widget's width, even after the screen turns, which is the point. It comes after the
 * widget's own sheets, so it wins over their `:host` rules.
 */
const stageStyles = css`
  :host { float: inline-start; inline-size: 100%; contain: strict; visibility: hidden; }
`;

/** Events an element inside a prepared screen could fire (a help card's checks): never the host's to hear. */
const unheard = [AttuneContentErrorEvent, AttuneContentWarningEvent, AttuneHelpActionEvent].map((e) => e.eventName);

/** Runs `work` when the browser is idle. Safari has no requestIdleCallback: a short wait there. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(work, {timeout: 2000});
  else setTimeout(work, 300);
}

/**
 * The first time a screen shows, the tap that shows it pays for everything new: Lit prepares
 * its templates, the browser compiles the code that runs, matches the styles and, on the first
 * use of each font size and weight, loads that font; on a slow phone, tens of milliseconds
 * (docs/performance.md has the figures). This pays it while the browser is idle, once per page
 * for each `key`: it renders `screens()` one per idle moment on a stage inside `host`'s shadow
 * root, with `host`'s styles and in a shadow root of its own (so its ids, radio groups and
 * queries never meet the widget's), lets the browser lay it out, and removes the stage when the
 * last screen is done. Nothing is shown, focused or announced, the host hears no event, and a
 * screen that fails here is left for its first real show, which reports its own problems:
 * preparing never throws into the page.
 */
export function prepareWhenIdle(host: PreparingHost, key: string, screens: () => readonly unknown[]): void {
  // On a server, even with a DOM shim, there is nothing to prepare.
  if (prepared.has(key) || typeof globalThis.document?.createElement !== 'function') return;
  prepared.add(key);
  // After the widget's first render (a server-rendered one has hydrated by then).
  host.updateComplete.then(
    () =>
      whenIdle(() => {
        // Taken off the page meanwhile: the next widget to come on it prepares instead.
        if (host.isConnected) stageScreens(host, screens);
        else prepared.delete(key);
      }),
    () => {},
  );
}

/** Renders `screens()` on a stage in `host`, one per idle moment; see `prepareWhenIdle`. */
function stageScreens(host: PreparingHost, screens: () => readonly unknown[]): void {
  const root = host.shadowRoot;
  const sheet = stageStyles.styleSheet;
  // A browser that cannot give a shadow root its own sheets could not hide the stage.
  if (!root || !sheet) return;
  let pending: unknown[] = [];
  try {
    pending = [...screens()];
  } catch {
    return; // nothing prepared: each screen pays its own cost when first shown, as before
  }
  const stage = document.createElement('div');
  stage.inert = true;
  stage.setAttribute('aria-hidden', 'true');
  for (const type of unheard) stage.addEventListener(type, (e) => e.stopImmediatePropagation());
  const scene = stage.attachShadow({mode: 'open'});
  scene.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  // First in the shadow root, before Lit's own content, which Lit may clear and redraw.
  root.prepend(stage);
  const options = {host, creationScope: host.renderOptions?.creationScope};
  const next = () => {
    // Styled and laid out now, while idle, with the fonts it needs: the screen rendered last
    // time, with what the elements in it have rendered since.
    void stage.getBoundingClientRect();
    if (!pending.length || !stage.isConnected) return stage.remove();
    try {
      render(pending.shift(), scene, options);
    } catch {
      // this screen pays its own cost when first shown
    }
    whenIdle(next);
  };
  next();
}
