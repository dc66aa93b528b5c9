/**
 * Welsh for Wales: the `cues` section, the baby-cues guide ("Beth allai fy mabi fod yn ei ddweud
 * wrtha i?"). Attune's own words, by the same principles as the English; the ids, age bands and
 * red-flag levels are England's. The baby's help is NHS Wales': 999 or A&E, or GIG 111 Cymru
 * and the GP. Awaits review by a Welsh-speaking clinician before clinical use.
 */
import type {CuesContent} from '../../schema/cues.js';
import {cues as english} from '../en-GB-england/cues.js';
import {readings, repair} from './cues-readings.js';

/** The Welsh for each cue, by id: its label and description. The groups and bands are England's. */
const cueWords: Record<string, [string, string]> = {
  'looks-at-you': ['Yn edrych ar eich wyneb', 'Maen nhw’n edrych arnoch chi ac yn dal eich llygad.'],
  'bright-eyes': ['Llygaid mawr, effro', 'Mae eu llygaid yn agored ac yn effro.'],
  smiles: ['Yn gwenu', 'Maen nhw’n gwenu arnoch chi, neu mae eu hwyneb yn goleuo.'],
  'happy-sounds': ['Synau hapus', 'Maen nhw’n gwneud synau bach, yn parablu neu’n gwichian arnoch chi.'],
  reaches: ['Yn estyn amdanoch chi', 'Maen nhw’n estyn eu breichiau neu eu dwylo atoch chi.'],
  'shows-you': ['Yn dangos pethau i chi', 'Maen nhw’n dangos rhywbeth i chi, neu’n dod â thegan i chi.'],
  'looks-away': ['Yn edrych i ffwrdd', 'Maen nhw’n troi eu llygaid neu eu pen oddi wrthych chi.'],
  arches: ['Yn plygu eu cefn yn ôl', 'Maen nhw’n gwthio’n ôl, neu’n mynd yn stiff yn eich breichiau.'],
  'hand-up': ['Yn codi llaw', 'Maen nhw’n rhoi llaw at eu hwyneb, neu’n eich gwthio i ffwrdd.'],
  squirms: ['Yn gwingo ac yn ffwdanu', 'Maen nhw’n gwingo, yn gwgu neu’n dechrau cwyno.'],
  hiccups: ['Yr ig neu disian', 'Llawer o’r ig neu disian pan fo llawer yn digwydd.'],
  'walks-off': ['Yn cerdded i ffwrdd', 'Maen nhw’n gadael y gêm, neu’n cuddio eu hwyneb.'],
  yawns: ['Yn dylyfu gên', 'Maen nhw’n dylyfu gên, unwaith neu ychydig o weithiau.'],
  'rubs-eyes': ['Yn rhwbio’u llygaid neu eu clustiau', 'Maen nhw’n rhwbio’u llygaid, neu’n tynnu eu clustiau.'],
  stares: ['Yn syllu i’r gwagle', 'Mae eu llygaid yn edrych yn drwm neu’n bell.'],
  clingy: ['Yn glynu ac yn grwgnach', 'Maen nhw eisiau cael eu dal, ac yn cwyno pan gânt eu rhoi i lawr.'],
  roots: ['Yn troi i fwydo', 'Maen nhw’n troi eu pen ac yn agor eu ceg, fel petaen nhw’n chwilio am fwyd.'],
  'sucks-hands': ['Yn sugno’u dwylo', 'Maen nhw’n sugno’u bysedd neu eu dwrn, neu’n smacio’u gwefusau.'],
  'asks-for-food': ['Yn gofyn am fwyd', 'Maen nhw’n estyn am fwyd, neu’n dweud gair am fwyd.'],
  cries: ['Yn crio', 'Maen nhw’n crio ac mae’n anodd eu setlo.'],
  'red-face': ['Wyneb coch, dyrnau tynn', 'Mae eu hwyneb yn mynd yn goch ac maen nhw’n cau eu dwylo’n dynn.'],
  tantrum: ['Strancio', 'Maen nhw’n sgrechian, yn cicio neu’n taflu eu hunain i lawr.'],
  'says-no': ['Yn dweud na i bopeth', 'Maen nhw’n gweiddi "na!" neu’n gwthio pethau i ffwrdd.'],
  'hits-out': ['Yn taro neu’n cnoi', 'Maen nhw’n taro, yn cnoi neu’n taflu pethau pan fyddan nhw’n flin.'],
};

/** The Welsh for each red flag, by id. Their levels are England's. */
const redFlagWords: Record<string, string> = {
  floppy: 'Yn llipa, neu’n llawer llai bywiog nag arfer',
  'hard-to-wake': 'Yn anodd iawn ei ddeffro, neu ddim yn aros yn effro',
  breathing: 'Yn cael trafferth anadlu: yn griddfan, yn sugno i mewn o dan yr asennau, neu’n oedi’n hir wrth anadlu',
  'blue-pale': 'Croen, gwefusau neu dafod glas, llwyd neu welw iawn',
  fit: 'Ffit: mae eu corff yn mynd yn stiff neu’n ysgwyd, a dydyn nhw ddim yn ymateb',
  rash: 'Brech nad yw’n diflannu pan fyddwch chi’n pwyso gwydr arni',
  cry: 'Crio main, uchel, neu grio sydd ddim fel eu crio arferol',
  'fever-under-3-months': 'O dan 3 mis oed, gyda thymheredd o 38°C neu fwy',
  'not-feeding': 'Ddim yn bwydo, neu lawer llai o gewynnau gwlyb nag arfer',
  'badly-wrong': 'Rydych chi’n teimlo bod rhywbeth yn wirioneddol o’i le',
};

const groupWords: Record<string, string> = {
  connect: 'Yn barod i gysylltu',
  break: 'Angen seibiant',
  tired: 'Wedi blino',
  hungry: 'Eisiau bwyd',
  upset: 'Wedi cynhyrfu',
  'big-feelings': 'Teimladau mawr',
};

const bandWords: Record<string, string> = {
  '0-3': '0 i 3 mis',
  '3-6': '3 i 6 mis',
  '6-12': '6 i 12 mis',
  '12-24': '1 i 2 oed',
};

const findGp = {
  id: 'find-gp',
  label: 'Dod o hyd i’ch meddyg teulu',
  href: 'https://111.wales.nhs.uk/localservices/gpinformation/?locale=cy',
  kind: 'link',
} as const;

export const cues: CuesContent = {
  title: 'Beth allai fy mabi fod yn ei ddweud wrtha i?',
  intro:
    'Mae babanod yn siarad â’u hwynebau, eu synau a’u cyrff. Ticiwch beth rydych chi’n ei weld, a byddwn ni’n eich helpu i feddwl beth allai ei olygu. Chi sy’n adnabod eich babi orau.',
  age: {
    legend: 'Faint yw oed eich babi?',
    hint: 'Dewiswch yr un agosaf.',
    shown: 'Oed eich babi: {band}',
    bands: english.age.bands.map((band) => ({...band, label: bandWords[band.id] ?? band.label})),
  },
  notice: {heading: 'Beth ydych chi’n sylwi arno?', hint: 'Ticiwch bopeth rydych chi’n ei weld nawr.'},
  groups: english.groups.map((group) => ({...group, label: groupWords[group.id] ?? group.label})),
  cues: english.cues.map((cue) => {
    const [label, description] = cueWords[cue.id] ?? [cue.label, cue.description];
    return {...cue, label, description};
  }),
  redFlags: {
    legend: 'Arwyddion y gallai eich babi fod yn sâl',
    hint: 'Nid arwyddion bob dydd yw’r rhain. Os gwelwch chi un, bydd help yn ymddangos ar unwaith. Trystiwch eich teimladau: chi sy’n adnabod eich babi orau.',
    items: english.redFlags.items.map((flag) => ({...flag, label: redFlagWords[flag.id] ?? flag.label})),
  },
  babyHelp: {
    emergency: {
      heading: 'Ffoniwch 999 nawr, neu ewch i’r adran achosion brys (A&E)',
      hiddenPrefix: 'Angen gweithredu ar unwaith:',
      signs: [],
      body: 'Gallai eich babi fod yn ddifrifol wael. Dywedwch faint yw oed eich babi a beth rydych chi’n ei weld. Arhoswch gyda’ch babi.',
      actions: [{id: 'call-999', label: 'Ffoniwch 999', href: 'tel:999', kind: 'call'}],
    },
    urgent: {
      heading: 'Ffoniwch 111 neu’ch meddyg teulu nawr',
      hiddenPrefix: 'Cyngor brys:',
      signs: [],
      body: 'Mae angen i feddyg neu nyrs weld eich babi heddiw. Mae GIG 111 Cymru am ddim, ddydd a nos. Os oes gan eich babi unrhyw arwydd arall yn y rhestr uchod hefyd, neu os yw’n gwaethygu, ffoniwch 999.',
      actions: [{id: 'call-111', label: 'Ffoniwch 111', href: 'tel:111', kind: 'call'}, findGp],
    },
  },
  readings,
  repair,
  save: {
    heading: 'Cadw’r eiliad hon',
    hint: 'Dim ond os yw’n eich helpu chi. Does dim rhaid i chi gadw dim byd.',
    noteLabel: 'Nodyn i chi (os hoffech chi)',
    button: 'Cadw’r eiliad hon',
    saved: 'Mae’r eiliad hon wedi’i chadw.',
    noteTooLong: 'Mae eich nodyn yn rhy hir. Cadwch ef i {max} nod, os gwelwch yn dda.',
    startAgain: 'Dechrau eto',
  },
  ui: {
    show: 'Beth allai hyn ei olygu?',
    pickFirst: 'Ticiwch o leiaf un peth rydych chi’n sylwi arno yn gyntaf.',
    helpShown: '{help} {action}, isod.',
    helpGone: 'Mae’r help i’ch babi wedi mynd, gan nad oes dim byd sydd wedi’i dicio yn galw amdano nawr.',
  },
};
