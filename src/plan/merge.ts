// Merge openings into flows: one flow per (source host, destination, transport), whatever the requirements.
import type { App, Ref } from '../catalog/schema.js';
import { endKeys } from './ends.js';
import type { Flow, Opening } from './types.js';

function union<T>(list: T[], items: T[], same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  for (const item of items) if (!list.some((x) => same(x, item))) list.push(item);
}

const sameRef = (a: Ref, b: Ref) => a.table === b.table && a.row === b.row && a.section === b.section;

/**
 * Merge the openings of every requirement between the same two hosts on the same transport into one
 * flow: ports are united, purposes joined, and each port (and port range) keeps its application
 * protocol. Openings configured in different places (a VMC gateway, an AVS gateway, the user's own
 * firewall) stay in different flows. Flows come in the order their first opening does.
 *
 * @example
 * mergeOpenings(openings) // connector → NAS on tcp: 111, 443, 445, 2049 in one flow
 */
export function mergeOpenings(openings: readonly Opening[]): Flow[] {
  const keyOf = endKeys();
  // from → to → (transport, where the rule is configured) → the openings, in order of first appearance.
  const groups: Opening[][] = [];
  const byFrom = new Map<string, Map<string, Map<string, Opening[]>>>();
  for (const o of openings) {
    const fromKey = keyOf(o.from);
    let byTo = byFrom.get(fromKey);
    if (!byTo) {
      byTo = new Map();
      byFrom.set(fromKey, byTo);
    }
    const toKey = keyOf(o.to);
    let byTransport = byTo.get(toKey);
    if (!byTransport) {
      byTransport = new Map();
      byTo.set(toKey, byTransport);
    }
    // A VMC gateway rule and an AVS gateway rule are two firewalls, never one flow.
    const place =
      o.gateway || o.note ? `${o.transport}\u0000${o.gateway ?? ''}\u0000${o.note ?? ''}` : o.transport;
    const group = byTransport.get(place);
    if (group) group.push(o);
    else {
      const created = [o];
      byTransport.set(place, created);
      groups.push(created);
    }
  }
  // Few distinct port → protocol maps exist; flows share them. An object keyed by a port below
  // 1024 holds an array as long as the port, so 15,000 private copies cost 170 MB (bench/README.md).
  const portAppsSeen = new Map<string, Record<string, App>>();
  const intern = (portApps: Record<string, App>) => {
    const key = JSON.stringify(portApps);
    let shared = portAppsSeen.get(key);
    if (!shared) {
      shared = portApps;
      portAppsSeen.set(key, shared);
    }
    return shared;
  };
  return groups.map((g) => mergeGroup(g, intern));
}

/** One flow from the openings between two hosts on one transport (most often a single one). */
function mergeGroup(group: Opening[], intern: (portApps: Record<string, App>) => Record<string, App>): Flow {
  const first = group[0] as Opening;
  let fields: Pick<Flow, 'ports' | 'portRanges' | 'portApps' | 'purpose'> = first;
  const requirements = [first.requirement];
  const refs = [first.ref];
  if (group.length > 1) {
    // Openings in one group share gateway and note (they are part of the key): only ports,
    // protocols, requirements and purposes are merged.
    const apps = new Map<number, App>();
    const rangeApps = new Map<string, App>();
    const purposes = [first.purpose];
    let any = false;
    for (const o of group) {
      if (o !== first) {
        union(requirements, [o.requirement]);
        union(refs, [o.ref], sameRef);
        union(purposes, [o.purpose]);
      }
      if (o.ports === 'any') any = true;
      else for (const p of o.ports) if (!apps.has(p)) apps.set(p, o.portApps?.[String(p)] ?? o.app);
      for (const [lo, hi] of o.portRanges ?? []) {
        const range = `${lo}-${hi}`;
        if (!rangeApps.has(range)) rangeApps.set(range, o.portApps?.[range] ?? o.app);
      }
    }
    const portApps: Record<string, App> = {};
    for (const [p, app] of [...apps, ...rangeApps]) if (app !== first.app) portApps[String(p)] = app;
    fields = {
      ports: any ? 'any' : [...apps.keys()].sort((a, b) => a - b),
      portRanges:
        any || rangeApps.size === 0
          ? undefined
          : [...rangeApps.keys()].map((r) => r.split('-').map(Number) as [number, number]),
      portApps: any || Object.keys(portApps).length === 0 ? undefined : intern(portApps),
      purpose: purposes.join('; '),
    };
  }
  // Every field in the contract's order, absent ones undefined (JSON leaves them out), so that
  // every flow has one shape.
  return {
    requirement: first.requirement,
    requirements,
    workload: first.workload,
    from: first.from,
    to: first.to,
    transport: first.transport,
    ports: fields.ports,
    portRanges: fields.portRanges,
    app: first.app,
    portApps: fields.portApps,
    scope: first.scope,
    direction: first.direction,
    purpose: fields.purpose,
    ref: first.ref,
    refs,
    gateway: first.gateway,
    note: first.note,
  };
}
