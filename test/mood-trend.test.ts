import {expect} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/mood-trend.js';
import type {AttuneMoodTrend} from '../src/mood-trend.js';
import type {AttuneContentErrorEvent} from '../src/core/events.js';
import {ContentErrorDetailSchema, defaultContent, type CheckInResponse, type ContentPack} from '../src/schema/index.js';
import {expectAccessible} from './helpers/axe.js';
import {recordEvents, textOf} from './helpers/events.js';
import {themes, useTheme} from './helpers/themes.js';
import {clonePack, entriesFor, injectionPayloads, localDaysAgo, trendEntry, trendFixtures} from '../fixtures/index.js';
import {$$, $} from './helpers/dom.js';
import {cardOf, mountTrend, summaryOf} from './helpers/mood-trend.js';

const words = defaultContent.trend!;
const twoWeeks = words.ranges['14'];

/**
 * What the chart shows, read back from the SVG as a sighted user would: for each day tick on
 * the axis, the mood word level with the point above it (or undefined where there is no point).
 */
function readChart(el: AttuneMoodTrend): (string | undefined)[] {
  const wordAt = new Map($$(el, 'svg text[dominant-baseline]').map((t) => [Number(t.getAttribute('y')), textOf(t)]));
  const ticks = [
    ...$(el, '.ticks')!
      .getAttribute('d')!
      .matchAll(/M([\d.]+) /g),
  ].map((m) => Number(m[1]));
  const points = new Map(
    $$(el, 'circle.point').map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
  );
  return ticks.map((x) =>
    points.has(x) ? (wordAt.get(points.get(x)!) ?? `no word at y=${points.get(x)}`) : undefined,
  );
}

/** The table's rows as [day, how it felt]. */
function readTable(el: AttuneMoodTrend): string[][] {
  return $$(el, 'tbody tr').map((row) => [...row.children].map(textOf));
}

/** The expected day names, oldest first, for the last `days` days. */
function dayNames(days: number): string[] {
  const format = new Intl.DateTimeFormat('en-GB', {weekday: 'long', day: 'numeric', month: 'long'});
  return Array.from({length: days}, (_, i) => format.format(localDaysAgo(days - 1 - i)));
}

const isAfter = (node: Node, other: Node) =>
  Boolean(other.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
const moodWord = (value: number | undefined) => (value === undefined ? undefined : words.moods[value - 1]);

describe('<attune-mood-trend>', () => {
  afterEach(async () => {
    await useTheme('default');
    await setViewport({width: 800, height: 600});
  });

  describe('chart, summary and table agree with the entries', () => {
    it('a steady fortnight: 14 points joined in one line, no card, and a table of the same 14 days', async () => {
      const moods = [4, 3, 4, 4, 3, 4, 5, 4, 3, 4, 4, 3, 4, 4];
      const el = await mountTrend(trendFixtures.steadyFortnight());
      expect(summaryOf(el)).to.equal(`None of the days you checked in during ${twoWeeks} felt low.`);
      expect(readChart(el)).to.deep.equal(moods.map(moodWord));
      expect($(el, '.line')!.getAttribute('d')!.match(/M/g), 'one unbroken line').to.have.length(1);
      expect(readTable(el)).to.deep.equal(dayNames(14).map((day, i) => [day, moodWord(moods[i])]));
      expect(cardOf(el)).to.equal(null);
      expect(textOf($(el, 'h2'))).to.equal(words.title);
    });

    it('sparse data: gaps in the line, "No check-in" rows and a "not enough yet" summary', async () => {
      const el = await mountTrend(trendFixtures.sparse());
      const _ = undefined;
      const expected = [3, _, _, _, _, 2, _, _, _, _, 4, _, _, _].map(moodWord);
      expect(readChart(el)).to.deep.equal(expected);
      expect($(el, '.line')!.getAttribute('d')!.match(/L/g), 'no two points are joined').to.equal(null);
      expect($$(el, 'circle.point')).to.have.length(3);
      expect(readTable(el).map((row) => row[1])).to.deep.equal(expected.map((w) => w ?? 'No check-in'));
      expect(summaryOf(el)).to.equal(`There are not enough check-ins from ${twoWeeks} yet to see a pattern.`);
      expect(cardOf(el)).to.equal(null);
    });

    it('a low fortnight: "most days felt low", the kind words and the non-urgent card', async () => {
      const el = await mountTrend(trendFixtures.lowFortnight());
      expect(summaryOf(el)).to.equal(`Most of the days you checked in during ${twoWeeks} felt low.`);
      expect(readChart(el)).to.deep.equal([2, 1, 2, 2, 3, 2, 1, 2, 2, 3, 2, 2, 1, 2].map(moodWord));
      const card = cardOf(el)!;
      expect(card.level).to.equal('non-urgent');
      expect(card.headingLevel).to.equal(3);
      await card.updateComplete;
      expect(textOf(card.shadowRoot!.querySelector('h3'))).to.equal(
        `${defaultContent.help.levels['non-urgent'].hiddenPrefix} ${defaultContent.help.levels['non-urgent'].heading}`,
      );
      expect(textOf($(el, '[part=notice] p'))).to.equal(words.notice['non-urgent']);
      expect(isAfter($(el, '[part=notice]')!, $(el, 'details')!), 'the gentle nudge follows the data').to.be.true;
    });

    it('a safety-flagged check-in: the urgent card, and the day with two check-ins shows the lower mood', async () => {
      const el = await mountTrend(trendFixtures.safety());
      expect(cardOf(el)!.level).to.equal('urgent');
      expect(textOf($(el, '[part=notice] p'))).to.equal(words.notice.urgent);
      expect(isAfter($(el, 'svg')!, $(el, '[part=notice]')!), 'urgent help comes before the chart').to.be.true;
      expect(readTable(el)[10][1]).to.equal('Low');
      expect(readChart(el)[10]).to.equal('Low');
      expect(summaryOf(el)).to.equal(
        `Some of the days you checked in during ${twoWeeks} felt low, and some felt better.`,
      );
    });

    it('a year of data: shows only the range asked for, 7, 14 or 28 days', async () => {
      const year = trendFixtures.year();
      for (const [days, shown] of [
        [7, 7],
        [14, 14],
        [28, 28],
        [10, 14],
      ] as const) {
        const el = await mountTrend(year, {days});
        expect(readTable(el), `days=${days}`).to.have.length(shown);
        expect($$(el, 'circle.point'), `days=${days}`).to.have.length(shown);
        expect(readTable(el).map((row) => row[0])).to.deep.equal(dayNames(shown));
        const pattern = [4, 3, 4, 5, 4, 3, 2, 3, 4, 4];
        expect(readChart(el)).to.deep.equal(
          Array.from({length: shown}, (_, i) => moodWord(pattern[(365 - shown + i) % 10])),
        );
      }
    });

    it('an empty list: one kind sentence, no chart and no table', async () => {
      const el = await mountTrend(trendFixtures.empty());
      expect(summaryOf(el)).to.equal(
        `There are no check-ins from ${twoWeeks} yet. Your days will show here after you check in.`,
      );
      expect($(el, 'svg')).to.equal(null);
      expect($(el, 'table')).to.equal(null);
    });

    it("puts a check-in sent with another offset on the viewer's own day, not the day in its string", async () => {
      // 20:00 yesterday here, written as the same instant in India's +05:30 offset.
      const instant = localDaysAgo(1, new Date(), 20);
      const indian = new Date(instant.getTime() + 330 * 60_000).toISOString().replace('Z', '+05:30');
      const el = await mountTrend([trendEntry(indian, 1)]);
      const chart = readChart(el);
      expect(chart[12]).to.equal('Very low');
      expect(chart.filter(Boolean)).to.have.length(1);
      expect(readTable(el)[12]).to.deep.equal([dayNames(14)[12], 'Very low']);
    });

    it('counts a check-in sent twice once, and sorts entries given in any order', async () => {
      const steady = trendFixtures.steadyFortnight();
      const el = await mountTrend([...steady].reverse().concat(steady));
      expect(readChart(el)).to.deep.equal([4, 3, 4, 4, 3, 4, 5, 4, 3, 4, 4, 3, 4, 4].map(moodWord));
      expect(el.entries).to.have.length(28);
    });

    it('names the chart by what it shows, not again by the summary or the table caption, and hides its drawing from assistive technology', async () => {
      const el = await mountTrend(trendFixtures.lowFortnight());
      const svg = $(el, 'svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(
        `A chart of your moods in ${twoWeeks}. The table has the same days in words.`,
      );
      expect(svg.getAttribute('aria-label')).not.to.equal(textOf($(el, 'caption')));
      expect(svg.hasAttribute('aria-labelledby') || svg.hasAttribute('aria-describedby'), 'the summary is read once').to
        .be.false;
      expect([...svg.children].every((child) => child.getAttribute('aria-hidden') === 'true')).to.be.true;
      expect(el.shadowRoot!.querySelector('[style]'), 'no inline style attributes').to.equal(null);
    });
  });

  describe('large text', () => {
    afterEach(() => {
      document.documentElement.style.removeProperty('font-size');
    });

    it("draws the chart's words at the reader's text size: twice as large at 200 %", async () => {
      const el = await mountTrend(trendFixtures.lowFortnight());
      const sizeOfMoodWords = () => $(el, 'svg text')!.getBoundingClientRect().height;
      const before = sizeOfMoodWords();
      document.documentElement.style.setProperty('font-size', '200%');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      const after = sizeOfMoodWords();
      expect(after / before).to.be.within(1.8, 2.2);
      expect(document.scrollingElement!.scrollWidth, 'no sideways scroll').to.be.at.most(
        document.scrollingElement!.clientWidth,
      );
    });
  });

  describe('rules at their thresholds', () => {
    const fortnight = (low: number) => entriesFor(Array.from({length: 14}, (_, i) => (i < low ? 2 : 4)));

    it('no card at 7 low days of 14 with a check-in; the non-urgent card at 8', async () => {
      const seven = await mountTrend(fortnight(7));
      expect(cardOf(seven)).to.equal(null);
      expect(summaryOf(seven)).to.contain('Some of the days');
      const eight = await mountTrend(fortnight(8));
      expect(cardOf(eight)!.level).to.equal('non-urgent');
      expect(summaryOf(eight)).to.contain('Most of the days');
    });

    it('no card and no claim of a pattern for one low check-in in 14 days, nor for 3; the card at 4 low of 4', async () => {
      for (const count of [1, 3]) {
        const el = await mountTrend(entriesFor([...Array(count).fill(1), ...Array(14 - count).fill(undefined)]));
        expect(summaryOf(el), `${count} low`).to.equal(
          `There are not enough check-ins from ${twoWeeks} yet to see a pattern.`,
        );
        expect(cardOf(el), `${count} low`).to.equal(null);
        expect($(el, '[part=notice]'), `${count} low`).to.equal(null);
      }
      const four = await mountTrend(entriesFor([...Array(4).fill(2), ...Array(10).fill(undefined)]));
      expect(summaryOf(four)).to.equal(`Most of the days you checked in during ${twoWeeks} felt low.`);
      expect(cardOf(four)!.level).to.equal('non-urgent');
    });

    it('with the last week shown, the summary speaks of that week and the notice names the two weeks it is about', async () => {
      // 7 low days, then 6 days that were not: low on 7 of the 13 days with a check-in in the last 14.
      const el = await mountTrend(entriesFor([...Array(7).fill(2), undefined, ...Array(6).fill(4)]), {days: 7});
      expect(summaryOf(el)).to.equal(`None of the days you checked in during ${words.ranges['7']} felt low.`);
      expect(cardOf(el)!.level).to.equal('non-urgent');
      expect(textOf($(el, '[part=notice] p'))).to.equal(words.notice['non-urgent']);
      // A single low check-in in the week shown is not a pattern over the two weeks either.
      const one = await mountTrend(entriesFor([2, ...Array(6).fill(undefined)]), {days: 7});
      expect(summaryOf(one)).to.equal(`There are not enough check-ins from ${words.ranges['7']} yet to see a pattern.`);
      expect(cardOf(one)).to.equal(null);
    });

    it("moves the low line with the pack's lowMoodAtMost", async () => {
      const el = await mountTrend(entriesFor(Array(14).fill(3)));
      expect(cardOf(el)).to.equal(null);
      const pack = clonePack();
      pack.trend!.lowMoodAtMost = 3;
      el.content = pack;
      await el.updateComplete;
      expect(cardOf(el)!.level).to.equal('non-urgent');
    });

    it('the urgent card for a safety flag in range, and none when it is older than the days shown', async () => {
      const entries = [
        ...entriesFor(Array(14).fill(4)),
        trendEntry(localDaysAgo(10), 3, {id: 'flagged', flags: ['safety:harm-thoughts'], signpost: 'emergency'}),
      ];
      expect(cardOf(await mountTrend(entries, {days: 14}))!.level).to.equal('urgent');
      expect(cardOf(await mountTrend(entries, {days: 7}))).to.equal(null);
    });
  });

  describe('invalid entries', () => {
    it('skips each bad entry, shows the good ones and reports all the bad ones in one attune-content-error', async () => {
      const good = entriesFor([3, 4, 5]);
      const badMood = {...good[1], id: 'bad-mood', mood: {value: 7, optionId: 'very-good'}};
      const {submittedAt, ...noTime} = {...good[0], id: 'no-time'};
      void submittedAt;
      const el = await mountTrend();
      const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
      el.entries = [good[0], good[1], good[2], badMood, noTime, 'junk', null] as unknown as CheckInResponse[];
      await el.updateComplete;
      expect(errors).to.have.length(1);
      const detail = errors[0].detail;
      expect(ContentErrorDetailSchema.safeParse(detail).success).to.be.true;
      expect(detail.property).to.equal('entries');
      expect(detail.issues.map((i) => i.path)).to.deep.equal([
        'entries.3.mood.value',
        'entries.4.submittedAt',
        'entries.5',
        'entries.6',
      ]);
      expect(detail.issues.every((i) => i.message.length > 10)).to.be.true;
      expect(readChart(el).slice(-3)).to.deep.equal(['Okay', 'Good', 'Very good']);
      expect(el.entries.map((e) => e.id)).to.deep.equal(good.map((e) => e.id));
    });

    it('refuses something that is not a list without throwing, and keeps its last good entries', async () => {
      const el = await mountTrend(trendFixtures.steadyFortnight());
      const before = summaryOf(el);
      const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
      el.entries = {not: 'a list'} as unknown as CheckInResponse[];
      await el.updateComplete;
      expect(errors.map((e) => e.detail.issues.map((i) => i.path))).to.deep.equal([['entries']]);
      expect(summaryOf(el)).to.equal(before);
      expect($$(el, 'circle.point')).to.have.length(14);
    });

    it('fires no event for valid entries, and none when entries are cleared', async () => {
      const el = await mountTrend();
      const errors = recordEvents(el, 'attune-content-error');
      el.entries = trendFixtures.year();
      await el.updateComplete;
      el.entries = null;
      await el.updateComplete;
      expect(errors).to.have.length(0);
      expect(summaryOf(el)).to.contain('There are no check-ins');
    });

    it('takes entries set before the element is defined', async () => {
      const el = document.createElement('attune-mood-trend-late') as AttuneMoodTrend;
      (el as unknown as {entries: unknown}).entries = trendFixtures.lowFortnight();
      document.body.append(el);
      const {AttuneMoodTrend: Trend} = await import('../src/mood-trend.js');
      customElements.define('attune-mood-trend-late', class extends Trend {});
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('circle.point')).to.have.length(14);
      el.remove();
    });
  });

  describe('content', () => {
    it('takes every word from the pack, shown as text, never markup', async () => {
      const pack = clonePack();
      const payload = injectionPayloads[1];
      pack.trend!.moods = ['Isel iawn', 'Isel', payload.slice(0, 40), 'Da', 'Da iawn'];
      pack.trend!.title = payload;
      pack.trend!.table.show = 'Dangos fel tabl';
      const el = await mountTrend(entriesFor([1, 2, 3, 4, 5]));
      el.content = pack;
      await el.updateComplete;
      expect(textOf($(el, 'h2'))).to.equal(payload);
      expect(readChart(el).slice(-5)).to.deep.equal(['Isel iawn', 'Isel', payload.slice(0, 40), 'Da', 'Da iawn']);
      expect(textOf($(el, 'summary'))).to.equal('Dangos fel tabl');
      expect(el.shadowRoot!.querySelector('img, script, iframe')).to.equal(null);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });

    it('refuses a pack without the trend section, keeping its words', async () => {
      const el = await mountTrend(entriesFor([3]));
      const errors = recordEvents<AttuneContentErrorEvent>(el, 'attune-content-error');
      const {trend, ...withoutTrend} = clonePack();
      void trend;
      el.content = withoutTrend as ContentPack;
      await el.updateComplete;
      expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['trend']);
      expect(textOf($(el, 'h2'))).to.equal(words.title);
    });
  });

  describe('keyboard, small screens and themes', () => {
    it('reaches the table by keyboard: Tab to "Show as a table", Enter opens it', async () => {
      const el = await mountTrend(trendFixtures.steadyFortnight());
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({press: 'Tab'});
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.localName).to.equal('summary');
      expect(textOf(focused)).to.equal(words.table.show);
      expect(focused.getBoundingClientRect().height, 'a 44 px target at least, as the design asks').to.be.at.least(44);
      expect($(el, 'table')!.checkVisibility(), 'closed at first').to.be.false;
      await sendKeys({press: 'Enter'});
      expect(($(el, 'details') as HTMLDetailsElement).open).to.be.true;
      expect($(el, 'table')!.checkVisibility()).to.be.true;
      expect($(el, 'table')!.getBoundingClientRect().height).to.be.above(200);
      expect(textOf($(el, 'caption'))).to.equal(
        `How each day felt in ${twoWeeks}. If a day has more than one check-in, this shows the lowest.`,
      );
      // New entries redraw the trend; the table the parent opened stays open.
      el.entries = trendFixtures.steadyFortnight().slice(1);
      await el.updateComplete;
      expect(($(el, 'details') as HTMLDetailsElement).open, 'still open after a redraw').to.be.true;
      before.remove();
    });

    it('fits a 320 px screen with no horizontal scroll, chart and open table included', async () => {
      await setViewport({width: 320, height: 640});
      const el = await mountTrend(trendFixtures.year(), {days: 28});
      ($(el, 'details') as HTMLDetailsElement).open = true;
      const card = await mountTrend(trendFixtures.safety());
      await cardOf(card)!.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const part of [el, $(el, 'svg')!, $(el, 'table')!, card]) {
        expect(part.getBoundingClientRect().right, (part as Element).localName).to.be.at.most(320);
      }
    });

    for (const theme of themes) {
      it(`has no WCAG 2.2 A/AA violations in the ${theme} theme (chart, open table, each card, empty)`, async () => {
        await useTheme(theme);
        for (const entries of [trendFixtures.lowFortnight(), trendFixtures.safety(), trendFixtures.sparse(), []]) {
          const el = await mountTrend(entries);
          const details = $(el, 'details') as HTMLDetailsElement | null;
          if (details) details.open = true;
          await cardOf(el)?.updateComplete;
          await expectAccessible(el);
        }
      });
    }
  });
});
