// portplan as a library: the file-free core, plus reading catalogs and inventories from files.
/**
 * @example
 * import { builtinCatalog, readInventory, planInventory, aggregateRules, findTarget, renderToString } from 'portplan';
 * const plan = planInventory(builtinCatalog(), readInventory('site.yaml'));
 * const csv = renderToString(findTarget('csv')!, { plan, rules: aggregateRules(plan.openings) });
 */

export { BUILTIN_CATALOG_PATH, builtinCatalog, readCatalog } from './catalog/read.js';
export * from './core.js';
export { readInventory } from './inventory/read.js';
