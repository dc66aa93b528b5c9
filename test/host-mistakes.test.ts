/**
 * What a host can get wrong, tried in the browser: a refused pack with no earlier good one shows
 * its own nation's help (never England's 111 in Scotland or Northern Ireland), warnings reach the
 * host and the console once, a refused pack never blanks a widget, and a widget laid out by its
 * content (a flex row, `fit-content`, an `auto` grid column) never shrinks to a sliver.
 */
import {expect} from '@open-wc/testing';
import '../src/help-card.js';
import '../src/mood-check-in.js';
import type {AttuneHelpCard} from '../src/help-card.js';
import type {AttuneContentErrorEvent, AttuneContentWarningEvent} from '../src/core/events.js';
import type {ContentPack} from '../src/schema/content.js';
import {packs} from '../src/packs/index.js';
import {ContentWarningDetailSchema} from '../src/schema/events.js';
import {textOf} from '../fixtures/read.js';
import {recordEvents} from './helpers/events.js';
import {mount, settle} from './helpers/stage.js';
import {widgets} from './helpers/widgets.js';
import {expectAccessible} from './helpers/axe.js';

/** A ready pack with one mistake that gets it refused: the emergency call dials 111. */
function refused(pack: ContentPack, meta: Partial<ContentPack> = {}): ContentPack {
  const broken = {...structuredClone(pack), ...meta};
  broken.help.levels.emergency.actions[0].href = 'tel:111';
  return broken;
}

/** Records what the console is told while `run` runs. */
async function consoleDuring(run: () => Promise<void>): Promise<{errors: string[]; warnings: string[]}> {
  const told = {errors: [] as string[], warnings: [] as string[]};
  const {error, warn} = console;
  console.error = (message: string) => told.errors.push(message);
  console.warn = (message: string) => told.warnings.push(message);
  try {
    await run();
  } finally {
    Object.assign(console, {error, warn});
  }
  return told;
}

async function urgentCard(content: unknown): Promise<{card: AttuneHelpCard; errors: AttuneContentErrorEvent[]}> {
  const errors = recordEvents<AttuneContentErrorEvent>(document, 'attune-content-error');
  const card = await mount<AttuneHelpCard>('attune-help-card', {content}, {level: 'urgent'});
  await settle(card);
  return {card, errors};
}
const links = (card: AttuneHelpCard) => [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
const headingOf = (card: AttuneHelpCard) => textOf(card.shadowRoot!.querySelector('h2'));

describe("a refused pack never shows another nation's route", () => {
  const cases: [string, ContentPack, Partial<ContentPack>, string, RegExp][] = [
    [
      "Scotland's pack (named by its id)",
      packs['en-GB-scotland'],
      {nation: undefined},
      'attune-en-GB-scotland',
      /NHS 24/,
    ],
    ["Northern Ireland's pack", packs['en-GB-northern-ireland'], {}, 'attune-en-GB-northern-ireland', /Lifeline/],
    ["Wales's English pack", packs['en-GB-wales'], {}, 'attune-en-GB-wales', /111 and press 2/],
    ["Wales's Welsh pack", packs['cy-GB-wales'], {}, 'attune-cy-GB-wales', /Ffoniwch 111 a phwyso 2/],
    ["England's pack", packs['en-GB-england'], {}, 'attune-en-GB-england', /mental health option/],
    [
      'a pack that names no nation',
      packs['en-GB-scotland'],
      {id: 'my-portal', nation: undefined},
      'attune-en-GB-uk-wide',
      /GP/,
    ],
  ];
  for (const [what, pack, meta, fallbackId, urgentWords] of cases) {
    it(`${what}: falls back to ${fallbackId}`, async () => {
      const {card, errors} = await urgentCard(refused(pack, meta));
      expect(errors, 'the host is told').to.have.length(1);
      expect(card.content.id).to.equal(fallbackId);
      expect(headingOf(card)).to.match(urgentWords);
      if (pack.nation !== 'england') expect(headingOf(card)).not.to.match(/mental health option/);
      await expectAccessible(card);
    });
  }

  it("Northern Ireland: no 111 anywhere on the check-in's crisis result after a refused pack", async () => {
    const el = await mount('attune-mood-check-in', {content: refused(packs['en-GB-northern-ireland'])});
    await settle(el);
    const cards = [...el.shadowRoot!.querySelectorAll<AttuneHelpCard>('attune-help-card')];
    expect(cards).to.have.length(0);
    expect((el as unknown as {content: ContentPack}).content.id).to.equal('attune-en-GB-northern-ireland');
    expect(JSON.stringify((el as unknown as {content: ContentPack}).content.help)).not.to.contain('tel:111');
  });

  it('keeps the last good host pack when a later one is refused', async () => {
    const {card} = await urgentCard(packs['en-GB-scotland']);
    card.content = refused(packs['en-GB-england'], {id: 'attune-en-GB-england-edited'});
    await settle(card);
    expect(card.content.id).to.equal('attune-en-GB-scotland');
    expect(links(card)).to.include('tel:111');
    expect(headingOf(card)).to.match(/NHS 24/);
  });

  it('says so once in the console, however many widgets share the refused pack', async () => {
    // A mistake of its own, so no earlier test has told the console about it already.
    const pack = structuredClone(packs['en-GB-scotland']);
    pack.help.levels.support.actions[0].href = 'tel:116 117';
    const told = await consoleDuring(async () => {
      await urgentCard(pack);
      await urgentCard(structuredClone(pack));
    });
    expect(told.errors).to.have.length(1);
    expect(told.errors[0]).to.contain('help.levels.support.actions.0.label');
    expect(told.errors[0]).to.contain('attune-help-card');
  });
});

describe('warnings a clinician must look at', () => {
  it('a pack awaiting review is used, and the host hears attune-content-warning (and the console once)', async () => {
    const warnings: AttuneContentWarningEvent[] = [];
    const listen = (event: Event) => warnings.push(event as AttuneContentWarningEvent);
    document.addEventListener('attune-content-warning', listen);
    const pack = {...structuredClone(packs['cy-GB-wales']), id: 'warning-test'};
    const told = await consoleDuring(async () => {
      const {card, errors} = await urgentCard(pack);
      expect(errors).to.have.length(0);
      expect(card.content.id).to.equal('warning-test');
      await urgentCard(structuredClone(pack));
    }).finally(() => document.removeEventListener('attune-content-warning', listen));
    expect(warnings, 'one event per widget').to.have.length(2);
    expect(ContentWarningDetailSchema.safeParse(warnings[0].detail).success).to.be.true;
    expect(warnings[0].detail.warnings.map((w) => w.path)).to.deep.equal(['review.status']);
    expect(told.warnings).to.have.length(1);
    expect(told.warnings[0]).to.contain('review.status');
  });

  it('the built-in pack gives no warning', async () => {
    const warnings = recordEvents(document, 'attune-content-warning');
    await urgentCard(packs['en-GB-england']);
    expect(warnings).to.have.length(0);
  });
});

describe('a widget the host lays out by its content', () => {
  const layouts: Record<string, (box: HTMLElement) => void> = {
    'beside a sidebar in a flex row': (box) => (box.style.display = 'flex'),
    'in a fit-content box': (box) => (box.style.width = 'fit-content'),
    "in a grid's auto column": (box) => Object.assign(box.style, {display: 'grid', gridTemplateColumns: 'auto 1fr'}),
  };
  for (const [where, layOut] of Object.entries(layouts)) {
    it(`${where}: every widget keeps at least a phone's width (20rem) and stays on the page`, async () => {
      for (const {tag} of widgets) {
        const box = document.createElement('div');
        layOut(box);
        box.append(Object.assign(document.createElement('p'), {textContent: 'Sidebar'}));
        document.body.append(box);
        try {
          const el = document.createElement(tag);
          box.append(el);
          await settle(el);
          const width = el.getBoundingClientRect().width;
          expect(width, `${tag} is ${width} px wide`).to.be.at.least(320);
          expect(width, `${tag} fits the page`).to.be.at.most(document.documentElement.clientWidth);
        } finally {
          box.remove();
        }
      }
    });
  }
});
