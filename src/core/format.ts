/** Small text helpers shared by the widgets. Pure: no DOM. */

/** Fills "{name}" placeholders in a content string. Values are text, never markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  // replace() turns what the callback returns into text itself.
  // Own keys only: "{constructor}" in a pack is text, not Object.prototype.constructor.
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
