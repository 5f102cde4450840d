// portplan's API without file access: load a catalog and an inventory from text, plan, aggregate, render.
// Everything here runs in a browser or a worker as well as in Node.js (test/library.test.ts checks it).

export type { CatalogDiff, ChangedRequirement, FieldChange } from './catalog/diff.js';
export { diffCatalogs, formatCatalogDiff } from './catalog/diff.js';
export { formatRef } from './catalog/format.js';
export type { ImportResult, SkippedRow } from './catalog/import.js';
export { importVendorDocument } from './catalog/import.js';
export { loadCatalog } from './catalog/load.js';
export type {
  App,
  Catalog,
  Endpoint,
  Ref,
  Requirement,
  Role,
  SourceKind,
  Workload,
} from './catalog/schema.js';
export { APPS, catalogJsonSchema, ROLES, SOURCE_KINDS, WORKLOADS } from './catalog/schema.js';
export type { AddressKind } from './common/address.js';
export type { Position, Problem } from './errors.js';
export { formatProblem, InputError, PlanError, PortplanError, UsageError } from './errors.js';
export { loadInventory } from './inventory/load.js';
export type { Inventory } from './inventory/schema.js';
export { inventoryJsonSchema } from './inventory/schema.js';
export { aggregateRules } from './plan/aggregate.js';
export type { PlanFilter } from './plan/filter.js';
export { planInventory } from './plan/plan.js';
export type {
  Direction,
  Flow,
  FlowEnd,
  Opening,
  Plan,
  PlanWarning,
  Rule,
  Scope,
  Transport,
} from './plan/types.js';
export { PLAN_VERSION } from './plan/types.js';
export type { Capabilities, RenderInput, RenderOptions, Target } from './targets/_target.js';
export { renderToString } from './targets/_target.js';
export { findTarget, TARGET_NAMES, TARGETS } from './targets/registry.js';
