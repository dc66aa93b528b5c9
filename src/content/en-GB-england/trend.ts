/** Default UK English content: the `trend` section. Attune's own words. */
import type {TrendContent} from '../../schema/trend.js';

export const trend: TrendContent = {
  title: 'How your days have felt',
  lowMoodAtMost: 2,
  moods: ['Very low', 'Low', 'Okay', 'Good', 'Very good'],
  ranges: {'7': 'the last week', '14': 'the last two weeks', '28': 'the last four weeks'},
  summary: {
    empty: 'There are no check-ins from {range} yet. Your days will show here after you check in.',
    sparse: 'There are not enough check-ins from {range} yet to see a pattern.',
    mostlyLow: 'Most of the days you checked in during {range} felt low.',
    someLow: 'Some of the days you checked in during {range} felt low, and some felt better.',
    noneLow: 'None of the days you checked in during {range} felt low.',
  },
  notice: {
    'non-urgent': 'Feeling low on most days for two weeks or more is common. Talking to someone can help.',
    urgent:
      'In a recent check-in, you said you had some very hard thoughts. You deserve support, and you do not have to wait.',
  },
  table: {
    show: 'Show as a table',
    caption: 'How each day felt in {range}. If a day has more than one check-in, this shows the lowest.',
    chart: 'A chart of your moods in {range}. The table has the same days in words.',
    day: 'Day',
    mood: 'How it felt',
    noCheckIn: 'No check-in',
  },
  share: {
    open: 'Make a summary for your health visitor',
    rangeLegend: 'How many weeks should it cover?',
    includeLegend: 'What would you like to put in it?',
    ranges: {'14': 'The last 2 weeks', '28': 'The last 4 weeks'},
    include: {
      moods: 'How each day felt',
      feelings: 'The words you chose most',
      help: 'The help you were shown',
      notes: 'Your notes',
    },
    notesHint: 'Your notes stay private unless you tick this.',
    make: 'Make summary',
    title: 'How I have been: a summary for my health visitor',
    dates: 'From {from} to {to}',
    headings: {moods: 'How each day felt', feelings: 'Words I chose most', help: 'Help I was shown', notes: 'My notes'},
    feelingCount: {one: '{feeling}, on {count} day', other: '{feeling}, on {count} days'},
    help: {
      emergency: 'Advice to call 999 or go to A&E',
      urgent: 'Advice to get urgent help the same day',
      'non-urgent': 'Advice to talk to a health visitor, GP or midwife',
      support: 'Ways to find support',
    },
    nothing: 'Nothing to show for these weeks.',
    print: 'Print',
    save: 'Save as a file',
    close: 'Close',
    fileName: 'summary-for-health-visitor',
    ready: 'Your summary is ready. You can save it or print it.',
  },
};
