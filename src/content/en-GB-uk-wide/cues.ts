/**
 * The UK-wide fallback's `cues` section: England's words with only the help for a baby that
 * holds in every UK nation: 999 or A&E, and the GP. No nation's 111 (Northern Ireland has none).
 */
import type {CuesContent} from '../../schema/cues.js';
import {babyHelp as england, cues as english} from '../en-GB-england/cues.js';

export const cues: CuesContent = {
  ...english,
  babyHelp: {
    emergency: england.emergency,
    urgent: {
      ...england.urgent,
      heading: 'Call your GP now',
      body: 'A doctor or nurse needs to check your baby today. If your GP surgery is closed, or your baby also has any other sign in the list above, or gets worse, call 999.',
      actions: [{id: 'call-999', label: 'Call 999', href: 'tel:999', kind: 'call'}],
    },
  },
};
