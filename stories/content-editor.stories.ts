import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {expect, waitFor} from 'storybook/test';
import '../src/help-card.js';
import '../src/mood-check-in.js';
import '../src/routine-planner.js';
import '../src/mood-trend.js';
import type {ContentPack} from '../src/schema/content.js';
import {clonePack, savedRoutine, trendFixtures} from '../fixtures/index.js';
import {collect} from './support.js';

type Args = {pack: ContentPack};

/**
 * Edit the content pack as JSON in the Controls panel. A valid pack updates every widget at
 * once; an invalid one is refused: the `attune-content-error` details appear above the
 * widgets and in the Actions panel, and each widget keeps its last good content.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Content editor',
  args: {pack: clonePack()},
  argTypes: {pack: {control: 'object', description: 'The whole content pack'}},
  render: ({pack}) => {
    const showIssues = (event: Event) => {
      const out = (event.currentTarget as HTMLElement).querySelector('output')!;
      const from = (event.target as HTMLElement).localName;
      const lines = (event as CustomEvent).detail.issues.map(
        (i: {path: string; message: string}) => `<${from}> ${i.path}: ${i.message}`,
      );
      out.textContent = [out.textContent, ...lines].filter(Boolean).join('\n');
    };
    // A fresh <output> for each edited pack, so old errors never linger after a fix. It comes
    // first, like an error summary, and so exists before the widget checks the pack.
    return html`<div class="content-editor" @attune-content-error=${showIssues}>
      <h2 id="editor-errors-heading">Content errors</h2>
      ${keyed(pack, html`<output aria-live="polite" aria-labelledby="editor-errors-heading"></output>`)}
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
    const errors = collect<CustomEvent>(canvasElement, 'attune-content-error');
    card.content = {...card.content, schemaVersion: 2 as 1};
    await card.updateComplete;
    await expect(errors).toHaveLength(1);
  },
};
