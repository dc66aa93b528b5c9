// Shared by the benchmark scripts: order statistics of a sample, and how times are printed.

/** Median, quartiles and extremes of `values`. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1)};
}

export const ms = (n) => `${n.toFixed(2)} ms`;

/** A Markdown table, each column as wide as its widest cell. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
