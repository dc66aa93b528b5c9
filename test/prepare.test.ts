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
import {recordEvents, textOf} from './helpers/events.js';

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
    const key = {};
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

  it('leaves the check-in and the planner as they were, and tells the host nothing', async () => {
    const checkIn = await mountCheckIn();
    const checkInEvents = recordEvents(checkIn, 'attune-check-in-change');
    const before = textOf(checkIn.shadowRoot);
    await idle();
    expect(textOf(checkIn.shadowRoot)).to.equal(before);
    expect(checkIn.shadowRoot!.querySelectorAll('attune-help-card')).to.have.length(0);
    expect(checkInEvents).to.have.length(0);

    const planner = await mountPlanner();
    const plannerEvents = recordEvents(planner, 'attune-routine-change');
    const shown = textOf(planner.shadowRoot);
    await idle();
    expect(textOf(planner.shadowRoot)).to.equal(shown);
    expect(planner.shadowRoot!.querySelectorAll('li.step')).to.have.length(0);
    expect(plannerEvents).to.have.length(0);
  });
});
