/**
 * UK English for Northern Ireland: the `routine` section. England's, except the advice that
 * names 111, which Northern Ireland does not have: there it names the GP and GP out of hours.
 */
import type {HelpAction} from '../../schema/help.js';
import type {RoutineContent, RoutineReminder} from '../../schema/routine.js';
import {routine as england} from '../en-GB-england/routine.js';

/** The same link as the urgent help card's. */
const outOfHours: HelpAction = {
  id: 'gp-out-of-hours',
  label: 'GP out of hours',
  href: 'https://gpoutofhours.hscni.net/',
  kind: 'link',
};

/** England's list with its `unwell` advice in Northern Ireland's words and link. */
const withUnwell = (items: RoutineReminder[], text: string): RoutineReminder[] =>
  items.map((item) => (item.id === 'unwell' ? {id: 'unwell', text, actions: [outOfHours]} : item));

const crying = england.crying!;

export const routine: RoutineContent = {
  ...england,
  reminders: {
    ...england.reminders,
    items: withUnwell(
      england.reminders.items,
      'If the crying sounds different, or your baby seems unwell or hot, call your GP, or GP out of hours when the surgery is closed.',
    ),
  },
  crying: {
    ...crying,
    stillCrying: {
      ...crying.stillCrying,
      items: withUnwell(
        crying.stillCrying.items,
        'Check for signs that your baby is unwell, like a high temperature, not feeding, being sick, or a cry that sounds different. If you are worried, call your GP (or GP out of hours when the surgery is closed) or talk to your health visitor.',
      ),
    },
  },
};
