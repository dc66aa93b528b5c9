/**
 * UK English for Scotland: the `help` section. The signs and most words are England's; the
 * routes are NHS Scotland's: NHS 24 on 111 (its mental health team), Breathing Space, the GP
 * search on NHS inform, and Children 1st Parentline for parents. No hours are given for NHS 24's
 * mental health team: no source found says it is now open 24 hours (see docs/contacts.md).
 */
import type {HelpAction, HelpContent} from '../../schema/help.js';
import {help as england, partner, supportSignsOutsideEngland} from '../en-GB-england/help.js';

const {emergency, urgent, 'non-urgent': nonUrgent, support} = england.levels;
const [samaritans, shout, pandas] = support.actions;

const findGp: HelpAction = {
  id: 'find-gp',
  label: 'Find your GP',
  href: 'https://www.nhsinform.scot/scotlands-service-directory/gp-practices/',
  kind: 'link',
};

export const help: HelpContent = {
  levels: {
    emergency,
    urgent: {
      ...urgent,
      heading: 'Call NHS 24 on 111 if:',
      body:
        'NHS 24 has a mental health team you can talk to on 111, and the call is free. You can also ask your GP for an urgent appointment. ' +
        'If you need someone to talk to, Breathing Space is free on 0800 83 85 87: Monday to Thursday 6pm to 2am, and from 6pm Friday to 6am Monday.',
      actions: [
        {id: 'call-111', label: 'Call NHS 24 on 111', href: 'tel:111', kind: 'call'},
        {id: 'call-breathing-space', label: 'Call Breathing Space', href: 'tel:0800838587', kind: 'call'},
        findGp,
      ],
    },
    'non-urgent': {...nonUrgent, actions: [findGp]},
    support: {
      ...support,
      signs: supportSignsOutsideEngland,
      actions: [
        samaritans,
        shout,
        pandas,
        {
          id: 'call-parentline',
          label: 'Call Children 1st Parentline on 08000 28 22 33',
          href: 'tel:08000282233',
          kind: 'call',
        },
      ],
    },
  },
  partner: {
    ...partner,
    ownHelp: {
      ...partner.ownHelp,
      items: [
        ...partner.ownHelp.items,
        'Breathing Space is there to talk in the evenings and at weekends, for anyone in Scotland.',
      ],
      actions: [
        ...partner.ownHelp.actions,
        {id: 'partner-call-breathing-space', label: 'Call Breathing Space', href: 'tel:0800838587', kind: 'call'},
      ],
    },
  },
};
