import {html, nothing, svg, type TemplateResult} from 'lit';
import {AttuneHelpCard} from '../help-card/help-card.js';
import {scopedRegistry} from '../core/scoped-registry.js';
import {AttuneElement, checkedValue} from '../core/attune-element.js';
import {onePressOneAction} from '../core/press.js';
import {prepareWhenIdle} from '../core/prepare.js';
import {nhsAppLinks} from '../core/nhs-app.js';
import {fill} from '../core/format.js';
import {heading, headingLevels, type HeadingLevel} from '../core/heading.js';
import {tokens} from '../core/styles.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import type {TrendContent} from '../schema/trend.js';
import type {TrendShareContent} from '../schema/trend-share.js';
import {help} from '../content/en-GB-england/help.js';
import {meta} from '../content/en-GB-england/meta.js';
import {trend as trendWords} from '../content/en-GB-england/trend.js';
import {feelings as builtInFeelings} from '../content/en-GB-england/feelings.js';
import {controls} from '../core/controls.styles.js';
import {SummaryShare} from './share.js';
import {helpCardExportParts} from '../help-card/parts.js';
import {ChartWidth, HEIGHT, WIDTH, gridPath, labelledDays, layoutFor, linePath, ticksPath, xOf, yOf} from './chart.js';
import {RULE_DAYS, formatDay, moodTrend, rangeOf, type DayPoint, type TrendRange} from './trend.js';
import {styles} from './mood-trend.styles.js';

const scoped = scopedRegistry({'attune-help-card': AttuneHelpCard});

/** The built-in pack for this element: `help` for the inline card, `trend` for its own words. */
const builtInContent = {...meta, help, trend: trendWords};

/**
 * How recent days have felt, from the check-in responses the host stored: a line chart with
 * one point per day (a gap where there was no check-in, mood words on the axis), a one-line
 * summary, and the same data as a table. When a day has several check-ins, the lowest mood
 * counts. Days follow the viewer's own time zone.
 *
 * It speaks up kindly when the pattern matters, with an inline `<attune-help-card>`:
 * `urgent` when a check-in in the range had a worrying answer to a safety question (or urgent
 * or emergency advice), else `non-urgent` when mood was at or below the pack's
 * `trend.lowMoodAtMost` on more than half of the days with a check-in in the last 14 (when
 * there are enough of them to see a pattern: at least 4), whatever range is shown.
 *
 * The widget stores nothing and shows no streaks or scores.
 *
 * @summary A chart of recent moods, with a text summary, a table and a kind nudge towards help.
 *
 * @fires {SummaryShareDetail} attune-summary-share - The parent made a summary for the health visitor. `detail`: `{ schemaVersion, summary: { range, text, html, entries } }`: the days, feelings, help and notes she chose (notes only if ticked; never scores), as text, as a one-page HTML file and as the check-ins in it. Nothing is stored or sent.
 * @fires {ContentErrorDetail} attune-content-error - `content` was refused, or some `entries` failed the check-in response schema (one event per set, listing every bad entry: paths such as `entries.3.mood.value`; the valid entries still show). `detail`: `{ schemaVersion, property, issues: [{ path, message }] }`.
 *
 * @csspart base - The wrapper that carries the pack's `lang` and `dir`.
 * @csspart title - The heading.
 * @csspart summary - The summary sentence.
 * @csspart notice - The kind words and help card shown when a rule fires.
 * @csspart help - The inline `<attune-help-card>`. Each part of the card passes on as `help-<part>`.
 * @csspart help-* - Every part of the help cards inside it, as `help-<part>`; their colour tokens reach them too (both listed in custom-elements.json from the help card's own docs).
 * @csspart chart - The SVG chart.
 * @csspart table - The "Show as a table" disclosure and its table.
 * @csspart share - "Make a summary for your health visitor": the choices, then the summary and its Save, Print and Close.
 * @csspart summary-sheet - The one-page summary (what prints).
 * @csspart button - Every button.
 *
 * @cssprop [--attune-color-text=light-dark(#1f2328, #eceef0)] - Body text colour: text and axis words.
 * @cssprop [--attune-color-text-muted=light-dark(#4b5560, #b9c0c8)] - Muted text colour: hints in "Make a summary".
 * @cssprop [--attune-color-border=light-dark(#68737d, #8e99a4)] - Border colour: grid lines, day ticks and table rules.
 * @cssprop [--attune-color-surface=light-dark(#ffffff, #1a1c1f)] - Background: the widget, and rings around the points.
 * @cssprop [--attune-color-accent=light-dark(#1f5aa6, #8dbdff)] - Accent colour: the mood line, its points and the buttons.
 * @cssprop [--attune-color-on-accent=light-dark(#ffffff, #0d1b2c)] - Text on filled buttons.
 * @cssprop [--attune-color-focus=light-dark(#b35c00, #ffbf47)] - Focus ring colour.
 * @cssprop [--attune-focus-ring] - The whole focus outline, e.g. `3px solid #ffeb3b`. Default: 3 px solid in `--attune-color-focus`.
 * @cssprop [--attune-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--attune-font-family-heading] - Font stack of the headings. Default: `--attune-font-family`.
 * @cssprop [--attune-font-size=1rem] - Base font size.
 * @cssprop [--attune-radius=0.5rem] - Corner radius.
 * @cssprop [--attune-space=1rem] - Base spacing unit.
 */
export class AttuneMoodTrend extends AttuneElement<'trend'> {
  constructor() {
    super(builtInContent, ['trend']);
    scoped.adopt(this);
    this.addController(onePressOneAction(this));
    this.addController(nhsAppLinks(this));
  }

  static override shadowRootOptions = scoped.shadowRootOptions; // the inner help card's own registry

  static override styles = [tokens, controls, styles];
  static override properties = {
    days: {type: Number, reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    // Declared so a value set before the element is defined is still taken in; no attribute.
    entries: {attribute: false, noAccessor: true},
  };

  /** How many days to show, ending today: 7, 14 or 28. Any other value shows 14. */
  days: TrendRange = 14;

  /** The level of the widget's heading, 2 to 6 (the help card's heading is one below). */
  headingLevel: HeadingLevel = 2;

  #entries: CheckInResponse[] = [];
  #chartWidth = new ChartWidth(this, () => this.shadowRoot?.querySelector('[part=chart]'));
  #share = new SummaryShare(this, () => {
    const {trend, locale, dir, checkIn} = this.pack;
    const options = (checkIn?.feelings ?? builtInFeelings).options;
    // Only read once the summary is offered, which needs the pack's `share` words (see renderContent).
    const share = trend.share as TrendShareContent;
    return {
      entries: this.#entries,
      words: {share, moods: trend.moods, feelings: new Map(options.map((f) => [f.id, f.label])), locale, dir},
    };
  });

  /**
   * The check-in responses to show, as `attune-check-in-submit` gave them (`detail.response`),
   * in any order. Each is checked against the response schema: the valid ones show, and the
   * rest are reported in one `attune-content-error`. Duplicates (same `id`) count once. A value
   * that is not a list is refused, and the last good entries stay. Reading it gives the valid
   * entries in use.
   */
  get entries(): CheckInResponse[] {
    return [...this.#entries];
  }
  set entries(value: readonly CheckInResponse[] | null | undefined) {
    this.#setEntries(value);
  }
  #setEntries = checkedValue(this.checks, 'entries', {
    parse: (v, input) => v.parseCheckInResponses(input),
    apply: ({responses, issues}) => {
      this.#entries = responses;
      this.requestUpdate();
      if (issues.length) this.reportContentError('entries', issues);
    },
    empty: () => ({responses: [], issues: []}),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    prepareWhenIdle(this, 'trend table', () => [this.#openTable()]);
  }

  /** The trend of the entries over the days shown, with the pack's words for it and for its range. */
  #trend() {
    const words = this.pack.trend;
    const days = rangeOf(this.days);
    return {words, range: words.ranges[days], ...moodTrend(this.#entries, {days, lowMoodAtMost: words.lowMoodAtMost})};
  }

  /** The table as "Show as a table" opens it: readied while idle (see `prepareWhenIdle`). */
  #openTable(): TemplateResult {
    const {points, words, range} = this.#trend();
    return table(points, words, range, this.pack.locale, {open: true});
  }

  protected override renderContent(): TemplateResult {
    const {words, range, points, summary, level: helpLevel} = this.#trend();
    const [titleLevel, cardLevel] = headingLevels(this.headingLevel, 2);
    const sentence = fill(words.summary[summary.kind], {range});
    // Urgent help comes before the chart; the gentler non-urgent nudge follows the data it is about.
    const notice =
      helpLevel === 'none'
        ? nothing
        : html`<div part="notice">
      <p>${fill(words.notice[helpLevel], {range: words.ranges[RULE_DAYS]})}</p>
      <attune-help-card part="help" exportparts=${helpCardExportParts} level=${helpLevel} heading-level=${cardLevel}
        .content=${this.pack === builtInContent ? undefined : this.pack}></attune-help-card>
    </div>`;
    return html`
      ${heading(titleLevel, 'title', words.title)}
      <p id="summary" part="summary">${sentence}</p>
      ${helpLevel === 'urgent' ? notice : nothing}
      ${summary.checkedIn ? [chart(points, words, range, this.pack.locale, this.#chartWidth.width), table(points, words, range, this.pack.locale)] : nothing}
      ${helpLevel === 'non-urgent' ? notice : nothing}
      ${words.share && this.#entries.length ? this.#share.render(cardLevel) : nothing}`;
  }
}

/**
 * The SVG chart: drawn for sighted users. Screen readers hear one image named by what it shows,
 * after the summary sentence: naming it by the summary, or by the table's caption, read that twice.
 * It is as wide as its column (`width` is the measured width); each Monday is named under the axis.
 */
function chart(points: DayPoint[], words: TrendContent, range: string, locale: string, width = WIDTH): TemplateResult {
  const layout = layoutFor(words.moods, width);
  const {left, font} = layout;
  // Which days are named does not depend on the measured width, so the server's HTML says the same as the client.
  const labelled = labelledDays(points, layoutFor(words.moods));
  const anchor = (index: number) => (index === 0 ? 'start' : index === points.length - 1 ? 'end' : 'middle');
  return html`<svg part="chart" role="img" aria-label=${fill(words.table.chart ?? words.title, {range})} viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="xMinYMid meet">
    <g aria-hidden="true" font-size=${font} fill="currentColor">
      <path class="grid" d=${gridPath(layout)}></path>
      ${words.moods.map((word, index) => svg`<text x=${left - 8} y=${yOf(index + 1)} text-anchor="end" dominant-baseline="central">${word}</text>`)}
      <path class="ticks" d=${ticksPath(points.length, layout, labelled)}></path>
      ${labelled.map((index) => svg`<text class="day" x=${xOf(index, points.length, layout)} y=${HEIGHT - 4} text-anchor=${anchor(index)}>${formatDay(points[index].date, locale, false)}</text>`)}
      <path class="line" d=${linePath(points, layout)}></path>
      ${points.map((point, index) =>
        point.mood === undefined
          ? nothing
          : svg`<circle class="point" cx=${xOf(index, points.length, layout)} cy=${yOf(point.mood)} r="4.5"></circle>`,
      )}
    </g>
  </svg>`;
}

/**
 * The same days as a table, behind a "Show as a table" disclosure that keyboards reach. `open`
 * only for the table readied while idle: the parent's own disclosure opens and closes itself.
 */
function table(
  points: DayPoint[],
  {table: words, moods}: TrendContent,
  range: string,
  locale: string,
  {open = false} = {},
): TemplateResult {
  return html`<details part="table" ?open=${open}>
    <summary>${words.show}</summary>
    <table>
      <caption>${fill(words.caption, {range})}</caption>
      <thead><tr><th scope="col">${words.day}</th><th scope="col">${words.mood}</th></tr></thead>
      <tbody>${points.map(
        ({date, mood}) => html`<tr>
        <th scope="row">${formatDay(date, locale, true)}</th>
        <td>${mood ? moods[mood - 1] : words.noCheckIn}</td>
      </tr>`,
      )}</tbody>
    </table>
  </details>`;
}
