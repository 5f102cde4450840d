// The plain-text table for a terminal: the columns a reader scans, several values stacked in a cell.
import { textFootnotes, textTable } from '../common/tables.js';
import { type Column, type Footnotes, withListing } from './_columns.js';
import { EVERYTHING, type RenderOptions, type Target } from './_target.js';

function tableText<T>(
  columns: Column<T>[],
  items: readonly T[],
  notes: Footnotes,
  options: RenderOptions,
): string {
  const shown = columns.filter((c) => c.title !== undefined);
  const table = textTable(
    shown.map((c) => c.title as string),
    items.map((item) => shown.map((c) => (c.brief ?? c.cell)(item))),
    options.width,
  );
  return table + textFootnotes(notes.notes, options.width);
}

export const table: Target = {
  name: 'table',
  extension: '.txt',
  summary: 'a table for the terminal (default on a terminal)',
  supports: EVERYTHING,
  *render(input, options = {}) {
    yield withListing(input, (columns, items, notes) => tableText(columns, items, notes, options));
  },
};
