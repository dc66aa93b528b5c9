/**
 * The one accessibility check every component test uses: axe-core limited to the
 * WCAG 2.0, 2.1 and 2.2 A and AA rules. Fails with a readable list of violations.
 */
import 'axe-core/axe.min.js';
import type {AxeResults, RunOptions} from 'axe-core';

declare global {
  interface Window {
    axe: {run(context: Element | Document, options: RunOptions): Promise<AxeResults>};
  }
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Rejects when axe finds any WCAG 2.2 A/AA violation inside `context`. */
export async function expectAccessible(context: Element | Document = document): Promise<void> {
  const results = await window.axe.run(context, {
    runOnly: {type: 'tag', values: wcagTags},
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`,
  );
  throw new Error(`axe found ${results.violations.length} WCAG 2.2 A/AA violation(s):\n${report.join('\n')}`);
}
