// Baselines for `npm run bench`: plain Lit elements that render the same native controls as
// each Attune widget's first screen (the same headings, radios, buttons, fields, links, SVG and
// table, with the same words), and nothing else: no content pack validation, no i18n, no state,
// no events beyond one, no safety rules, no parts, and one small stylesheet instead of the
// widgets' themeable tokens. bench/run.mjs bundles this file with Lit (production mode).
import {LitElement, css, html, svg} from 'lit';
import {defaultContent} from '../dist/content/en-GB-england.js';

const {help, checkIn, routine, trend} = defaultContent;
export const base = css`:host{display:block;font:16px/1.5 sans-serif} button,input,select,a{min-height:44px}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}`;
export const fill = (text, values) => text.replace(/\{(\w+)\}/g, (match, key) => values[key] ?? match);

class BaseHelpCard extends LitElement {
  static styles = base;
  render() {
    return Object.entries(help.levels).map(
      ([level, card]) => html`<div class=${level}>
      <h2><span class="visually-hidden">${card.hiddenPrefix} </span>${card.heading}</h2>
      <div>
        <ul>${card.signs.map((sign) => html`<li>${sign}</li>`)}</ul>
        ${card.catchAll ? html`<p>${card.catchAll}</p>` : ''}
        ${card.body ? html`<p>${card.body}</p>` : ''}
        <ul>${card.actions.map((a) => html`<li><a href=${a.href} @click=${() => this.dispatchEvent(new CustomEvent('base-help-action', {bubbles: true, composed: true}))}>${a.label}</a></li>`)}</ul>
      </div>
    </div>`,
    );
  }
}

// The same drawn face as the check-in's (a circle, two eyes and a mouth), one for every option.
const face = svg`<svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
  <circle cx="16" cy="16" r="14"></circle><circle cx="11.5" cy="12.5" r="1.75" fill="currentColor" stroke="none"></circle>
  <circle cx="20.5" cy="12.5" r="1.75" fill="currentColor" stroke="none"></circle><path d="M11 20 Q16 23 21 20"></path></svg>`;

class BaseCheckIn extends LitElement {
  static styles = base;
  render() {
    return html`<h2>${checkIn.title}</h2>
      <fieldset aria-describedby="hint"><legend><span>${fill(checkIn.ui.progress, {current: 1, total: 5})}</span> <span>${checkIn.mood.legend}</span></legend>
        <p id="hint">${checkIn.mood.hint}</p>
        <div>${checkIn.mood.options.map(
          (o) => html`<label><input type="radio" name="mood"
          @change=${() => this.dispatchEvent(new CustomEvent('base-check-in-change', {bubbles: true, composed: true, detail: {mood: o.id}}))}>${face}<span>${o.label}</span></label>`,
        )}</div>
      </fieldset>
      <div><button type="button">${checkIn.ui.next}</button></div>`;
  }
}

class BasePlanner extends LitElement {
  static styles = base;
  render() {
    const ui = routine.ui;
    const field = (id, label, type = 'text', hint = '') => html`<div><label for=${id}>${label}</label>
      ${hint ? html`<p id="${id}-hint">${hint}</p>` : ''}<input id=${id} type=${type} autocomplete="off"></div>`;
    return html`<h2>${routine.title}</h2>
      <section><h3>${ui.templatesLegend}</h3>
        <ul>${routine.templates.map((t) => html`<li><p>${t.name}</p><p>${t.description}</p><button type="button">${ui.useTemplate}<span class="visually-hidden">: ${t.name}</span></button></li>`)}</ul>
        <button type="button">${ui.startEmpty}</button></section>
      <div>${field('name', ui.nameLabel)}${field('start', ui.startTimeLabel, 'time', ui.startTimeHint)}</div>
      <h3>${ui.stepsHeading}</h3><p>${ui.emptyRoutine}</p><div><p role="status"></p></div>
      <section><h3>${ui.addHeading}</h3>
        <form><div><label for="library">${ui.addFromLibrary}</label><select id="library">${routine.categories.map(
          (c) => html`<optgroup label=${c.label}>
          ${routine.library.filter((s) => s.category === c.id).map((s) => html`<option value=${s.id}>${s.label} (${fill(ui.minutesShort, {minutes: s.minutes})})</option>`)}</optgroup>`,
        )}</select></div>
          <button type="submit">${ui.addStep}</button></form>
        <form novalidate><fieldset><legend>${ui.customLegend}</legend>
          <div>${field('custom-label', ui.stepLabel)}${field('custom-minutes', ui.minutesLabel)}</div>
          <button type="submit">${ui.addCustom}</button></fieldset></form></section>`;
  }
}

const shortDay = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short'});
const longDay = new Intl.DateTimeFormat('en-GB', {weekday: 'long', day: 'numeric', month: 'long'});

class BaseTrend extends LitElement {
  static properties = {entries: {attribute: false}};
  static styles = base;
  constructor() {
    super();
    this.entries = [];
  }
  render() {
    const days = this.entries.slice(-14);
    const x = (i) => 75 + (i * 205) / 13;
    const y = (mood) => 14 + (5 - mood) * 26;
    return html`<h2>${trend.title}</h2><p id="summary">${fill(trend.summary.someLow, {range: trend.ranges['14']})}</p>
      <svg role="img" aria-labelledby="summary" viewBox="0 0 288 158"><g aria-hidden="true" fill="currentColor" font-size="13">
        <path d=${[1, 2, 3, 4, 5].map((m) => `M75 ${y(m)}H280`).join('')}></path>
        ${trend.moods.map((word, i) => svg`<text x="67" y=${y(i + 1)} text-anchor="end" dominant-baseline="central">${word}</text>`)}
        <path d=${days.map((_, i) => `M${x(i)} 131v5`).join('')}></path>
        <text x="75" y="154">${shortDay.format(new Date(days[0]?.submittedAt ?? 0))}</text>
        <text x="280" y="154" text-anchor="end">${shortDay.format(new Date(days.at(-1)?.submittedAt ?? 0))}</text>
        <path fill="none" stroke="currentColor" d=${days.map((e, i) => `${i ? 'L' : 'M'}${x(i)} ${y(e.mood.value)}`).join('')}></path>
        ${days.map((e, i) => svg`<circle cx=${x(i)} cy=${y(e.mood.value)} r="4.5"></circle>`)}
      </g></svg>
      <details><summary>${trend.table.show}</summary><table><caption>${fill(trend.table.caption, {range: trend.ranges['14']})}</caption>
        <thead><tr><th scope="col">${trend.table.day}</th><th scope="col">${trend.table.mood}</th></tr></thead>
        <tbody>${days.map((e) => html`<tr><th scope="row">${longDay.format(new Date(e.submittedAt))}</th><td>${trend.moods[e.mood.value - 1]}</td></tr>`)}</tbody>
      </table></details>`;
  }
}

customElements.define('base-help-card', BaseHelpCard);
customElements.define('base-mood-check-in', BaseCheckIn);
customElements.define('base-routine-planner', BasePlanner);
customElements.define('base-mood-trend', BaseTrend);
