/**
 * Welsh for Wales: the `trend` section. Checking in is "cofnodi" (recording how you are), not
 * "gwirio" (to verify). Awaits review by a Welsh speaker.
 */
import type {TrendContent} from '../../schema/trend.js';
import {trend as english} from '../en-GB-england/trend.js';

export const trend: TrendContent = {
  title: 'Sut mae’ch dyddiau wedi teimlo',
  lowMoodAtMost: english.lowMoodAtMost,
  moods: ['Isel iawn', 'Isel', 'Go lew', 'Da', 'Da iawn'],
  ranges: {'7': 'yr wythnos ddiwethaf', '14': 'y pythefnos diwethaf', '28': 'y pedair wythnos ddiwethaf'},
  summary: {
    empty:
      'Does dim byd wedi’i gofnodi yn ystod {range} eto. Bydd eich dyddiau’n ymddangos yma ar ôl i chi ddweud sut rydych chi.',
    sparse: 'Does dim digon wedi’i gofnodi yn ystod {range} eto i weld patrwm.',
    mostlyLow: 'Roedd y rhan fwyaf o’r dyddiau y gwnaethoch chi eu cofnodi yn ystod {range} yn teimlo’n isel.',
    someLow:
      'Roedd rhai o’r dyddiau y gwnaethoch chi eu cofnodi yn ystod {range} yn teimlo’n isel, a rhai’n teimlo’n well.',
    noneLow: 'Doedd dim un o’r dyddiau y gwnaethoch chi eu cofnodi yn ystod {range} yn teimlo’n isel.',
  },
  notice: {
    'non-urgent':
      'Mae teimlo’n isel ar y rhan fwyaf o ddyddiau am bythefnos neu fwy yn gyffredin. Gall siarad â rhywun helpu.',
    urgent:
      'Yn ddiweddar, wrth gofnodi sut roeddech chi, dywedoch chi fod gennych chi feddyliau anodd iawn. Rydych chi’n haeddu cymorth, a does dim rhaid i chi aros.',
  },
  table: {
    show: 'Dangos fel tabl',
    caption:
      'Sut roedd pob diwrnod yn teimlo yn ystod {range}. Os gwnaethoch chi gofnodi fwy nag unwaith mewn diwrnod, mae hyn yn dangos yr isaf.',
    day: 'Diwrnod',
    mood: 'Sut roedd yn teimlo',
    noCheckIn: 'Dim wedi’i gofnodi',
    chart: 'Siart o’ch hwyliau yn ystod {range}. Mae gan y tabl yr un dyddiau mewn geiriau.',
  },
};
