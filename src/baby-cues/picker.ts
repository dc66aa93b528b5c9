/**
 * The guide's first half as template functions: the baby's age band, then "What do you notice?"
 * (the band's cues in plain groups, and the signs of illness), the baby's help the moment a sign
 * is ticked, and the button that shows what it might mean. Real checkboxes and radios inside
 * their labels: native keys, one tap, visible in forced colours.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {button} from '../core/button.js';
import {checked} from '../core/checked.js';
import {fill} from '../core/format.js';
import {heading} from '../core/heading.js';
import type {Cue, RedFlag} from '../schema/cues.js';
import {babyHelp} from './help.js';
import {cueGroupsFor} from './reading.js';
import type {CuesView} from './view.js';

/** The age band: the parent picks one, unless the host gave the baby's age. */
export function ageBand(view: CuesView): TemplateResult {
  const {age} = view.cues;
  if (view.ageFixed) {
    const band = age.bands.find((b) => b.id === view.state.band);
    return html`<p class="age-shown" part="age">${fill(age.shown, {band: band?.label ?? ''})}</p>`;
  }
  return html`<fieldset class="band" part="band" aria-describedby=${age.hint ? 'band-hint' : nothing}>
    <legend class="band-legend">${age.legend}</legend>
    ${age.hint ? html`<p class="hint" id="band-hint">${age.hint}</p>` : nothing}
    <div class="choices">${age.bands.map(
      (band) => html`<label class="choice" part="choice"><input type="radio" name="band" value=${band.id}
        ?checked=${checked(view.state.band === band.id)} @change=${() => view.chooseBand(band.id)}><span>${band.label}</span></label>`,
    )}</div>
  </fieldset>`;
}

/**
 * One box to tick. Its name is the cue's words alone; the description is read after it, so a
 * screen reader hears "Looks away, checkbox, not checked. They turn their eyes or head away."
 */
function tick(view: CuesView, name: string, item: Cue | RedFlag, description?: string): TemplateResult {
  const id = `cue-${item.id}`;
  return html`<label class="choice" part="choice"><input type="checkbox" name=${name} value=${item.id}
    aria-labelledby=${id} aria-describedby=${description ? `${id}-about` : nothing}
    ?checked=${checked(view.state.cueIds.includes(item.id))} @change=${() => view.toggleCue(item.id)}><span class="words"><span class="name" id=${id}>${item.label}</span>${
      description ? html`<span class="about" id="${id}-about">${description}</span>` : nothing
    }</span></label>`;
}

/**
 * "What do you notice?": a fieldset per group of the band's cues, then the signs of illness in
 * their own fieldset, clearly apart, so an everyday cue is not taken for one or the reverse.
 */
function notice(view: CuesView, band: string): TemplateResult {
  const {cues} = view;
  const [, sub] = view.levels;
  return html`${heading(sub, 'notice-heading', cues.notice.heading, true)}
    ${cues.notice.hint ? html`<p class="hint">${cues.notice.hint}</p>` : nothing}
    ${cueGroupsFor(cues, band).map(
      (group) => html`<fieldset class="group" part="group" data-group=${group.id}>
        <legend class="group-legend">${group.label}</legend>
        <div class="choices">${group.cues.map((cue) => tick(view, `cue-${group.id}`, cue, cue.description))}</div>
      </fieldset>`,
    )}
    <fieldset class="red-flags" part="red-flags" aria-describedby="red-flags-hint">
      <legend class="group-legend">${cues.redFlags.legend}</legend>
      <p class="hint" id="red-flags-hint">${cues.redFlags.hint}</p>
      <div class="choices">${cues.redFlags.items.map((flag) => tick(view, 'red-flag', flag))}</div>
    </fieldset>`;
}

/**
 * The band's cues and signs, the baby's help first of all that follows (in the same render as
 * the tick, before the reading), and the button that shows the reading.
 */
export function picker(view: CuesView): TemplateResult | typeof nothing {
  const band = view.state.band;
  if (!band) return nothing;
  const [, sub] = view.levels;
  return html`${notice(view, band)}
    ${view.babyHelp ? babyHelp(view.pack, view.babyHelp, sub) : nothing}
    <p class="visually-hidden" aria-live="polite">${view.helpNews}</p>
    <div class="show" part="nav">
      ${view.pickFirst ? html`<p class="error" id="pick-error" role="alert">${view.cues.ui.pickFirst}</p>` : nothing}
      ${button(view.cues.ui.show, () => view.show(), {kind: 'primary'})}
    </div>`;
}
