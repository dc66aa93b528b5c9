/**
 * Welsh for Wales: the `help` section. Attune's own words, by the same principles as the
 * English: plain, warm, no blame. The routes are NHS Wales' (111 press 2), plus Samaritans'
 * Welsh-language line. Awaits review by a Welsh-speaking clinician before clinical use.
 */
import type {HelpContent} from '../../schema/help.js';

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
      heading: 'Ffoniwch 111 a phwyso 2, neu gofynnwch i’ch meddyg teulu am apwyntiad brys, os:',
      hiddenPrefix: 'Cyngor brys:',
      signs: [
        'ydych chi’n teimlo’n isel iawn neu heb obaith',
        'oes gennych chi feddyliau am ddod â’ch bywyd i ben, hyd yn oed os ydych chi’n teimlo y gallwch chi gadw’n ddiogel',
        'ydych chi’n teimlo’n llawn panig, neu mor bryderus na allwch chi ymdopi',
        'oes gennych chi feddyliau brawychus sydd ddim yn mynd i ffwrdd, fel niwed yn dod i’ch babi',
        'na allwch chi gysgu, hyd yn oed pan fydd eich babi’n cysgu',
      ],
      catchAll: 'neu os ydych chi’n teimlo bod rhywbeth yn wirioneddol o’i le',
      body: '111 pwyso 2 yw llinell iechyd meddwl y GIG yng Nghymru. Mae’r alwad am ddim, ac mae ar agor 24 awr y dydd.',
      actions: [
        {id: 'call-111', label: 'Ffoniwch 111, yna pwyswch 2', href: 'tel:111', kind: 'call'},
        {
          id: 'find-gp',
          label: 'Dod o hyd i’ch meddyg teulu',
          href: 'https://111.wales.nhs.uk/localservices/gpinformation/',
          kind: 'link',
        },
      ],
    },
    'non-urgent': {
      heading: 'Siaradwch â’ch ymwelydd iechyd, eich meddyg teulu neu’ch bydwraig os:',
      hiddenPrefix: 'Cyngor nad yw’n frys:',
      signs: [
        'ydych chi wedi teimlo’n isel, yn fflat neu’n bryderus ar y rhan fwyaf o ddyddiau ers pythefnos neu fwy',
        'ydych chi’n ei chael hi’n anodd teimlo’n agos at eich babi',
        'yw bwydo neu gwsg yn frwydr a’i fod yn eich llethu',
        'nad ydych chi’n teimlo fel chi eich hun bellach',
      ],
      body: 'Mae llawer o famau a thadau’n teimlo fel hyn. Mae’n gyffredin, ac mae’n gwella gyda’r help iawn.',
      actions: [
        {
          id: 'find-gp',
          label: 'Dod o hyd i’ch meddyg teulu',
          href: 'https://111.wales.nhs.uk/localservices/gpinformation/',
          kind: 'link',
        },
      ],
    },
    support: {
      heading: 'Does dim rhaid i chi wneud hyn ar eich pen eich hun',
      hiddenPrefix: 'Cymorth:',
      signs: [
        'Siaradwch â rhywun rydych chi’n ymddiried ynddo, fel partner, ffrind neu aelod o’r teulu.',
        'Rhowch gynnig ar grŵp rhieni a babanod lleol.',
        'Bydd y Samariaid yn gwrando, ddydd a nos. Mae’r alwad am ddim. Mae ganddyn nhw linell Gymraeg hefyd.',
        'Os yw’n well gennych chi anfon neges destun, mae Shout yno hefyd.',
        'Os ydych chi’n cael trafferth yn ystod beichiogrwydd neu ar ôl geni, gallwch chi anfon neges at PANDAS.',
      ],
      actions: [
        {id: 'call-samaritans', label: 'Ffoniwch y Samariaid ar 116 123', href: 'tel:116123', kind: 'call'},
        {
          id: 'call-samaritans-cymraeg',
          label: 'Llinell Gymraeg y Samariaid: 0808 164 0123',
          href: 'tel:08081640123',
          kind: 'call',
        },
        {id: 'text-shout', label: 'Tecstiwch SHOUT i 85258', href: 'sms:85258?body=SHOUT', kind: 'text'},
        {id: 'text-pandas', label: 'Tecstiwch PANDAS i 85258', href: 'sms:85258?body=PANDAS', kind: 'text'},
      ],
    },
  },
};
