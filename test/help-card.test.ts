import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/help-card.js';
import type {AttuneHelpCard} from '../src/help-card.js';
import {AttuneHelpActionEvent, type AttuneContentErrorEvent} from '../src/core/events.js';
import {loadValidators} from '../src/core/attune-element.js';
import {HelpActionDetailSchema, defaultContent, helpLevels, type ContentPack} from '../src/schema/index.js';
import {expectAccessible} from './helpers/axe.js';
import {recordEvents, textOf} from './helpers/events.js';
import {themes, useTheme} from './helpers/themes.js';
import {cardActions, mountHelpCard, openPartners, partnerLevels, partnerOf} from './helpers/help-card.js';
import {injectionPayloads, withHelp} from '../fixtures/index.js';
import {packs, packNames} from '../src/packs/index.js';
import {deepActive} from './helpers/stage.js';

/**
 * Stops tel:/sms:/https: navigation in the test page only, after the widget has seen the click.
 * Only a link's click: a summary's click is what opens its disclosure.
 */
function keepPageHere(event: Event) {
  if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
}

describe('<attune-help-card>', () => {
  before(() => window.addEventListener('click', keepPageHere));
  after(() => window.removeEventListener('click', keepPageHere));
  afterEach(() => useTheme('default'));

  for (const level of helpLevels) {
    it(`shows the ${level} level with its heading, prefix, signs and actions`, async () => {
      const el = await mountHelpCard({level, 'heading-level': '3'});
      const content = defaultContent.help.levels[level];
      const cards = el.shadowRoot!.querySelectorAll('.card');
      expect(cards).to.have.length(1);
      const heading = el.shadowRoot!.querySelector('h3')!;
      expect(heading, 'heading at the requested level').to.exist;
      expect(textOf(heading)).to.equal(`${content.hiddenPrefix} ${content.heading}`);
      expect(textOf(heading).startsWith(content.hiddenPrefix)).to.be.true;
      const signs = [...el.shadowRoot!.querySelectorAll('.signs li')].map(textOf);
      expect(signs).to.deep.equal(content.signs);
      const links = cardActions(el);
      expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal(
        content.actions.map((a) => [a.label, a.href]),
      );
    });
  }

  it('shows every level, most urgent first, when level is unset', async () => {
    const el = await mountHelpCard();
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.level);
    expect(shown).to.deep.equal(['emergency', 'urgent', 'non-urgent', 'support']);
    expect(el.shadowRoot!.querySelectorAll('h2')).to.have.length(4);
  });

  it('falls back to every level for an unknown level and a bad heading-level, without throwing', async () => {
    const el = await mountHelpCard({level: 'panic', 'heading-level': '9'});
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('h2')).to.have.length(4);
  });

  it("gives the hidden prefix to the heading's accessible name but hides it visually", async () => {
    const el = await mountHelpCard({level: 'urgent'});
    const prefix = el.shadowRoot!.querySelector('h2 .visually-hidden')!;
    expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(prefix).position).to.equal('absolute');
  });

  it('gives each level a different border shape, not only a different colour', async () => {
    const el = await mountHelpCard();
    const shapes = [...el.shadowRoot!.querySelectorAll('.card')].map((card) => {
      const s = getComputedStyle(card);
      return [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].join(' ');
    });
    expect(new Set(shapes).size).to.equal(4);
  });

  it('makes each action link at least 44 by 44 CSS pixels', async () => {
    const el = await mountHelpCard();
    // The partner part's links too, once it is open, and the summary that opens it.
    await openPartners(el);
    const targets = el.shadowRoot!.querySelectorAll('a.action, summary');
    expect(targets.length).to.be.greaterThan(defaultContent.help.levels.emergency.actions.length + 1);
    for (const link of targets) {
      const box = link.getBoundingClientRect();
      expect(box.height, textOf(link)).to.be.at.least(44);
      expect(box.width, textOf(link)).to.be.at.least(44);
    }
  });

  it('dispatches one attune-help-action on click, with a detail that passes the schema, and never prevents navigation', async () => {
    const el = await mountHelpCard({level: 'emergency'});
    const events = recordEvents<AttuneHelpActionEvent>(document, 'attune-help-action');
    let preventedBeforeHost: boolean | undefined;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.action')!;
    // Added after the widget's own listener, so it sees whether the widget prevented the click.
    link.addEventListener('click', (e) => {
      preventedBeforeHost = e.defaultPrevented;
    });
    link.click();
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(AttuneHelpActionEvent);
    expect(events[0].detail).to.deep.equal({
      schemaVersion: 1,
      level: 'emergency',
      actionId: 'call-999',
      href: 'tel:999',
      kind: 'call',
    });
    expect(HelpActionDetailSchema.safeParse(events[0].detail).success).to.be.true;
    expect(events[0].bubbles && events[0].composed).to.be.true;
    expect(preventedBeforeHost).to.equal(false);
  });

  it('reaches a typed listener on the document and on the window, as the README shows', async () => {
    const el = await mountHelpCard({level: 'urgent'});
    const heard: string[] = [];
    // No casts: `npm run typecheck` proves these listeners get the event class, detail and all.
    const onDocument = (event: AttuneHelpActionEvent) =>
      heard.push(`document:${event.detail.level}:${event.detail.actionId}`);
    const onWindow = (event: AttuneHelpActionEvent) => heard.push(`window:${event.detail.kind}`);
    document.addEventListener('attune-help-action', onDocument);
    window.addEventListener('attune-help-action', onWindow);
    try {
      el.shadowRoot!.querySelector<HTMLAnchorElement>('a.action')!.click();
    } finally {
      document.removeEventListener('attune-help-action', onDocument);
      window.removeEventListener('attune-help-action', onWindow);
    }
    expect(heard).to.deep.equal(['document:urgent:call-111', 'window:call']);
  });

  it('dispatches one attune-help-action when an action is reached with Tab and activated with Enter', async () => {
    const el = await mountHelpCard({level: 'support'});
    const events = recordEvents<AttuneHelpActionEvent>(el, 'attune-help-action');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('sms:85258?body=SHOUT');
    await sendKeys({press: 'Enter'});
    expect(events.map((e) => e.detail.actionId)).to.deep.equal(['text-shout']);
    expect(events[0].detail.level).to.equal('support');
    before.remove();
  });

  for (const theme of themes) {
    it(`has no WCAG 2.2 A/AA violations for every level in the ${theme} theme`, async () => {
      await useTheme(theme);
      for (const level of [...helpLevels, undefined]) {
        const el = await mountHelpCard({level: level ?? 'all'});
        await expectAccessible(el);
      }
    });
  }

  describe('the partner part', () => {
    const partner = defaultContent.help.partner!;

    it('shows once, closed, in the emergency card (or the urgent card shown alone), never in the non-urgent or support card', async () => {
      const cases: [string | undefined, string[]][] = [
        [undefined, ['emergency']],
        ['emergency', ['emergency']],
        ['urgent', ['urgent']],
        ['non-urgent', []],
        ['support', []],
      ];
      for (const [level, expected] of cases) {
        const el = await mountHelpCard(level ? {level} : {});
        expect(partnerLevels(el), String(level)).to.deep.equal(expected);
        if (expected.length) {
          const details = partnerOf(el)!;
          expect(details.open, 'closed by default').to.equal(false);
          expect(textOf(details.querySelector('summary'))).to.equal(partner.summary);
          // After the card's own actions, so a crisis card's first link is still its own call.
          expect(el.shadowRoot!.querySelector('a.action')!.closest('details')).to.equal(null);
        }
      }
    });

    it("opens by keyboard: Tab reaches its summary after the card's call, Enter opens it, its links follow, Enter again closes it", async () => {
      const el = await mountHelpCard({level: 'emergency'});
      const before = document.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      await sendKeys({press: 'Tab'});
      expect(deepActive()?.getAttribute('href')).to.equal('tel:999');
      await sendKeys({press: 'Tab'});
      const summary = el.shadowRoot!.querySelector('summary')!;
      expect(deepActive()).to.equal(summary);
      expect(summary.matches(':focus-visible')).to.be.true;
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(partnerOf(el)!.open).to.be.true;
      await sendKeys({press: 'Tab'});
      expect(deepActive()?.getAttribute('data-action-id')).to.equal(partner.signs.action.id);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(deepActive()).to.equal(summary);
      await sendKeys({press: 'Enter'});
      expect(partnerOf(el)!.open).to.be.false;
    });

    it('in the emergency card, shows the 999 call beside the signs of postpartum psychosis, under a heading that carries the emergency prefix', async () => {
      const el = await mountHelpCard({level: 'emergency', 'heading-level': '3'});
      await openPartners(el);
      const emergency = el.shadowRoot!.querySelector('.partner-emergency')!;
      const heading = emergency.querySelector('h4')!;
      expect(heading, 'one level below the card heading').to.exist;
      expect(textOf(heading)).to.equal(`${defaultContent.help.levels.emergency.hiddenPrefix} ${partner.signs.heading}`);
      expect([...emergency.querySelectorAll('.partner-signs li')].map(textOf)).to.deep.equal(partner.signs.items);
      const call = emergency.querySelector<HTMLAnchorElement>('a.action')!;
      expect([textOf(call), call.getAttribute('href')]).to.deep.equal(['Call 999', 'tel:999']);
      expect(textOf(emergency)).to.contain('postpartum psychosis');
      // How to help, and help for the partner, under their own headings.
      expect([...el.shadowRoot!.querySelectorAll('.partner-body > h4')].map(textOf)).to.deep.equal([
        partner.support.heading,
        partner.ownHelp.heading,
      ]);
      const own = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.partner-body > .actions a.action')];
      expect(own.map((a) => a.getAttribute('href'))).to.deep.equal(partner.ownHelp.actions.map((a) => a.href));
    });

    it('fires one attune-help-action with the level of its card and its own action id, and never prevents navigation', async () => {
      const el = await mountHelpCard({level: 'urgent'});
      await openPartners(el);
      const events = recordEvents<AttuneHelpActionEvent>(el, 'attune-help-action');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.partner-emergency a.action')!;
      let prevented: boolean | undefined;
      link.addEventListener('click', (e) => (prevented = e.defaultPrevented));
      link.click();
      expect(events.map((e) => e.detail)).to.deep.equal([
        {schemaVersion: 1, level: 'urgent', actionId: 'partner-call-999', href: 'tel:999', kind: 'call'},
      ]);
      expect(HelpActionDetailSchema.safeParse(events[0].detail).success).to.be.true;
      expect(prevented).to.equal(false);
    });

    for (const theme of themes) {
      it(`has no WCAG 2.2 A/AA violations, closed and open, in the emergency and urgent cards in the ${theme} theme`, async () => {
        await useTheme(theme);
        for (const level of ['emergency', 'urgent', 'all']) {
          const el = await mountHelpCard({level});
          await expectAccessible(el);
          await openPartners(el);
          await expectAccessible(el);
        }
      });
    }

    for (const name of packNames) {
      it(`${name}: renders its own partner part, in its own words and with its own links, axe clean when open`, async () => {
        const pack = packs[name];
        const el = await mountHelpCard({level: 'emergency'}, {content: structuredClone(pack)});
        await openPartners(el);
        const details = partnerOf(el)!;
        expect(details.closest('.base')!.getAttribute('lang')).to.equal(pack.locale);
        expect(textOf(details.querySelector('summary'))).to.equal(pack.help.partner!.summary);
        expect(textOf(details)).to.contain(pack.help.partner!.signs.body);
        const links = [...details.querySelectorAll<HTMLAnchorElement>('a.action')].map((a) => [
          textOf(a),
          a.getAttribute('href'),
        ]);
        expect(links).to.deep.equal(
          [pack.help.partner!.signs.action, ...pack.help.partner!.ownHelp.actions].map((a) => [a.label, a.href]),
        );
        expect(links[0][1]).to.equal('tel:999');
        await expectAccessible(el);
      });
    }

    it('shows nothing for a pack without one, and lays out right to left with the pack', async () => {
      const el = await mountHelpCard({level: 'emergency'}, {content: withHelp((h) => delete h.partner)});
      expect(partnerOf(el)).to.equal(null);
      el.content = withHelp(() => undefined, {dir: 'rtl', locale: 'ar'});
      await el.updateComplete;
      await openPartners(el);
      const box = el.shadowRoot!.querySelector('.partner-emergency')!;
      expect(getComputedStyle(box).borderRightWidth).to.equal('6px');
    });
  });

  describe('bad content', () => {
    async function setContent(el: AttuneHelpCard, content: unknown) {
      const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
      el.content = content as ContentPack;
      await el.updateComplete;
      return errors;
    }

    const badPacks: [string, ContentPack, string][] = [
      [
        'a javascript: href',
        withHelp((h) => {
          h.levels.urgent.actions[0].href = 'javascript:alert(1)';
        }),
        'help.levels.urgent.actions.0.href',
      ],
      [
        'a data: href',
        withHelp((h) => {
          h.levels.support.actions[0].href = 'data:text/html,<script>alert(1)</script>';
        }),
        'help.levels.support.actions.0.href',
      ],
      [
        'six signs',
        withHelp((h) => {
          h.levels['non-urgent'].signs.push('a', 'b');
        }),
        'help.levels.non-urgent.signs',
      ],
      [
        'no emergency action',
        withHelp((h) => {
          h.levels.emergency.actions = [];
        }),
        'help.levels.emergency.actions',
      ],
    ];
    for (const [name, pack, path] of badPacks) {
      it(`refuses ${name} with one attune-content-error naming ${path}, and keeps its last good content`, async () => {
        const el = await mountHelpCard({level: 'emergency'});
        const before = textOf(el.shadowRoot!);
        const errors = await setContent(el, pack);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.property).to.equal('content');
        expect(errors[0].detail.issues.map((i) => i.path)).to.include(path);
        expect(errors[0].detail.issues.every((i) => i.message.length > 10)).to.be.true;
        expect(textOf(el.shadowRoot!)).to.equal(before);
        expect(el.content.help.levels.emergency.actions[0].href).to.equal('tel:999');
      });
    }

    it('reports bad content set before the element is in the page once it is added, so page listeners hear it', async () => {
      const heard: AttuneContentErrorEvent[] = [];
      const listen = (e: Event) => heard.push(e as AttuneContentErrorEvent);
      document.addEventListener('attune-content-error', listen);
      // Load the validators first, so the check runs at once, while the element is detached.
      await loadValidators();
      const el = document.createElement('attune-help-card');
      el.content = withHelp((h) => {
        h.levels.emergency.actions = [];
      });
      expect(heard, 'nothing is dispatched while detached').to.have.length(0);
      document.body.append(el);
      expect(heard).to.have.length(1);
      expect(heard[0].detail.issues.map((i) => i.path)).to.include('help.levels.emergency.actions');
      el.remove();
      document.body.append(el);
      expect(heard, 'told once, not again on reconnection').to.have.length(1);
      el.remove();
      document.removeEventListener('attune-content-error', listen);
    });

    it('shows markup in content as literal text and injects no element', async () => {
      const el = await mountHelpCard({level: 'urgent'});
      const payload = '<img src=x onerror="window.__pwned=1">';
      await setContent(
        el,
        withHelp((h) => {
          h.levels.urgent.heading = payload;
          h.levels.urgent.signs = injectionPayloads.slice(0, 5);
          h.levels.urgent.actions[0].label = payload;
        }),
      );
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.contain(payload);
      expect(el.shadowRoot!.querySelector('img, script, svg, iframe')).to.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('.signs li')].map(textOf)).to.deep.equal(
        injectionPayloads.slice(0, 5).map((p) => p.replace(/\s+/g, ' ').trim()),
      );
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });

    it('applies a valid host pack, then goes back to the built-in pack when content is cleared', async () => {
      const el = await mountHelpCard({level: 'support'});
      const errors = await setContent(
        el,
        withHelp((h) => {
          h.levels.support.heading = 'Mae help ar gael';
        }),
      );
      expect(errors).to.have.length(0);
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.contain('Mae help ar gael');
      el.content = undefined;
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.contain(defaultContent.help.levels.support.heading);
    });

    it('refuses content that is not a pack at all (null-ish junk, strings, numbers) without throwing', async () => {
      const el = await mountHelpCard();
      for (const junk of ['hello', 42, [], {schemaVersion: 2}, {deeply: {nested: {junk: [1, 2, 3]}}}]) {
        const errors = await setContent(el, junk);
        expect(errors, JSON.stringify(junk)).to.have.length(1);
      }
      expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    });
  });

  it('lays out right to left when the pack says dir: rtl', async () => {
    const el = await mountHelpCard({level: 'support'});
    el.content = withHelp(() => undefined, {dir: 'rtl', locale: 'ar'});
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
    expect(base.dir).to.equal('rtl');
    expect(base.lang).to.equal('ar');
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(card).borderRightWidth).to.equal('6px');
  });
});
