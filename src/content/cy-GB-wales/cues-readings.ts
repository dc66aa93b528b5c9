/**
 * Welsh for Wales: the baby-cues guide's readings and its path for after a hard moment. Attune's
 * own words, by the same principles as the English: tentative ("efallai"), warm, no blame. The
 * ids and age bands are England's (they are codes, not words). Awaits review by a
 * Welsh-speaking clinician before clinical use.
 */
import type {CuesContent} from '../../schema/cues.js';

const YOUNG = ['0-3', '3-6'];
const OLDER = ['6-12', '12-24'];
const BABIES = ['0-3', '3-6', '6-12'];
const TODDLERS = ['12-24'];

const calmingSteps = {
  heading: 'Camau tawelu',
  items: [
    {text: 'Codwch nhw a’u dal yn agos.'},
    {text: 'Defnyddiwch lais araf, meddal, neu hymiwch dôn.'},
    {text: 'Siglwch nhw’n araf ac yn gyson.'},
    {text: 'Rhowch amser. Gall tawelu gymryd tipyn.'},
  ],
};
const yourCalm = 'Cymerwch anadl araf yn gyntaf. Mae eich tawelwch chi’n eu helpu nhw i ddod o hyd i’w tawelwch nhw.';

const toddlerSteps = {
  heading: 'Camau tawelu',
  items: [
    {text: 'Cadwch nhw’n ddiogel. Symudwch unrhyw beth a allai eu brifo.'},
    {text: 'Arhoswch yn agos a chadwch eich llais yn isel.'},
    {text: 'Arhoswch i’r storm fynd heibio. Nid dyma’r amser i resymu.'},
    {text: 'Pan fyddan nhw’n dawel, rhowch gwtsh ac enwch y teimlad.'},
  ],
};
const toddlerCalm =
  'Os ydych chi’n teimlo’ch tymer eich hun yn codi, anadlwch allan yn araf. Mae’n iawn camu’n ôl am eiliad os ydyn nhw’n ddiogel.';

const holdClose = {id: 'hold-close', text: 'Daliwch nhw’n agos a siglwch yn dyner.'};
const windDown = {id: 'wind-down', text: 'Dechreuwch ymlacio. Gostyngwch y golau a defnyddiwch lais meddal.'};
const stayClose = {id: 'stay-close', text: 'Arhoswch yn agos, iddyn nhw wybod eich bod chi yno.'};
const nameFeeling = {
  id: 'name-feeling',
  text: 'Pan fydd y storm wedi mynd heibio, enwch y teimlad: "Roeddet ti mor flin."',
};

export const readings: CuesContent['readings'] = {
  heading: 'Beth allai ei olygu',
  say: 'Geiriau y gallech chi eu dweud',
  tryLegend: 'Pethau i roi cynnig arnyn nhw',
  tryHint: 'Ticiwch beth rydych chi’n rhoi cynnig arno, os hoffech chi.',
  items: [
    {
      id: 'connect',
      answers: ['connect'],
      title: 'Efallai bod eich babi’n barod i chwarae',
      meaning:
        'Efallai eu bod nhw eisiau bod yn agos a rhannu eiliad gyda chi. Efallai bod eu hwyneb a’u synau’n gofyn i chi ymuno.',
      say: [
        {text: '"Helo! Rwyt ti’n edrych arna i. Dw i yma."', bands: YOUNG},
        {text: '"Rwyt ti wedi dod o hyd i’r bêl! Gawn ni ei rholio hi?"', bands: ['6-12']},
        {text: '"Rwyt ti eisiau dangos y bws i mi. Bws mawr coch!"', bands: TODDLERS},
      ],
      try: [
        {id: 'share-focus', text: 'Sylwch ar beth maen nhw’n edrych arno, ac edrychwch arno gyda nhw.'},
        {id: 'copy-back', text: 'Atebwch eu sŵn neu eu gwên gyda’ch un chi. Copïwch eu hwyneb.', bands: YOUNG},
        {id: 'name-it', text: 'Dywedwch enw’r hyn maen nhw’n edrych arno: "Ci! Ci mawr."', bands: OLDER},
        {id: 'take-turns', text: 'Cymerwch eich tro. Gwnewch sŵn, yna arhoswch iddyn nhw ateb.'},
        {
          id: 'endings',
          text: 'Pan fyddan nhw’n edrych i ffwrdd, gadewch i’r gêm orffen. Dywedwch "Dyna ni" a chwarae eto wedyn.',
        },
      ],
      steps: {
        heading: 'Cymryd tro ac aros',
        items: [
          {text: 'Gwnewch un peth bach: gwên, sŵn neu air.'},
          {text: 'Arhoswch. Cyfrwch i bump yn eich pen.'},
          {text: 'Gwyliwch am eu hateb: edrychiad, sŵn, cic neu air.'},
          {text: 'Atebwch yn ôl, yna arhoswch eto.'},
        ],
      },
    },
    {
      id: 'break',
      answers: ['break'],
      title: 'Efallai bod eich babi’n dweud wrthych chi fod angen seibiant arnyn nhw',
      meaning:
        'Efallai eu bod nhw wedi cael digon am nawr. Gall gormod o chwarae, sŵn neu olau deimlo’n llawer. Edrych i ffwrdd yw sut mae babanod yn tawelu.',
      say: [
        {text: '"Rwyt ti’n troi i ffwrdd. Wedi cael digon? Gad i ni gael hoe."', bands: BABIES},
        {text: '"Rwyt ti wedi cerdded i ffwrdd. Mae angen seibiant arnat ti. Mae hynny’n iawn."', bands: TODDLERS},
      ],
      try: [
        {id: 'slow-down', text: 'Arafwch. Byddwch yn dawel am eiliad.'},
        {
          id: 'pause',
          text: 'Oedwch y gêm. Gadewch iddyn nhw edrych i ffwrdd. Byddan nhw’n edrych yn ôl pan fyddan nhw’n barod.',
        },
        {
          id: 'calmer',
          text: 'Gwnewch bethau’n dawelach: gostyngwch y golau a diffoddwch y teledu neu’r gerddoriaeth.',
        },
        {id: 'follow', text: 'Dilynwch eu harwain. Chwaraewch eto pan fyddan nhw’n troi’n ôl atoch chi.'},
      ],
    },
    {
      id: 'tired',
      answers: ['tired'],
      title: 'Efallai bod eich babi’n dechrau blino',
      meaning: 'Efallai eu bod nhw’n barod i orffwys. Gall babanod blinedig ei chael hi’n anodd gyda chwarae a sŵn.',
      say: [{text: '"Dylyfu gên mawr! Rwyt ti wedi blino. Amser gorffwys."'}],
      try: [
        windDown,
        {id: 'sleep-steps', text: 'Rhowch gynnig ar eich camau tawel amser gwely neu gwsg, os oes gennych chi rai.'},
        {id: 'no-new-games', text: 'Peidiwch â dechrau gemau newydd am nawr.'},
      ],
    },
    {
      id: 'tired-break',
      answers: ['tired', 'break'],
      title: 'Efallai bod eich babi wedi blino ac angen seibiant',
      meaning: 'Efallai eu bod nhw wedi cael digon am nawr, ac yn barod i orffwys.',
      say: [{text: '"Rwyt ti wedi cael amser prysur. Rwyt ti wedi blino. Gad i ni arafu."'}],
      try: [
        {id: 'slow-down', text: 'Arafwch a byddwch yn dawel.'},
        {id: 'calmer', text: 'Gostyngwch y golau a diffoddwch y teledu neu’r gerddoriaeth.'},
        {id: 'sleep-steps', text: 'Dechreuwch eich camau cysgu, os oes gennych chi rai.'},
      ],
    },
    {
      id: 'hungry',
      answers: ['hungry'],
      title: 'Efallai bod eisiau bwyd ar eich babi',
      meaning: 'Efallai eu bod nhw’n gofyn am fwyd. Mae bwydo cyn iddyn nhw grio yn aml yn haws i’r ddau ohonoch chi.',
      say: [
        {text: '"Oes eisiau bwyd arnat ti? Dyma dy laeth di."', bands: YOUNG},
        {text: '"Mae eisiau bwyd arnat ti! Gad i ni ddod o hyd i rywbeth i ti ei fwyta."', bands: OLDER},
      ],
      try: [
        {id: 'offer-feed', text: 'Cynigiwch fwyd, neu fyrbryd os ydyn nhw’n hŷn.'},
        {id: 'calm-feed', text: 'Bwydwch mewn lle tawel. Edrychwch arnyn nhw a siaradwch yn dawel.'},
        {id: 'watch-full', text: 'Gwyliwch am arwyddion eu bod nhw wedi cael digon, fel troi i ffwrdd.'},
      ],
    },
    {
      id: 'hungry-upset',
      answers: ['hungry', 'upset'],
      title: 'Efallai bod eisiau bwyd ar eich babi, a’u bod wedi cynhyrfu',
      meaning: 'Efallai eu bod nhw wedi aros tipyn am fwyd. Mae crio’n aml yn arwydd hwyr o eisiau bwyd.',
      say: [
        {text: '"Mae cymaint o eisiau bwyd arnat ti! Dw i yma. Mae llaeth ar y ffordd."', bands: YOUNG},
        {text: '"Mae cymaint o eisiau bwyd arnat ti! Dw i yma. Mae bwyd ar y ffordd."', bands: OLDER},
      ],
      try: [
        {id: 'calm-first', text: 'Tawelwch nhw yn gyntaf: daliwch nhw’n agos a siglwch.'},
        {id: 'offer-feed', text: 'Yna cynigiwch fwyd, neu fyrbryd os ydyn nhw’n hŷn.'},
      ],
      steps: calmingSteps,
      forYou: yourCalm,
    },
    {
      id: 'upset',
      answers: ['upset'],
      title: 'Efallai bod eich babi wedi cynhyrfu',
      meaning:
        'Efallai nad yw rhywbeth yn teimlo’n iawn. Efallai bod angen i chi eu helpu i dawelu. Os yw’r crio’n swnio’n od neu os ydyn nhw’n ymddangos yn sâl, edrychwch ar yr arwyddion salwch isod.',
      say: [{text: '"Rwyt ti’n crio. Rwyt ti wedi cynhyrfu. Dw i yma. Mae gen i ti."'}],
      try: [
        holdClose,
        {id: 'check-needs', text: 'Gwiriwch y pethau syml: eisiau bwyd, gwynt, cewyn gwlyb, rhy boeth neu rhy oer.'},
        {id: 'quiet-place', text: 'Ewch i rywle tawel a thywyll.'},
      ],
      steps: calmingSteps,
      forYou: yourCalm,
    },
    {
      id: 'upset-tired',
      answers: ['upset', 'tired'],
      title: 'Efallai bod eich babi wedi blino ac wedi cynhyrfu',
      meaning: 'Efallai eu bod nhw’n rhy flinedig i setlo. Gall crio fod yn ffordd o ollwng diwrnod hir.',
      say: [{text: '"Rwyt ti mor flinedig. Mae’n anodd. Dw i yma."'}],
      try: [
        holdClose,
        {id: 'quiet-place', text: 'Ewch i rywle tywyll a thawel.'},
        {id: 'sleep-steps', text: 'Rhowch gynnig ar eich camau cysgu, yn araf.'},
      ],
      steps: calmingSteps,
      forYou: yourCalm,
    },
    {
      id: 'big-feelings',
      answers: ['big-feelings'],
      bands: TODDLERS,
      title: 'Efallai bod eich plentyn yn cael teimladau mawr',
      meaning:
        'Mae plant bach yn teimlo pethau’n gryf iawn. Dydyn nhw ddim yn gallu tawelu ar eu pen eu hunain eto, felly efallai bod angen i chi helpu.',
      say: [{text: '"Rwyt ti mor flin! Roeddet ti eisiau’r bêl. Dw i yma."'}],
      try: [
        stayClose,
        {id: 'few-words', text: 'Defnyddiwch ychydig o eiriau, a chadwch eich llais yn isel.'},
        nameFeeling,
      ],
      steps: toddlerSteps,
      forYou: toddlerCalm,
    },
    {
      id: 'big-feelings-tired',
      answers: ['big-feelings', 'tired'],
      bands: TODDLERS,
      title: 'Efallai bod eich plentyn wedi blino ac yn cael teimladau mawr',
      meaning:
        'Mae teimladau hyd yn oed yn anoddach pan fydd plant bach wedi blino. Efallai bod angen gorffwys arnyn nhw gymaint â chysur.',
      say: [{text: '"Rwyt ti wedi blino ac yn flin. Mae hynny’n anodd. Dw i yma."'}],
      try: [stayClose, windDown, nameFeeling],
      steps: toddlerSteps,
      forYou: toddlerCalm,
    },
    {
      id: 'big-feelings-upset',
      answers: ['big-feelings', 'upset'],
      bands: TODDLERS,
      title: 'Efallai bod eich plentyn wedi cynhyrfu’n fawr',
      meaning: 'Gall teimladau mawr droi’n ddagrau. Efallai bod angen i chi fod yn agos nes iddo fynd heibio.',
      say: [{text: '"Rwyt ti mor drist ac mor flin. Dw i yma. Fe arhosa i gyda ti."'}],
      try: [
        stayClose,
        {id: 'hold-if-wanted', text: 'Cynigiwch gwtsh. Os ydyn nhw’n eich gwthio i ffwrdd, arhoswch yn agos.'},
        nameFeeling,
      ],
      steps: toddlerSteps,
      forYou: toddlerCalm,
    },
  ],
  mixed: {
    id: 'mixed',
    title: 'Gall fod yn anodd dweud',
    meaning:
      'Efallai bod eich babi’n dweud mwy nag un peth wrthych chi. Mae hynny’n normal. Gwyliwch am eiliad i weld beth maen nhw’n ei wneud nesaf.',
    say: [{text: '"Dw i’n dy wylio di. Beth sydd ei angen arnat ti?"'}],
    try: [
      {id: 'watch', text: 'Gwyliwch eu hwyneb a’u corff am funud.'},
      {id: 'one-thing', text: 'Rhowch gynnig ar un peth, yna arhoswch i weld.'},
      {id: 'slow-down', text: 'Arafwch. Mae eiliad dawel yn helpu’r ddau ohonoch chi.'},
    ],
  },
  unwell: {
    id: 'unwell',
    title: 'Efallai bod eich babi’n sâl',
    meaning:
      'Cewch help nawr, fel mae’r cerdyn uchod yn ei ddweud. Mae’r syniadau yn y canllaw hwn ar gyfer babi sy’n iach.',
  },
};

export const repair: CuesContent['repair'] = {
  heading: 'Ar ôl eiliad anodd',
  intro:
    'Ddim wedi mynd yn dda? Efallai eich bod chi wedi gweiddi, wedi colli’ch tymer, neu roedd strancio mawr. Mae hyn yn digwydd ym mhob teulu.',
  open: 'Beth i’w wneud ar ôl eiliad anodd',
  steps: [
    {
      text: 'Tawelwch eich hun yn gyntaf. Rhowch eich babi i lawr yn rhywle diogel, fel eu crud, a chymerwch ychydig funudau.',
    },
    {text: 'Ewch yn ôl atyn nhw pan fyddwch chi’n teimlo’n dawelach.'},
    {text: 'Dywedwch beth ddigwyddodd, mewn ychydig o eiriau syml.'},
    {text: 'Cymodwch: cwtsh, cân neu wên.'},
  ],
  say: [
    {text: '"Roedd hynny’n swnllyd. Mae’n ddrwg gen i. Dw i yma nawr, a dw i’n dy garu di."', bands: BABIES},
    {text: '"Roedden ni’n dau yn flin, a gwnes i weiddi. Mae’n ddrwg gen i. Gad i ni gael cwtsh."', bands: TODDLERS},
  ],
  noBlame:
    'Does neb yn gwneud pethau’n iawn bob tro. Mae cymodi ar ôl eiliad anodd yn helpu’ch plentyn i deimlo’n ddiogel ac yn cael ei garu.',
  neverShake:
    'Os ydych chi’n teimlo’n flin iawn, peidiwch byth ag ysgwyd na brifo’ch babi. Rhowch nhw i lawr yn ddiogel a cherddwch i ffwrdd am ychydig funudau.',
  moreHelp:
    'Os yw hyn yn digwydd yn aml, neu os na allwch chi ymdopi, does dim rhaid i chi ymdopi ar eich pen eich hun. Gallwch chi gael help nawr.',
};
