// Narrow openings to some connectors, workloads, directions or scopes.
import type { Workload } from '../catalog/schema.js';
import { PlanError } from '../errors.js';
import type { Direction, Opening, Scope } from './types.js';

export interface PlanFilter {
  /** Connector names; keeps openings that start or end on one of them. */
  connectors?: string[];
  workloads?: Workload[];
  directions?: Direction[];
  scopes?: Scope[];
}

/**
 * Keep the openings that pass every given filter. A connector name the inventory lacks is an error.
 *
 * @example
 * filterOpenings(openings, { connectors: ['sc-01'], directions: ['out'] }, ['sc-01', 'sc-02']);
 */
export function filterOpenings(
  openings: readonly Opening[],
  filter: PlanFilter,
  connectorNames: string[],
): Opening[] {
  for (const name of filter.connectors ?? []) {
    if (!connectorNames.includes(name)) {
      throw new PlanError(`unknown connector "${name}"; the inventory has: ${connectorNames.join(', ')}`);
    }
  }
  const onConnector = (o: Opening, names: string[]) =>
    (o.from.role === 'connector' && names.includes(o.from.name ?? '')) ||
    (o.to.role === 'connector' && names.includes(o.to.name ?? ''));
  return openings.filter(
    (o) =>
      (!filter.connectors?.length || onConnector(o, filter.connectors)) &&
      (!filter.workloads?.length || filter.workloads.includes(o.workload)) &&
      (!filter.directions?.length || filter.directions.includes(o.direction)) &&
      (!filter.scopes?.length || filter.scopes.includes(o.scope)),
  );
}
