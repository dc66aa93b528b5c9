/**
 * Chart geometry, apart from rendering: where each day and mood sits in the SVG's viewBox.
 * The viewBox is as wide as the chart is drawn (measured by `ChartWidth`; 288, a 320 px phone's
 * content box, before it is measured and in server-rendered HTML), so the chart fills its
 * column and its words are drawn at 1:1 on a phone and on a wide screen alike. The chart's
 * height is fixed in CSS, so measuring it never moves the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {DayPoint} from './trend.js';

export const WIDTH = 288;
export const HEIGHT = 158;
const TOP = 14;
const ROW = 26;
/** The room kept right of the plot for the last point. */
const RIGHT_MARGIN = 8;
/** The font size of the axis words, in viewBox units (CSS px once measured). */
const FONT = 13;
/** The widest the mood words may be before they are drawn smaller. */
const MAX_LABEL_WIDTH = 120;
/** The narrowest viewBox drawn: below it (a very narrow column at a very large text size) the chart scales down. */
const MIN_WIDTH = 140;
/** The least room between two day labels' centres. */
const DAY_LABEL_ROOM = 64;

/** The y of a mood, 5 (very good) at the top to 1 (very low). */
export const yOf = (mood: number): number => TOP + (5 - mood) * ROW;
/** The x axis, half a row below mood 1. */
const AXIS = yOf(1) + ROW / 2;

export interface Layout {
  /** How wide the viewBox is. */
  width: number;
  /** Where the plot starts: the mood words sit to its left. */
  left: number;
  /** Where the plot ends. */
  right: number;
  /** Font size of the axis words: smaller when a pack's mood words are long. */
  font: number;
}

/**
 * Room for the mood words. SVG text does not wrap and measuring it would need the DOM, so
 * the width is estimated from the longest word (about 0.55 em a character).
 */
export function layoutFor(moods: readonly string[], width = WIDTH): Layout {
  const wanted = Math.max(...moods.map((word) => word.length)) * FONT * 0.55;
  const room = Math.min(wanted, MAX_LABEL_WIDTH);
  return {
    width,
    left: Math.ceil(room) + 10,
    right: width - RIGHT_MARGIN,
    font: wanted > MAX_LABEL_WIDTH ? (FONT * MAX_LABEL_WIDTH) / wanted : FONT,
  };
}

/** The x of the `index`-th of `count` days (a range always has at least 7). */
export function xOf(index: number, count: number, layout: Layout): number {
  return layout.left + (index * (layout.right - layout.left)) / (count - 1);
}

/** The mood line: one segment per run of days with a check-in, so a missing day leaves a gap. */
export function linePath(points: readonly DayPoint[], layout: Layout): string {
  let d = '';
  let previous = false;
  points.forEach((point, index) => {
    const has = point.mood !== undefined;
    if (has) d += `${previous ? 'L' : 'M'}${xOf(index, points.length, layout)} ${yOf(point.mood!)}`;
    previous = has;
  });
  return d;
}

/** A dotted line level with each mood word. */
export function gridPath(layout: Layout): string {
  let d = '';
  for (let mood = 1; mood <= 5; mood++) d += `M${layout.left} ${yOf(mood)}H${layout.right}`;
  return d;
}

/** A short tick under every day, so gaps read as days without a check-in; a longer one under each labelled day. */
export function ticksPath(count: number, layout: Layout, labelled: readonly number[] = []): string {
  let d = '';
  for (let index = 0; index < count; index++)
    d += `M${xOf(index, count, layout)} ${AXIS}v${labelled.includes(index) ? 9 : 5}`;
  return d;
}

/**
 * The days to name under the axis: every Monday (the start of a UK week), and the first and
 * last day where there is room, so a week, a fortnight or four weeks can be read at any width.
 * Where even the Mondays are too close, every other one.
 */
export function labelledDays(points: readonly DayPoint[], layout: Layout): number[] {
  const step = (layout.right - layout.left) / (points.length - 1);
  const mondays = points.flatMap((point, index) => (new Date(point.date).getUTCDay() === 1 ? [index] : []));
  const picked = mondays.filter((_, i) => step * 7 >= DAY_LABEL_ROOM || i % 2 === 0);
  const room = (a: number, b: number) => Math.abs(a - b) * step >= DAY_LABEL_ROOM;
  const last = points.length - 1;
  if (picked.every((index) => room(index, 0))) picked.unshift(0);
  if (picked.every((index) => room(index, last))) picked.push(last);
  return picked;
}

/**
 * Keeps the chart's viewBox in step with how it is drawn: one render when the column's width or
 * the reader's text size changes, none while they stay. The chart's CSS height is 158 px at the
 * default text size and grows with it, so the viewBox is the drawn width over that scale: its
 * words and marks grow with the text around them. Nothing happens where there is no
 * `ResizeObserver` (server rendering).
 */
export class ChartWidth implements ReactiveController {
  width = WIDTH;
  #observer?: ResizeObserver;
  #observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const {width: drawn, height} = entries[entries.length - 1].contentRect;
      if (!height) return;
      const width = Math.round((drawn * HEIGHT) / height);
      if (width >= MIN_WIDTH && width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.#observed = undefined;
  }

  hostUpdated(): void {
    const chart = this.find() ?? undefined;
    if (chart === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    if (chart) this.#observer?.observe(chart);
    this.#observed = chart;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
