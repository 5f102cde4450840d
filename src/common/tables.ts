// Plain-text and Markdown tables, shared by every verb that prints rows.

/** A cell: one line, or several lines stacked in the same column. */
export type Cell = string | readonly string[];

/** Break one line into lines of at most `width` characters, at spaces where it can. */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    let rest = word;
    // A word longer than the column is cut: an FQDN must not push the table off the screen.
    while (rest.length > width) {
      if (current) out.push(current);
      current = '';
      out.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      out.push(current);
      current = rest;
    }
  }
  if (current || out.length === 0) out.push(current);
  return out;
}

/** Words longer than this may be cut to fit a column; shorter ones never are. */
const LONGEST_UNCUT_WORD = 20;

/**
 * Column widths that fit `width`: the widest columns give way first, none below its header or its
 * longest word (up to {@link LONGEST_UNCUT_WORD}) — a table that cannot fit that way overflows
 * rather than cut `connector` into `connecto` and `r`.
 */
function fitWidths(natural: number[], floors: number[], width: number): number[] {
  const gaps = 2 * (natural.length - 1);
  const widthAt = (cap: number) => natural.map((w, i) => Math.max(Math.min(w, cap), floors[i] ?? 0));
  const total = (cap: number) => widthAt(cap).reduce((sum, w) => sum + w, gaps);
  let lo = 1;
  let hi = Math.max(...natural);
  if (total(hi) <= width) return natural;
  // The largest cap at which the table fits (at the floors when none does).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(mid) <= width) lo = mid;
    else hi = mid - 1;
  }
  return widthAt(lo);
}

/**
 * Columns padded to the widest cell, two spaces apart; a cell of several lines continues on the
 * lines below its row. Given a `width` (a terminal's columns), long cells wrap within their column
 * so the table fits; without one (a pipe, a file) nothing is wrapped.
 *
 * @example
 * textTable(['A', 'B'], [['1', ['x', 'y']]]) // "A  B\n1  x\n   y\n"
 */
export function textTable(header: string[], rows: Cell[][], width?: number): string {
  let lines = rows.map((r) => r.map((c) => (typeof c === 'string' ? [c] : c)));
  let widths = header.map((h, i) =>
    lines.reduce((w, r) => Math.max(w, ...(r[i] ?? []).map((l) => l.length)), h.length),
  );
  if (width !== undefined) {
    const floors = header.map((h, i) =>
      Math.min(
        widths[i] ?? 0,
        lines.reduce(
          (w, r) =>
            Math.max(
              w,
              ...(r[i] ?? []).flatMap((l) => l.split(' ').map((x) => Math.min(x.length, LONGEST_UNCUT_WORD))),
            ),
          h.length,
        ),
      ),
    );
    const fitted = fitWidths(widths, floors, width);
    if (fitted.some((w, i) => w < (widths[i] ?? 0))) {
      lines = lines.map((r) => r.map((c, i) => c.flatMap((l) => wrapLine(l, fitted[i] ?? l.length))));
      widths = fitted;
    }
  }
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

const NOTES_HEADING = 'How portplan reads rows the vendor document leaves unclear:';

/**
 * Numbered notes below a text table (`[1] …`), wrapped to `width` when given; '' without notes.
 * The numbers match the `[1]` marks in the table's cells.
 */
export function textFootnotes(notes: readonly string[], width?: number): string {
  if (notes.length === 0) return '';
  const lines = [NOTES_HEADING, ...notes.map((n, i) => `[${i + 1}] ${n}`)];
  return `\n${(width ? lines.flatMap((l) => wrapLine(l, width)) : lines).join('\n')}\n`;
}

/** The same notes as a Markdown list after a table; '' without notes. */
export function markdownFootnotes(notes: readonly string[]): string {
  if (notes.length === 0) return '';
  return `\n${NOTES_HEADING}\n\n${notes.map((n, i) => `- [${i + 1}] ${markdownCell(n)}`).join('\n')}\n`;
}
