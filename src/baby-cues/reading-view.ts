/**
 * "What it might mean, and what to try" as template functions: the reading (always a "may" or a
 * "might"), the parent's own calm and any steps, words to say out loud, ideas to try (which the
 * parent may tick), and the optional "Save this moment". No state lives here.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {checked} from '../core/checked.js';
import {describedBy} from '../core/described-by.js';
import {heading} from '../core/heading.js';
import {formatMessage} from '../core/plural.js';
import {MAX_CUE_NOTE_LENGTH} from '../model/cues-bands.js';
import type {ShownReading} from './reading.js';
import type {CuesView} from './view.js';

/** Ideas to try, as boxes the parent may tick ("I tried this"), never required. */
function tryList(view: CuesView, reading: ShownReading): TemplateResult | typeof nothing {
  const {readings} = view.cues;
  if (!reading.try.length) return nothing;
  return html`<fieldset class="try" part="try" aria-describedby=${readings.tryHint ? 'try-hint' : nothing}>
    <legend class="try-legend">${readings.tryLegend}</legend>
    ${readings.tryHint ? html`<p class="hint" id="try-hint">${readings.tryHint}</p>` : nothing}
    <div class="choices">${reading.try.map(
      (idea) => html`<label class="choice" part="choice"><input type="checkbox" name="tried" value=${idea.id}
        ?checked=${checked(view.state.triedIds.includes(idea.id))} @change=${() => view.toggleTried(idea.id)}><span>${idea.text}</span></label>`,
    )}</div>
  </fieldset>`;
}

/** Steps with their own heading (taking turns, or calming down), and a line on the parent's own calm. */
function steps(view: CuesView, reading: ShownReading): TemplateResult {
  const [, , part] = view.levels;
  return html`${reading.forYou ? html`<p class="for-you" part="for-you">${reading.forYou}</p>` : nothing}
    ${
      reading.steps?.items.length
        ? html`${heading(part, 'steps-heading', reading.steps.heading)}
          <ol class="steps" part="steps">${reading.steps.items.map((item) => html`<li>${item}</li>`)}</ol>`
        : nothing
    }`;
}

/** The optional note and "Save this moment": nothing is kept unless the parent presses it. */
function saveArea(view: CuesView): TemplateResult {
  const {save} = view.cues;
  const [, , part] = view.levels;
  const error = view.noteTooLong && formatMessage(view.pack.locale, save.noteTooLong, {max: MAX_CUE_NOTE_LENGTH});
  return html`<div class="save" part="save">
    ${heading(part, 'save-heading', save.heading)}
    <p class="hint" id="save-hint">${save.hint}</p>
    <label class="note-label" for="note">${save.noteLabel}</label>
    ${error ? html`<p class="error" id="note-error">${error}</p>` : nothing}
    <textarea id="note" part="note" aria-describedby=${describedBy('save-hint', error && 'note-error')}
      aria-invalid=${error ? 'true' : nothing} .value=${view.state.note}
      @input=${(e: InputEvent) => view.typeNote((e.target as HTMLTextAreaElement).value)}></textarea>
    <div class="actions" part="nav">
      ${button(save.button, () => view.save(), {kind: 'primary'})}
      ${button(save.startAgain, () => view.startAgain())}
    </div>
    <p class="saved" part="saved" role="status">${view.saved ? save.saved : nothing}</p>
  </div>`;
}

/** The reading the ticks give, once the parent asked; its heading takes focus then. */
export function readingView(view: CuesView): TemplateResult | typeof nothing {
  const reading = view.reading;
  if (!view.state.shown || !reading) return nothing;
  const {readings} = view.cues;
  const [, sub, part] = view.levels;
  const title = html`<span class="eyebrow">${readings.heading}</span> <span class="reading-title">${reading.title}</span>`;
  return html`<div class="reading" part="reading" data-reading=${reading.id}>
    ${heading(sub, 'reading-heading', title, true)}
    <p class="meaning" part="meaning">${reading.meaning}</p>
    ${steps(view, reading)}
    ${
      reading.say.length
        ? html`${heading(part, 'say-heading', readings.say)}
          <ul class="say" part="say">${reading.say.map((words) => html`<li>${words}</li>`)}</ul>`
        : nothing
    }
    ${tryList(view, reading)}
    ${saveArea(view)}
  </div>`;
}
