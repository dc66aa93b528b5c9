/**
 * UK English for Northern Ireland: the `help` section. Northern Ireland has no 111: urgent help
 * is Lifeline, the crisis line (free, 24 hours), and the GP (or the GP out-of-hours service when
 * the surgery is closed: each area has its own number). The signs and most words are England's.
 */
import type {HelpContent} from '../../schema/help.js';
import {help as england, partnerWithoutPandas, supportSignsOutsideEngland} from '../en-GB-england/help.js';

const {emergency, urgent, 'non-urgent': nonUrgent, support} = england.levels;
const [samaritans, shout] = support.actions;
const findGp = {
  id: 'find-gp',
  label: 'Find your GP',
  href: 'https://www.nidirect.gov.uk/services/gp-practices',
  kind: 'link',
} as const;

export const help: HelpContent = {
  levels: {
    emergency,
    urgent: {
      ...urgent,
      // Lifeline first: it is free and open all night, when a GP surgery is closed.
      heading: 'Call Lifeline on 0808 808 8000 if:',
      body:
        'Lifeline is the crisis line for Northern Ireland. It is free, and open 24 hours a day. You can also ask your GP for an urgent appointment. ' +
        'When your GP surgery is closed, call the GP out-of-hours service. Its number depends on where you live: the GP out-of-hours website lists the number for your area.',
      actions: [
        {id: 'call-lifeline', label: 'Call Lifeline on 0808 808 8000', href: 'tel:08088088000', kind: 'call'},
        {
          id: 'gp-out-of-hours',
          label: 'Find your GP out-of-hours number',
          href: 'https://gpoutofhours.hscni.net/',
          kind: 'link',
        },
        findGp,
      ],
    },
    'non-urgent': {...nonUrgent, actions: [findGp]},
    support: {
      ...support,
      // PANDAS' text line is left out: no source found that it serves Northern Ireland.
      signs: supportSignsOutsideEngland.filter((sign) => !sign.includes('PANDAS')),
      actions: [samaritans, shout],
    },
  },
  partner: partnerWithoutPandas,
};
