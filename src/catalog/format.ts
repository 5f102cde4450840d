// How a catalog's fields read as text: references, endpoints, ports and conditions (src/targets shows them).
import type { Endpoint, Ref, Requirement } from './schema.js';

/** `SaaS Connector Management, table 1, row 3` */
export function formatRef(ref: Ref): string {
  return `${ref.section}, table ${ref.table}, row ${ref.row}`;
}

/** `connector`, or `dns (default 8.8.8.8)` for a host the inventory may replace. */
export function endpointText(e: Endpoint): string {
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
