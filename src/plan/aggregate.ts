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
  /** Where `first` is among the openings: rules come in that order within a direction. */
  at: number;
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

function addApps(apps: Set<App>, f: Opening): Set<App> {
  if (f.ports === 'any') apps.add(f.app);
  else for (const p of f.ports) apps.add(f.portApps?.[String(p)] ?? f.app);
  return apps;
}

function addRef(refs: Ref[], ref: Ref): void {
  if (!refs.some((t) => t.table === ref.table && t.row === ref.row)) refs.push(ref);
}

/** A group of one opening. */
function groupOf(f: Opening, at: number, keyOf: (e: FlowEnd) => string): Group {
  return {
    sources: [f.from],
    destinations: [f.to],
    ports: f.ports === 'any' ? 'any' : new Set(f.ports),
    ranges: [...(f.portRanges ?? [])],
    apps: addApps(new Set(), f),
    portApps: addPortApps(new Map(), f),
    requirements: new Set([f.requirement]),
    refs: [f.ref],
    first: f,
    at,
    listed: { sources: new Set([keyOf(f.from)]), destinations: new Set([keyOf(f.to)]) },
  };
}

/**
 * Add one more opening to a group whose key it shares: what `mergeInto` does with a group of that
 * one opening, without making the group (a 100,000-host plan has 330,000 openings).
 */
function addOpening(
  target: Group,
  f: Opening,
  what: 'sources' | 'destinations',
  keyOf: (e: FlowEnd) => string,
): void {
  const end = what === 'sources' ? f.from : f.to;
  const key = keyOf(end);
  const seen = target.listed[what];
  if (!seen.has(key)) {
    seen.add(key);
    target[what].push(end);
  }
  addApps(target.apps, f);
  addPortApps(target.portApps, f);
  target.requirements.add(f.requirement);
  addRef(target.refs, f.ref);
}

/**
 * `contextKey` and `portsKey` of an opening, made again only when an opening differs from the one
 * before in what they read: a requirement's openings come one after another and share both.
 */
function openingContexts(portsOf: (f: Opening) => string): (f: Opening) => string {
  let last: Opening | undefined;
  let key = '';
  return (f) => {
    if (
      last === undefined ||
      last.transport !== f.transport ||
      last.purpose !== f.purpose ||
      last.direction !== f.direction ||
      last.scope !== f.scope ||
      last.gateway !== f.gateway ||
      last.note !== f.note ||
      last.ports !== f.ports ||
      last.portRanges !== f.portRanges
    ) {
      key = `${contextKey(f)}\u0001${portsOf(f)}`;
    }
    last = f;
    return key;
  };
}

/** `portsKey` of an opening's ports, made once per ports array: openings of a requirement share theirs. */
function openingPortsKeys(): (f: Opening) => string {
  const keys = new Map<unknown, Map<unknown, string>>();
  return (f) => {
    let byRanges = keys.get(f.ports);
    if (!byRanges) {
      byRanges = new Map();
      keys.set(f.ports, byRanges);
    }
    let key = byRanges.get(f.portRanges);
    if (key === undefined) {
      key = portsKey(f.ports === 'any' ? 'any' : new Set(f.ports), f.portRanges ?? []);
      byRanges.set(f.portRanges, key);
    }
    return key;
  };
}

/** Add an opening's port (and range) → protocol pairs to `portApps`, where the port is not there yet. */
function addPortApps(portApps: Map<string, App>, f: Opening): Map<string, App> {
  if (f.ports === 'any') return portApps;
  for (const p of f.ports) {
    const key = String(p);
    if (!portApps.has(key)) portApps.set(key, f.portApps?.[key] ?? f.app);
  }
  for (const [lo, hi] of f.portRanges ?? []) {
    const key = `${lo}-${hi}`;
    if (!portApps.has(key)) portApps.set(key, f.portApps?.[key] ?? f.app);
  }
  return portApps;
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
  for (const ref of g.refs) addRef(target.refs, ref);
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
    let block = blocks.get(end);
    if (block === undefined && !blocks.has(end)) {
      block = end.name === undefined ? addressBlock(end.host, end.kind) : undefined;
      blocks.set(end, block);
    }
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
  // Each end with a block, by role, with where it stands in the list; ends without one stay put.
  const byRole = new Map<string, { end: FlowEnd; block: AddressBlock; at: number }[]>();
  const placed: [number, FlowEnd][] = [];
  let mergeable = false;
  for (let at = 0; at < ends.length; at++) {
    const end = ends[at] as FlowEnd;
    const block = blockOf(end);
    if (block === undefined) {
      placed.push([at, end]);
      continue;
    }
    // Hosts the inventory gives different operating systems stay apart (Windows Firewall reads it).
    const group = end.os ? `${end.role}\0${end.os}` : end.role;
    const list = byRole.get(group);
    if (list) {
      list.push({ end, block, at });
      mergeable = true;
    } else byRole.set(group, [{ end, block, at }]);
  }
  if (!mergeable) return ends;
  for (const list of byRole.values()) {
    const { role, os } = (list[0] as { end: FlowEnd }).end;
    for (const { block, members } of uniteBlocks(list, (m) => m.block)) {
      let at = Number.POSITIVE_INFINITY;
      let whole: FlowEnd | undefined;
      for (const m of members) {
        if (m.at < at) at = m.at;
        if (!whole && m.block.first === block.first && m.block.last === block.last) whole = m.end;
      }
      placed.push([at, whole ?? { role, ...formatBlock(block), ...(os ? { os } : {}) }]);
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
  const ctx = (g: Group) => contextKey(g.first);
  const portsOf = openingPortsKeys();
  // The first merge, made straight from the openings. A host-scope opening stays on one machine,
  // so its rule lists the hosts as sources, no destinations, and `self`: each host reaches only
  // itself. Other openings: destinations merged where source, context and ports agree.
  // Keyed first by context and ports (few), then by source: no key string made per opening.
  const byHost = new Map<string, Group>();
  const byRemote = new Map<string, Map<string, Group>>();
  const remote: Group[] = [];
  const contextOf = openingContexts(portsOf);
  for (let i = 0; i < openings.length; i++) {
    const f = openings[i] as Opening;
    const context = contextOf(f);
    if (f.scope === 'host') {
      const group = byHost.get(context);
      if (group) addOpening(group, f, 'sources', keyOf);
      else byHost.set(context, groupOf(f, i, keyOf));
      continue;
    }
    let bySource = byRemote.get(context);
    if (!bySource) {
      bySource = new Map();
      byRemote.set(context, bySource);
    }
    const source = keyOf(f.from);
    const group = bySource.get(source);
    if (group) addOpening(group, f, 'destinations', keyOf);
    else {
      const created = groupOf(f, i, keyOf);
      bySource.set(source, created);
      remote.push(created);
    }
  }
  const local = [...byHost.values()];
  // Each address of a collapsed block still reaches only itself: the same openings.
  collapse(local, 'sources');
  for (const g of local) {
    g.destinations = [];
    g.listed.destinations = new Set();
  }
  let groups = remote;
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
  groups.sort(
    (a, b) => DIRECTION_ORDER[a.first.direction] - DIRECTION_ORDER[b.first.direction] || a.at - b.at,
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
