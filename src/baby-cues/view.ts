/**
 * What the guide's templates read, and how they report back to the element, which owns the
 * state. The templates (picker.ts, reading-view.ts, repair.ts) keep no state of their own.
 */
import type {ContentPack, PackWith} from '../schema/content.js';
import type {CuesContent} from '../schema/cues.js';
import type {RedFlagLevel} from '../model/cues-limits.js';
import type {ShownReading} from './reading.js';
import type {CuesState} from './state.js';

export interface CuesView {
  pack: PackWith<'cues'>;
  /** `pack.cues`. */
  cues: CuesContent;
  /** The pack handed to the parent's help cards: undefined for the built-in one, which is the card's own. */
  cardContent: ContentPack | undefined;
  state: CuesState;
  /** The host set `age-months`: the band is the baby's, and the parent is not asked. */
  ageFixed: boolean;
  /** The reading the ticks give now, shown once the parent asked (`state.shown`). */
  reading: ShownReading | undefined;
  /** The baby's help the ticked red flags call for. */
  babyHelp: RedFlagLevel | undefined;
  /** What the help's live region says now. */
  helpNews: string;
  /** "Tick something first" is shown, after the parent asked with nothing ticked. */
  pickFirst: boolean;
  /** The note is too long to save: the message is shown. */
  noteTooLong: boolean;
  /** The moment on screen is the one saved (or restored), unchanged. */
  saved: boolean;
  /** Heading levels: the guide's title, its sections, and their parts. */
  levels: [number, number, number];
  chooseBand(band: string): void;
  toggleCue(id: string): void;
  toggleTried(id: string): void;
  typeNote(note: string): void;
  show(): void;
  save(): void;
  startAgain(): void;
}
