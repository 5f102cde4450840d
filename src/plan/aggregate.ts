// Merge openings into the smallest honest set of rules: a rule's sources × destinations × ports are all needed.
import type { App, Ref } from '../catalog/schema.js';
import { endKeys } from './ends.js';
import type { Direction, FlowEnd, Opening, Rule } from './types.js';

interface Group {
  sources: FlowEnd[];
  destinations: FlowEnd[];
  ports: Set<number> | 'any';
  ranges: [number, number][];
  apps: Set<App>;
  requirements: Set<string>;
  refs: Ref[];
  first: Opening;
  /** Hosts already listed, kept beside the lists so that merging stays linear. */
  listed: { sources: Set<string>; destinations: Set<string> };
}

const DIRECTION_ORDER: Record<Direction, number> = { out: 0, in: 1, lateral: 2 };

function portsKey(ports: Set<number> | 'any', ranges: [number, number][]): string {
  if (ports === 'any') return 'any';
  return `${[...ports].sort((a, b) => a - b).join(',')}|${ranges.map((r) => r.join('-')).join(',')}`;
}

function hostsKey(ends: FlowEnd[], keyOf: (e: FlowEnd) => string): string {
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

/**
 * Aggregate openings into rules for a change ticket. Destinations are merged where source, transport,
 * purpose and ports agree; ports where the destinations agree; sources where everything else agrees.
 * Every source × destination × port of a rule is a flow of the plan, so no rule opens more than needed.
 *
 * @example
 * const rules = aggregateRules(plan.openings);
 */
export function aggregateRules(openings: Opening[]): Rule[] {
  // Hosts are compared in one spelling: DB1.corp.example and db1.corp.example. are one machine.
  const keyOf = endKeys();
  let groups: Group[] = openings.map((f) => ({
    sources: [f.from],
    destinations: [f.to],
    ports: f.ports === 'any' ? 'any' : new Set(f.ports),
    ranges: [...(f.portRanges ?? [])],
    apps: new Set(appsOf(f)),
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
