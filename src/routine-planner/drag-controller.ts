import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Where a step is being dragged from and to (indexes in the list as it stands). */
export interface DragState {
  id: string;
  from: number;
  to: number;
}

/**
 * Pointer reordering for a list of rows. The handle is for pointer users only (aria-hidden):
 * buttons and Alt+Arrow keys are the accessible path. While dragging, a marker shows where the
 * step will land; the list itself changes once, on release (`onDrop`), so one drag is one move.
 */
export class DragController implements ReactiveController {
  state?: DragState;
  #listening?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The rows, in order, to measure against. */
    private readonly rows: () => Iterable<Element>,
    /** Called once on release when the step would land somewhere new. */
    private readonly onDrop: (id: string, to: number) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.end();
  }

  /** The class a row gets: `dragging` for the dragged one, `drop-before`/`drop-after` where it will land. */
  classFor(id: string, index: number): string {
    const drag = this.state;
    if (!drag) return '';
    if (drag.id === id) return 'dragging';
    if (index !== drag.to) return '';
    // The dragged step lands before (moving up) or after (moving down) the step now at its target.
    return index < drag.from ? 'drop-before' : 'drop-after';
  }

  start(e: PointerEvent, id: string, from: number): void {
    if (!e.isPrimary || e.button) return; // the main button of the first pointer only
    e.preventDefault();
    this.#listening = new AbortController();
    this.state = {id, from, to: from};
    const options = {signal: this.#listening.signal};
    window.addEventListener('pointermove', this.#move, options);
    window.addEventListener('pointerup', this.#drop, options);
    window.addEventListener('pointercancel', this.end, options);
    this.host.requestUpdate();
  }

  #move = (e: PointerEvent): void => {
    const drag = this.state;
    if (!drag) return;
    let to = 0;
    [...this.rows()].forEach((row, i) => {
      const box = row.getBoundingClientRect();
      if (i !== drag.from && e.clientY > box.top + box.height / 2) to++;
    });
    if (to !== drag.to) {
      drag.to = to;
      this.host.requestUpdate();
    }
  };

  #drop = (): void => {
    const drag = this.state;
    this.end();
    if (drag && drag.to !== drag.from) this.onDrop(drag.id, drag.to);
  };

  end = (): void => {
    this.#listening?.abort();
    this.#listening = undefined;
    this.state = undefined;
    this.host.requestUpdate();
  };
}
