/**
 * UK English for Wales: the `help` section. The signs and most words are England's; what
 * differs is NHS Wales' routes: 111 press 2 for mental health, GP search on NHS 111 Wales.
 */
import type {HelpContent, HelpAction} from '../../schema/help.js';
import {help as england, supportSignsOutsideEngland} from '../en-GB-england/help.js';

const {emergency, urgent, 'non-urgent': nonUrgent, support} = england.levels;

/** GP surgeries in the NHS 111 Wales directory of local services. */
export const findGpWales: HelpAction = {
  id: 'find-gp',
  label: 'Find your GP',
  href: 'https://111.wales.nhs.uk/localservices/gpinformation/',
  kind: 'link',
};

/** Samaritans and Shout are UK-wide: the same actions as England's. */
const [samaritans, shout, pandas] = support.actions;

export const help: HelpContent = {
  levels: {
    emergency,
    urgent: {
      ...urgent,
      heading: 'Call 111 and press 2 if:',
      body: '111 press 2 is the mental health line of NHS 111 Wales. It is free to call, and open 24 hours a day. You can also ask your GP for an urgent appointment.',
      actions: [{id: 'call-111', label: 'Call 111, then press 2', href: 'tel:111', kind: 'call'}, findGpWales],
    },
    'non-urgent': {...nonUrgent, actions: [findGpWales]},
    support: {
      ...support,
      signs: supportSignsOutsideEngland,
      actions: [samaritans, shout, pandas],
    },
  },
  partner: england.partner,
};
