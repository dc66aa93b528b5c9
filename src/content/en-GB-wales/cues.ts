/**
 * UK English for Wales: the `cues` section. England's words, with NHS Wales' help for a baby who
 * may be ill: 999 or A&E, or NHS 111 Wales (free, 24 hours) and the GP.
 */
import type {CuesContent} from '../../schema/cues.js';
import {babyHelp as england, cues as english} from '../en-GB-england/cues.js';
import {findGpWales} from './help.js';

export const cues: CuesContent = {
  ...english,
  babyHelp: {
    emergency: england.emergency,
    urgent: {
      ...england.urgent,
      heading: 'Call 111 or your GP now',
      body: 'A doctor or nurse needs to check your baby today. NHS 111 Wales is free, day and night. If your baby also has any other sign in the list above, or gets worse, call 999.',
      actions: [{id: 'call-111', label: 'Call 111', href: 'tel:111', kind: 'call'}, findGpWales],
    },
  },
};
