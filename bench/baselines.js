// Baselines for `npm run bench`: plain Lit elements that render the same native controls as
// each Attune widget (headings, radios, buttons, inputs, links, an SVG and a table) with the
// same words, and nothing else: no content pack validation, no i18n, no state, no safety rules.
// bench/run.mjs bundles this file with Lit (production mode) at bench time.
import {LitElement, css, html, svg} from 'lit';
import {defaultContent} from '../dist/content/en-GB.js';

const {help, checkIn, routine, trend} = defaultContent;
const base = css`:host{display:block;font:16px/1.5 sans-serif} button,input,select,a{min-height:44px}`;

class BaseHelpCard extends LitElement {
  static styles = base;
  render() {
    return Object.entries(help.levels).map(([level, card]) => html`<section class=${level}>
      <h2><span hidden>${card.hiddenPrefix}</span> ${card.heading}</h2>
      <ul>${card.signs.map((sign) => html`<li>${sign}</li>`)}</ul>
      <ul>${card.actions.map((a) => html`<li><a href=${a.href} @click=${() => this.dispatchEvent(new CustomEvent('base-help-action', {bubbles: true, composed: true}))}>${a.label}</a></li>`)}</ul>
    </section>`);
  }
}

class BaseCheckIn extends LitElement {
  static styles = base;
  render() {
    return html`<h2>${checkIn.title}</h2><fieldset><legend>${checkIn.mood.legend}</legend>
      ${checkIn.mood.options.map((o) => html`<label><input type="radio" name="mood" value=${o.id}
        @change=${() => this.dispatchEvent(new CustomEvent('base-check-in-change', {bubbles: true, composed: true, detail: {mood: o.id}}))}> ${o.label}</label>`)}
      </fieldset><button type="button">${checkIn.ui.next}</button>`;
  }
}

class BasePlanner extends LitElement {
  static styles = base;
  render() {
    return html`<h2>${routine.title}</h2>
      <ul>${routine.templates.map((t) => html`<li><p>${t.name}</p><p>${t.description}</p><button type="button">${routine.ui.useTemplate}</button></li>`)}</ul>
      <label>${routine.ui.nameLabel} <input></label><label>${routine.ui.startTimeLabel} <input type="time"></label>
      <select>${routine.library.map((s) => html`<option value=${s.id}>${s.label}</option>`)}</select><button type="button">${routine.ui.addStep}</button>
      <label>${routine.ui.stepLabel} <input></label><label>${routine.ui.minutesLabel} <input inputmode="numeric"></label><button type="button">${routine.ui.addCustom}</button>`;
  }
}

class BaseTrend extends LitElement {
  static properties = {entries: {attribute: false}};
  static styles = base;
  constructor() {
    super();
    this.entries = [];
  }
  render() {
    const points = this.entries.slice(-14).map((e, i) => [20 + i * 20, 110 - e.mood.value * 20]);
    return html`<h2>${trend.title}</h2>
      <svg viewBox="0 0 300 120" role="img">${points.map(([x, y]) => svg`<circle cx=${x} cy=${y} r="4"></circle>`)}
        <polyline fill="none" stroke="currentColor" points=${points.map((p) => p.join(',')).join(' ')}></polyline></svg>
      <details><summary>Show as a table</summary><table><tbody>${this.entries.slice(-14).map((e) => html`<tr><td>${e.submittedAt}</td><td>${e.mood.optionId}</td></tr>`)}</tbody></table></details>`;
  }
}

customElements.define('base-help-card', BaseHelpCard);
customElements.define('base-mood-check-in', BaseCheckIn);
customElements.define('base-routine-planner', BasePlanner);
customElements.define('base-mood-trend', BaseTrend);
