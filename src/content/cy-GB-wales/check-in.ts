/**
 * Welsh for Wales: the `checkIn` section. Attune's own words, not a validated questionnaire.
 * The ids, scores, symbols and rules are England's (they are codes, not words), so a Welsh
 * response means what an English one means. Awaits review by a Welsh-speaking clinician.
 */
import type {CheckInContent} from '../../schema/check-in.js';
import {checkIn as english} from '../en-GB-england/check-in.js';

/** `options` with each label replaced by its Welsh word, by id; anything else (scores, symbols) stays. */
function inWelsh<T extends {id: string; label: string}>(options: readonly T[], labels: Record<string, string>): T[] {
  return options.map((option) => ({...option, label: labels[option.id] ?? option.label}));
}

/** The Welsh for each question, by id: its text, hint and option labels. */
const questions: Record<string, {text: string; hint?: string; options: Record<string, string>}> = {
  sleep: {
    text: 'Pan gewch chi gyfle i gysgu, ydych chi’n gallu cysgu?',
    options: {mostly: 'Ydw, y rhan fwyaf o’r amser', sometimes: 'Weithiau', hardly: 'Bron byth'},
  },
  'someone-to-talk-to': {
    text: 'Oes gennych chi rywun i siarad â nhw am sut rydych chi’n teimlo?',
    options: {yes: 'Oes', sometimes: 'Weithiau', no: 'Ddim wir'},
  },
  'close-to-baby': {
    text: 'Pa mor agos ydych chi’n teimlo at eich babi ar hyn o bryd?',
    hint: 'Mae llawer o rieni’n gweld bod hyn yn mynd a dod.',
    options: {
      close: 'Yn agos y rhan fwyaf o’r amser',
      'comes-and-goes': 'Mae’n mynd a dod',
      hard: 'Dw i’n ei chael hi’n anodd teimlo’n agos',
    },
  },
  'harm-thoughts': {
    text: 'Yn ystod y pythefnos diwethaf, ydych chi wedi cael meddyliau am ddod â’ch bywyd i ben neu am niweidio’ch hun?',
    hint: 'Mae llawer o rieni’n cael meddyliau anodd. Sut bynnag rydych chi’n ateb, fe welwch chi ble i gael cymorth.',
    options: {
      no: 'Nac ydw',
      'yes-can-keep-safe': 'Ydw, ond dw i’n teimlo y galla i gadw fy hun yn ddiogel',
      'yes-not-safe': 'Ydw, a dydw i ddim yn teimlo’n ddiogel ar hyn o bryd',
    },
  },
};

/** The Welsh for each idea, by id. */
const ideas: Record<string, string> = {
  rest: 'Gorffwyswch pan allwch chi, hyd yn oed am 10 munud. Gadewch i rywun arall helpu gyda gwaith y tŷ.',
  'one-day':
    'Cymerwch un diwrnod ar y tro. Dewiswch un neu ddau o bethau sy’n bwysig heddiw. Mae camau bach yn cyfrif hefyd.',
  'closeness-takes-time':
    'Gall gymryd amser i deimlo’n agos, ac mae’n mynd a dod. Nid eich bai chi yw hyn. Gall eich ymwelydd iechyd helpu.',
  'someone-listens':
    // Not "the lines below": the Welsh-language line below is open 7pm to 11pm only.
    'Os nad oes neb i siarad â nhw ar hyn o bryd, bydd y Samariaid yn gwrando ar 116 123, ddydd a nos. Mae’r alwad am ddim.',
  'make-up':
    'Os ydych chi’n gwylltio, dynol ydych chi. Pan fyddwch chi’n dawel, ewch yn ôl, dywedwch sori a rhowch gwtsh. Mae cymodi’n helpu’r ddau ohonoch chi.',
  'good-enough': 'Does dim rhaid i chi wneud pethau’n iawn bob tro. Sylwi, a thrio eto, sy’n cyfrif.',
  'face-to-face':
    'Treuliwch ychydig funudau wyneb yn wyneb â’ch babi. Gwyliwch ei lygaid a chopïwch ei synau. All teganau a sgriniau ddim gwneud hyn.',
  'name-feelings':
    'Dywedwch deimladau’n uchel, fel "Rwyt ti wedi blino" neu "Dw i’n teimlo’n flin". Mae’n helpu’r ddau ohonoch chi i dawelu.',
  'comfort-now': 'Bob tro rydych chi’n cysuro’ch babi, mae’n dysgu ychydig mwy am sut i dawelu yn nes ymlaen.',
  'first-two-years':
    'Mae eiliadau bob dydd, fel sgwrs wrth newid cewyn, yn helpu’ch babi i dyfu. Y ddwy flynedd gyntaf sy’n bwysig fwyaf.',
};

export const checkIn: CheckInContent = {
  ...english,
  title: 'Sut ydych chi?',
  mood: {
    legend: 'Sut ydych chi’n teimlo heddiw?',
    hint: 'Does dim ateb cywir nac anghywir.',
    options: inWelsh(english.mood.options, {
      'very-low': 'Isel iawn',
      low: 'Isel',
      okay: 'Go lew',
      good: 'Da',
      'very-good': 'Da iawn',
    }),
  },
  feelings: {
    legend: 'Pa eiriau sy’n disgrifio sut rydych chi’n teimlo?',
    hint: 'Dewiswch gymaint ag y mynnwch chi, neu ddim un.',
    options: inWelsh(english.feelings.options, {
      tired: 'Wedi blino',
      anxious: 'Yn poeni',
      overwhelmed: 'Wedi fy llethu',
      lonely: 'Yn unig',
      irritable: 'Yn biwis',
      tearful: 'Yn ddagreuol',
      calm: 'Yn dawel',
      hopeful: 'Yn obeithiol',
      proud: 'Yn falch',
      close: 'Yn agos at fy mabi',
    }),
  },
  questions: {
    legend: 'Ychydig mwy o gwestiynau',
    hint: 'Atebwch mor onest ag y gallwch chi. Does neb yn eich barnu.',
    items: english.questions.items.map((item) => {
      const words = questions[item.id];
      return words
        ? {
            ...item,
            text: words.text,
            ...(words.hint ? {hint: words.hint} : {}),
            options: inWelsh(item.options, words.options),
          }
        : item;
    }),
  },
  note: {
    label: 'Oes unrhyw beth arall rydych chi eisiau ei ddweud?',
    hint: 'Does dim rhaid i chi. Ysgrifennwch dim ond yr hyn rydych chi’n fodlon i’r wefan hon ei gadw.',
    maxLength: english.note.maxLength,
    // Welsh puts a singular noun after a number, so one form fits every count.
    count: '{count} o {max} nod',
    // Exactly 1, 2, 3 and 6 have their own categories in Welsh: spelled out, the noun can follow them as it should.
    tooLong: {
      zero: 'Mae eich nodyn yn rhy hir. Dilëwch {over} nod, os gwelwch yn dda.',
      one: 'Mae eich nodyn yn rhy hir. Dilëwch un nod, os gwelwch yn dda.',
      two: 'Mae eich nodyn yn rhy hir. Dilëwch ddau nod, os gwelwch yn dda.',
      few: 'Mae eich nodyn yn rhy hir. Dilëwch dri nod, os gwelwch yn dda.',
      many: 'Mae eich nodyn yn rhy hir. Dilëwch chwe nod, os gwelwch yn dda.',
      other: 'Mae eich nodyn yn rhy hir. Dilëwch {over} nod, os gwelwch yn dda.',
    },
  },
  results: {
    none: {
      heading: 'Diolch am ddweud sut rydych chi',
      message:
        'Mae’n swnio fel bod heddiw’n mynd yn iawn. Mae sylwi ar sut rydych chi’n teimlo yn dda i chi ac i’ch babi.',
    },
    support: {
      heading: 'Diolch am ddweud sut rydych chi',
      message:
        'Mae rhai dyddiau’n anodd. Dydych chi ddim ar eich pen eich hun, a does dim rhaid i chi wneud popeth yn iawn.',
    },
    'non-urgent': {
      heading: 'Efallai y byddai’n help siarad â rhywun',
      message:
        'Mae’r hyn rydych chi’n ei deimlo yn gyffredin, ac mae help ar gael. Mae gofyn yn gynnar yn beth da i’w wneud.',
    },
    urgent: {
      heading: 'Gofynnwch am help heddiw, os gwelwch yn dda',
      message: 'Rydych chi’n haeddu cymorth nawr. Does dim rhaid i chi aros nes bod pethau’n gwaethygu.',
    },
    emergency: {
      heading: 'Gofynnwch am help nawr, os gwelwch yn dda',
      message: 'Does dim rhaid i chi ymdopi â’r meddyliau hyn ar eich pen eich hun. Mae help ar gael nawr.',
    },
  },
  ideas: {
    heading: 'Syniadau ar gyfer heddiw',
    // England's ideas, with the same fit to the answers, in Welsh.
    items: english.ideas.items.map((idea) => ({...idea, text: ideas[idea.id] ?? idea.text})),
  },
  emergencyNow: {
    call: 'Ffoniwch 999 nawr.',
    baby: 'Rhowch eich babi mewn lle diogel, fel ei got. Os gallwch chi, gofynnwch i rywun aros gyda chi.',
  },
  ui: {
    progress: 'Cam {current} o {total}',
    back: 'Yn ôl',
    next: 'Nesaf',
    submit: 'Gorffen',
    startAgain: 'Dechrau eto o’r newydd',
    change: 'Newid',
    reviewLegend: 'Gwiriwch eich atebion',
    reviewMood: 'Hwyliau',
    reviewFeelings: 'Geiriau',
    reviewNote: 'Nodyn',
    nothingChosen: 'Dim wedi’i ddewis',
    moodRequired: 'Dewiswch sut rydych chi’n teimlo heddiw.',
    answerRequired: 'Atebwch y cwestiwn hwn, os gwelwch yn dda.',
    finishFirst: 'Pwyswch "Gorffen" i weld eich canlyniad cyn ei anfon.',
    noNote: 'Heb ei ychwanegu',
    helpShown: '{help} {action}, isod.',
    helpGone: 'Mae’r help isod wedi mynd, am fod eich ateb wedi newid.',
  },
};
