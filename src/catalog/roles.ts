// The role model: which roles an endpoint names and which kind of data source fills each role.
import {
  type Condition,
  type Endpoint,
  type Requirement,
  ROLES,
  type Role,
  type SourceKind,
} from './schema.js';

/** The role an endpoint names, if it names one. */
export function endpointRole(e: Endpoint): Role | undefined {
  if (typeof e !== 'string') return e.role;
  return ROLE_SET.has(e) ? (e as Role) : undefined;
}

/** The roles, for membership tests. */
export const ROLE_SET: ReadonlySet<string> = new Set<string>(ROLES);

/** The kind of inventory data source a role's hosts come from; global roles have none. */
export const ROLE_SOURCE: Partial<Record<Role, SourceKind>> = {
  vcenter: 'vmware',
  esxi: 'vmware',
  'hyperv-host': 'hyperv',
  'hyperv-guest': 'hyperv',
  physical: 'physical',
  oracle: 'oracle',
  mssql: 'mssql',
  nas: 'nas',
};

/** The kind of data source each condition key is read from. */
export const CONDITION_SOURCE: Record<keyof Condition, SourceKind> = {
  platform: 'vmware',
  os: 'oracle',
  nasProtocol: 'nas',
};

/** The one kind of data source a requirement is expanded over, if any (its roles and conditions agree). */
export function requirementSource(r: Requirement): SourceKind | undefined {
  const kinds = sourceKinds(r);
  return kinds[0];
}

/** The kinds of data source a requirement's roles and conditions name. */
export function sourceKinds(r: Requirement): SourceKind[] {
  const kinds = new Set<SourceKind>();
  for (const e of [...r.from, ...r.to]) {
    const role = endpointRole(e);
    const kind = role && ROLE_SOURCE[role];
    if (kind) kinds.add(kind);
  }
  for (const key of Object.keys(r.when ?? {}) as (keyof Condition)[]) kinds.add(CONDITION_SOURCE[key]);
  return [...kinds];
}
