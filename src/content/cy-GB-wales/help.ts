/**
 * Welsh for Wales: the `help` section. Attune's own words, by the same principles as the
 * English: plain, warm, no blame. The routes are GIG 111 Cymru's (111 press 2), plus Samaritans'
 * Welsh-language line, which is open in the evenings only (7pm to 11pm): 116 123 stays the line
 * for day and night. Links to NHS 111 Wales open its Welsh pages. Awaits review by a
 * Welsh-speaking clinician before clinical use.
 */
import type {HelpAction, HelpContent} from '../../schema/help.js';

/** Meddygfeydd yng nghyfeiriadur gwasanaethau lleol GIG 111 Cymru, yn Gymraeg. */
const findGp: HelpAction = {
  id: 'find-gp',
  label: 'Dod o hyd i’ch meddyg teulu',
  href: 'https://111.wales.nhs.uk/localservices/gpinformation/?locale=cy',
  kind: 'link',
};

/** The hours of Samaritans' Welsh-language line, said the same way everywhere it is named. */
const welshLineHours = 'Mae eu llinell Gymraeg ar agor bob dydd, 7pm tan 11pm.';

export const help: HelpContent = {
  levels: {
    emergency: {
      heading: 'Ffoniwch 999 neu ewch i’r adran achosion brys (A&E) nawr os:',
      hiddenPrefix: 'Angen gweithredu ar unwaith:',
      signs: [
        'ydych chi’n teimlo y gallech chi weithredu ar feddyliau am ddod â’ch bywyd i ben neu am frifo’ch hun',
        'ydych chi wedi brifo’ch hun yn ddrwg neu wedi cymryd gorddos',
        'ydych chi’n teimlo na allwch chi gadw’ch hun na’ch babi yn ddiogel ar hyn o bryd',
        'ydych chi’n gweld neu’n clywed pethau nad yw pobl eraill yn eu gweld na’u clywed, neu’n teimlo’n ddryslyd iawn',
      ],
      body: 'Fydd neb yn eich barnu. Mae’r staff yn gweld rhieni sy’n teimlo fel hyn, ac maen nhw eisiau helpu.',
      actions: [{id: 'call-999', label: 'Ffoniwch 999', href: 'tel:999', kind: 'call'}],
    },
    urgent: {
      heading: 'Ffoniwch 111 a phwyso 2 os:',
      hiddenPrefix: 'Cyngor brys:',
      signs: [
        'ydych chi’n teimlo’n isel iawn neu heb obaith',
        'oes gennych chi feddyliau am ddod â’ch bywyd i ben, hyd yn oed os ydych chi’n teimlo y gallwch chi gadw’n ddiogel',
        'ydych chi’n teimlo’n llawn panig, neu mor bryderus na allwch chi ymdopi',
        'oes gennych chi feddyliau brawychus sydd ddim yn mynd i ffwrdd, fel niwed yn dod i’ch babi',
      ],
      catchAll: 'neu os ydych chi’n teimlo bod rhywbeth yn wirioneddol o’i le',
      body:
        '111 pwyso 2 yw llinell iechyd meddwl GIG 111 Cymru. Mae’r llinell ar agor 24 awr y dydd, ac mae’n rhad ac am ddim i’w ffonio. ' +
        'Gallwch chi hefyd ofyn i’ch meddyg teulu am apwyntiad brys.',
      actions: [{id: 'call-111', label: 'Ffoniwch 111, yna pwyswch 2', href: 'tel:111', kind: 'call'}, findGp],
    },
    'non-urgent': {
      heading: 'Siaradwch â’ch ymwelydd iechyd, eich meddyg teulu neu’ch bydwraig os:',
      hiddenPrefix: 'Cyngor nad yw’n frys:',
      signs: [
        'ydych chi wedi teimlo’n isel, yn fflat neu’n bryderus ar y rhan fwyaf o ddyddiau ers pythefnos neu fwy',
        'ydych chi’n ei chael hi’n anodd teimlo’n agos at eich babi',
        'yw bwydo neu gwsg yn frwydr a’i fod yn eich llethu',
        'na allwch chi gysgu, hyd yn oed pan fydd eich babi’n cysgu',
        'nad ydych chi’n teimlo fel chi eich hun bellach',
      ],
      body:
        'Mae llawer o rieni’n teimlo fel hyn. Mae’n gyffredin, ac mae’n gwella gyda’r help iawn. ' +
        'Gall therapïau siarad a meddyginiaeth helpu gydag iselder a gorbryder ôl-enedigol. ' +
        'Os yw’n fwy difrifol, gall eich meddyg teulu, eich bydwraig neu’ch ymwelydd iechyd eich atgyfeirio at dîm iechyd meddwl amenedigol arbenigol.',
      actions: [findGp],
    },
    support: {
      heading: 'Does dim rhaid i chi wneud hyn ar eich pen eich hun',
      hiddenPrefix: 'Cymorth:',
      signs: [
        'Siaradwch â rhywun rydych chi’n ymddiried ynddo, fel partner, ffrind neu aelod o’r teulu.',
        'Rhowch gynnig ar grŵp rhieni a babanod lleol.',
        `Bydd y Samariaid yn gwrando ar 116 123, ddydd a nos, ac mae’r alwad am ddim. ${welshLineHours}`,
        'Os yw’n well gennych chi anfon neges destun, mae Shout yno hefyd.',
        'Mae PANDAS yn helpu unrhyw un sy’n cael trafferth yn ystod beichiogrwydd neu gyda babi newydd, gan gynnwys partneriaid. Gallwch chi anfon neges destun atyn nhw.',
      ],
      actions: [
        {id: 'call-samaritans', label: 'Ffoniwch y Samariaid ar 116 123', href: 'tel:116123', kind: 'call'},
        {
          id: 'call-samaritans-cymraeg',
          label: 'Llinell Gymraeg, 7pm tan 11pm: 0808 164 0123',
          href: 'tel:08081640123',
          kind: 'call',
        },
        {id: 'text-shout', label: 'Tecstiwch SHOUT i 85258', href: 'sms:85258?body=SHOUT', kind: 'text'},
        {id: 'text-pandas', label: 'Tecstiwch PANDAS i 85258', href: 'sms:85258?body=PANDAS', kind: 'text'},
      ],
    },
  },
  partner: {
    summary: 'Ydych chi’n poeni am eich partner?',
    signs: {
      heading:
        'Ffoniwch 999 neu ewch i’r adran achosion brys nawr os yw’ch partner, yn y dyddiau neu’r wythnosau ar ôl yr enedigaeth:',
      items: [
        'yn gweld neu’n clywed pethau nad ydyn nhw yno',
        'yn credu pethau rhyfedd nad ydyn nhw’n wir, neu’n ofnus neu’n amheus iawn',
        'yn ymddangos yn uchel iawn, yn aflonydd neu’n llawn egni, neu’n siarad yn gyflym iawn',
        'yn ymddangos yn ddryslyd iawn, neu’n ymddwyn mewn ffordd sydd ddim yn debyg iddyn nhw',
        'heb gysgu fawr ddim ers dyddiau, neu ddim yn teimlo bod angen cysgu arnyn nhw',
      ],
      catchAll: 'neu os yw eu hwyliau’n newid yn gyflym a’ch bod chi’n teimlo bod rhywbeth yn wirioneddol o’i le',
      body:
        'Gall hyn fod yn seicosis ôl-enedigol. Mae’n brin, ond mae’n argyfwng. ' +
        'Efallai na fyddan nhw’n gwybod eu bod nhw’n sâl. Gyda’r gofal iawn, mae’r rhan fwyaf o bobl yn gwella’n llwyr.',
      action: {id: 'partner-call-999', label: 'Ffoniwch 999', href: 'tel:999', kind: 'call'},
    },
    support: {
      heading: 'Sut gallwch chi helpu',
      items: [
        'Dywedwch yn dyner beth rydych chi wedi sylwi arno. Gwrandewch heb farnu.',
        'Helpwch gyda’r bwydo yn y nos a gwaith y tŷ, er mwyn iddyn nhw allu gorffwys.',
        'Ewch gyda nhw i siarad â’u meddyg teulu, eu bydwraig neu eu hymwelydd iechyd.',
        'Os ydyn nhw’n teimlo’n isel iawn neu’n sôn am ddod â’u bywyd i ben, helpwch nhw i gael help brys heddiw.',
      ],
    },
    ownHelp: {
      heading: 'Help i chi',
      items: [
        'Gall partneriaid deimlo’n isel neu’n bryderus ar ôl cael babi hefyd. Mae’n gyffredin, ac mae help yn gweithio.',
        'Siaradwch â’ch meddyg teulu am sut rydych chi’n teimlo.',
        `Bydd y Samariaid yn gwrando ar 116 123, ddydd a nos. ${welshLineHours}`,
        'Gallwch chi anfon neges destun at Shout neu PANDAS. Mae PANDAS yn helpu partneriaid hefyd.',
      ],
      actions: [
        {id: 'partner-call-samaritans', label: 'Ffoniwch y Samariaid ar 116 123', href: 'tel:116123', kind: 'call'},
        {
          id: 'partner-call-samaritans-cymraeg',
          label: 'Llinell Gymraeg, 7pm tan 11pm: 0808 164 0123',
          href: 'tel:08081640123',
          kind: 'call',
        },
        {id: 'partner-text-shout', label: 'Tecstiwch SHOUT i 85258', href: 'sms:85258?body=SHOUT', kind: 'text'},
        {id: 'partner-text-pandas', label: 'Tecstiwch PANDAS i 85258', href: 'sms:85258?body=PANDAS', kind: 'text'},
      ],
    },
  },
};
