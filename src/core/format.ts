/** Small text helpers shared by the widgets. Pure: no DOM. */

/** Fills "{name}" placeholders in a content string. Values are text, never markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  // replace() turns what the callback returns into text itself.
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? values[key] : match) as string);
}
