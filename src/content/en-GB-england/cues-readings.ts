/**
 * Default UK English content: the baby-cues guide's readings and its path for after a hard
 * moment. Attune's own words, written from the attunement ideas in DESIGN.md (noticing cues,
 * following the baby's lead, serve and return, naming feelings, calm responses and repair).
 * Every reading says "may" or "might": a guess to wonder about, never a diagnosis.
 */
import type {CuesContent} from '../../schema/cues.js';

const YOUNG = ['0-3', '3-6'];
const OLDER = ['6-12', '12-24'];
const BABIES = ['0-3', '3-6', '6-12'];
const TODDLERS = ['12-24'];

const calmingSteps = {
  heading: 'Calming steps',
  items: [
    {text: 'Pick them up and hold them close.'},
    {text: 'Use a slow, soft voice, or hum a tune.'},
    {text: 'Rock or sway, slow and steady.'},
    {text: 'Give it time. Calming down can take a while.'},
  ],
};
const yourCalm = 'Take a slow breath first. Your calm helps them find theirs.';

const toddlerSteps = {
  heading: 'Calming steps',
  items: [
    {text: 'Keep them safe. Move away anything that could hurt them.'},
    {text: 'Stay close and keep your voice low.'},
    {text: 'Wait for the storm to pass. It is not the time for reasons.'},
    {text: 'When they are calm, have a cuddle and name the feeling.'},
  ],
};
const toddlerCalm =
  'If you feel your own temper rise, breathe out slowly. It is fine to step back for a moment if they are safe.';

const holdClose = {id: 'hold-close', text: 'Hold them close and sway gently.'};
const windDown = {id: 'wind-down', text: 'Start to wind down. Dim the lights and use a soft voice.'};
const stayClose = {id: 'stay-close', text: 'Stay close, so they know you are there.'};
const nameFeeling = {id: 'name-feeling', text: 'When the storm has passed, name the feeling: "You were so cross."'};

export const readings: CuesContent['readings'] = {
  heading: 'What it might mean',
  say: 'Words you could say',
  tryLegend: 'What to try',
  tryHint: 'Tick what you try, if you like.',
  items: [
    {
      id: 'connect',
      answers: ['connect'],
      title: 'Your baby may be ready to play',
      meaning:
        'They might want to be close and share a moment with you. Their face and sounds may be asking you to join in.',
      say: [
        {text: '"Hello! You\'re looking at me. I\'m here."', bands: YOUNG},
        {text: '"You found the ball! Shall we roll it?"', bands: ['6-12']},
        {text: '"You want to show me the bus. A big red bus!"', bands: TODDLERS},
      ],
      try: [
        {id: 'share-focus', text: 'Notice what they look at, and look at it with them.'},
        {id: 'copy-back', text: 'Answer their sound or smile with your own. Copy their face.', bands: YOUNG},
        {id: 'name-it', text: 'Say the name of what they look at: "A dog! A big dog."', bands: OLDER},
        {id: 'take-turns', text: 'Take turns. Make a sound, then wait for them to answer.'},
        {id: 'endings', text: 'When they look away, let the game end. Say "All done" and play again later.'},
      ],
      steps: {
        heading: 'Take turns and wait',
        items: [
          {text: 'Do one small thing: a smile, a sound or a word.'},
          {text: 'Wait. Count to five in your head.'},
          {text: 'Watch for their answer: a look, a sound, a kick or a word.'},
          {text: 'Answer back, then wait again.'},
        ],
      },
    },
    {
      id: 'break',
      answers: ['break'],
      title: 'Your baby may be telling you they need a break',
      meaning:
        'They might have had enough for now. Too much play, noise or light can feel like a lot. Looking away is how babies calm down.',
      say: [
        {text: '"You\'re turning away. Had enough? Let\'s have a rest."', bands: BABIES},
        {text: '"You walked off. You need a break. That\'s fine."', bands: TODDLERS},
      ],
      try: [
        {id: 'slow-down', text: 'Slow down. Go quiet for a moment.'},
        {id: 'pause', text: 'Pause the game. Let them look away. They will look back when they are ready.'},
        {id: 'calmer', text: 'Make it calmer: lower the lights and turn off the TV or music.'},
        {id: 'follow', text: 'Follow their lead. Play again when they turn back to you.'},
      ],
    },
    {
      id: 'tired',
      answers: ['tired'],
      title: 'Your baby may be getting tired',
      meaning: 'They might be ready to rest. Tired babies can find play and noise hard.',
      say: [{text: '"Big yawn! You\'re tired. Time to rest."'}],
      try: [
        windDown,
        {id: 'sleep-steps', text: 'Try your calm bedtime or nap steps, if you have some.'},
        {id: 'no-new-games', text: 'Stop new games for now.'},
      ],
    },
    {
      id: 'tired-break',
      answers: ['tired', 'break'],
      title: 'Your baby may be tired and need a break',
      meaning: 'They might have had enough for now, and be ready to rest.',
      say: [{text: "\"You've had a busy time. You're tired. Let's slow down.\""}],
      try: [
        {id: 'slow-down', text: 'Slow down and go quiet.'},
        {id: 'calmer', text: 'Dim the lights and turn off the TV or music.'},
        {id: 'sleep-steps', text: 'Start your sleep steps, if you have some.'},
      ],
    },
    {
      id: 'hungry',
      answers: ['hungry'],
      title: 'Your baby may be hungry',
      meaning: 'They might be asking for a feed. Feeding before they cry is often easier for you both.',
      say: [
        {text: '"Are you hungry? Here\'s your milk."', bands: YOUNG},
        {text: '"You\'re hungry! Let\'s find you something to eat."', bands: OLDER},
      ],
      try: [
        {id: 'offer-feed', text: 'Offer a feed, or a snack if they are older.'},
        {id: 'calm-feed', text: 'Feed somewhere calm. Look at them and talk softly.'},
        {id: 'watch-full', text: 'Watch for signs they have had enough, like turning away.'},
      ],
    },
    {
      id: 'hungry-upset',
      answers: ['hungry', 'upset'],
      title: 'Your baby may be hungry and upset',
      meaning: 'They might have waited a while for food. Crying is often a late sign of hunger.',
      say: [
        {text: '"You\'re so hungry! I\'m here. Milk is coming."', bands: YOUNG},
        {text: '"You\'re so hungry! I\'m here. Food is coming."', bands: OLDER},
      ],
      try: [
        {id: 'calm-first', text: 'Calm them first: hold them close and sway.'},
        {id: 'offer-feed', text: 'Then offer a feed, or a snack if they are older.'},
      ],
      steps: calmingSteps,
      forYou: yourCalm,
    },
    {
      id: 'upset',
      answers: ['upset'],
      title: 'Your baby may be upset',
      meaning:
        'Something might not feel right. They may need you to help them calm down. If the cry sounds odd or they seem ill, look at the signs of illness below.',
      say: [{text: "\"You're crying. You're upset. I'm here. I've got you.\""}],
      try: [
        holdClose,
        {id: 'check-needs', text: 'Check the simple things: hungry, wind, a wet nappy, too hot or too cold.'},
        {id: 'quiet-place', text: 'Go somewhere quiet and dim.'},
      ],
      steps: calmingSteps,
      forYou: yourCalm,
    },
    {
      id: 'upset-tired',
      answers: ['upset', 'tired'],
      title: 'Your baby may be tired and upset',
      meaning: 'They might be too tired to settle. Crying can be how they let go of a long day.',
      say: [{text: "\"You're so tired. It's hard. I'm here.\""}],
      try: [
        holdClose,
        {id: 'quiet-place', text: 'Go somewhere dark and quiet.'},
        {id: 'sleep-steps', text: 'Try your sleep steps, slowly.'},
      ],
      steps: calmingSteps,
      forYou: yourCalm,
    },
    {
      id: 'big-feelings',
      answers: ['big-feelings'],
      bands: TODDLERS,
      title: 'Your child may be having big feelings',
      meaning:
        'Toddlers feel things very strongly. They cannot calm down on their own yet, so they might need you to help.',
      say: [{text: '"You\'re so cross! You wanted the ball. I\'m here."'}],
      try: [stayClose, {id: 'few-words', text: 'Use few words, and keep your voice low.'}, nameFeeling],
      steps: toddlerSteps,
      forYou: toddlerCalm,
    },
    {
      id: 'big-feelings-tired',
      answers: ['big-feelings', 'tired'],
      bands: TODDLERS,
      title: 'Your child may be tired and having big feelings',
      meaning: 'Feelings are even harder when toddlers are tired. They might need rest as much as comfort.',
      say: [{text: "\"You're tired and cross. That's hard. I'm here.\""}],
      try: [stayClose, windDown, nameFeeling],
      steps: toddlerSteps,
      forYou: toddlerCalm,
    },
    {
      id: 'big-feelings-upset',
      answers: ['big-feelings', 'upset'],
      bands: TODDLERS,
      title: 'Your child may be very upset',
      meaning: 'Big feelings can spill over into tears. They might need you close until it passes.',
      say: [{text: "\"You're so sad and cross. I'm here. I'll stay with you.\""}],
      try: [stayClose, {id: 'hold-if-wanted', text: 'Offer a cuddle. If they push you away, stay near.'}, nameFeeling],
      steps: toddlerSteps,
      forYou: toddlerCalm,
    },
  ],
  mixed: {
    id: 'mixed',
    title: 'It can be hard to tell',
    meaning:
      'Your baby may be telling you more than one thing. That is normal. Watch for a moment and see what they do next.',
    say: [{text: '"I\'m watching you. What do you need?"'}],
    try: [
      {id: 'watch', text: 'Watch their face and body for a minute.'},
      {id: 'one-thing', text: 'Try one thing, then wait and see.'},
      {id: 'slow-down', text: 'Slow down. A calm, quiet moment helps you both.'},
    ],
  },
  unwell: {
    id: 'unwell',
    title: 'Your baby may be ill',
    meaning: 'Please get help now, as the card above says. The ideas in this guide are for a baby who is well.',
  },
};

export const repair: CuesContent['repair'] = {
  heading: 'After a hard moment',
  intro:
    'Did it not go well? Maybe you shouted, lost your temper, or there was a big tantrum. This happens in every family.',
  open: 'What to do after a hard moment',
  steps: [
    {text: 'Calm yourself first. Put your baby down somewhere safe, like their cot, and take a few minutes.'},
    {text: 'Go back to them when you feel calmer.'},
    {text: 'Say what happened, in a few simple words.'},
    {text: 'Make up: a cuddle, a song or a smile.'},
  ],
  say: [
    {text: '"That was loud. I\'m sorry. I\'m here now, and I love you."', bands: BABIES},
    {text: '"We were both cross, and I shouted. I\'m sorry. Let\'s have a hug."', bands: TODDLERS},
  ],
  noBlame: 'Nobody gets it right all the time. Making up after a hard moment helps your child feel safe and loved.',
  neverShake:
    'If you feel very angry, never shake or hurt your baby. Put them down safely and walk away for a few minutes.',
  moreHelp:
    'If this happens a lot, or you feel you cannot cope, you do not have to manage alone. You can get help now.',
};
