// Plain-text and Markdown tables, shared by every verb that prints rows.

/** A cell: one line, or several lines stacked in the same column. */
export type Cell = string | readonly string[];

/**
 * Where a word too long for its column is cut: after a dot, hyphen, slash, colon or comma that
 * leaves at most `width` characters, so `*.s3.us-west-2.` / `amazonaws.com` stays readable;
 * at `width` when there is none.
 */
function cutAt(word: string, width: number): number {
  for (let i = width; i > width / 3; i--) if ('.-/:,'.includes(word[i - 1] as string)) return i;
  return width;
}

/** Break one line into lines of at most `width` characters, at spaces where it can. */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    let rest = word;
    if (current && current.length + 1 + rest.length <= width) {
      current += ` ${rest}`;
      continue;
    }
    if (current) out.push(current);
    current = '';
    while (rest.length > width) {
      const at = cutAt(rest, width);
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    current = rest;
  }
  if (current || out.length === 0) out.push(current);
  return out;
}

/** Words longer than this may be cut to fit a column when the table fits that way. */
const LONGEST_UNCUT_WORD = 20;

/** Widths at a cap: no column wider than its content or the cap, none narrower than its floor. */
function widthsAt(natural: number[], floors: number[], cap: number): number[] {
  return natural.map((w, i) => Math.max(Math.min(w, cap), floors[i] ?? 0));
}

/** The widest widths, narrowing the widest columns first, that fit `width`; undefined if none do. */
function fitWithin(natural: number[], floors: number[], width: number): number[] | undefined {
  const total = (cap: number) =>
    widthsAt(natural, floors, cap).reduce((sum, w) => sum + w, 2 * (natural.length - 1));
  let lo = 1;
  let hi = Math.max(...natural);
  if (total(hi) <= width) return natural;
  if (total(lo) > width) return undefined;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(mid) <= width) lo = mid;
    else hi = mid - 1;
  }
  return widthsAt(natural, floors, lo);
}

/**
 * Column widths that fit `width`: the widest columns give way first. First no column goes below
 * its header or its longest word (up to {@link LONGEST_UNCUT_WORD}), so words stay whole; when
 * that cannot fit, long words are cut at their dots and hyphens down to the headers' widths; a
 * table whose headers alone are wider than the terminal overflows.
 */
function fitWidths(natural: number[], header: string[], longestWords: number[], width: number): number[] {
  const soft = natural.map((w, i) =>
    Math.min(w, Math.max(header[i]?.length ?? 0, Math.min(longestWords[i] ?? 0, LONGEST_UNCUT_WORD))),
  );
  const hard = natural.map((w, i) => Math.min(w, Math.max(header[i]?.length ?? 0, 3)));
  return fitWithin(natural, soft, width) ?? fitWithin(natural, hard, width) ?? hard;
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
    const longestWords = header.map((_, i) =>
      lines.reduce(
        (w, r) => Math.max(w, ...(r[i] ?? []).flatMap((l) => l.split(' ').map((x) => x.length))),
        0,
      ),
    );
    const fitted = fitWidths(widths, header, longestWords, width);
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
