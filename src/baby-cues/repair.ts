/**
 * "After a hard moment": a path for when it did not go well (shouting, losing patience, a
 * toddler's tantrum). Calm yourself first, go back, name what happened, make up; no blame and no
 * shame; never shake a baby; and, for a parent for whom this happens a lot or who is at
 * breaking point, the pack's own urgent and support cards. Offered in every band, a toddler's
 * included, behind a disclosure that works before any script runs.
 */
import {html, type TemplateResult} from 'lit';
import {heading} from '../core/heading.js';
import {helpRegion} from './help.js';
import {repairFor} from './reading.js';
import type {CuesView} from './view.js';

export function repairSection(view: CuesView): TemplateResult {
  const {repair, readings} = view.cues;
  const [, sub, part] = view.levels;
  const {steps, say} = repairFor(view.cues, view.state.band);
  return html`<div class="repair" part="repair">
    ${heading(sub, 'repair-heading', repair.heading)}
    <p>${repair.intro}</p>
    <details class="repair-details">
      <summary part="repair-open"><span>${repair.open}</span></summary>
      <div class="repair-body">
        <ol class="repair-steps" part="steps">${steps.map((step) => html`<li>${step}</li>`)}</ol>
        ${heading(part, 'say-heading', readings.say)}
        <ul class="say" part="say">${say.map((words) => html`<li>${words}</li>`)}</ul>
        <p>${repair.noBlame}</p>
        <p class="never-shake"><strong>${repair.neverShake}</strong></p>
        <p>${repair.moreHelp}</p>
        ${helpRegion('help', view.pack, 'urgent', part, view.cardContent)}
        ${helpRegion('help', view.pack, 'support', part, view.cardContent)}
      </div>
    </details>
  </div>`;
}
