// Plain-Lit twins for bench/taps.mjs: plain Lit elements whose press makes the same change to
// the screen as three Attune taps, with the same elements in the same nesting, the same words
// and the same focus, and nothing else (no parts, tokens, i18n, validation or safety rules, and
// the baselines' one small stylesheet). A tap beside its twin shows what the design itself
// costs before Attune's machinery. They live apart from bench/baselines.js, so the first-render
// baselines stay as they were. If a widget changes what one of these presses shows, change its
// twin with it.
import {LitElement, html, nothing, svg} from 'lit';
import {defaultContent} from '../dist/content/en-GB-england.js';
import {base, fill} from './baselines.js';

const {help, checkIn, routine} = defaultContent;

/** The check-in's face: an outline and a mouth in one path, the eyes in another. */
const face = svg`<svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" fill="none"
  stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M2 16a14 14 0 1 0 28 0a14 14 0 1 0-28 0M11 20 Q16 23 21 20"></path>
  <path d="M11.5 12.5h0M20.5 12.5h0" stroke-width="3.5"></path></svg>`;

const links = (actions) =>
  html`<ul class="actions">${actions.map((a) => html`<li><a class="action" href=${a.href}>${a.label}</a></li>`)}</ul>`;
const list = (items) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

/** The help card: one level's card, and the part for partners (closed) when `partner` is set. */
class TwinHelpCard extends LitElement {
  static properties = {level: {}, partner: {type: Boolean}};
  static styles = base;
  render() {
    const card = help.levels[this.level];
    const {partner} = help;
    return html`<div class="base"><div class="card ${this.level}">
      <h3>${card.heading}<span class="visually-hidden">${card.hiddenPrefix}</span></h3>
      <div class="body">${list(card.signs)}${card.catchAll ? html`<p>${card.catchAll}</p>` : nothing}
        ${card.body ? html`<p>${card.body}</p>` : nothing}${links(card.actions)}
        ${
          this.partner
            ? html`<details><summary>${partner.summary}</summary><div>
          <div><h4>${partner.signs.heading}<span class="visually-hidden">${card.hiddenPrefix}</span></h4>
            ${list(partner.signs.items)}<p>${partner.signs.catchAll}</p><p>${partner.signs.body}</p>${links([partner.signs.action])}</div>
          <h4>${partner.support.heading}</h4>${list(partner.support.items)}
          <h4>${partner.ownHelp.heading}</h4>${list(partner.ownHelp.items)}${links(partner.ownHelp.actions)}
        </div></details>`
            : nothing
        }</div></div></div>`;
  }
}

/**
 * The check-in's steps in one template, as the check-in draws them: Next swaps the mood step's
 * choices for the feelings step's and focuses its legend; on the questions step, "not safe right
 * now" brings the 999 line and the emergency and urgent cards (the first with the part for
 * partners), each in a region, and says so in a live region.
 */
class TwinCheckIn extends LitElement {
  static properties = {step: {}, unsafe: {state: true}};
  static styles = base;
  constructor() {
    super();
    this.step = 'mood';
    this.unsafe = false;
  }
  async next() {
    this.step = 'feelings';
    await this.updateComplete;
    this.renderRoot.querySelector('legend').focus();
  }
  choices(type, name, options, withFace, change) {
    return html`<div class="choices">${options.map(
      (o) =>
        html`<label class="choice"><input type=${type} name=${name} @change=${() => change?.(o)}>${withFace ? face : nothing}<span>${o.label}</span></label>`,
    )}</div>`;
  }
  question(q) {
    const hint = q.hint ? `q-${q.id}-hint` : undefined;
    return html`<fieldset class="question" aria-describedby=${hint ?? nothing}><legend tabindex="-1">${q.text}</legend>
      ${hint ? html`<p class="hint" id=${hint}>${q.hint}</p>` : nothing}
      ${this.choices('radio', `q-${q.id}`, q.options, false, (o) => (this.unsafe = q.safety === true && o.id === 'yes-not-safe'))}</fieldset>`;
  }
  render() {
    const steps = {mood: checkIn.mood, feelings: checkIn.feelings, questions: checkIn.questions};
    const index = Object.keys(steps).indexOf(this.step);
    const step = steps[this.step];
    const {emergency, urgent} = help.levels;
    const region = (level, card) =>
      html`<div class="help" tabindex="-1" role="region" aria-label=${card.hiddenPrefix.replace(/:$/, '')}>
      <twin-help-card level=${level} ?partner=${level === 'emergency'}></twin-help-card></div>`;
    return html`<div class="base"><h2>${checkIn.title}</h2>
      <fieldset class="step" aria-describedby="step-hint"><legend tabindex="-1"><span>${fill(checkIn.ui.progress, {current: index + 1, total: 5})}</span> <span>${step.legend}</span></legend>
        <p class="hint" id="step-hint">${step.hint}</p>
        ${
          this.step === 'questions'
            ? step.items.map((q) => this.question(q))
            : this.choices(this.step === 'mood' ? 'radio' : 'checkbox', this.step, step.options, this.step === 'mood')
        }
      </fieldset>
      ${
        this.unsafe
          ? html`<p class="now">${checkIn.emergencyNow.baby} <strong>${checkIn.emergencyNow.call}</strong></p>
        ${region('emergency', emergency)}${region('urgent', urgent)}`
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">${this.unsafe ? `${emergency.hiddenPrefix} ${emergency.heading}` : ''}</p>
      <div class="nav"><button type="button" @click=${this.next}>${checkIn.ui.next}</button>${
        index ? html`<button type="button">${checkIn.ui.back}</button>` : nothing
      }</div></div>`;
  }
}

const clock = (minutes) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const shortMinutes = (minutes) => fill(routine.ui.minutesShort, {minutes});

/**
 * The planner's edit mode: "Use this" takes the ideas away and shows the idea's rows (name, start
 * time, minutes, Move up and Move down), its name and start time, what was done and the total.
 * Each row's fields (hidden until the row is opened) and focus on the steps heading follow a
 * frame later, as the planner does.
 */
class TwinPlanner extends LitElement {
  static properties = {chosen: {state: true}, fieldsLater: {state: true}};
  static styles = base;
  use(template) {
    this.chosen = {template, steps: template.stepIds.map((id) => routine.library.find((step) => step.id === id))};
    this.fieldsLater = true;
    requestAnimationFrame(() =>
      setTimeout(async () => {
        this.fieldsLater = false;
        await this.updateComplete;
        this.renderRoot.querySelector('.steps-heading').focus();
      }),
    );
  }
  field(id, label, {value = '', hint} = {}) {
    return html`<div class="field"><label for=${id}>${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input type="text" autocomplete="off" id=${id} .value=${value} aria-describedby=${hint ? `${id}-hint` : nothing}></div>`;
  }
  row(step, i, steps, start) {
    const ui = routine.ui;
    const id = `s-${step.id}`;
    const hidden = (words) => html`<span class="visually-hidden">${words}</span>`;
    return html`<li data-id=${step.id}><div class="step-row"><span aria-hidden="true">⠿</span>
      <button type="button" class="toggle" aria-expanded="false" aria-controls="${id}-edit"><span>${step.label}</span>
        <span><span>${clock(start)}</span> <span>${shortMinutes(step.minutes)}</span></span></button>
      <span><button type="button" ?disabled=${i === 0}>${hidden(`${ui.moveUp}: ${step.label}`)}</button>
        <button type="button" ?disabled=${i === steps.length - 1}>${hidden(`${ui.moveDown}: ${step.label}`)}</button></span></div>
      ${
        this.fieldsLater
          ? nothing
          : html`<fieldset id="${id}-edit" hidden><legend class="visually-hidden">${fill(ui.runProgress, {current: i + 1, total: steps.length})}: ${step.label}</legend>
        <div class="row">${this.field(`${id}-label`, ui.stepLabel, {value: step.label})}${this.field(`${id}-minutes`, ui.minutesLabel, {value: String(step.minutes)})}</div>
        ${this.field(`${id}-note`, ui.noteLabel)}
        <div class="actions"><button type="button">${ui.done}${hidden(`: ${step.label}`)}</button>
          <button type="button">${ui.remove}${hidden(`: ${step.label}`)}</button></div></fieldset>`
      }</li>`;
  }
  render() {
    const ui = routine.ui;
    const {template, steps = []} = this.chosen ?? {};
    const [hours, minutes] = (template?.startTime ?? '0:0').split(':').map(Number);
    const starts = steps.reduce((at, step) => [...at, at.at(-1) + step.minutes], [hours * 60 + minutes]);
    return html`<div class="base"><h2>${routine.title}</h2>
      ${
        template
          ? nothing
          : html`<section><h3>${ui.templatesLegend}</h3><ul>${routine.templates.map(
              (t) => html`<li><p>${t.name}</p><p>${t.description}</p>
          <button type="button" @click=${() => this.use(t)}>${ui.useTemplate}<span class="visually-hidden">: ${t.name}</span></button></li>`,
            )}</ul>
        <div class="actions"><button type="button">${ui.startEmpty}</button></div></section>`
      }
      <div class="row">${this.field('name', ui.nameLabel, {value: template?.name})}${this.field(
        'start',
        ui.startTimeLabel,
        {
          value: template?.startTime,
          hint: fill(ui.startTimeHint, {time: '18:30'}),
        },
      )}</div>
      <h3 class="steps-heading" tabindex="-1">${ui.stepsHeading}</h3>
      ${
        template
          ? html`<p class="hint">${ui.reorderHint}</p><ol>${steps.map((step, i) => this.row(step, i, steps, starts[i]))}</ol>`
          : html`<p class="hint">${ui.emptyRoutine}</p>`
      }
      <div class="status"><p role="status">${template ? fill(ui.added, {label: template.name}) : ''}</p></div>
      ${
        template
          ? html`<p class="total">${fill(ui.total, {duration: shortMinutes(starts.at(-1) - starts[0]), time: clock(starts.at(-1))})}</p>
        <button type="button">${ui.run}</button>`
          : nothing
      }
      <section><h3>${ui.addHeading}</h3>
        <form class="row"><div class="field"><label for="library">${ui.addFromLibrary}</label><select id="library">${routine.categories.map(
          (c) =>
            html`<optgroup label=${c.label}>${routine.library
              .filter((s) => s.category === c.id)
              .map((s) => html`<option value=${s.id}>${s.label} (${shortMinutes(s.minutes)})</option>`)}</optgroup>`,
        )}</select></div><button type="submit">${ui.addStep}</button></form>
        <form novalidate><fieldset><legend>${ui.customLegend}</legend>
          <div class="row">${this.field('custom-label', ui.stepLabel)}${this.field('custom-minutes', ui.minutesLabel)}</div>
          <button type="submit">${ui.addCustom}</button></fieldset></form></section></div>`;
  }
}

customElements.define('twin-help-card', TwinHelpCard);
customElements.define('twin-mood-check-in', TwinCheckIn);
customElements.define('twin-routine-planner', TwinPlanner);
