import {html, type TemplateResult} from 'lit';
import {AttuneHelpCard} from '../help-card/help-card.js';
import {prepareHelpCards} from '../help-card/prepare.js';
import {scopedRegistry} from '../core/scoped-registry.js';
import {AttuneElement, checkedValue, sameData, vouchFor} from '../core/attune-element.js';
import {onePressOneAction} from '../core/press.js';
import {nhsAppLinks} from '../core/nhs-app.js';
import {AttuneCueMomentEvent} from '../core/events.js';
import {FocusAfterRender} from '../core/focus.js';
import {heading, headingLevels, type HeadingLevel} from '../core/heading.js';
import {newId, now} from '../core/stamps.js';
import {controls} from '../core/controls.styles.js';
import {tokens} from '../core/styles.js';
import type {PackWith} from '../schema/content.js';
import type {CueMoment} from '../schema/cues-data.js';
import {MAX_CUE_NOTE_LENGTH, bandForAge} from '../model/cues-bands.js';
import {cues} from '../content/en-GB-england/cues.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {helpNewsFor, revealBabyHelp} from './help.js';
import {restoreMoment, toMoment, unchangedSince, type RestoredMoment} from './moment.js';
import {ageBand, picker} from './picker.js';
import {babyHelpLevel, chooseReading} from './reading.js';
import {readingView} from './reading-view.js';
import {repairSection} from './repair.js';
import * as change from './state.js';
import type {CuesView} from './view.js';
import {styles} from './baby-cues.styles.js';

const scoped = scopedRegistry({'attune-help-card': AttuneHelpCard});

/** The built-in pack for this element: its own words and the help cards it shows. */
const builtInContent = {...meta, help, cues};

/**
 * "What might my baby be telling me?": the parent picks their baby's age band (unless the host
 * gives `age-months`) and ticks what they notice, in plain groups. The pack's rules choose a
 * tentative reading ("may", "might"), with words to say out loud, what to try (follow the lead,
 * serve and return) and, for upset and big feelings, calming steps and a line on the parent's
 * own calm. "After a hard moment" offers a path to make up, with no blame, and help if it happens
 * a lot. Signs of illness are listed on purpose: ticking one shows the baby's emergency (999) or
 * urgent help in the same render, before the reading, its call on screen, focus left on the box.
 *
 * The guide stores nothing. "Save this moment" (never required) fires `attune-cue-moment`; setting
 * that moment back restores the same screen.
 *
 * @summary What might my baby be telling me? Cues, a tentative reading, what to try, and help at once for signs of illness.
 *
 * @fires {CueMomentDetail} attune-cue-moment - The parent pressed "Save this moment" (once per press; nothing is sent when nothing changed since the last save). `detail`: `{ schemaVersion, moment: { id, at, ageBand, cueIds, readingId, triedIds?, note? } }`; set `moment` back to restore the same screen.
 * @fires {ContentErrorDetail} attune-content-error - `content` or `moment` was refused (or a moment's unknown ids were left out). `detail`: `{ schemaVersion, property, issues: [{ path, message }] }`.
 *
 * @csspart base - The wrapper that carries the pack's `lang` and `dir`.
 * @csspart title - The guide's heading.
 * @csspart band - The "How old is your baby?" fieldset.
 * @csspart age - The baby's age band, when the host gave `age-months`.
 * @csspart group - The fieldset of one group of cues.
 * @csspart choice - One cue, sign, band or idea (a label around a native input).
 * @csspart red-flags - The fieldset of the signs of illness.
 * @csspart baby-help - The region of the baby's emergency or urgent help card.
 * @csspart nav - The row of the guide's buttons.
 * @csspart button - Every button.
 * @csspart reading - What it might mean, and what to try.
 * @csspart meaning - The reading's words.
 * @csspart for-you - The line on the parent's own calm.
 * @csspart steps - Calming steps, taking turns, or the steps after a hard moment.
 * @csspart say - Words to say out loud.
 * @csspart try - The fieldset of ideas to try.
 * @csspart save - The note and "Save this moment".
 * @csspart note - The note's textarea.
 * @csspart saved - "This moment is saved."
 * @csspart repair - After a hard moment.
 * @csspart repair-open - The summary that opens it.
 * @csspart help - The region of each of the parent's help cards after a hard moment. Each part of every card here (the baby's too) passes on as `help-<part>`.
 * @csspart help-* - Every part of the help cards inside it, as `help-<part>`; their colour tokens reach them too (both listed in custom-elements.json from the help card's own docs).
 *
 * @cssprop [--attune-color-text=light-dark(#1f2328, #eceef0)] - Body text colour.
 * @cssprop [--attune-color-text-muted=light-dark(#4b5560, #b9c0c8)] - Muted text colour: hints and descriptions.
 * @cssprop [--attune-color-surface=light-dark(#ffffff, #1a1c1f)] - Background: the guide and its fields.
 * @cssprop [--attune-color-surface-alt=light-dark(#f1f4f6, #262a2f)] - Second background: a ticked choice.
 * @cssprop [--attune-color-border=light-dark(#68737d, #8e99a4)] - Border colour: choices, fields and sections.
 * @cssprop [--attune-color-accent=light-dark(#1f5aa6, #8dbdff)] - Accent colour: buttons, the ticked choice's border and the disclosure.
 * @cssprop [--attune-color-on-accent=light-dark(#ffffff, #0d1b2c)] - Text on filled buttons.
 * @cssprop [--attune-color-error=light-dark(#a4161a, #ff8e8e)] - Error colour: error messages.
 * @cssprop [--attune-color-focus=light-dark(#b35c00, #ffbf47)] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`. Default: 3 px solid in `--attune-color-focus`.
 * @cssprop [--attune-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--attune-font-family-heading] - Font stack of the headings. Default: `--attune-font-family`.
 * @cssprop [--attune-font-size=1rem] - Base font size.
 * @cssprop [--attune-radius=0.5rem] - Corner radius.
 * @cssprop [--attune-space=1rem] - Base spacing unit.
 */
export class AttuneBabyCues extends AttuneElement<'cues'> {
  static override styles = [tokens, controls, styles];
  static override properties = {
    ageMonths: {attribute: 'age-months', type: Number, reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    moment: {attribute: false, noAccessor: true},
  };

  /**
   * The baby's age in months, 0 to 24: the guide then uses that age band and does not ask. Unset
   * (or any other value), the parent picks a band.
   */
  ageMonths?: number;
  /** The level of the guide's heading, 2 to 6; its sections are one level below, their parts two. */
  headingLevel: HeadingLevel = 2;

  #focus = new FocusAfterRender(this);
  /** Kept on the instance, so taking the element out of the page and back keeps the ticks. */
  #state: change.CuesState = change.emptyState();
  /** The moment last saved by the parent or restored by the host. */
  #saved?: CueMoment;
  #momentId?: string;
  #helpNews = '';
  #pickFirst = false;
  #noteTooLong = false;

  constructor() {
    super(builtInContent, ['cues']);
    scoped.adopt(this);
    this.addController(onePressOneAction(this));
    this.addController(nhsAppLinks(this));
  }

  static override shadowRootOptions = scoped.shadowRootOptions; // the inner help cards' own registry

  override connectedCallback(): void {
    super.connectedCallback();
    prepareHelpCards(this, headingLevels(this.headingLevel, 2)[1]); // a tick may show one
  }

  /**
   * The moment last saved (as `attune-cue-moment` carried it) or restored; `undefined` before.
   * Set it to restore that screen: it is checked, fitted to the current content (ids the pack no
   * longer has are left out and reported with `attune-content-error`) and never throws. Setting
   * back the moment it just sent, or `null`/`undefined`, changes nothing: only the parent clears
   * their ticks, so the baby's help never goes because a host cleared its copy.
   */
  get moment(): CueMoment | undefined {
    return this.#saved;
  }
  set moment(value: CueMoment | null | undefined) {
    this.#setMoment(value);
  }
  #setMoment = checkedValue<CueMoment | undefined, 'moment'>(this.checks, 'moment', {
    parse: (v, input) => v.parseCueMoment(input),
    apply: (moment) => moment && this.#restore(restoreMoment(moment, this.pack.cues, this.#ageBand())),
    empty: () => undefined,
    unchanged: (moment) => sameData(moment, this.#saved),
  });

  #restore({moment, state, issues}: RestoredMoment): void {
    this.#state = state;
    this.#saved = moment;
    this.#momentId = moment.id;
    this.#pickFirst = this.#noteTooLong = false;
    this.#helpNews = '';
    if (issues.length) this.reportContentError('moment', issues);
    this.requestUpdate();
  }

  /** The band the baby's age falls in, when the host gave it. */
  #ageBand(): string | undefined {
    return bandForAge(this.pack.cues.age.bands, this.ageMonths)?.id;
  }

  protected override applyContent(pack: PackWith<'cues'>): void {
    this.#state = change.fitToPack(this.#state, pack.cues);
    super.applyContent(pack);
  }

  protected override willUpdate(): void {
    // The baby's age moved on (or the host gave it): its band, keeping the ticks it still has.
    const band = this.#ageBand();
    if (band && band !== this.#state.band) this.#state = change.chooseBand(this.#state, this.pack.cues, band);
  }

  /** After every change the parent makes: keep it and show it. */
  #change(next: change.CuesState): void {
    this.#state = next;
    this.#pickFirst = false;
    this.requestUpdate();
  }

  #toggleCue(id: string): void {
    const cues = this.pack.cues;
    const before = babyHelpLevel(cues, this.#state.cueIds);
    this.#change(change.toggleCue(this.#state, cues, id));
    const after = babyHelpLevel(cues, this.#state.cueIds);
    this.#helpNews = helpNewsFor(this.pack, before, after);
    // Help for the baby comes on screen at once; focus stays on the box the parent ticked.
    if (after && after !== before) void revealBabyHelp(this);
  }

  #typeNote(note: string): void {
    this.#noteTooLong &&= note.length > MAX_CUE_NOTE_LENGTH;
    this.#change(change.writeNote(this.#state, note));
  }

  /** "What might this mean?": the reading, focused; or, with nothing ticked, what to do first. */
  #show(): void {
    const {band, cueIds} = this.#state;
    if (!band || !chooseReading(this.pack.cues, band, cueIds)) {
      this.#pickFirst = true;
      this.requestUpdate();
      return;
    }
    this.#change(change.showReading(this.#state));
    this.#focus.request('.reading-heading');
  }

  /** "Save this moment": one event per press, and none when nothing changed since the last save. */
  #save(): void {
    const cues = this.pack.cues;
    if (this.#state.note.length > MAX_CUE_NOTE_LENGTH) {
      this.#noteTooLong = true;
      this.#focus.request('#note');
      return;
    }
    if (unchangedSince(this.#saved, this.#state, cues)) return;
    const moment = toMoment(this.#state, cues, (this.#momentId ??= newId()), now());
    if (!moment) return;
    this.#saved = moment;
    this.requestUpdate();
    this.dispatchEvent(new AttuneCueMomentEvent({schemaVersion: 1, moment}));
  }

  /** "Start again": the parent clears every tick and the note; a new moment follows. */
  #startAgain(): void {
    const before = babyHelpLevel(this.pack.cues, this.#state.cueIds);
    this.#change(change.emptyState(this.#state.band));
    this.#saved = this.#momentId = undefined;
    this.#noteTooLong = false;
    this.#helpNews = helpNewsFor(this.pack, before, undefined);
    this.#focus.request('.notice-heading');
  }

  /** What the templates read, and how they report back. */
  get #view(): CuesView {
    const pack = this.pack;
    const state = this.#state;
    return {
      pack,
      cues: pack.cues,
      cardContent: pack === builtInContent ? undefined : vouchFor(pack),
      state,
      ageFixed: this.#ageBand() !== undefined,
      reading: state.band ? chooseReading(pack.cues, state.band, state.cueIds) : undefined,
      babyHelp: babyHelpLevel(pack.cues, state.cueIds),
      helpNews: this.#helpNews,
      pickFirst: this.#pickFirst,
      noteTooLong: this.#noteTooLong,
      saved: unchangedSince(this.#saved, state, pack.cues),
      levels: headingLevels(this.headingLevel, 3) as [number, number, number],
      chooseBand: (band) => this.#change(change.chooseBand(this.#state, pack.cues, band)),
      toggleCue: (id) => this.#toggleCue(id),
      toggleTried: (id) => this.#change(change.toggleTried(this.#state, pack.cues, id)),
      typeNote: (note) => this.#typeNote(note),
      show: () => this.#show(),
      save: () => this.#save(),
      startAgain: () => this.#startAgain(),
    };
  }

  protected override renderContent(): TemplateResult {
    const view = this.#view;
    return html`${heading(view.levels[0], 'title', view.cues.title)}
      <p class="intro">${view.cues.intro}</p>
      ${ageBand(view)}${picker(view)}${readingView(view)}${repairSection(view)}`;
  }
}
