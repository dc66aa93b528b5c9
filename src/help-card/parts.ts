/**
 * The help card's `::part()` names, which the widgets that show a help card inside them (the
 * check-in, the trend, the baby-cues guide) pass on with a `help-` prefix, so a host's styles
 * reach the crisis card too: `attune-mood-check-in::part(help-action)`. Each name is documented
 * with `@csspart` on the help card, and as `help-<part>` on each of those widgets (a Node test
 * checks both against this list).
 */
export const helpCardParts = [
  'base',
  'card',
  'card-emergency',
  'card-urgent',
  'card-non-urgent',
  'card-support',
  'heading',
  'signs',
  'actions',
  'action',
  'partner',
  'partner-summary',
  'partner-body',
  'partner-emergency',
  'partner-heading',
  'partner-list',
  'partner-actions',
];

/** The `exportparts` of an inner help card: each part as `help-<part>`. */
export const helpCardExportParts = helpCardParts.map((part) => `${part}:help-${part}`).join(', ');
