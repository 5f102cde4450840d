// Plain-text and Markdown tables, shared by every verb that prints rows.

/** A cell: one line, or several lines stacked in the same column. */
export type Cell = string | string[];

/**
 * Columns padded to the widest cell, two spaces apart; a cell of several lines continues on the
 * lines below its row.
 *
 * @example
 * textTable(['A', 'B'], [['1', ['x', 'y']]]) // "A  B\n1  x\n   y\n"
 */
export function textTable(header: string[], rows: Cell[][]): string {
  const lines = rows.map((r) => r.map((c) => (typeof c === 'string' ? [c] : c)));
  const widths = header.map((h, i) =>
    lines.reduce((w, r) => Math.max(w, ...(r[i] ?? []).map((l) => l.length)), h.length),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header)];
  for (const row of lines) {
    const height = Math.max(1, ...row.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(row.map((c) => c[k] ?? '')));
  }
  return `${out.join('\n')}\n`;
}

/** Escape text for a Markdown table cell; several lines become `<br>`. */
export function markdownCell(s: Cell): string {
  const text = typeof s === 'string' ? s : s.join('\n');
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('*', '\\*')
    .replaceAll('<', '&lt;')
    .replaceAll('\n', '<br>');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(header: string[], rows: Cell[][]): string {
  const out = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.map(markdownCell).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}
