// Markdown: a GitHub-flavoured table to paste into a change ticket or a wiki.
import { markdownCell, markdownFootnotes, markdownTable } from '../common/tables.js';
import { withCatalogListing } from './_catalog.js';
import { type Column, type Footnotes, withListing } from './_columns.js';
import { EVERYTHING, type Target } from './_target.js';

function markdownListing<T>(
  columns: Column<T>[],
  items: readonly T[],
  notes: Footnotes,
  warnings: readonly string[] = [],
): string {
  const shown = columns.filter((c) => c.heading !== undefined);
  const table = markdownTable(
    shown.map((c) => c.heading as string),
    items.map((item) => shown.map((c) => c.cell(item))),
  );
  const said =
    warnings.length === 0 ? '' : `\nWarnings:\n\n${warnings.map((w) => `- ${markdownCell(w)}`).join('\n')}\n`;
  // A list after the table: the numbers in the Purpose cells point at its items.
  return table + markdownFootnotes(notes.notes) + said;
}

export const markdown: Target = {
  name: 'markdown',
  extension: '.md',
  summary: 'a Markdown table for a change ticket or a wiki',
  supports: EVERYTHING,
  *render(input) {
    const warnings = input.plan.warnings.map((w) => w.message);
    yield withListing(input, (columns, items, notes) => markdownListing(columns, items, notes, warnings));
  },
  *renderCatalog(catalog) {
    yield withCatalogListing(catalog, markdownListing);
  },
};
