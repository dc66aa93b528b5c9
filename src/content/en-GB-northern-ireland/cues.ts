/**
 * UK English for Northern Ireland: the `cues` section. England's words, with Northern Ireland's
 * help for a baby who may be ill. Northern Ireland has no 111: urgent help is the GP, or GP out
 * of hours when the surgery is closed, and 999 if the parent cannot reach them.
 */
import type {CuesContent} from '../../schema/cues.js';
import {babyHelp as england, cues as english} from '../en-GB-england/cues.js';

/** The same links as the help section's urgent card (written out, so a change there is seen here). */
const findGp = {
  id: 'find-gp',
  label: 'Find your GP',
  href: 'https://www.nidirect.gov.uk/services/gp-practices',
  kind: 'link',
} as const;
const outOfHours = {
  id: 'gp-out-of-hours',
  label: 'GP out of hours',
  href: 'https://gpoutofhours.hscni.net/',
  kind: 'link',
} as const;

export const cues: CuesContent = {
  ...english,
  babyHelp: {
    emergency: england.emergency,
    urgent: {
      ...england.urgent,
      heading: 'Call your GP now, or GP out of hours if the surgery is closed',
      body: 'A doctor or nurse needs to check your baby today. If you cannot reach them, or your baby also has any other sign in the list above, or gets worse, call 999.',
      actions: [findGp, outOfHours, {id: 'call-999', label: 'Call 999', href: 'tel:999', kind: 'call'}],
    },
  },
};
