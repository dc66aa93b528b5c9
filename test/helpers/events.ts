/** Records the events an element dispatches, as a host listening on it would receive them. */
export function recordEvents<E extends Event = Event>(target: EventTarget, type: string): E[] {
  const events: E[] = [];
  target.addEventListener(type, (event) => events.push(event as E));
  return events;
}

/** The visible text of a node, with whitespace collapsed (one copy, in fixtures/read.ts). */
export {textOf} from '../../fixtures/read.js';
