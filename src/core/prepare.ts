import {adoptStyles, css, isServer, render, type ReactiveElement, type RenderOptions} from 'lit';
import {AttuneContentErrorEvent, AttuneContentWarningEvent, AttuneHelpActionEvent} from './events.js';

/** The widget that prepares: its styles, and its Lit render options (a scoped registry). */
export type PreparingHost = ReactiveElement & {readonly renderOptions?: RenderOptions};

/** What has been prepared on this page: each key once. */
const prepared = new Set<string>();

/**
 * The stage moves nothing on the page: it is out of the flow in any layout a host gives the
 * widget (block, flex or grid), and strict containment gives it no height and clips what is in
 * it. It is invisible, out of the accessibility tree and unfocusable (`inert`, `aria-hidden`), so
 * no one sees, hears or reaches it. What is in it is still styled and laid out, which is the
 * point: as wide as the box that holds it, at most 40 em (on a phone, the widget's width; never
 * wider than the page). It comes after the widget's own sheets, so it wins over their `:host` rules.
 */
const stageStyles = css`
  :host {
    position: absolute; inset-inline-start: 0; inline-size: min(100%, 40rem);
    contain: strict; visibility: hidden;
  }
`;

/**
 * Attune events an element on the stage could fire. None should: staged help cards are given no
 * pack to check, and no one can press anything there. Stopped anyway, as they leave the stage.
 */
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
  if (isServer || prepared.has(key)) return;
  prepared.add(key);
  // After the widget's first render (a server-rendered one has hydrated by then).
  host.updateComplete.then(
    () => whenIdle(() => stageScreens(host, key, screens)),
    () => {},
  );
}

/** Renders `screens()` on a stage in `host`, one per idle moment; see `prepareWhenIdle`. */
function stageScreens(host: PreparingHost, key: string, screens: () => readonly unknown[]): void {
  const root = host.shadowRoot;
  // Taken off the page meanwhile: the next widget to come on it prepares instead.
  if (!host.isConnected || !root) return void prepared.delete(key);
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
  // The widget's styles from its class, as Lit gives them (a server-rendered widget's own root
  // keeps the server's <style> elements instead), then the stage's.
  adoptStyles(scene, [...(host.constructor as typeof ReactiveElement).elementStyles, stageStyles]);
  // First in the shadow root, before Lit's own content, which Lit may clear and redraw.
  root.prepend(stage);
  // Each screen in a copy of the widget's base: its language, direction and container.
  const base = (root.querySelector('.base')?.cloneNode() ?? document.createElement('div')) as HTMLElement;
  scene.append(base);
  const options = {host, creationScope: host.renderOptions?.creationScope};
  const next = () => {
    if (!stage.isConnected) return void prepared.delete(key); // the rest, for the next widget
    if (!pending.length) return stage.remove();
    try {
      render(pending.shift(), base, options);
    } catch {
      // this screen pays its own cost when first shown
    }
    // Styled and laid out in this same idle moment, with the fonts it needs, once the elements
    // in it (help cards) have rendered too: their updates are microtasks, before any other task.
    const nested = [...base.querySelectorAll('*')].filter((el) => 'updateComplete' in el);
    Promise.all(nested.map((el) => (el as ReactiveElement).updateComplete))
      .catch(() => {})
      .then(() => {
        void stage.getBoundingClientRect();
        whenIdle(next);
      });
  };
  next();
}
