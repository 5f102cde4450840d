// CSV: the columns a change request needs, one line per flow or rule (RFC 4180, Unix line ends).
import { csvField } from '../common/csv.js';
import type { Cell } from '../common/tables.js';
import { withCatalogListing } from './_catalog.js';
import { type Column, withListing } from './_columns.js';
import { EVERYTHING, type Target } from './_target.js';

/** Several values in one cell, so that no cell has to be matched by position with another. */
const csvCell = (c: Cell) => csvField(typeof c === 'string' ? c : c.join('; '));

/** Lines per piece yielded: large enough that writes are few, small enough that memory stays flat. */
const BATCH = 1000;

function* csvLines<T>(columns: Column<T>[], items: readonly T[]): Generator<string> {
  const shown = columns.filter((c) => c.csv !== undefined);
  const cells = shown.map((c) => c.cell);
  let lines = [shown.map((c) => csvField(c.csv as string)).join(',')];
  const row: string[] = new Array(cells.length);
  for (const item of items) {
    for (let i = 0; i < cells.length; i++) row[i] = csvCell((cells[i] as (item: T) => Cell)(item));
    lines.push(row.join(','));
    if (lines.length >= BATCH) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

export const csv: Target = {
  name: 'csv',
  extension: '.csv',
  summary: 'one line per flow or rule with the columns a change request needs',
  supports: EVERYTHING,
  render: (input) => withListing(input, csvLines),
  renderCatalog: (catalog) => withCatalogListing(catalog, csvLines),
};
