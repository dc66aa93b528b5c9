/**
 * Writes refused and questionable content to the console once per page, however many widgets
 * share the pack: a host that does not listen for the events still sees them while building.
 */
import type {AttuneContentErrorEvent, AttuneContentWarningEvent} from './events.js';

const told = new Set<string>();

export function tellConsoleOnce(element: string, event: AttuneContentErrorEvent | AttuneContentWarningEvent): void {
  const refused = 'issues' in event.detail;
  const issues = refused ? event.detail.issues : event.detail.warnings;
  const lines = issues.map(({path, message}) => `  ${path}: ${message}`).join('\n');
  const key = `${event.type}\n${lines}`;
  if (told.has(key)) return;
  told.add(key);
  if (refused)
    console.error(
      `<${element}> refused its ${event.detail.property} (${event.type}); it keeps showing safe content:\n${lines}`,
    );
  else console.warn(`<${element}> content needs a clinician's look (${event.type}):\n${lines}`);
}
