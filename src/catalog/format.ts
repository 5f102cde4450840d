// Print a catalog's requirements as a table, JSON or Markdown, each with its vendor reference.
import { markdownTable, textTable } from '../common/tables.js';
import type { Catalog, Endpoint, Ref, Requirement } from './schema.js';

export const CATALOG_FORMATS = ['table', 'json', 'markdown'] as const;
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

function conditionText(r: Requirement): string {
  return Object.entries(r.when ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

function columns(r: Requirement): string[] {
  return [
    r.id,
    r.workload,
    r.from.map(endpointText).join(', '),
    r.to.map(endpointText).join(', '),
    requirementPorts(r),
    r.transport,
    r.scope,
    conditionText(r),
    r.gateway ? `${r.purpose} [${r.gateway} gateway]` : r.purpose,
    formatRef(r.ref),
  ];
}

const HEADER = ['ID', 'WORKLOAD', 'FROM', 'TO', 'PORTS', 'PROTO', 'SCOPE', 'WHEN', 'PURPOSE', 'REFERENCE'];

/**
 * Print the requirements of a catalog.
 *
 * @example
 * formatCatalog(builtinCatalog(), 'markdown');
 */
export function formatCatalog(catalog: Catalog, format: CatalogFormat): string {
  const rows = catalog.requirements.map(columns);
  if (format === 'json') return `${JSON.stringify(catalog, null, 2)}\n`;
  if (format === 'markdown')
    return markdownTable(
      HEADER.map((h) => h[0] + h.slice(1).toLowerCase()),
      rows,
    );
  return textTable(HEADER, rows);
}
