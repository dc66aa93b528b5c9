/**
 * UK English for Northern Ireland: the `help` section. Northern Ireland has no 111: urgent help
 * is the GP (or the GP out-of-hours service when the surgery is closed) and Lifeline, the
 * crisis line. The signs and most words are England's.
 */
import type {HelpContent} from '../../schema/help.js';
import {help as england, supportSignsOutsideEngland} from '../en-GB-england/help.js';

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
      heading: 'Ask your GP for an urgent appointment, or call Lifeline on 0808 808 8000, if:',
      body: 'When your GP surgery is closed, call the GP out-of-hours service. Lifeline is the crisis line for Northern Ireland. It is free, and open 24 hours a day.',
      actions: [
        {id: 'call-lifeline', label: 'Call Lifeline on 0808 808 8000', href: 'tel:08088088000', kind: 'call'},
        findGp,
        {id: 'gp-out-of-hours', label: 'GP out of hours', href: 'https://gpoutofhours.hscni.net/', kind: 'link'},
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
};
