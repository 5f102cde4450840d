// The plan stage as one call: expand the catalog over the inventory, filter, merge into flows.
import type { Catalog } from '../catalog/schema.js';
import { coversEverything } from '../common/address.js';
import type { Inventory } from '../inventory/schema.js';
import { endKeys } from './ends.js';
import { expandOpenings } from './expand.js';
import { filterOpenings, type PlanFilter } from './filter.js';
import { mergeOpenings } from './merge.js';
import type { Flow, Opening, Plan, PlanWarning } from './types.js';

/** An address that stands for every address (a /0, or a range over the whole family) in a planned opening. */
function everywhereWarnings(openings: readonly Opening[]): PlanWarning[] {
  const keyOf = endKeys();
  const seen = new Set<string>();
  const warnings: PlanWarning[] = [];
  for (const o of openings) {
    for (const end of [o.from, o.to]) {
      if (end.kind !== 'cidr' && end.kind !== 'range') continue;
      const key = `${end.role}\u0000${keyOf(end)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (coversEverything(end.host, end.kind)) {
        warnings.push({
          message: `${end.host} (${end.role}) stands for every address: its rules open to and from anywhere; name the hosts or networks instead`,
        });
      }
    }
  }
  return warnings;
}

/**
 * What an inventory needs opened: openings per requirement, and flows per (source host,
 * destination, transport), after the filter. Rules are made from `plan.openings` by `aggregateRules`.
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
  const workloads = filter.workloads ?? [];
  const said = warnings.filter(
    (w) => !w.workload || workloads.length === 0 || workloads.includes(w.workload),
  );
  const planned = new Set(kept.map((o) => o.requirement));
  const interpretations: Record<string, string> = {};
  for (const r of catalog.requirements) {
    if (r.interpretation && planned.has(r.id)) interpretations[r.id] = r.interpretation;
  }
  let flows: Flow[] | undefined;
  return {
    catalog: { name: catalog.name, source: catalog.source },
    region: inventory.cloud.region,
    interpretations,
    // Merged when first read: rules are made from the openings, so a listing of rules never reads
    // the flows, which cost a 100,000-host plan half a second and 100 MB (bench/README.md).
    get flows() {
      flows ??= mergeOpenings(kept);
      return flows;
    },
    set flows(value) {
      flows = value;
    },
    openings: kept,
    warnings: [...said, ...everywhereWarnings(kept)],
  };
}
