/**
 * Welsh for Wales: the `routine` section. The step ids, minutes, categories and template steps
 * are England's (codes and numbers); the words are Welsh. Awaits review by a Welsh speaker.
 */
import type {HelpAction} from '../../schema/help.js';
import type {RoutineContent} from '../../schema/routine.js';
import {routine as english} from '../en-GB-england/routine.js';

/** The calls the reminders offer: the same numbers and words as the help card's. */
const call111: HelpAction = {id: 'call-111', label: 'Ffoniwch 111', href: 'tel:111', kind: 'call'};
const call999: HelpAction = {id: 'call-999', label: 'Ffoniwch 999', href: 'tel:999', kind: 'call'};

/** The Welsh for each library step, by id: its label and tip. */
const steps: Record<string, {label: string; tip: string}> = {
  'dim-lights': {label: 'Pylu’r goleuadau', tip: 'Mae golau meddal yn dweud wrth eich babi bod cwsg ar y ffordd.'},
  'quiet-play': {
    label: 'Chwarae tawel',
    tip: 'Mae llygaid disglair a throi atoch chi’n golygu "mwy, plîs". Mae edrych i ffwrdd yn golygu "arafa".',
  },
  bath: {
    label: 'Bath cynnes',
    tip: 'Peidiwch byth â gadael eich babi ar ei ben ei hun yn y bath, hyd yn oed am eiliad. Profwch y dŵr â’ch penelin.',
  },
  massage: {
    label: 'Tylino ysgafn',
    tip: 'Symudwch eich dwylo’n araf. Stopiwch os yw’ch babi’n gwthio’n ôl neu’n troi i ffwrdd.',
  },
  'nappy-sleepsuit': {label: 'Cewyn a siwt gysgu', tip: 'Siaradwch â’ch babi am yr hyn rydych chi’n ei wneud.'},
  feed: {label: 'Bwydo', tip: 'Mae amser bwydo yn amser da i edrych i’w lygaid a siarad yn dawel.'},
  'story-song': {label: 'Stori neu gân', tip: 'Mae’r un gân bob nos yn helpu’ch babi i wybod beth sy’n dod nesaf.'},
  cuddle: {
    label: 'Cwtsh a setlo',
    tip: 'Daliwch eich babi’n agos. Rhowch enw i’r hyn mae’n ei deimlo: "Rwyt ti’n gysglyd."',
  },
  'into-cot': {
    label: 'I mewn i’r cot',
    tip: 'Rhowch eich babi i gysgu ar ei gefn, yn gysglyd ond yn effro os gallwch chi.',
  },
  'check-needs': {
    label: 'Gwirio’r pethau sylfaenol',
    tip: 'Ydy’ch babi’n llwglyd, yn rhy boeth, yn rhy oer, neu angen newid cewyn?',
  },
  'rock-sway': {
    label: 'Siglo’n ysgafn',
    tip: 'Mae symud yn araf ac yn gyson yn helpu. Os yw’ch babi’n mynd yn fwy gofidus, rhowch gynnig ar rywbeth arall.',
  },
  shush: {label: 'Sio neu hymian', tip: 'Gall sŵn isel, cyson helpu’ch babi i deimlo’n ddiogel.'},
  walk: {label: 'Mynd am dro gyda’r pram neu’r sling', tip: 'Gall awyr iach a symud dawelu’r ddau ohonoch chi.'},
  breather: {
    label: 'Cymryd saib',
    tip: 'Os ydych chi dan straen, rhowch eich babi i lawr yn rhywle diogel, fel y cot, a chymerwch ychydig funudau.',
  },
  'dark-room': {label: 'Amser tawel mewn ystafell dywyll', tip: 'Cadwch eich llais yn isel a’ch symudiadau’n araf.'},
};

/** The Welsh for each template, by id. */
const templates: Record<string, {name: string; description: string}> = {
  bedtime: {name: 'Ymlacio cyn gwely', description: 'Paratoi tawel a chyson ar gyfer cwsg y nos.'},
  nap: {name: 'Amser cyntun', description: 'Ymlacio byr pan fydd eich babi’n dangos ei fod wedi blino.'},
  'bath-time': {name: 'Amser bath', description: 'Bath cynnes, ysgafn gydag amser i glosio.'},
  crying: {name: 'Tawelu babi sy’n crio', description: 'Camau i’w trio, un ar y tro, pan fydd eich babi’n ofidus.'},
};

const categories: Record<string, string> = {
  'wind-down': 'Ymlacio',
  feed: 'Bwydo',
  bath: 'Ymolchi',
  sleep: 'Cysgu',
  play: 'Chwarae',
  care: 'Gofal',
  soothe: 'Cysuro',
};

export const routine: RoutineContent = {
  ...english,
  title: 'Cynllunio trefn dawel',
  categories: english.categories.map((category) => ({...category, label: categories[category.id] ?? category.label})),
  library: english.library.map((step) => ({...step, ...steps[step.id]})),
  templates: english.templates.map((template) => ({...template, ...templates[template.id]})),
  cues: {
    heading: 'Gwyliwch eich babi',
    intro:
      'Mae eich babi’n dangos i chi beth sydd ei angen arno. Dilynwch ei arweiniad, ac arafwch neu stopiwch os yw wedi cael digon.',
    engagement: {
      heading: 'Yn barod i glosio',
      items: ['Llygaid disglair, llydan', 'Troi tuag atoch chi', 'Gwenu neu estyn allan', 'Gwneud synau atoch chi'],
    },
    disengagement: {
      heading: 'Angen seibiant: arafwch neu stopiwch',
      items: ['Troi neu wthio i ffwrdd', 'Edrych i ffwrdd', 'Ffysian neu wgu', 'Igian neu disian'],
    },
    tired: {
      heading: 'Yn dechrau blino',
      items: ['Dylyfu gên', 'Rhwbio’r llygaid neu’r clustiau', 'Syllu i’r gwagle', 'Symud yn herciog neu grio'],
    },
  },
  reminders: {
    heading: 'Da gwybod',
    items: [
      {id: 'crying-peak', text: 'Mae babanod yn aml yn crio fwyaf tua 6 i 8 wythnos oed. Mae’n gwella.'},
      {
        id: 'safe-break',
        text: 'Mae’n iawn rhoi eich babi i lawr yn rhywle diogel, fel y cot, a chymryd ychydig funudau i chi’ch hun.',
      },
      {
        id: 'never-shake',
        text: 'Waeth pa mor ofidus rydych chi’n teimlo, peidiwch byth ag ysgwyd babi. Os ydych chi’n teimlo hynny’n codi, rhowch eich babi i lawr yn ddiogel a chamwch i ffwrdd.',
      },
      {
        id: 'follow-lead',
        text: 'Mae trefn gaeth neu drefn hamddenol yn gweithio, cyn belled â bod eich babi’n teimlo’n ddiogel.',
      },
      {
        id: 'unwell',
        text: 'Os yw’r crio’n swnio’n wahanol, neu os yw’ch babi’n ymddangos yn sâl neu’n boeth, ffoniwch 111 neu’ch meddyg teulu.',
        actions: [call111],
      },
      {
        id: 'emergency',
        text: 'Ffoniwch 999 os yw’ch babi’n llipa, yn anodd iawn ei ddeffro neu’n cael trafferth anadlu.',
        actions: [call999],
      },
    ],
  },
  crying: {
    heading: 'Peidiwch byth ag ysgwyd babi',
    text: 'Os yw’r crio’n mynd yn ormod, rhowch eich babi i lawr yn ddiogel ar ei gefn yn y cot. Mae’n iawn camu i ffwrdd am ychydig funudau.',
    takeBreak: 'Cymryd seibiant',
    breakHeading: 'Sut i gymryd seibiant diogel',
    breakSteps: [
      'Rhowch eich babi i lawr ar ei gefn yn ei got. Mae’n ddiogel yno, hyd yn oed os yw’n crio.',
      'Caewch y drws ac ewch i ystafell arall.',
      'Cymerwch ychydig funudau i dawelu. Anadlwch yn araf, yfwch ychydig o ddŵr, neu ffoniwch rywun rydych chi’n ymddiried ynddo.',
      'Dewch yn ôl i weld sut mae’ch babi. Os ydych chi’n dal i deimlo na allwch chi ymdopi, gofynnwch i rywun arall ofalu am eich babi am ychydig.',
      'Waeth sut rydych chi’n teimlo, peidiwch byth ag ysgwyd eich babi.',
    ],
    stillCrying: {
      heading: 'Dal i grio?',
      intro:
        'Mae rhai babanod yn crio llawer, a dydy hynny ddim yn fai arnoch chi. Dyma beth allwch chi ei wneud nesaf.',
      items: [
        {
          id: 'unwell',
          text: 'Edrychwch am arwyddion bod eich babi’n sâl, fel tymheredd uchel, peidio â bwydo, chwydu, neu grio sy’n swnio’n wahanol. Os ydych chi’n poeni, ffoniwch 111 neu siaradwch â’ch ymwelydd iechyd neu’ch meddyg teulu.',
          actions: [call111],
        },
        {
          id: 'emergency',
          text: 'Ffoniwch 999 os yw’ch babi’n llipa, yn anodd iawn ei ddeffro neu’n cael trafferth anadlu.',
          actions: [call999],
        },
        {id: 'normal', text: 'Mae crio yn rhan arferol o fod yn fabi, ac mae’n gwella gydag amser.'},
        {
          id: 'comfort',
          text: 'Gall cysur helpu. Daliwch eich babi’n agos, siaradwch neu canwch yn dawel, neu rhowch gynnig ar y camau eto.',
        },
        {
          id: 'walk-away',
          text: 'Mae’n iawn rhoi eich babi i lawr yn ddiogel yn ei got a cherdded i ffwrdd am ychydig funudau.',
        },
        {
          id: 'never-shake',
          text: 'Peidiwch byth ag ysgwyd babi, waeth pa mor flinedig neu ofidus rydych chi’n teimlo.',
        },
      ],
    },
  },
  ui: {
    nameLabel: 'Enw’r drefn',
    untitled: 'Fy nhrefn i',
    templatesLegend: 'Dechrau o syniad',
    useTemplate: 'Defnyddio hwn',
    startEmpty: 'Dechrau heb gamau',
    startTimeLabel: 'Amser dechrau',
    startTimeHint: 'Dewisol. Er enghraifft, {time}. Byddwn ni’n dangos pryd mae pob cam yn dechrau.',
    startTimeInvalid: 'Rhowch amser fel {time}, neu gadewch hwn yn wag.',
    stepsHeading: 'Camau',
    emptyRoutine: 'Dim camau eto. Ychwanegwch un isod, neu dechreuwch o syniad.',
    stepLabel: 'Cam',
    minutesLabel: 'Munudau',
    noteLabel: 'Nodyn',
    minutesShort: '{minutes} mun',
    startsAt: 'Yn dechrau am {time}',
    total: 'Cyfanswm: {duration}, yn gorffen am {time}',
    totalNoTime: 'Cyfanswm: {duration}',
    moveUp: 'Symud i fyny',
    moveDown: 'Symud i lawr',
    remove: 'Tynnu',
    undo: 'Dadwneud',
    addHeading: 'Ychwanegu cam',
    addFromLibrary: 'Dewis cam',
    addStep: 'Ychwanegu’r cam',
    customLegend: 'Neu gwnewch eich cam eich hun',
    addCustom: 'Ychwanegu fy ngham i',
    moved: 'Symudwyd {label} i safle {position} o {count}.',
    removed: 'Tynnwyd {label}.',
    added: 'Ychwanegwyd {label}.',
    restored: 'Rhoddwyd {label} yn ôl.',
    reorderHint: 'Awgrym: daliwch Alt a phwyso’r saeth i fyny neu i lawr i symud cam.',
    labelRequired: 'Rhowch enw i’r cam.',
    minutesInvalid: 'Defnyddiwch rhwng 1 a 120 munud.',
    run: 'Dechrau’r drefn',
    edit: 'Golygu’r drefn',
    runProgress: 'Cam {current} o {total}',
    done: 'Wedi’i wneud',
    skip: 'Hepgor',
    finish: 'Gorffen y drefn',
    finished: 'Dyna ni. Diolch am fynd ar gyflymder eich babi.',
    runAgain: 'Dechrau eto',
    noSteps: 'Does dim camau yn y drefn hon eto.',
    durationMinutes: '{minutes} mun',
    durationHours: '{hours} awr {minutes} mun',
  },
};
