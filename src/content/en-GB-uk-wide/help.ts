/**
 * The help that holds in every UK nation, for a widget whose host pack was refused and names no
 * nation: 999 and A&E, the GP, Samaritans and Shout, and the same for a partner. No nation's
 * urgent line (111 differs, and Northern Ireland has none). Never a ready pack: only the fallback.
 */
import type {HelpContent} from '../../schema/help.js';
import {help as england, partnerWithoutPandas, supportSignsOutsideEngland} from '../en-GB-england/help.js';

const {emergency, urgent, support} = england.levels;
const [samaritans, shout] = support.actions;

export const help: HelpContent = {
  levels: {
    emergency,
    urgent: {
      ...urgent,
      heading: 'Ask your GP for help today if:',
      body: 'Ask for an urgent appointment. If your GP surgery is closed, Samaritans will listen at any time, day or night, and the call is free. If you might not keep yourself or your baby safe, call 999.',
      actions: [samaritans],
    },
    'non-urgent': {
      ...england.levels['non-urgent'],
      actions: [],
    },
    support: {
      ...support,
      signs: supportSignsOutsideEngland.filter((sign) => !sign.includes('PANDAS')),
      actions: [samaritans, shout],
    },
  },
  // The partner part names no nation's line: 999, the GP, Samaritans and Shout.
  partner: partnerWithoutPandas,
};
