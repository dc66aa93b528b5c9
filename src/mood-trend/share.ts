/**
 * The trend's "Make a summary for your health visitor": the parent chooses the weeks and what to
 * put in (notes only if ticked), sees one printable page, and saves it: as a file in a browser,
 * through the app's own download inside the NHS App (where ordinary downloads and printing do
 * not work, so no print control is shown there). The host hears `attune-summary-share`.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {FocusAfterRender} from '../core/focus.js';
import {heading} from '../core/heading.js';
import {nhsApp} from '../core/nhs-app.js';
import {AttuneSummaryShareEvent} from '../core/events.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import {defaultChoice, makeSummary, type MadeSummary, type SummaryChoice, type SummaryWords} from './summary.js';

type Host = ReactiveControllerHost & HTMLElement;

/** UTF-8 bytes as base64, as the NHS App's downloadFromBytes takes a file. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export class SummaryShare implements ReactiveController {
  #stage: 'closed' | 'choosing' | 'made' = 'closed';
  #choice: SummaryChoice = defaultChoice();
  #made?: MadeSummary;
  /** The file to save in a browser, as an object URL: made with the summary, let go when it closes. */
  #fileUrl?: string;
  readonly #focus: FocusAfterRender;

  constructor(
    private readonly host: Host,
    private readonly read: () => {entries: readonly CheckInResponse[]; words: SummaryWords},
  ) {
    host.addController(this);
    this.#focus = new FocusAfterRender(host);
  }

  hostConnected(): void {
    // Back in the page with a summary showing: its file again, so Save still saves it.
    if (this.#made && !this.#fileUrl) this.#makeFile();
  }

  hostDisconnected(): void {
    this.#letGoOfFile();
  }

  #makeFile(): void {
    if (!nhsApp()) this.#fileUrl = URL.createObjectURL(new Blob([this.#made!.summary.html], {type: 'text/html'}));
  }

  #letGoOfFile(): void {
    if (this.#fileUrl) URL.revokeObjectURL(this.#fileUrl);
    this.#fileUrl = undefined;
  }

  #open(): void {
    this.#stage = 'choosing';
    this.#focus.request('.share legend');
  }

  #make(): void {
    const {entries, words} = this.read();
    this.#made = makeSummary(entries, this.#choice, words);
    this.#stage = 'made';
    this.#letGoOfFile();
    this.#makeFile();
    this.#focus.request('.sheet-title');
    this.host.dispatchEvent(new AttuneSummaryShareEvent({schemaVersion: 1, summary: this.#made.summary}));
  }

  #close(): void {
    this.#stage = 'closed';
    this.#letGoOfFile();
    this.#focus.request('.share .button');
  }

  /** Inside the NHS App: the app saves the file, as its own download. */
  #saveInApp(fileName: string): void {
    nhsApp()?.storage?.downloadFromBytes?.(base64(this.#made!.summary.html), fileName, 'text/html');
  }

  #choose(change: Partial<SummaryChoice>): void {
    this.#choice = {...this.#choice, ...change};
    this.host.requestUpdate();
  }

  render(level: number): TemplateResult {
    const {share} = this.read().words;
    if (this.#stage === 'closed')
      return html`<div class="share" part="share">${button(share.open, () => this.#open())}</div>`;
    if (this.#stage === 'choosing') return html`<div class="share" part="share">${this.#choices()}</div>`;
    const made = this.#made!;
    const fileName = `${share.fileName}-${made.summary.range.to}.html`;
    const inApp = nhsApp();
    return html`<div class="share" part="share">
      <section class="sheet" part="summary-sheet">
        ${heading(level, 'sheet-title', made.title, true)}
        <p>${made.dates}</p>
        ${made.parts.map((part) => html`${heading(level + 1, 'sheet-part', part.heading)}<ul>${part.lines.map((line) => html`<li>${line}</li>`)}</ul>`)}
      </section>
      <p class="visually-hidden" aria-live="polite">${share.ready}</p>
      <div class="nav">
        ${
          inApp
            ? button(share.save, () => this.#saveInApp(fileName), {kind: 'primary'})
            : html`<a class="button primary" part="button" href=${this.#fileUrl ?? ''} download=${fileName}>${share.save}</a>
          ${button(share.print, () => print())}`
        }
        ${button(share.close, () => this.#close())}
      </div>
    </div>`;
  }

  #choices(): TemplateResult {
    const {share} = this.read().words;
    const choice = this.#choice;
    const tick = (key: 'moods' | 'feelings' | 'help' | 'notes', hint?: string) =>
      html`<label class="choice"><input type="checkbox" .checked=${choice[key]}
        @change=${(e: Event) => this.#choose({[key]: (e.target as HTMLInputElement).checked})}
        aria-describedby=${hint ? 'notes-hint' : nothing}><span>${share.include[key]}</span></label>
        ${hint ? html`<p class="hint" id="notes-hint">${hint}</p>` : nothing}`;
    return html`<fieldset>
        <legend tabindex="-1">${share.rangeLegend}</legend>
        ${([14, 28] as const).map(
          (days) => html`<label class="choice"><input type="radio" name="share-days" .checked=${choice.days === days}
            @change=${() => this.#choose({days})}><span>${share.ranges[days]}</span></label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${share.includeLegend}</legend>
        ${tick('moods')}${tick('feelings')}${tick('help')}${tick('notes', share.notesHint)}
      </fieldset>
      <div class="nav">${button(share.make, () => this.#make(), {kind: 'primary'})}${button(share.close, () => this.#close())}</div>`;
  }
}
