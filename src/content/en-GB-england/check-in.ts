/** Default UK English content: the `checkIn` section. Attune's own words. */
import type {CheckInContent} from '../../schema/check-in.js';

export const checkIn: CheckInContent = {
  title: 'How are you doing?',
  mood: {
    legend: 'How are you feeling today?',
    hint: 'There is no right or wrong answer.',
    options: [
      {id: 'very-low', value: 1, label: 'Very low', symbol: '😞'},
      {id: 'low', value: 2, label: 'Low', symbol: '🙁'},
      {id: 'okay', value: 3, label: 'Okay', symbol: '😐'},
      {id: 'good', value: 4, label: 'Good', symbol: '🙂'},
      {id: 'very-good', value: 5, label: 'Very good', symbol: '😊'},
    ],
  },
  feelings: {
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
  },
  questions: {
    legend: 'A few more questions',
    hint: 'Answer as honestly as you can. Nobody is judging you.',
    items: [
      {
        id: 'sleep',
        text: 'When you get the chance to sleep, can you?',
        options: [
          {id: 'mostly', label: 'Yes, most of the time'},
          {id: 'sometimes', label: 'Sometimes'},
          {id: 'hardly', label: 'Hardly ever'},
        ],
      },
      {
        id: 'someone-to-talk-to',
        text: 'Do you have someone you can talk to about how you feel?',
        options: [
          {id: 'yes', label: 'Yes'},
          {id: 'sometimes', label: 'Sometimes'},
          {id: 'no', label: 'Not really'},
        ],
      },
      {
        id: 'close-to-baby',
        text: 'How close do you feel to your baby at the moment?',
        hint: 'Many parents find this comes and goes.',
        options: [
          {id: 'close', label: 'Close most of the time'},
          {id: 'comes-and-goes', label: 'It comes and goes'},
          {id: 'hard', label: 'I find it hard to feel close'},
        ],
      },
      {
        id: 'harm-thoughts',
        text: 'Have you had thoughts of ending your life or harming yourself?',
        hint: 'Many parents have hard thoughts. However you answer, you will see where to get support.',
        safety: true,
        options: [
          {id: 'no', label: 'No', score: 0, leastHelp: 'none'},
          {id: 'yes-can-keep-safe', label: 'Yes, but I feel I can keep myself safe', score: 1, leastHelp: 'urgent'},
          {id: 'yes-not-safe', label: 'Yes, and I do not feel safe right now', score: 2, leastHelp: 'emergency'},
        ],
      },
    ],
  },
  note: {
    label: 'Is there anything else you want to say?',
    hint: 'This is optional. Only write what you are happy for this site to keep.',
    maxLength: 1000,
    count: {one: '{count} of {max} character', other: '{count} of {max} characters'},
    tooLong: {
      one: 'Your note is too long. Please take out {over} character.',
      other: 'Your note is too long. Please take out {over} characters.',
    },
  },
  rules: [
    {id: 'mood-low', when: {kind: 'mood-at-most', value: 2}, signpost: 'support'},
    // Thoughts of self-harm are urgent; not feeling safe right now is an emergency.
    {
      id: 'not-safe-now',
      when: {kind: 'option-chosen', questionId: 'harm-thoughts', optionIds: ['yes-not-safe']},
      signpost: 'emergency',
    },
    {
      id: 'no-one-to-talk-to',
      when: {kind: 'option-chosen', questionId: 'someone-to-talk-to', optionIds: ['no']},
      signpost: 'support',
    },
    {id: 'lonely', when: {kind: 'feeling-chosen', feelingIds: ['lonely']}, signpost: 'support'},
    {
      id: 'hardly-sleeping',
      when: {kind: 'option-chosen', questionId: 'sleep', optionIds: ['hardly']},
      signpost: 'non-urgent',
    },
    {
      id: 'hard-to-feel-close',
      when: {kind: 'option-chosen', questionId: 'close-to-baby', optionIds: ['hard']},
      signpost: 'non-urgent',
    },
  ],
  safetySignpost: 'urgent',
  results: {
    none: {
      heading: 'Thank you for checking in',
      message: 'It sounds like today is going okay. Noticing how you feel is good for you and your baby.',
    },
    support: {
      heading: 'Thank you for checking in',
      message: 'Some days are hard. You are not alone, and you do not have to get everything right.',
    },
    'non-urgent': {
      heading: 'It may help to talk to someone',
      message: 'What you are feeling is common, and help is there. Asking early is a good thing to do.',
    },
    urgent: {
      heading: 'Please get some help today',
      message: 'You deserve support right now. You do not have to wait until things get worse.',
    },
    emergency: {
      heading: 'Please get help now',
      message: 'You do not have to cope with these thoughts alone. Help is there right now.',
    },
  },
  ideas: {
    heading: 'Ideas for today',
    items: [
      {
        id: 'face-to-face',
        text: 'Spend a few minutes face to face with your baby. Watch their eyes and copy their sounds.',
      },
      {
        id: 'name-feelings',
        text: 'Say feelings out loud, like "You are tired" or "I feel cross". It helps you both calm down.',
      },
      {
        id: 'good-enough',
        text: 'You do not need to get it right every time. Noticing, and trying again, is what counts.',
      },
      {id: 'rest', text: 'Rest when you can. Let someone else help with jobs around the house.'},
      {id: 'one-day', text: 'Take one day at a time. Small steps still count.'},
    ],
  },
  ui: {
    progress: 'Step {current} of {total}',
    back: 'Back',
    next: 'Next',
    submit: 'Finish check-in',
    startAgain: 'Start a new check-in',
    change: 'Change',
    reviewLegend: 'Check your answers',
    reviewMood: 'Mood',
    reviewFeelings: 'Words',
    reviewNote: 'Note',
    nothingChosen: 'None chosen',
    moodRequired: 'Choose how you are feeling today.',
    answerRequired: 'Please answer this question.',
    finishFirst: 'Press "Finish check-in" to see your result before you send it.',
    noNote: 'Not added',
  },
};
