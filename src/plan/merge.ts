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
  // Few distinct mixes of requirements meet between two hosts (32 in a 100,000-host plan, for
  // 72,000 flows of several openings): each mix is merged once.
  const signatureOf = signatures();
  const mixes = new Map<string, Merged>();
  const mergedOf = (group: Opening[]): Merged => {
    const key = group.map(signatureOf).join(',');
    let merged = mixes.get(key);
    if (!merged) {
      merged = mergeFields(group, intern);
      mixes.set(key, merged);
    }
    return merged;
  };
  return groups.map((g) => flowOf(g, mergedOf));
}

/** What a flow of several openings has from all of them rather than from the first. */
interface Merged {
  requirements: string[];
  refs: Ref[];
  purpose: string;
  ports: number[] | 'any';
  portRanges: [number, number][] | undefined;
  portApps: Record<string, App> | undefined;
}

/**
 * A number per opening, equal for two openings whose fields that merging reads are the same (the
 * same objects: openings of one requirement share their ports, references and protocol maps).
 */
function signatures(): (o: Opening) => number {
  const root = new Map<unknown, unknown>();
  let next = 0;
  return (o) => {
    const parts = [o.requirement, o.ref, o.purpose, o.ports, o.portRanges, o.portApps];
    let node = root;
    for (const part of parts) {
      let child = node.get(part) as Map<unknown, unknown> | undefined;
      if (!child) {
        child = new Map();
        node.set(part, child);
      }
      node = child;
    }
    let id = node.get(o.app) as number | undefined;
    if (id === undefined) {
      id = next++;
      node.set(o.app, id);
    }
    return id;
  };
}

/** One flow from the openings between two hosts on one transport (most often a single one). */
function flowOf(group: Opening[], mergedOf: (group: Opening[]) => Merged): Flow {
  const first = group[0] as Opening;
  let fields: Pick<Flow, 'ports' | 'portRanges' | 'portApps' | 'purpose'> = first;
  let requirements = [first.requirement];
  let refs = [first.ref];
  if (group.length > 1) {
    // Openings in one group share gateway and note (they are part of the key): only ports,
    // protocols, requirements and purposes are merged. Each flow has its own lists.
    const merged = mergedOf(group);
    requirements = [...merged.requirements];
    refs = [...merged.refs];
    fields = {
      ports: merged.ports === 'any' ? 'any' : [...merged.ports],
      portRanges: merged.portRanges?.map(([lo, hi]) => [lo, hi] as const),
      portApps: merged.portApps,
      purpose: merged.purpose,
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

/** The merged fields of a group of several openings. */
function mergeFields(
  group: Opening[],
  intern: (portApps: Record<string, App>) => Record<string, App>,
): Merged {
  const first = group[0] as Opening;
  const requirements = [first.requirement];
  const refs = [first.ref];
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
  return {
    requirements,
    refs,
    purpose: purposes.join('; '),
    ports: any ? 'any' : [...apps.keys()].sort((a, b) => a - b),
    portRanges:
      any || rangeApps.size === 0
        ? undefined
        : [...rangeApps.keys()].map((r) => r.split('-').map(Number) as [number, number]),
    portApps: any || Object.keys(portApps).length === 0 ? undefined : intern(portApps),
  };
}
