/**
 * UK English for Northern Ireland: the `routine` section. England's, except the reminder that
 * names 111, which Northern Ireland does not have.
 */
import type {RoutineContent} from '../../schema/routine.js';
import {routine as england} from '../en-GB-england/routine.js';

export const routine: RoutineContent = {
  ...england,
  reminders: {
    ...england.reminders,
    items: england.reminders.items.map((item) =>
      item.id === 'unwell'
        ? {
            id: 'unwell',
            text: 'If the crying sounds different, or your baby seems unwell or hot, call your GP, or GP out of hours when the surgery is closed.',
          }
        : item,
    ),
  },
};
