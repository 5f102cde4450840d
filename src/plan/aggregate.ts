// Merge openings into the smallest honest set of rules: a rule's sources × destinations × ports are all needed.
import type { App, Ref } from '../catalog/schema.js';
import { type AddressBlock, addressBlock, formatBlock, uniteBlocks } from '../common/address.js';
import { endKeys } from './ends.js';
import type { Direction, FlowEnd, Opening, Rule } from './types.js';

interface Group {
  sources: FlowEnd[];
  destinations: FlowEnd[];
  ports: Set<number> | 'any';
  ranges: (readonly [number, number])[];
  apps: Set<App>;
  /** Port (or `first-last` range) → application protocol. */
  portApps: Map<string, App>;
  requirements: Set<string>;
  refs: Ref[];
  first: Opening;
  /** Hosts already listed, kept beside the lists so that merging stays linear. */
  listed: { sources: Set<string>; destinations: Set<string> };
}

const DIRECTION_ORDER: Record<Direction, number> = { out: 0, in: 1, lateral: 2 };

function portsKey(ports: Set<number> | 'any', ranges: readonly (readonly [number, number])[]): string {
  if (ports === 'any') return 'any';
  return `${[...ports].sort((a, b) => a - b).join(',')}|${ranges.map((r) => r.join('-')).join(',')}`;
}

function hostsKey(ends: readonly FlowEnd[], keyOf: (e: FlowEnd) => string): string {
  return ends.map(keyOf).sort().join(',');
}

/** What must be equal for two flows to share a rule, besides hosts and ports. */
function contextKey(f: Opening): string {
  return [f.transport, f.purpose, f.direction, f.scope, f.gateway ?? '', f.note ?? ''].join('\u0000');
}

function appsOf(f: Opening): App[] {
  if (f.ports === 'any') return [f.app];
  return f.ports.map((p) => f.portApps?.[String(p)] ?? f.app);
}

function portAppsOf(f: Opening): Map<string, App> {
  const out = new Map<string, App>();
  if (f.ports === 'any') return out;
  for (const p of f.ports) out.set(String(p), f.portApps?.[String(p)] ?? f.app);
  for (const [lo, hi] of f.portRanges ?? []) out.set(`${lo}-${hi}`, f.portApps?.[`${lo}-${hi}`] ?? f.app);
  return out;
}

function mergeInto(
  target: Group,
  g: Group,
  what: 'sources' | 'destinations' | 'ports',
  keyOf: (e: FlowEnd) => string,
): void {
  if (what === 'ports') {
    if (target.ports !== 'any' && g.ports !== 'any') for (const p of g.ports) target.ports.add(p);
    else target.ports = 'any';
    target.ranges.push(...g.ranges.filter((r) => !target.ranges.some((t) => t[0] === r[0] && t[1] === r[1])));
  } else {
    const seen = target.listed[what];
    for (const e of g[what]) {
      const key = keyOf(e);
      if (seen.has(key)) continue;
      seen.add(key);
      target[what].push(e);
    }
  }
  for (const a of g.apps) target.apps.add(a);
  for (const [p, app] of g.portApps) if (!target.portApps.has(p)) target.portApps.set(p, app);
  for (const r of g.requirements) target.requirements.add(r);
  for (const ref of g.refs) {
    if (!target.refs.some((t) => t.table === ref.table && t.row === ref.row)) target.refs.push(ref);
  }
}

function mergeBy(
  groups: Group[],
  key: (g: Group) => string,
  what: 'sources' | 'destinations' | 'ports',
  keyOf: (e: FlowEnd) => string,
): Group[] {
  const out = new Map<string, Group>();
  for (const g of groups) {
    const k = key(g);
    const existing = out.get(k);
    if (existing) mergeInto(existing, g, what, keyOf);
    else out.set(k, g);
  }
  return [...out.values()];
}

/** Each end's block of addresses (see `addressBlock`), computed once per end object. */
function endBlocks(): (end: FlowEnd) => AddressBlock | undefined {
  const blocks = new Map<FlowEnd, AddressBlock | undefined>();
  return (end) => {
    if (blocks.has(end)) return blocks.get(end);
    const block = end.name === undefined ? addressBlock(end.host, end.kind) : undefined;
    blocks.set(end, block);
    return block;
  };
}

/**
 * A rule's ends with neighbours collapsed: unnamed addresses, CIDRs and ranges of one role that
 * overlap or touch become one end (see `formatBlock`: an address, an exact CIDR, else a range),
 * placed where the first of them was. An end that alone makes its block stays as written. Named
 * hosts stay one by one, as the user labelled them; hostnames, FQDN patterns and `any` stand for
 * no known addresses and are never merged; neither are two roles, so each end keeps its role.
 */
function collapseEnds(ends: FlowEnd[], blockOf: (end: FlowEnd) => AddressBlock | undefined): FlowEnd[] {
  // Most groups hold one end: nothing to collapse, and no map to allocate for each of thousands.
  if (ends.length < 2) return ends;
  const byRole = new Map<string, FlowEnd[]>();
  for (const e of ends) {
    if (blockOf(e) === undefined) continue;
    const list = byRole.get(e.role);
    if (list) list.push(e);
    else byRole.set(e.role, [e]);
  }
  if (![...byRole.values()].some((list) => list.length > 1)) return ends;
  const position = new Map(ends.map((e, i) => [e, i]));
  const placed: [number, FlowEnd][] = ends.flatMap((e, i): [number, FlowEnd][] =>
    blockOf(e) === undefined ? [[i, e]] : [],
  );
  for (const [role, list] of byRole) {
    for (const { block, members } of uniteBlocks(list, (e) => blockOf(e) as AddressBlock)) {
      const whole = members.find((e) => {
        const b = blockOf(e) as AddressBlock;
        return b.first === block.first && b.last === block.last;
      });
      const at = Math.min(...members.map((e) => position.get(e) ?? 0));
      placed.push([at, whole ?? { role, ...formatBlock(block) }]);
    }
  }
  return placed.sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}

/** Port → protocol in port order, ranges after single ports. */
function portAppsRecord(portApps: Map<string, App>): Record<string, App> {
  const first = (k: string) => Number(k.split('-')[0]);
  const keys = [...portApps.keys()].sort(
    (a, b) => Number(a.includes('-')) - Number(b.includes('-')) || first(a) - first(b),
  );
  return Object.fromEntries(keys.map((k) => [k, portApps.get(k) as App]));
}

/**
 * Aggregate openings into rules for a change ticket. Destinations are merged where source, transport,
 * purpose and ports agree; ports where the destinations agree; sources where everything else agrees.
 * Every source × destination × port of a rule is a flow of the plan, so no rule opens more than needed.
 * Neighbouring addresses are collapsed into CIDRs and ranges where that is exact (`collapseEnds`):
 * 1,024 consecutive ESXi addresses are one `/22`.
 *
 * @example
 * const rules = aggregateRules(plan.openings);
 */
export function aggregateRules(openings: readonly Opening[]): Rule[] {
  // Hosts are compared in one spelling: DB1.corp.example and db1.corp.example. are one machine.
  const keyOf = endKeys();
  const blockOf = endBlocks();
  const collapse = (list: Group[], what: 'sources' | 'destinations'): void => {
    for (const g of list) {
      const ends = collapseEnds(g[what], blockOf);
      if (ends === g[what]) continue;
      g[what] = ends;
      g.listed[what] = new Set(ends.map(keyOf));
    }
  };
  let groups: Group[] = openings.map((f) => ({
    sources: [f.from],
    destinations: [f.to],
    ports: f.ports === 'any' ? 'any' : new Set(f.ports),
    ranges: [...(f.portRanges ?? [])],
    apps: new Set(appsOf(f)),
    portApps: portAppsOf(f),
    requirements: new Set([f.requirement]),
    refs: [f.ref],
    first: f,
    listed: { sources: new Set([keyOf(f.from)]), destinations: new Set([keyOf(f.to)]) },
  }));
  const ctx = (g: Group) => contextKey(g.first);
  // A host-scope opening stays on one machine, so its rule lists the hosts as sources, no
  // destinations, and `self`: each host reaches only itself.
  const local = mergeBy(
    groups.filter((g) => g.first.scope === 'host'),
    (g) => `${ctx(g)}\u0001${portsKey(g.ports, g.ranges)}`,
    'sources',
    keyOf,
  );
  // Each address of a collapsed block still reaches only itself: the same openings.
  collapse(local, 'sources');
  for (const g of local) {
    g.destinations = [];
    g.listed.destinations = new Set();
  }
  groups = groups.filter((g) => g.first.scope !== 'host');
  groups = mergeBy(
    groups,
    (g) => `${ctx(g)}\u0001${hostsKey(g.sources, keyOf)}\u0001${portsKey(g.ports, g.ranges)}`,
    'destinations',
    keyOf,
  );
  // Collapsed before the next merges compare destinations, so equal sets of addresses compare equal.
  collapse(groups, 'destinations');
  groups = mergeBy(
    groups,
    (g) => `${ctx(g)}\u0001${hostsKey(g.sources, keyOf)}\u0001${hostsKey(g.destinations, keyOf)}`,
    'ports',
    keyOf,
  );
  groups = mergeBy(
    groups,
    (g) => `${ctx(g)}\u0001${hostsKey(g.destinations, keyOf)}\u0001${portsKey(g.ports, g.ranges)}`,
    'sources',
    keyOf,
  );
  collapse(groups, 'sources');
  groups.push(...local);
  const order = new Map(openings.map((f, i) => [f, i]));
  groups.sort(
    (a, b) =>
      DIRECTION_ORDER[a.first.direction] - DIRECTION_ORDER[b.first.direction] ||
      (order.get(a.first) ?? 0) - (order.get(b.first) ?? 0),
  );
  return groups.map((g, i) => {
    const f = g.first;
    // Every field in the contract's order (docs/plan-json.md); JSON leaves out the undefined ones.
    const rule: Rule = {
      id: `r${String(i + 1).padStart(3, '0')}`,
      sources: g.sources,
      destinations: g.destinations,
      self: f.scope === 'host' ? true : undefined,
      transport: f.transport,
      ports: g.ports === 'any' ? 'any' : [...g.ports].sort((a, b) => a - b),
      portRanges: g.ranges.length > 0 ? g.ranges : undefined,
      apps: [...g.apps].sort(),
      portApps: g.apps.size > 1 && g.ports !== 'any' ? portAppsRecord(g.portApps) : undefined,
      scope: f.scope,
      direction: f.direction,
      purpose: f.purpose,
      requirements: [...g.requirements],
      refs: [...g.refs].sort((a, b) => a.table - b.table || a.row - b.row),
      gateway: f.gateway,
      note: f.note,
    };
    return rule;
  });
}
