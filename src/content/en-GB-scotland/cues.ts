/**
 * UK English for Scotland: the `cues` section. England's words, with NHS Scotland's help for a
 * baby who may be ill: 999 or A&E, or NHS 24 on 111 and the GP.
 */
import type {CuesContent} from '../../schema/cues.js';
import {babyHelp as england, cues as english} from '../en-GB-england/cues.js';

const findGp = {
  id: 'find-gp',
  label: 'Find your GP',
  href: 'https://www.nhsinform.scot/scotlands-service-directory/gp-practices/',
  kind: 'link',
} as const;

export const cues: CuesContent = {
  ...english,
  babyHelp: {
    emergency: england.emergency,
    urgent: {
      ...england.urgent,
      heading: 'Call NHS 24 on 111, or your GP, now',
      body: 'A doctor or nurse needs to check your baby today. NHS 24 is free, day and night. If your baby also has any other sign in the list above, or gets worse, call 999.',
      actions: [{id: 'call-111', label: 'Call NHS 24 on 111', href: 'tel:111', kind: 'call'}, findGp],
    },
  },
};
