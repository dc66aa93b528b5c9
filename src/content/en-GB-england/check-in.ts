/** Default UK English content: the `checkIn` section. Attune's own words. */
import type {CheckInContent} from '../../schema/check-in.js';
import {feelings} from './feelings.js';

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
  feelings,
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
        text: 'In the past two weeks, have you had thoughts of ending your life or harming yourself?',
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
    // Each idea fits some answers (fitsWhen) or any day; one that could read as blame for an
    // answer is left out for it (notWhen). Self-care comes first on a hard day.
    items: [
      {
        id: 'rest',
        kind: 'self-care',
        text: 'Rest when you can, even for 10 minutes. Let someone else help with jobs around the house.',
        fitsWhen: [
          {kind: 'option-chosen', questionId: 'sleep', optionIds: ['hardly', 'sometimes']},
          {kind: 'feeling-chosen', feelingIds: ['tired']},
        ],
      },
      {
        id: 'one-day',
        kind: 'self-care',
        text: 'Take one day at a time. Pick one or two things that matter today. Small steps still count.',
        fitsWhen: [
          {kind: 'mood-at-most', value: 2},
          {kind: 'feeling-chosen', feelingIds: ['overwhelmed', 'anxious']},
        ],
      },
      {
        id: 'closeness-takes-time',
        kind: 'self-care',
        text: 'Feeling close can take time, and it comes and goes. It is not your fault. Your health visitor can help.',
        fitsWhen: [{kind: 'option-chosen', questionId: 'close-to-baby', optionIds: ['hard', 'comes-and-goes']}],
      },
      {
        id: 'someone-listens',
        kind: 'self-care',
        text: 'If there is no one to talk to right now, the free lines below will listen, day or night.',
        fitsWhen: [
          {kind: 'option-chosen', questionId: 'someone-to-talk-to', optionIds: ['no']},
          {kind: 'feeling-chosen', feelingIds: ['lonely']},
        ],
      },
      {
        id: 'make-up',
        kind: 'self-care',
        text: 'If you snap, you are human. When you feel calm, go back, say sorry and have a cuddle. Making up helps you both.',
        fitsWhen: [{kind: 'feeling-chosen', feelingIds: ['irritable', 'overwhelmed']}],
      },
      {
        id: 'good-enough',
        kind: 'self-care',
        text: 'You do not need to get it right every time. Noticing, and trying again, is what counts.',
      },
      {
        id: 'face-to-face',
        kind: 'with-baby',
        text: 'Spend a few minutes face to face with your baby. Watch their eyes and copy their sounds. Toys and screens cannot do this.',
        notWhen: [{kind: 'option-chosen', questionId: 'close-to-baby', optionIds: ['hard']}],
      },
      {
        id: 'name-feelings',
        kind: 'with-baby',
        text: 'Say feelings out loud, like "You are tired" or "I feel cross". It helps you both calm down.',
      },
      {
        id: 'comfort-now',
        kind: 'with-baby',
        text: 'Each time you comfort your baby, they learn a little more about how to calm down later.',
        notWhen: [{kind: 'option-chosen', questionId: 'close-to-baby', optionIds: ['hard']}],
      },
      {
        id: 'first-two-years',
        kind: 'with-baby',
        text: 'Everyday moments, like a chat at nappy time, help your baby grow. The first two years matter most.',
        fitsWhen: [{kind: 'feeling-chosen', feelingIds: ['calm', 'hopeful', 'proud', 'close']}],
      },
    ],
  },
  emergencyNow: {
    call: 'Call 999 now.',
    baby: 'Put your baby somewhere safe, like their cot. If you can, ask someone to stay with you.',
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
    helpShown: '{help} {action}, below.',
    helpGone: 'The help below has gone, because your answer changed.',
  },
};
