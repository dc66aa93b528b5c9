import {html} from 'lit';
import {prepareWhenIdle, type PreparingHost} from '../core/prepare.js';
import {helpLevels} from '../model/levels.js';

/**
 * Readies the help cards while the browser is idle (see `prepareWhenIdle`): a real
 * `<attune-help-card>` for each level, one per idle moment, in the built-in words (the same
 * templates and type sizes as any pack's), at `headingLevel` (their `heading-level`) as `host`
 * shows them. The widgets that may show a card after a tap call it, so the first card a parent
 * needs shows sooner on a slow phone.
 */
export function prepareHelpCards(host: PreparingHost, headingLevel: number): void {
  prepareWhenIdle(host, `help cards at h${headingLevel}`, () =>
    helpLevels.map((level) => html`<attune-help-card level=${level} heading-level=${headingLevel}></attune-help-card>`),
  );
}
