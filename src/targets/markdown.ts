// Markdown: a GitHub-flavoured table to paste into a change ticket or a wiki.
import { markdownTable } from '../common/tables.js';
import { type Column, withListing } from './_columns.js';
import { EVERYTHING, type Target } from './_target.js';

function markdownText<T>(columns: Column<T>[], items: readonly T[]): string {
  const shown = columns.filter((c) => c.heading !== undefined);
  return markdownTable(
    shown.map((c) => c.heading as string),
    items.map((item) => shown.map((c) => c.cell(item))),
  );
}

export const markdown: Target = {
  name: 'markdown',
  extension: '.md',
  summary: 'a Markdown table for a change ticket or a wiki',
  supports: EVERYTHING,
  *render(input) {
    yield withListing(input, markdownText);
  },
};
