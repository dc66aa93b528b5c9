/**
 * The feeling words of the default check-in, in their own module: the trend's summary for the
 * health visitor names the feelings chosen most, without carrying the rest of the check-in.
 */
import type {CheckInContent} from '../../schema/check-in.js';

export const feelings: CheckInContent['feelings'] = {
  legend: 'Which words fit how you feel?',
  hint: 'Choose as many as you like, or none.',
  options: [
    {id: 'tired', label: 'Tired'},
    {id: 'anxious', label: 'Worried'},
    {id: 'overwhelmed', label: 'Overwhelmed'},
    {id: 'lonely', label: 'Lonely'},
    {id: 'irritable', label: 'Snappy'},
    {id: 'tearful', label: 'Tearful'},
    {id: 'calm', label: 'Calm'},
    {id: 'hopeful', label: 'Hopeful'},
    {id: 'proud', label: 'Proud'},
    {id: 'close', label: 'Close to my baby'},
  ],
};
