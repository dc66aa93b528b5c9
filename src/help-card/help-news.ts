/**
 * What a widget's live region says when an answer changes the help card on screen: once, what
 * and where ("Immediate action required: Call 999, below."), or that the help has gone; nothing
 * when it did not change, so nothing is read again. The check-in and the baby-cues guide share it.
 */
import {formatMessage} from '../core/plural.js';
import type {HelpLevelContent} from '../schema/help.js';

/** The pack's words for it: "{help} {action}, below." and the words for help that has gone. */
export interface HelpNewsWords {
  helpShown?: string;
  helpGone?: string;
}

/**
 * `before` and `after` name the help shown (any value that tells one card from another), and
 * `card` is the card shown after. Without `helpShown` the card's prefix and heading are said.
 */
export function helpNews(
  locale: string,
  words: HelpNewsWords,
  before: string | undefined,
  after: string | undefined,
  card: HelpLevelContent | undefined,
): string {
  if (before === after) return '';
  if (!after || !card) return words.helpGone ?? '';
  const {hiddenPrefix, heading, actions} = card;
  if (!words.helpShown) return `${hiddenPrefix} ${heading}`;
  return formatMessage(locale, words.helpShown, {help: hiddenPrefix, action: actions[0].label});
}
