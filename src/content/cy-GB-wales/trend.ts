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
  share: {
    open: 'Gwneud crynodeb i’ch ymwelydd iechyd',
    rangeLegend: 'Sawl wythnos ddylai fod ynddo?',
    includeLegend: 'Beth hoffech chi ei roi ynddo?',
    ranges: {'14': 'Y 2 wythnos diwethaf', '28': 'Y 4 wythnos diwethaf'},
    include: {
      moods: 'Sut roedd pob diwrnod',
      feelings: 'Y geiriau a ddewisoch chi fwyaf',
      help: 'Yr help a ddangoswyd i chi',
      notes: 'Eich nodiadau',
    },
    notesHint: 'Mae eich nodiadau’n aros yn breifat oni bai eich bod chi’n ticio hwn.',
    make: 'Gwneud crynodeb',
    title: 'Sut dw i wedi bod: crynodeb i fy ymwelydd iechyd',
    dates: 'O {from} i {to}',
    headings: {
      moods: 'Sut roedd pob diwrnod',
      feelings: 'Y geiriau a ddewisais i fwyaf',
      help: 'Yr help a ddangoswyd i mi',
      notes: 'Fy nodiadau',
    },
    // A noun after a number stays singular in Welsh: "ar 6 diwrnod".
    feelingCount: '{feeling}, ar {count} diwrnod',
    help: {
      emergency: 'Cyngor i ffonio 999 neu fynd i’r adran achosion brys',
      urgent: 'Cyngor i gael help brys yr un diwrnod',
      'non-urgent': 'Cyngor i siarad ag ymwelydd iechyd, meddyg teulu neu fydwraig',
      support: 'Ffyrdd o gael cymorth',
    },
    nothing: 'Dim byd i’w ddangos ar gyfer yr wythnosau hyn.',
    print: 'Argraffu',
    save: 'Cadw fel ffeil',
    close: 'Cau',
    fileName: 'crynodeb-i-ymwelydd-iechyd',
    ready: 'Mae eich crynodeb yn barod. Gallwch chi ei gadw neu ei argraffu.',
  },
};
