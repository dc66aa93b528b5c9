import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {expect, waitFor, within} from 'storybook/test';
import '../src/help-card.js';
import '../src/mood-check-in.js';
import '../src/routine-planner.js';
import '../src/mood-trend.js';
import type {ContentPack} from '../src/schema/content.js';
import type {ContentIssue} from '../src/schema/events.js';
import {packReport, type PackReport} from '../src/schema/index.js';
import {packs} from '../src/packs/index.js';
import {clonePack, savedRoutine, trendFixtures} from '../fixtures/index.js';
import {recordEvents} from '../fixtures/read.js';

type Args = {pack: ContentPack};

/** Each render's ids are its own, so the docs page (every story at once) never repeats one. */
let renders = 0;

/**
 * Appends each `{path, message}` of an `attune-content-error` (`issues`) or
 * `attune-content-warning` (`warnings`) to the editor's output of that kind, as text.
 */
const showDetails = (kind: 'errors' | 'warnings') => (event: Event) => {
  const out = (event.currentTarget as HTMLElement).querySelector(`output.${kind}`)!;
  const from = (event.target as HTMLElement).localName;
  const detail = (event as CustomEvent<{issues?: ContentIssue[]; warnings?: ContentIssue[]}>).detail;
  const lines = ((kind === 'errors' ? detail.issues : detail.warnings) ?? []).map(
    (i) => `<${from}> ${i.path}: ${i.message}`,
  );
  out.textContent = [out.textContent, ...lines].filter(Boolean).join('\n');
};

/** A list of issues under its own h3, as `attune-pack check` prints it: "path: message", or "None." */
const issueList = (title: string, items: ContentIssue[]) =>
  html`<h3>${title} (${items.length})</h3>
    ${
      items.length
        ? html`<ul>
          ${items.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
        </ul>`
        : html`<p>None.</p>`
    }`;

/** The safety table as a real table: one row per answer to a safety question. */
const safetyTable = (report: PackReport) =>
  html`<h3>Safety table</h3>
    <table>
      <caption>
        Each answer to a safety question, the least help it leads to, and the cards shown first
      </caption>
      <thead>
        <tr>
          <th scope="col">question</th>
          <th scope="col">answer</th>
          <th scope="col">score</th>
          <th scope="col">declares</th>
          <th scope="col">leads to</th>
          <th scope="col">cards shown, in order</th>
          <th scope="col">buttons</th>
        </tr>
      </thead>
      <tbody>
        ${
          report.safetyTable.length
            ? report.safetyTable.map((row) => {
                const buttons = row.cards.flatMap((c) => c.actions);
                return html`<tr>
                <td><code>${row.questionId}</code></td>
                <th scope="row">${row.answer}</th>
                <td>${row.score ?? ''}</td>
                <td>${row.leastHelp ?? ''}</td>
                <td><strong>${row.leadsTo}</strong></td>
                <td>
                  ${
                    row.cards.length
                      ? html`<ul>
                        ${row.cards.map((c) => html`<li>${c.level}: ${c.heading}</li>`)}
                      </ul>`
                      : 'none'
                  }
                </td>
                <td>
                  ${
                    buttons.length
                      ? html`<ul>
                        ${buttons.map((a) => html`<li>${a.label} → <code>${a.href}</code></li>`)}
                      </ul>`
                      : 'none'
                  }
                </td>
              </tr>`;
              })
            : html`<tr>
              <td colspan="7">No safety question</td>
            </tr>`
        }
      </tbody>
    </table>`;

/** What `attune-pack check` prints for the pack: accepted or refused, errors, warnings, safety table. */
const packCheck = (pack: ContentPack, id: string) => {
  const report = packReport(pack);
  return html`<section class="pack-check" aria-labelledby="${id}-check-heading">
    <h2 id="${id}-check-heading">Pack check</h2>
    <p>
      ${report.id ? html`<code>${report.id} ${report.version}</code>: ` : nothing}
      <strong>${report.ok ? 'accepted' : 'refused'}</strong>
    </p>
    ${issueList('Errors', report.issues)} ${issueList('Warnings', report.warnings)}
    ${report.ok ? safetyTable(report) : nothing}
  </section>`;
};

/**
 * Edit the content pack as JSON in the Controls panel. A valid pack updates every widget at
 * once; an invalid one is refused: the `attune-content-error` details appear above the
 * widgets and in the Actions panel, and each widget keeps its last good content. The
 * `attune-content-warning` details (a pack awaiting review, a costly number…) appear below them,
 * then the pack check: the same report `attune-pack check` prints, safety table included.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Content editor',
  args: {pack: clonePack()},
  argTypes: {pack: {control: 'object', description: 'The whole content pack'}},
  render: ({pack}) => {
    const id = `content-editor-${++renders}`;
    // A fresh <output> for each edited pack, so old errors never linger after a fix. It comes
    // first, like an error summary, and so exists before the widget checks the pack.
    return html`<div
      class="content-editor"
      @attune-content-error=${showDetails('errors')}
      @attune-content-warning=${showDetails('warnings')}
    >
      <h2 id="${id}-errors-heading">Content errors</h2>
      ${keyed(pack, html`<output class="errors" aria-live="polite" aria-labelledby="${id}-errors-heading"></output>`)}
      <h2 id="${id}-warnings-heading">Content warnings</h2>
      ${keyed(
        pack,
        html`<output class="warnings" aria-live="polite" aria-labelledby="${id}-warnings-heading"></output>`,
      )}
      ${packCheck(pack, id)}
      <attune-help-card .content=${pack}></attune-help-card>
      <attune-mood-check-in .content=${pack}></attune-mood-check-in>
      <attune-routine-planner .content=${pack} .routine=${savedRoutine}></attune-routine-planner>
      <attune-mood-trend .content=${pack} .entries=${trendFixtures.steadyFortnight()}></attune-mood-trend>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const EditThePack: Story = {};
/** A pack with a `javascript:` link and no emergency action is refused, with each path named. */
export const InvalidPack: Story = {
  args: {
    pack: (() => {
      const pack = clonePack();
      pack.help.levels.emergency.actions = [];
      pack.help.levels.urgent.actions[0].href = 'javascript:alert(1)';
      return pack;
    })(),
  },
  play: async ({canvasElement}) => {
    const card = canvasElement.querySelector('attune-help-card')!;
    await card.updateComplete;
    const output = canvasElement.querySelector('output')!;
    await waitFor(() => expect(output.textContent).toContain('help.levels.emergency.actions'));
    await expect(output.textContent).toContain('help.levels.urgent.actions.0.href');
    // The card kept its last good (built-in) content: the 999 link is still there.
    await expect(card.shadowRoot!.querySelector('a[href="tel:999"]')).not.toBeNull();
    const errors = recordEvents<CustomEvent>(canvasElement, 'attune-content-error');
    card.content = {...card.content, schemaVersion: 2 as 1};
    await card.updateComplete;
    await expect(errors).toHaveLength(1);
  },
};

/**
 * The safety question's scores copied in reverse ("No" scores highest): refused, with the path
 * of each score that disagrees with its words; the help card keeps its last good content.
 */
export const ReversedSafetyScores: Story = {
  args: {
    pack: (() => {
      const pack = clonePack();
      const question = pack.checkIn.questions.items.find((q) => q.safety)!;
      const scores = question.options.map((option) => option.score).reverse();
      question.options.forEach((option, i) => (option.score = scores[i]));
      return pack;
    })(),
  },
  play: async ({canvasElement}) => {
    const check = within(canvasElement).getByRole('region', {name: 'Pack check'});
    await expect(check.textContent).toContain('refused');
    await expect(check.textContent).toContain('checkIn.questions.items.3.options.0.score');
    const card = canvasElement.querySelector('attune-help-card')!;
    await card.updateComplete;
    await waitFor(() => expect(card.shadowRoot!.querySelector('a[href="tel:999"]')).not.toBeNull());
  },
};

/** The Welsh pack awaits review by a Welsh-speaking clinician: accepted, with a warning to act on. */
export const AwaitingReview: Story = {
  args: {pack: structuredClone(packs['cy-GB-wales'])},
  play: async ({canvasElement}) => {
    const warnings = canvasElement.querySelector('output.warnings')!;
    await waitFor(() => expect(warnings.textContent).toContain('review.status'));
    const check = within(canvasElement).getByRole('region', {name: 'Pack check'});
    await expect(check.textContent).toContain('accepted');
    await expect(check.textContent).toContain('review.status');
    const table = within(check).getByRole('table');
    await expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
  },
};
