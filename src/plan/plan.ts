// The plan stage as one call: expand the catalog over the inventory, filter, merge into flows.
import type { Catalog } from '../catalog/schema.js';
import type { Inventory } from '../inventory/schema.js';
import { expandOpenings } from './expand.js';
import { filterOpenings, type PlanFilter } from './filter.js';
import { mergeOpenings } from './merge.js';
import type { Plan } from './types.js';

/**
 * What an inventory needs opened: openings per requirement, and flows per (source host,
 * destination, transport), after the filter. Rules are made from `plan.openings` by `aggregateFlows`.
 *
 * @example
 * const plan = planInventory(builtinCatalog(), inventory, { directions: ['in'] });
 */
export function planInventory(catalog: Catalog, inventory: Inventory, filter: PlanFilter = {}): Plan {
  const { openings, warnings } = expandOpenings(catalog, inventory);
  const kept = filterOpenings(
    openings,
    filter,
    inventory.connectors.map((c) => c.name),
  );
  return {
    catalog: { name: catalog.name, source: catalog.source },
    region: inventory.cloud.region,
    flows: mergeOpenings(kept),
    openings: kept,
    warnings,
  };
}
