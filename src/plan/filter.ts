// Narrow a plan to some connectors, workloads, directions or scopes.
import type { Workload } from '../catalog/schema.js';
import { UsageError } from '../errors.js';
import type { Direction, Flow, Plan, Scope } from './types.js';

export interface PlanFilter {
  /** Connector names; keeps flows that start or end on one of them. */
  connectors?: string[];
  workloads?: Workload[];
  directions?: Direction[];
  scopes?: Scope[];
}

/**
 * Keep the flows that pass every given filter. Unknown connector names are a usage error.
 *
 * @example
 * filterPlan(plan, { connectors: ['sc-01'], directions: ['out'] }, ['sc-01', 'sc-02']);
 */
export function filterPlan(plan: Plan, filter: PlanFilter, connectorNames: string[]): Plan {
  for (const name of filter.connectors ?? []) {
    if (!connectorNames.includes(name)) {
      throw new UsageError(`unknown connector "${name}"; the inventory has: ${connectorNames.join(', ')}`);
    }
  }
  const onConnector = (f: Flow, names: string[]) =>
    (f.from.role === 'connector' && names.includes(f.from.name ?? '')) ||
    (f.to.role === 'connector' && names.includes(f.to.name ?? ''));
  const flows = plan.flows.filter(
    (f) =>
      (!filter.connectors?.length || onConnector(f, filter.connectors)) &&
      (!filter.workloads?.length || filter.workloads.includes(f.workload)) &&
      (!filter.directions?.length || filter.directions.includes(f.direction)) &&
      (!filter.scopes?.length || filter.scopes.includes(f.scope)),
  );
  return { ...plan, flows };
}
