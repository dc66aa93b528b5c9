/**
 * Chart geometry, apart from rendering: where each day and mood sits in the SVG's viewBox.
 * The viewBox is as wide as a 320 px phone's content box, so text is drawn near 1:1 there.
 */
import type {DayPoint} from './trend.js';

export const WIDTH = 288;
export const HEIGHT = 158;
const TOP = 14;
const ROW = 26;
/** Where the plot ends, leaving room for the last point. */
export const PLOT_RIGHT = WIDTH - 8;
/** The font size of the axis words, in viewBox units. */
export const FONT = 13;
/** The widest the mood words may be before they are drawn smaller. */
const MAX_LABEL_WIDTH = 120;

/** The y of a mood, 5 (very good) at the top to 1 (very low). */
export const yOf = (mood: number): number => TOP + (5 - mood) * ROW;
/** The x axis, half a row below mood 1. */
export const AXIS = yOf(1) + ROW / 2;

export interface Layout {
  /** Where the plot starts: the mood words sit to its left. */
  left: number;
  /** Font size of the axis words: smaller when a pack's mood words are long. */
  font: number;
}

/**
 * Room for the mood words. SVG text does not wrap and measuring it would need the DOM, so
 * the width is estimated from the longest word (about 0.55 em a character).
 */
export function layoutFor(moods: readonly string[]): Layout {
  const wanted = Math.max(...moods.map((word) => word.length)) * FONT * 0.55;
  const width = Math.min(wanted, MAX_LABEL_WIDTH);
  return {left: Math.ceil(width) + 10, font: wanted > MAX_LABEL_WIDTH ? FONT * MAX_LABEL_WIDTH / wanted : FONT};
}

/** The x of the `index`-th of `count` days (a range always has at least 7). */
export function xOf(index: number, count: number, left: number): number {
  return left + index * (PLOT_RIGHT - left) / (count - 1);
}

/** The mood line: one segment per run of days with a check-in, so a missing day leaves a gap. */
export function linePath(points: readonly DayPoint[], left: number): string {
  let d = '';
  let previous = false;
  points.forEach((point, index) => {
    const has = point.mood !== undefined;
    if (has) d += `${previous ? 'L' : 'M'}${xOf(index, points.length, left)} ${yOf(point.mood!)}`;
    previous = has;
  });
  return d;
}

/** A dotted line level with each mood word. */
export function gridPath(left: number): string {
  let d = '';
  for (let mood = 1; mood <= 5; mood++) d += `M${left} ${yOf(mood)}H${PLOT_RIGHT}`;
  return d;
}

/** A short tick under every day, so gaps read as days without a check-in. */
export function ticksPath(count: number, left: number): string {
  let d = '';
  for (let index = 0; index < count; index++) d += `M${xOf(index, count, left)} ${AXIS}v5`;
  return d;
}
