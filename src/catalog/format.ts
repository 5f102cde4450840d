// Print a catalog's requirements as a table, JSON or Markdown, each with its vendor reference.
import { csvField } from '../common/csv.js';
import { markdownFootnotes, markdownTable, textFootnotes, textTable } from '../common/tables.js';
import type { Catalog, Endpoint, Ref, Requirement } from './schema.js';

export const CATALOG_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

/** `SaaS Connector Management, table 1, row 3` */
export function formatRef(ref: Ref): string {
  return `${ref.section}, table ${ref.table}, row ${ref.row}`;
}

function endpointText(e: Endpoint): string {
  return typeof e === 'string' ? e : `${e.role} (default ${e.default.join(', ')})`;
}

/** Ports as the document states them, with choices and optional ports spelled out. */
export function requirementPorts(r: Requirement): string {
  let text = r.ports === 'any' ? 'any' : r.ports.join(', ');
  if (r.choice) text += ` (or ${r.choice.alternatives.join(', ')} by ${r.choice.setting})`;
  for (const o of r.optional ?? []) text += ` (+${o.ports.join(', ')} with ${o.when})`;
  return text;
}

/** When a row is planned: its conditions on the data source, and the data sources it needs. */
export function conditionText(r: Requirement): string {
  return [
    ...Object.entries(r.when ?? {}).map(([k, v]) => `${k}=${v}`),
    ...(r.onlyWith ? [`with ${r.onlyWith.join('|')}`] : []),
  ].join(' ');
}

const purposeText = (r: Requirement) => (r.gateway ? `${r.purpose} [${r.gateway} gateway]` : r.purpose);

function columns(r: Requirement, mark: string): string[] {
  return [
    r.id,
    r.workload,
    r.from.map(endpointText).join(', '),
    r.to.map(endpointText).join(', '),
    requirementPorts(r),
    r.transport,
    r.scope,
    conditionText(r),
    mark ? `${purposeText(r)} ${mark}` : purposeText(r),
    formatRef(r.ref),
  ];
}

const HEADER = ['ID', 'WORKLOAD', 'FROM', 'TO', 'PORTS', 'PROTO', 'SCOPE', 'WHEN', 'PURPOSE', 'REFERENCE'];

/** Rows that carry an interpretation get a number in the table, and the text below it. */
function numbered(catalog: Catalog): { marks: string[]; notes: string[] } {
  const notes: string[] = [];
  const marks = catalog.requirements.map((r) =>
    r.interpretation ? `[${notes.push(`${r.id}: ${r.interpretation}`)}]` : '',
  );
  return { marks, notes };
}

/**
 * Print the requirements of a catalog.
 *
 * @example
 * formatCatalog(builtinCatalog(), 'markdown');
 */
export function formatCatalog(catalog: Catalog, format: CatalogFormat, width?: number): string {
  if (format === 'json') return `${JSON.stringify(catalog, null, 2)}\n`;
  if (format === 'csv') {
    const lines = [CSV_HEADER.join(',')];
    for (const r of catalog.requirements) {
      lines.push(
        [...columns(r, '').slice(0, 8), purposeText(r), r.interpretation ?? '', formatRef(r.ref)]
          .map(csvField)
          .join(','),
      );
    }
    return `${lines.join('\n')}\n`;
  }
  const { marks, notes } = numbered(catalog);
  const rows = catalog.requirements.map((r, i) => columns(r, marks[i] ?? ''));
  if (format === 'markdown') {
    const heading = HEADER.map((h) => h[0] + h.slice(1).toLowerCase());
    return markdownTable(heading, rows) + markdownFootnotes(notes);
  }
  return textTable(HEADER, rows, width) + textFootnotes(notes, width);
}

const CSV_HEADER = [
  'id',
  'workload',
  'from',
  'to',
  'ports',
  'transport',
  'scope',
  'when',
  'purpose',
  'interpretation',
  'reference',
];
