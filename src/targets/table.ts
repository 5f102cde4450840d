// The plain-text table for a terminal: the columns a reader scans, several values stacked in a cell.
import { textFootnotes, textTable, wrapLine } from '../common/tables.js';
import { withCatalogListing } from './_catalog.js';
import { type Column, type Footnotes, withListing } from './_columns.js';
import { EVERYTHING, type RenderOptions, type Target } from './_target.js';

function tableText<T>(
  columns: Column<T>[],
  items: readonly T[],
  notes: Footnotes,
  options: RenderOptions,
  warnings: readonly string[] = [],
): string {
  const shown = columns.filter((c) => c.title !== undefined);
  const table = textTable(
    shown.map((c) => c.title as string),
    items.map((item) => shown.map((c) => (c.brief ?? c.cell)(item))),
    options.width,
  );
  // What the plan leaves out belongs with the table when it goes into a ticket (-o), not only on stderr.
  const said = warnings.length === 0 ? [] : ['', 'Warnings:', ...warnings.map((w) => `- ${w}`)];
  const lines = options.width ? said.flatMap((l) => wrapLine(l, options.width as number)) : said;
  return table + textFootnotes(notes.notes, options.width) + (lines.length ? `${lines.join('\n')}\n` : '');
}

export const table: Target = {
  name: 'table',
  extension: '.txt',
  summary: 'a table for the terminal (default on a terminal)',
  supports: EVERYTHING,
  *render(input, options = {}) {
    const warnings = input.plan.warnings.map((w) => w.message);
    yield withListing(input, (columns, items, notes) => tableText(columns, items, notes, options, warnings));
  },
  *renderCatalog(catalog, options = {}) {
    yield withCatalogListing(catalog, (columns, items, notes) => tableText(columns, items, notes, options));
  },
};
