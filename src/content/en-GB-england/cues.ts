/**
 * Default UK English content (England): the `cues` section, the baby-cues guide ("What might my
 * baby be telling me?"). Attune's own words, from the attunement ideas in DESIGN.md; no text is
 * taken from NCAST, Start for Life, ICON or Harvard (see docs/baby-cues.md for the sources of the
 * ideas). The red flags and the baby's help follow NHS.UK and NHS "Healthier Together", keeping
 * the stricter of the two (see docs/contacts.md). Only `babyHelp` names a nation's services, so
 * the other nations' packs reuse every other word.
 */
import type {CuesContent} from '../../schema/cues.js';
import {readings, repair} from './cues-readings.js';

const FROM_3_MONTHS = ['3-6', '6-12', '12-24'];
const FROM_6_MONTHS = ['6-12', '12-24'];
const UNDER_1 = ['0-3', '3-6', '6-12'];
const UNDER_6_MONTHS = ['0-3', '3-6'];
const TODDLERS = ['12-24'];

/** England's help for a baby who may be ill: 999 or A&E, or 111 and the GP. */
export const babyHelp: CuesContent['babyHelp'] = {
  emergency: {
    heading: 'Call 999 now, or go to A&E',
    hiddenPrefix: 'Immediate action required:',
    signs: [],
    body: 'Your baby may be seriously ill. Say how old your baby is and what you see. Stay with your baby.',
    actions: [{id: 'call-999', label: 'Call 999', href: 'tel:999', kind: 'call'}],
  },
  urgent: {
    heading: 'Call 111 or your GP now',
    hiddenPrefix: 'Urgent advice:',
    signs: [],
    body: 'A doctor or nurse needs to check your baby today. If your baby also has any other sign in the list above, or gets worse, call 999.',
    actions: [
      {id: 'call-111', label: 'Call 111', href: 'tel:111', kind: 'call'},
      {id: 'find-gp', label: 'Find your GP', href: 'https://www.nhs.uk/service-search/find-a-gp', kind: 'link'},
    ],
  },
};

export const cues: CuesContent = {
  title: 'What might my baby be telling me?',
  intro:
    'Babies talk with their faces, sounds and bodies. Tick what you see, and we will help you wonder what it might mean. You know your baby best.',
  age: {
    legend: 'How old is your baby?',
    hint: 'Pick the one that is closest.',
    shown: 'Your baby’s age: {band}',
    bands: [
      {id: '0-3', label: '0 to 3 months', fromMonths: 0, toMonths: 3},
      {id: '3-6', label: '3 to 6 months', fromMonths: 3, toMonths: 6},
      {id: '6-12', label: '6 to 12 months', fromMonths: 6, toMonths: 12},
      {id: '12-24', label: '1 to 2 years', fromMonths: 12, toMonths: 24},
    ],
  },
  notice: {heading: 'What do you notice?', hint: 'Tick everything you see right now.'},
  groups: [
    {id: 'connect', label: 'Ready to connect'},
    {id: 'break', label: 'Needs a break'},
    {id: 'tired', label: 'Tired'},
    {id: 'hungry', label: 'Hungry'},
    {id: 'upset', label: 'Upset'},
    {id: 'big-feelings', label: 'Big feelings'},
  ],
  cues: [
    {
      id: 'looks-at-you',
      group: 'connect',
      label: 'Looks at your face',
      description: 'They look at you and hold your gaze.',
    },
    {id: 'bright-eyes', group: 'connect', label: 'Bright, open eyes', description: 'Their eyes are wide and alert.'},
    {id: 'smiles', group: 'connect', label: 'Smiles', description: 'They smile at you, or their face lights up.'},
    {id: 'happy-sounds', group: 'connect', label: 'Happy sounds', description: 'They coo, babble or squeal at you.'},
    {
      id: 'reaches',
      group: 'connect',
      label: 'Reaches for you',
      description: 'They hold out their arms or hands to you.',
      bands: FROM_3_MONTHS,
    },
    {
      id: 'shows-you',
      group: 'connect',
      label: 'Shows you things',
      description: 'They show you something, or bring you a toy.',
      bands: FROM_6_MONTHS,
    },
    {id: 'looks-away', group: 'break', label: 'Looks away', description: 'They turn their eyes or head away from you.'},
    {
      id: 'arches',
      group: 'break',
      label: 'Arches their back',
      description: 'They push back, or go stiff in your arms.',
      bands: UNDER_1,
    },
    {
      id: 'hand-up',
      group: 'break',
      label: 'Puts a hand up',
      description: 'They put a hand to their face, or push you away.',
    },
    {id: 'squirms', group: 'break', label: 'Wriggles and fusses', description: 'They squirm, frown or start to whine.'},
    {
      id: 'hiccups',
      group: 'break',
      label: 'Hiccups or sneezes',
      description: 'Lots of hiccups or sneezes in a busy moment.',
      bands: UNDER_6_MONTHS,
    },
    {
      id: 'walks-off',
      group: 'break',
      label: 'Walks off',
      description: 'They leave the game, or hide their face.',
      bands: TODDLERS,
    },
    {id: 'yawns', group: 'tired', label: 'Yawns', description: 'They yawn, once or a few times.'},
    {
      id: 'rubs-eyes',
      group: 'tired',
      label: 'Rubs eyes or ears',
      description: 'They rub their eyes, or pull at their ears.',
    },
    {id: 'stares', group: 'tired', label: 'Stares into space', description: 'Their eyes look heavy or glazed.'},
    {
      id: 'clingy',
      group: 'tired',
      label: 'Clingy and grizzly',
      description: 'They want to be held, and moan when put down.',
      bands: FROM_6_MONTHS,
    },
    {
      id: 'roots',
      group: 'hungry',
      label: 'Turns to feed',
      description: 'They turn their head and open their mouth, as if looking for a feed.',
      bands: UNDER_6_MONTHS,
    },
    {
      id: 'sucks-hands',
      group: 'hungry',
      label: 'Sucks hands',
      description: 'They suck their fingers or fist, or smack their lips.',
      bands: UNDER_1,
    },
    {
      id: 'asks-for-food',
      group: 'hungry',
      label: 'Asks for food',
      description: 'They reach for food, or say a food word.',
      bands: FROM_6_MONTHS,
    },
    {id: 'cries', group: 'upset', label: 'Cries', description: 'They cry and are hard to settle.'},
    {
      id: 'red-face',
      group: 'upset',
      label: 'Red face, tight fists',
      description: 'Their face goes red and they clench their hands.',
      bands: UNDER_1,
    },
    {
      id: 'tantrum',
      group: 'big-feelings',
      label: 'A tantrum',
      description: 'They scream, kick or throw themselves down.',
      bands: TODDLERS,
    },
    {
      id: 'says-no',
      group: 'big-feelings',
      label: 'Says no to everything',
      description: 'They shout "no!" or push things away.',
      bands: TODDLERS,
    },
    {
      id: 'hits-out',
      group: 'big-feelings',
      label: 'Hits or bites',
      description: 'They hit, bite or throw things when cross.',
      bands: TODDLERS,
    },
  ],
  redFlags: {
    legend: 'Signs your baby may be ill',
    hint: 'These are not everyday cues. If you see one, help will show at once. Trust your feelings: you know your baby best.',
    items: [
      {id: 'floppy', label: 'Floppy, or much less active than usual', level: 'emergency'},
      {id: 'hard-to-wake', label: 'Very hard to wake, or will not stay awake', level: 'emergency'},
      {
        id: 'breathing',
        label: 'Struggling to breathe: grunting, sucking in under the ribs, or long pauses',
        level: 'emergency',
      },
      {id: 'blue-pale', label: 'Blue, grey or very pale skin, lips or tongue', level: 'emergency'},
      {id: 'fit', label: 'A fit: their body goes stiff or jerks, and they do not respond', level: 'emergency'},
      {id: 'rash', label: 'A rash that does not fade when you press a glass on it', level: 'emergency'},
      {id: 'cry', label: 'A high-pitched cry, or a cry that is not like their usual cry', level: 'emergency'},
      {id: 'fever-under-3-months', label: 'Under 3 months old, with a temperature of 38°C or more', level: 'urgent'},
      {id: 'not-feeding', label: 'Not feeding, or far fewer wet nappies than usual', level: 'urgent'},
      {id: 'badly-wrong', label: 'You feel that something is badly wrong', level: 'urgent'},
    ],
  },
  babyHelp,
  readings,
  repair,
  save: {
    heading: 'Save this moment',
    hint: 'Only if it helps you. You do not have to save anything.',
    noteLabel: 'A note for you (if you like)',
    button: 'Save this moment',
    saved: 'This moment is saved.',
    noteTooLong: 'Your note is too long. Please keep it to {max} characters.',
    startAgain: 'Start again',
  },
  ui: {
    show: 'What might this mean?',
    pickFirst: 'Tick at least one thing you notice first.',
    helpShown: '{help} {action}, below.',
    helpGone: 'The help for your baby has gone, as nothing ticked now calls for it.',
  },
};
