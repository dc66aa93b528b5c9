/**
 * Screens prepared while the browser is idle (src/core/prepare.ts) stay unseen: they are styled
 * and laid out on a stage inside the widget that takes no room, is invisible and unreachable, and
 * goes when the last screen is done; each is prepared once per page, and the widgets that prepare
 * their next screens neither change nor tell the host anything while they do.
 */
import {expect} from '@open-wc/testing';
import {css, html, LitElement, render} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {prepareWhenIdle} from '../src/core/prepare.js';
import {AttuneContentWarningEvent} from '../src/core/events.js';
import '../src/mood-check-in.js';
import '../src/routine-planner.js';
import '../src/mood-trend.js';
import {mountCheckIn} from './helpers/check-in.js';
import {textOf} from './helpers/events.js';
import {trendFixtures} from '../fixtures/trend.js';
import {packs} from '../src/packs/index.js';

/** Two idle periods: anything the page asked to run when idle has run. */
const idle = async () => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve)));
};

let started = 0;
customElements.define(
  'prepare-probe',
  class extends HTMLElement {
    constructor() {
      super();
      started++;
    }
  },
);

/** A widget of this test's own: a 20 px type size in its shadow root's styles, and one line shown. */
class PrepareHost extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 20px; }
    .probe { font-weight: 700; }
    .base { display: flow-root; }
  `;
  override render() {
    return html`<div class="base" lang="cy"><p>shown</p></div>`;
  }
}
customElements.define('prepare-host', PrepareHost);

async function mountHost(): Promise<PrepareHost> {
  const host = document.createElement('prepare-host') as PrepareHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

describe('preparing screens while idle', () => {
  it('renders each key once, styled and laid out on an unseen stage in the widget, then takes the stage away', async () => {
    const host = await mountHost();
    const page = document.body.innerHTML;
    const box = () =>
      JSON.stringify([host.getBoundingClientRect(), host.shadowRoot!.querySelector('.base')!.getBoundingClientRect()]);
    const before = box();
    const rendered: string[] = [];
    let probe: Element | undefined;
    const screen = (name: string) =>
      html`<p class="probe" ${ref((el) => el && rendered.push(name) && (probe = el))}>${name}</p><prepare-probe></prepare-probe>`;
    const key = 'screens of this test';
    let asked = 0;
    const screens = () => {
      asked++;
      return [screen('first'), screen('second')];
    };
    prepareWhenIdle(host, key, screens);
    prepareWhenIdle(host, key, screens);
    expect(asked, 'nothing happens until the browser is idle').to.equal(0);
    await host.updateComplete;
    await new Promise((resolve) => requestIdleCallback(resolve));

    expect(asked).to.equal(1);
    expect(rendered).to.deep.equal(['first']);
    if (!probe) throw new Error('nothing rendered');
    const stage = (probe.getRootNode() as ShadowRoot).host as HTMLElement;
    expect(stage.parentNode, 'inside the widget').to.equal(host.shadowRoot);
    expect(getComputedStyle(probe).fontWeight, "with the widget's styles").to.equal('700');
    expect(probe.closest<HTMLElement>('.base')?.lang, "in a copy of the widget's base, in its language").to.equal('cy');
    const width = () => probe!.getBoundingClientRect().width;
    expect(width(), 'laid out, at most 40 em wide').to.be.within(1, 640);
    const column = new CSSStyleSheet(); // a phone turned, a column narrowed
    column.replaceSync('prepare-host { position: relative; inline-size: 200px; }');
    const pageSheets = [...document.adoptedStyleSheets];
    document.adoptedStyleSheets = [...pageSheets, column];
    expect(width(), "as wide as the widget's column").to.equal(200);
    document.adoptedStyleSheets = pageSheets;
    expect(started, 'its elements start, as they will when shown').to.equal(1);
    expect(probe.checkVisibility({visibilityProperty: true}), 'never seen').to.equal(false);
    expect(stage.inert, 'never reached').to.equal(true);
    expect(stage.getAttribute('aria-hidden'), 'never heard').to.equal('true');
    expect(box(), 'it takes no room and moves nothing').to.equal(before);
    expect(host.shadowRoot!.querySelector('.probe'), "the widget's own queries never meet it").to.equal(null);
    expect(textOf(host.shadowRoot), 'what the widget shows').to.equal('shown');

    await idle();
    await idle();
    expect(rendered, 'one screen per idle moment').to.deep.equal(['first', 'second']);
    expect(stage.isConnected, 'gone after the last screen').to.equal(false);
    expect([...host.shadowRoot!.children].map((el) => el.className)).to.deep.equal(['base']);
    expect(document.body.innerHTML).to.equal(page);
    expect(asked).to.equal(1);

    // The same template, rendered on the page afterwards, is whole.
    const container = document.createElement('div');
    document.body.append(container);
    render(screen('shown later'), container);
    expect(textOf(container)).to.equal('shown later');
    container.remove();
    host.remove();
  });

  it('stops an Attune event sent on the stage before it reaches the page', async () => {
    const host = await mountHost();
    const said: string[] = [];
    const note = (e: Event) => said.push((e.composedPath()[0] as Element).textContent!);
    document.addEventListener(AttuneContentWarningEvent.eventName, note);
    let onStage: Element | undefined;
    prepareWhenIdle(host, 'a screen that speaks up', () => [html`<p ${ref((el) => (onStage = el))}>unseen</p>`]);
    await host.updateComplete;
    await new Promise((resolve) => requestIdleCallback(resolve));
    const warn = (from: Element) => from.dispatchEvent(new AttuneContentWarningEvent({schemaVersion: 1, warnings: []}));
    warn(onStage!);
    warn(host.shadowRoot!.querySelector('p')!);
    document.removeEventListener(AttuneContentWarningEvent.eventName, note);
    expect(said, 'only the shown one').to.deep.equal(['shown']);
    host.remove();
  });

  it('leaves a widget taken off the page alone, and lets the next one on the page prepare', async () => {
    const first = await mountHost();
    const asked: string[] = [];
    const screens = (by: string) => () => {
      asked.push(by);
      return [html`<p>unseen</p>`];
    };
    prepareWhenIdle(first, 'screens of a widget taken off the page', screens('first'));
    first.remove();
    await idle();
    expect(asked).to.deep.equal([]);
    expect(first.shadowRoot!.children).to.have.length(1);

    const second = await mountHost();
    prepareWhenIdle(second, 'screens of a widget taken off the page', screens('second'));
    await idle();
    expect(asked).to.deep.equal(['second']);
    second.remove();
  });

  it('in a browser with no requestIdleCallback (Safari), prepares one screen per short wait instead', async () => {
    const host = await mountHost();
    const idleCallback = window.requestIdleCallback;
    const timeout = window.setTimeout;
    // The waits are kept here and run by hand, so the test sees each one's work on its own.
    const waits: {work: () => void; ms?: number}[] = [];
    const wait = (work: () => void, ms?: number) => waits.push({work, ms});
    // @ts-expect-error: Safari's window has no requestIdleCallback
    delete window.requestIdleCallback;
    window.setTimeout = wait as unknown as typeof setTimeout;
    try {
      expect('requestIdleCallback' in window, 'the page really has none').to.be.false;
      const rendered: string[] = [];
      const screen = (name: string) => html`<p ${ref((el) => el && rendered.push(name))}>${name}</p>`;
      prepareWhenIdle(host, 'screens without idle callbacks', () => [screen('first'), screen('second')]);
      await host.updateComplete;
      expect(rendered, 'not at once').to.deep.equal([]);
      expect(waits.map(({ms}) => ms)).to.deep.equal([300]);
      // Each wait's work ends once the screen's elements have rendered (microtasks, no timer).
      const work = async () => {
        waits.shift()!.work();
        for (let i = 0; i < 10; i++) await Promise.resolve();
      };
      await work();
      expect(rendered, 'after one wait').to.deep.equal(['first']);
      expect(
        waits.map(({ms}) => ms),
        'then another wait',
      ).to.deep.equal([300]);
      await work();
      expect(rendered, 'after two').to.deep.equal(['first', 'second']);
    } finally {
      window.setTimeout = timeout;
      window.requestIdleCallback = idleCallback;
      host.remove();
    }
  });

  it('readies the check-in, the planner, the trend and their help cards, leaving them as they were and telling the host nothing', async function () {
    // About twenty screens, one per idle moment: a busy machine running another test file
    // beside this one has few idle moments to give.
    this.timeout(60000);
    // The Welsh pack awaits review, so every widget or card that checks it warns: the check-in
    // did, once, as it came on the page. Its readied help cards check no pack of the host's.
    const checkIn = await mountCheckIn({content: packs['cy-GB-wales']});
    const events: string[] = [];
    const listen = (e: Event) => events.push(e.type);
    const types = [
      'check-in-change',
      'check-in-submit',
      'routine-change',
      'help-action',
      'content-error',
      'content-warning',
    ];
    // On the window, first, as a host's logger may listen: before anything inside could stop it.
    for (const type of types) window.addEventListener(`attune-${type}`, listen, {capture: true});
    // All on the page at once (the stage helper takes the last widget away).
    const planner = document.createElement('attune-routine-planner');
    const trend = document.createElement('attune-mood-trend');
    trend.entries = trendFixtures.steadyFortnight();
    checkIn.after(planner, trend);
    await Promise.all([planner.updateComplete, trend.updateComplete]);
    planner.shadowRoot!.querySelector<HTMLInputElement>('#name')!.focus();
    const shown = [checkIn, planner, trend].map((el) => textOf(el.shadowRoot));
    // The crisis cards the check-in readies are real cards, drawn in full on its stage.
    const stagedCards: string[] = [];
    const staging = () => [checkIn, planner, trend].some((el) => el.shadowRoot!.querySelector('div[aria-hidden]'));
    for (let moments = 0; moments < 60 && (moments === 0 || staging()); moments++) {
      await idle(); // one screen per idle moment
      const scene = checkIn.shadowRoot!.querySelector('div[aria-hidden]')?.shadowRoot;
      for (const card of scene?.querySelectorAll('attune-help-card') ?? []) stagedCards.push(textOf(card.shadowRoot));
    }
    expect(staging(), 'every stage gone once its screens are ready').to.equal(false);
    expect(stagedCards.some((text) => text.includes('999'))).to.equal(true);

    expect([checkIn, planner, trend].map((el) => textOf(el.shadowRoot))).to.deep.equal(shown);
    expect(trend.shadowRoot!.querySelector('details')!.open, "the trend's own table stays closed").to.equal(false);
    expect(planner.shadowRoot!.activeElement?.id, 'focus stays where it was').to.equal('name');
    for (const type of types) window.removeEventListener(`attune-${type}`, listen, {capture: true});
    expect(events).to.deep.equal([]);
    // Each widget asked for its screens when it came on the page: a second ask is refused.
    for (const key of ['check-in screens', 'planner screens', 'help cards at h3', 'trend table']) {
      let asked = false;
      prepareWhenIdle(checkIn, key, () => {
        asked = true;
        return [];
      });
      await idle();
      expect(asked, key).to.equal(false);
    }
  });
});
