/** Default UK English content (England): the `help` section. Attune's own words. */
import type {HelpAction, HelpContent, PartnerHelp} from '../../schema/help.js';

/** The one support sign that names an England-only service (family hubs); other nations swap it. */
export const localGroupsSign = 'Try a local parent and baby group, or your family hub.';

/** The partner part's own help: the same services as the support card, with their own ids. */
export const partnerSamaritans: HelpAction = {
  id: 'partner-call-samaritans',
  label: 'Call Samaritans on 116 123',
  href: 'tel:116123',
  kind: 'call',
};
export const partnerShout: HelpAction = {
  id: 'partner-text-shout',
  label: 'Text SHOUT to 85258',
  href: 'sms:85258?body=SHOUT',
  kind: 'text',
};
export const partnerPandas: HelpAction = {
  id: 'partner-text-pandas',
  label: 'Text PANDAS to 85258',
  href: 'sms:85258?body=PANDAS',
  kind: 'text',
};

/** The one line of the partner's own help that names PANDAS; packs where PANDAS does not work swap it. */
export const partnerPandasLine = 'Shout and PANDAS take texts. PANDAS supports partners too.';

/**
 * For a partner or another carer, shown inside the emergency card: the signs of postpartum
 * psychosis (an emergency), how to support the parent who gave birth, and help for themselves.
 */
export const partner: PartnerHelp = {
  summary: 'Worried about your partner?',
  signs: {
    heading: 'Call 999 or go to A&E now if, in the days or weeks after the birth, your partner:',
    items: [
      'sees or hears things that are not there',
      'believes strange things that are not true, or is very scared or suspicious',
      'seems very high, restless or full of energy, or talks very fast',
      'seems very confused, or acts in ways that are not like them',
      'has hardly slept for days, or feels no need to sleep',
    ],
    catchAll: 'or their mood changes fast and you feel that something is badly wrong',
    body:
      'This can be postpartum psychosis. It is rare, but it is an emergency. ' +
      'They may not know they are unwell. With the right care, most people get fully well.',
    action: {id: 'partner-call-999', label: 'Call 999', href: 'tel:999', kind: 'call'},
  },
  support: {
    heading: 'How you can help',
    items: [
      'Tell them gently what you have noticed. Listen without judging.',
      'Help with night feeds and jobs, so they can rest.',
      'Go with them to talk to their GP, midwife or health visitor.',
      'If they feel very low or talk about ending their life, get them urgent help today.',
    ],
  },
  ownHelp: {
    heading: 'Help for you',
    items: [
      'Partners can feel low or anxious after a baby too. It is common, and help works.',
      'Talk to your GP about how you feel.',
      'Samaritans will listen, day or night. The call is free.',
      partnerPandasLine,
    ],
    actions: [partnerSamaritans, partnerShout, partnerPandas],
  },
};

export const help: HelpContent = {
  levels: {
    emergency: {
      heading: 'Call 999 or go to A&E now if:',
      hiddenPrefix: 'Immediate action required:',
      signs: [
        'you feel you might act on thoughts of ending your life or hurting yourself',
        'you have hurt yourself badly or taken an overdose',
        'you feel you cannot keep yourself or your baby safe right now',
        'you see or hear things that other people do not, or feel very confused',
      ],
      body: 'You will not be judged. Staff see parents who feel like this and they want to help.',
      actions: [{id: 'call-999', label: 'Call 999', href: 'tel:999', kind: 'call'}],
    },
    urgent: {
      // One action in the heading, so each sign reads with it as one short sentence; the GP is in the body.
      heading: 'Call 111 and choose the mental health option if:',
      hiddenPrefix: 'Urgent advice:',
      signs: [
        'you feel very low or hopeless',
        'you have thoughts of ending your life, even if you feel you can keep safe',
        'you feel panicky, or so worried that you cannot cope',
        'you have scary thoughts that will not go away, such as harm coming to your baby',
      ],
      catchAll: 'or you feel that something is badly wrong',
      body: 'You can call 111 at any time of day or night, and the call is free. You can also ask your GP for an urgent appointment.',
      actions: [
        {id: 'call-111', label: 'Call 111', href: 'tel:111', kind: 'call'},
        {id: 'find-gp', label: 'Find your GP', href: 'https://www.nhs.uk/service-search/find-a-gp', kind: 'link'},
      ],
    },
    'non-urgent': {
      heading: 'Talk to your health visitor, GP or midwife if:',
      hiddenPrefix: 'Non-urgent advice:',
      signs: [
        'you have felt low, flat or worried on most days for 2 weeks or more',
        'you find it hard to feel close to your baby',
        'feeding or sleep is a struggle and it is getting you down',
        // Not sleeping even when the baby sleeps is a common sign of postnatal depression or
        // anxiety: see the GP or health visitor. Days without sleep with confusion or a very high
        // mood are an emergency, in the partner part and the emergency card.
        'you cannot sleep, even when your baby sleeps',
        'you do not feel like yourself any more',
      ],
      body:
        'Lots of parents feel like this. It is common, and it gets better with the right help. ' +
        'Talking therapies and medicine can both help with postnatal depression and anxiety. ' +
        'If it is more severe, your GP, midwife or health visitor can refer you to a specialist perinatal mental health team.',
      actions: [
        {id: 'find-gp', label: 'Find your GP', href: 'https://www.nhs.uk/service-search/find-a-gp', kind: 'link'},
      ],
    },
    support: {
      heading: 'You do not have to do this alone',
      hiddenPrefix: 'Support:',
      signs: [
        'Talk to someone you trust, like a partner, friend or family member.',
        localGroupsSign,
        'Samaritans will listen, day or night. The call is free.',
        'If you would rather text, Shout is there too.',
        'PANDAS supports anyone who is struggling in pregnancy or with a new baby, partners too. You can text them.',
      ],
      actions: [
        {id: 'call-samaritans', label: 'Call Samaritans on 116 123', href: 'tel:116123', kind: 'call'},
        {id: 'text-shout', label: 'Text SHOUT to 85258', href: 'sms:85258?body=SHOUT', kind: 'text'},
        {id: 'text-pandas', label: 'Text PANDAS to 85258', href: 'sms:85258?body=PANDAS', kind: 'text'},
      ],
    },
  },
  partner,
};

/** The support signs for the other nations: the same, but with no England-only service named. */
export const supportSignsOutsideEngland = help.levels.support.signs.map((sign) =>
  sign === localGroupsSign ? 'Try a local parent and baby group.' : sign,
);

/** The partner part where PANDAS does not work (it serves England, Scotland and Wales): Samaritans and Shout. */
export const partnerWithoutPandas: PartnerHelp = {
  ...partner,
  ownHelp: {
    ...partner.ownHelp,
    items: partner.ownHelp.items.map((item) =>
      item === partnerPandasLine ? 'If you would rather text, Shout is there too.' : item,
    ),
    actions: [partnerSamaritans, partnerShout],
  },
};
