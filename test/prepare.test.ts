/**
 * Screens prepared while the browser is idle (src/core/prepare.ts) stay unseen: nothing is added
 * to the page, no element in them starts, each is prepared once per page, and the widgets that
 * prepare their next screens neither change nor tell the host anything while they do.
 */
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {prepareWhenIdle} from '../src/core/prepare.js';
import '../src/mood-check-in.js';
import '../src/routine-planner.js';
import {mountCheckIn} from './helpers/check-in.js';
import {mountPlanner} from './helpers/routine-planner.js';
import {textOf} from './helpers/events.js';

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

describe('preparing screens while idle', () => {
  it('renders each key once, in a document that is never shown, and starts no element there', async () => {
    const page = document.body.innerHTML;
    const rendered: Element[] = [];
    const screen = () => html`<p ${ref((el) => el && rendered.push(el))}>unseen</p><prepare-probe></prepare-probe>`;
    const key = 'a screen of this test';
    let asked = 0;
    const screens = () => {
      asked++;
      return [screen()];
    };
    prepareWhenIdle(key, screens);
    prepareWhenIdle(key, screens);
    expect(asked, 'nothing happens until the browser is idle').to.equal(0);
    await idle();

    expect(asked).to.equal(1);
    expect(rendered).to.have.length(1);
    expect(rendered[0].ownerDocument).not.to.equal(document);
    expect(rendered[0].ownerDocument.defaultView, 'a document with no window').to.equal(null);
    expect(started, 'no custom element starts in it').to.equal(0);
    expect(document.body.innerHTML).to.equal(page);

    // The same template, rendered on the page afterwards, is whole.
    const container = document.createElement('div');
    document.body.append(container);
    render(screen(), container);
    expect(textOf(container)).to.equal('unseen');
    expect(started).to.equal(1);
    container.remove();
  });

  it('in a browser with no requestIdleCallback (Safari), prepares one screen per short wait instead', () => {
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
      prepareWhenIdle('screens without idle callbacks', () => [screen('first'), screen('second')]);
      expect(rendered, 'not at once').to.deep.equal([]);
      expect(waits.map(({ms}) => ms)).to.deep.equal([300]);
      waits.shift()!.work();
      expect(rendered, 'after one wait').to.deep.equal(['first']);
      expect(
        waits.map(({ms}) => ms),
        'then another wait',
      ).to.deep.equal([300]);
      waits.shift()!.work();
      expect(rendered, 'after two').to.deep.equal(['first', 'second']);
    } finally {
      window.setTimeout = timeout;
      window.requestIdleCallback = idleCallback;
    }
  });

  it('readies the check-in, the planner and their help cards, leaving them as they were and telling the host nothing', async () => {
    const events: string[] = [];
    for (const type of ['check-in-change', 'check-in-submit', 'routine-change', 'help-action', 'content-error'])
      document.addEventListener(`attune-${type}`, (e) => events.push(e.type));
    const checkIn = await mountCheckIn();
    const planner = await mountPlanner();
    planner.shadowRoot!.querySelector<HTMLInputElement>('#name')!.focus();
    const shown = [textOf(checkIn.shadowRoot), textOf(planner.shadowRoot)];
    for (let i = 0; i < 12; i++) await idle(); // one screen per idle moment

    expect([textOf(checkIn.shadowRoot), textOf(planner.shadowRoot)]).to.deep.equal(shown);
    expect(planner.shadowRoot!.activeElement?.id, 'focus stays where it was').to.equal('name');
    expect(events).to.deep.equal([]);
    // Both widgets asked for their screens when they came on the page: a second ask is refused.
    for (const key of ['check-in screens', 'planner screens', 'help cards at h3']) {
      let asked = false;
      prepareWhenIdle(key, () => {
        asked = true;
        return [];
      });
      await idle();
      expect(asked, key).to.equal(false);
    }
  });
});
