import {expect} from '@open-wc/testing';
import {
  RULE_DAYS,
  addDays,
  dailySeries,
  dayOf,
  formatDay,
  minDaysForPattern,
  moodTrend,
  rangeOf,
  summarise,
  type DayPoint,
} from '../src/mood-trend/trend.js';
import {labelledDays, linePath, ticksPath, xOf, yOf, layoutFor} from '../src/mood-trend/chart.js';
import {entriesFor, localDaysAgo, safetyEntry, trendEntry} from '../fixtures/index.js';

const london = 'Europe/London';
const dates = (points: DayPoint[]) => points.map((p) => p.date);
const moods = (points: DayPoint[]) => points.map((p) => p.mood);

/** 14 days with a check-in, `low` of them at mood 2 and the rest at 4, ending today. */
function fortnight(low: number, now?: Date) {
  return entriesFor(
    Array.from({length: 14}, (_, i) => (i < low ? 2 : 4)),
    now,
  );
}

describe('mood trend maths', () => {
  describe('calendar days', () => {
    it('puts an instant on the day it is in the given time zone, whatever offset the ISO string has', () => {
      // 03:00 in India on 1 June is 21:30 UTC on 31 May: still 31 May in London (BST).
      const indian = new Date('2025-06-01T03:00:00+05:30');
      expect(dayOf(indian, 'Asia/Kolkata')).to.equal('2025-06-01');
      expect(dayOf(indian, london)).to.equal('2025-05-31');
      expect(dayOf(indian, 'America/New_York')).to.equal('2025-05-31');
      expect(dayOf(new Date('2025-06-01T03:00:00Z'), 'America/Los_Angeles')).to.equal('2025-05-31');
    });

    it('follows British Summer Time: 23:30 UTC is the next day in summer and the same day in winter', () => {
      // Clocks went forward at 01:00 UTC on Sunday 30 March 2025 and back at 01:00 UTC on Sunday 26 October.
      expect(dayOf(new Date('2025-03-30T00:30:00Z'), london)).to.equal('2025-03-30');
      expect(dayOf(new Date('2025-03-29T23:30:00Z'), london)).to.equal('2025-03-29');
      expect(dayOf(new Date('2025-03-30T23:30:00Z'), london)).to.equal('2025-03-31');
      expect(dayOf(new Date('2025-10-25T23:30:00Z'), london)).to.equal('2025-10-26');
      expect(dayOf(new Date('2025-10-26T23:30:00Z'), london)).to.equal('2025-10-26');
    });

    it("uses the viewer's own time zone by default", () => {
      const instant = new Date(2025, 0, 31, 23, 59);
      expect(dayOf(instant)).to.equal('2025-01-31');
      expect(dayOf(new Date(2025, 1, 1, 0, 0))).to.equal('2025-02-01');
    });

    it('does calendar maths across month, year and leap-day ends', () => {
      expect(addDays('2025-03-01', -1)).to.equal('2025-02-28');
      expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
      expect(addDays('2025-12-31', 1)).to.equal('2026-01-01');
      expect(addDays('2025-10-26', -13)).to.equal('2025-10-13');
    });

    it("names days in the pack's language, on the right calendar day", () => {
      expect(formatDay('2025-10-26', 'en-GB', true)).to.equal('Sunday 26 October');
      expect(formatDay('2025-10-26', 'en-GB', false)).to.equal('26 Oct');
      expect(formatDay('2025-03-30', 'cy', true)).to.match(/30/);
    });
  });

  describe('daily series', () => {
    for (const [name, now, last] of [
      [
        'the day after clocks go forward, just after midnight (a 23-hour day before it)',
        '2025-03-30T23:30:00Z',
        '2025-03-31',
      ],
      ['the night clocks go back, just before midnight (a 25-hour day)', '2025-10-26T23:30:00Z', '2025-10-26'],
    ] as const) {
      it(`gives one point for each of the last N calendar days on ${name}`, () => {
        const points = dailySeries([], {days: 7, now: new Date(now), timeZone: london});
        expect(dates(points)).to.deep.equal([-6, -5, -4, -3, -2, -1, 0].map((offset) => addDays(last, offset)));
        expect(new Set(dates(points)).size).to.equal(7);
      });
    }

    it('buckets check-ins either side of the October change on the right London days', () => {
      const entries = [
        trendEntry('2025-10-25T22:30:00Z', 4, {id: 'a'}), // 23:30 BST on Saturday 25th
        trendEntry('2025-10-25T23:30:00Z', 3, {id: 'b'}), // 00:30 BST on Sunday 26th
        trendEntry('2025-10-26T23:30:00Z', 2, {id: 'c'}), // 23:30 GMT on Sunday 26th
        trendEntry('2025-10-27T00:30:00Z', 5, {id: 'd'}), // 00:30 GMT on Monday 27th
      ];
      const points = dailySeries(entries, {days: 3, now: new Date('2025-10-27T09:00:00Z'), timeZone: london});
      expect(points).to.deep.equal([
        {date: '2025-10-25', mood: 4, count: 1, urgent: false},
        {date: '2025-10-26', mood: 2, count: 2, urgent: false},
        {date: '2025-10-27', mood: 5, count: 1, urgent: false},
      ]);
    });

    it('buckets check-ins either side of the March change on the right London days', () => {
      const entries = [
        trendEntry('2025-03-29T23:30:00Z', 2, {id: 'a'}), // 23:30 GMT on Saturday 29th
        trendEntry('2025-03-30T23:30:00+00:00', 4, {id: 'b'}), // 00:30 BST on Monday 31st
        trendEntry('2025-03-31T00:15:00+01:00', 3, {id: 'c'}), // 00:15 BST on Monday 31st
      ];
      const points = dailySeries(entries, {days: 3, now: new Date('2025-03-31T12:00:00+01:00'), timeZone: london});
      expect(points.map((p) => [p.date, p.mood, p.count])).to.deep.equal([
        ['2025-03-29', 2, 1],
        ['2025-03-30', undefined, 0],
        ['2025-03-31', 3, 2],
      ]);
    });

    it('takes the lowest mood of a day with several check-ins, and counts them', () => {
      const now = new Date();
      const entries = [
        trendEntry(localDaysAgo(0, now, 8), 4, {id: 'morning'}),
        trendEntry(localDaysAgo(0, now, 13), 1, {id: 'lunch'}),
        trendEntry(localDaysAgo(0, now, 20), 5, {id: 'evening'}),
      ];
      const today = dailySeries(entries, {days: 7, now}).at(-1)!;
      expect(today).to.include({mood: 1, count: 3});
    });

    it('gives the same series for entries in any order and counts a repeated id once', () => {
      const now = new Date();
      const entries = entriesFor([3, 4, 2, undefined, 5, 1, 3], now);
      const series = dailySeries(entries, {days: 7, now});
      expect(moods(series)).to.deep.equal([3, 4, 2, undefined, 5, 1, 3]);
      expect(dailySeries([...entries].reverse(), {days: 7, now})).to.deep.equal(series);
      const doubled = [...entries, ...entries.map((e) => ({...e, mood: {value: 1, optionId: 'very-low'}}))];
      expect(dailySeries(doubled, {days: 7, now})).to.deep.equal(series);
      expect(series.map((p) => p.count)).to.deep.equal([1, 1, 1, 0, 1, 1, 1]);
    });

    it('leaves out check-ins before the range, after today and with an unreadable time', () => {
      const now = new Date();
      const entries = [
        trendEntry(localDaysAgo(7, now), 1, {id: 'too-old'}),
        trendEntry(localDaysAgo(-1, now), 1, {id: 'tomorrow'}),
        trendEntry('not a date', 1, {id: 'junk'}),
        trendEntry(localDaysAgo(6, now, 0), 3, {id: 'first-minute'}),
        trendEntry(new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59), 4, {id: 'last-minute'}),
      ];
      expect(moods(dailySeries(entries, {days: 7, now}))).to.deep.equal([
        3,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        4,
      ]);
    });
  });

  describe('summary', () => {
    const points = (list: (number | undefined)[]) =>
      list.map((mood, i) => ({date: `d${i}`, mood, count: mood ? 1 : 0, urgent: false}));

    it('needs check-ins on a quarter of the days, and at least 3, to speak of a pattern', () => {
      expect([7, 14, 28].map(minDaysForPattern)).to.deep.equal([3, 4, 7]);
      const gaps = (n: number) => Array.from({length: 14}, (_, i) => (i < n ? 4 : undefined));
      expect(summarise(points(gaps(0)), 2).kind).to.equal('empty');
      expect(summarise(points(gaps(3)), 2)).to.deep.equal({kind: 'sparse', checkedIn: 3, low: 0, total: 14});
      expect(summarise(points(gaps(4)), 2).kind).to.equal('noneLow');
    });

    it('says "mostly low" only when more than half of the days with a check-in are low', () => {
      const list = (low: number, other: number) => [...Array(low).fill(2), ...Array(other).fill(3)];
      expect(summarise(points(list(7, 7)), 2)).to.deep.equal({kind: 'someLow', checkedIn: 14, low: 7, total: 14});
      expect(summarise(points(list(8, 6)), 2)).to.deep.equal({kind: 'mostlyLow', checkedIn: 14, low: 8, total: 14});
      expect(summarise(points(list(0, 14)), 2).kind).to.equal('noneLow');
      expect(summarise(points(list(0, 14)), 3).kind, "the pack's level moves the line").to.equal('mostlyLow');
    });
  });

  describe('rules', () => {
    const options = {days: 14, lowMoodAtMost: 2} as const;

    it('shows no card at 7 low days of 14, and the non-urgent card at 8', () => {
      expect(moodTrend(fortnight(7), options).level).to.equal('none');
      expect(moodTrend(fortnight(8), options).level).to.equal('non-urgent');
    });

    it('shows no card for low check-ins on too few of the last 14 days to see a pattern: 1 of 1 or 3 of 3, but 4 of 4', () => {
      const now = new Date();
      const lowDays = (n: number) => entriesFor([...Array(n).fill(1), ...Array(14 - n).fill(undefined)], now);
      for (const n of [1, 2, 3]) {
        const trend = moodTrend(lowDays(n), {...options, now});
        expect(trend.summary.kind, `${n} low`).to.equal('sparse');
        expect(trend.level, `${n} low`).to.equal('none');
      }
      expect(moodTrend(lowDays(4), {...options, now}).level).to.equal('non-urgent');
      // The same in a shorter range shown: one low check-in today is not a two-week pattern.
      expect(moodTrend(entriesFor([2], now), {days: 7, lowMoodAtMost: 2, now}).level).to.equal('none');
      // Nor do 3 low days in the week shown, when the two weeks hold no other check-in.
      expect(
        moodTrend(entriesFor([2, 2, 2, undefined, undefined, undefined, undefined], now), {
          days: 7,
          lowMoodAtMost: 2,
          now,
        }),
      )
        .to.include({level: 'none'})
        .and.have.nested.property('summary.kind', 'mostlyLow');
    });

    it('counts only days with a check-in: 5 low of 10 is not more than half, 6 of 10 is', () => {
      const tenDays = (low: number) =>
        entriesFor([...Array(low).fill(1), ...Array(10 - low).fill(3), undefined, undefined, undefined, undefined]);
      expect(moodTrend(tenDays(5), options).level).to.equal('none');
      expect(moodTrend(tenDays(6), options).level).to.equal('non-urgent');
    });

    it("counts a day at the pack's level as low and the day above it as not", () => {
      const eight = entriesFor([...Array(8).fill(3), ...Array(6).fill(4)]);
      expect(moodTrend(eight, {days: 14, lowMoodAtMost: 2}).level).to.equal('none');
      expect(moodTrend(eight, {days: 14, lowMoodAtMost: 3}).level).to.equal('non-urgent');
    });

    it('looks at the last 14 days whatever range is shown, and never further back', () => {
      const now = new Date();
      const lowWeekThenGood = entriesFor([...Array(8).fill(2), ...Array(6).fill(4)], now);
      const shown = moodTrend(lowWeekThenGood, {days: 7, lowMoodAtMost: 2, now});
      expect(shown.points).to.have.length(7);
      expect(shown.summary.kind).to.equal('someLow');
      expect(shown.level).to.equal('non-urgent');
      const oldLowDays = entriesFor([...Array(20).fill(1), ...Array(RULE_DAYS).fill(undefined), 4, 4], now);
      expect(moodTrend(oldLowDays, {days: 28, lowMoodAtMost: 2, now}).level).to.equal('none');
    });

    it('shows the urgent card for a safety flag or urgent advice in the range shown, over the low-mood rule', () => {
      const now = new Date();
      expect(moodTrend([...fortnight(0, now), safetyEntry(localDaysAgo(13, now))], {...options, now}).level).to.equal(
        'urgent',
      );
      expect(moodTrend([...fortnight(14, now), safetyEntry(localDaysAgo(0, now))], {...options, now}).level).to.equal(
        'urgent',
      );
      const urgentAdvice = trendEntry(localDaysAgo(2, now), 2, {signpost: 'urgent', flags: []});
      expect(moodTrend([urgentAdvice], {...options, now}).level).to.equal('urgent');
      const flagOnly = trendEntry(localDaysAgo(2, now), 3, {signpost: 'none', flags: ['safety:my-question']});
      expect(moodTrend([flagOnly], {...options, now}).level).to.equal('urgent');
      const otherFlags = trendEntry(localDaysAgo(2, now), 3, {signpost: 'non-urgent', flags: ['hardly-sleeping']});
      expect(moodTrend([otherFlags], {...options, now}).level).to.equal('none');
    });

    it('does not show the urgent card for a safety flag older than the range shown', () => {
      const now = new Date();
      const entries = [...fortnight(0, now), safetyEntry(localDaysAgo(10, now))];
      expect(moodTrend(entries, {days: 7, lowMoodAtMost: 2, now}).level).to.equal('none');
      expect(moodTrend(entries, {days: 14, lowMoodAtMost: 2, now}).level).to.equal('urgent');
    });
  });

  it('turns any days value into 7, 14 or 28', () => {
    expect([7, 14, 28, '28', '7', 10, 0, -7, NaN, undefined, null, 'week'].map(rangeOf)).to.deep.equal([
      7, 14, 28, 28, 7, 14, 14, 14, 14, 14, 14, 14,
    ]);
  });

  describe('chart geometry', () => {
    const point = (mood?: number): DayPoint => ({date: '', mood, count: mood ? 1 : 0, urgent: false});

    const box = {width: 288, left: 50, right: 280, font: 13};

    it('breaks the line at a day without a check-in', () => {
      const points = [point(3), point(4), point(), point(5), point(), point(1)];
      const x = (i: number) => xOf(i, 6, box);
      expect(linePath(points, box)).to.equal(
        `M${x(0)} ${yOf(3)}L${x(1)} ${yOf(4)}M${x(3)} ${yOf(5)}M${x(5)} ${yOf(1)}`,
      );
      expect(linePath([point(), point()], box)).to.equal('');
    });

    it('spreads the days evenly from the mood words to the right edge, very good at the top', () => {
      expect(xOf(0, 14, box)).to.equal(50);
      expect(xOf(13, 14, box)).to.equal(280);
      expect(layoutFor(['Low'], 1000).right, 'as wide as it is drawn').to.equal(992);
      expect(yOf(5)).to.be.below(yOf(4));
      expect(yOf(1) - yOf(2)).to.equal(yOf(4) - yOf(5));
      expect(ticksPath(3, box).match(/M/g)).to.have.length(3);
    });

    it('names each Monday under the axis, and the first and last day where there is room', () => {
      // 28 days from Thursday 2026-11-05 to Wednesday 2026-12-02: Mondays are the 9th, 16th, 23rd and 30th.
      const days = Array.from({length: 28}, (_, i) => ({
        ...point(3),
        date: new Date(Date.UTC(2026, 10, 5 + i)).toISOString().slice(0, 10),
      }));
      const wide = labelledDays(days, layoutFor(['Very good'], 1200));
      expect(wide.map((i) => days[i].date)).to.deep.equal([
        '2026-11-05',
        '2026-11-09',
        '2026-11-16',
        '2026-11-23',
        '2026-11-30',
        '2026-12-02',
      ]);
      const phone = labelledDays(days, layoutFor(['Very good'], 288));
      for (let i = 1; i < phone.length; i++)
        expect(((phone[i] - phone[i - 1]) * (288 - 8 - 60)) / 27, 'labels do not overlap').to.be.at.least(60);
      expect(phone.length).to.be.at.least(2);
    });

    it('makes room for long mood words, and draws very long ones smaller rather than off the edge', () => {
      const short = layoutFor(['Very low', 'Low', 'Okay', 'Good', 'Very good']);
      expect(short.font).to.equal(13);
      expect(short.left).to.be.within(60, 80);
      const long = layoutFor(['Very very very very low indeed', 'Low', 'Okay', 'Good', 'Very good']);
      expect(long.left).to.be.at.most(131);
      expect(long.font).to.be.below(13);
    });
  });
});
