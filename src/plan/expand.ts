// Expand catalog × inventory into concrete flows: one per (requirement, source host, destination, transport).
import { endpointRole, requirementSource, type SourceKind } from '../catalog/load.js';
import type { App, Catalog, Condition, Endpoint, Requirement, Role } from '../catalog/schema.js';
import { type AddressKind, classifyAddress, isIp } from '../common/address.js';
import { PlanError } from '../errors.js';
import type { Inventory } from '../inventory/schema.js';
import type { Direction, Flow, FlowEnd, Plan, Transport } from './types.js';

type Entry = Inventory['sources'][SourceKind][number];

/**
 * Flow ends are shared between flows: one object per (role, host, name), so a large plan does not
 * classify or allocate the same host thousands of times.
 */
class Ends {
  private readonly ends = new Map<string, FlowEnd>();

  get(role: string, host: string, name?: string): FlowEnd {
    const key = `${role}\u0000${host}\u0000${name ?? ''}`;
    let end = this.ends.get(key);
    if (!end) {
      const c = classifyAddress(host);
      // Catalog names may be wildcards (`*.cloudfront.net`), which no inventory address can be.
      const kind: AddressKind = host.startsWith('*.') ? 'fqdn-pattern' : 'kind' in c ? c.kind : 'hostname';
      end = name ? { role, host, kind, name } : { role, host, kind };
      this.ends.set(key, end);
    }
    return end;
  }
}

/** Hosts an entry of a data source provides for a role. */
function entryHosts(ends: Ends, kind: SourceKind, entry: Entry, role: Role): FlowEnd[] {
  const name = entry.name;
  switch (kind) {
    case 'vmware': {
      const v = entry as Inventory['sources']['vmware'][number];
      if (role === 'vcenter') return v.vcenter ? [ends.get(role, v.vcenter, name)] : [];
      if (role === 'esxi') return v.esxi.map((h) => ends.get(role, h));
      return [];
    }
    case 'hyperv': {
      const h = entry as Inventory['sources']['hyperv'][number];
      if (role === 'hyperv-host') return [ends.get(role, h.host, name)];
      if (role === 'hyperv-guest') return h.guests.map((g) => ends.get(role, g));
      return [];
    }
    default: {
      const e = entry as { host: string };
      return role === kind ? [ends.get(role, e.host, name)] : [];
    }
  }
}

function matches(kind: SourceKind, entry: Entry, when: Condition | undefined): boolean {
  if (!when) return true;
  if (when.platform && kind === 'vmware') {
    if ((entry as Inventory['sources']['vmware'][number]).platform !== when.platform) return false;
  }
  if (when.os && kind === 'oracle') {
    if ((entry as Inventory['sources']['oracle'][number]).os !== when.os) return false;
  }
  if (when.nasProtocol && kind === 'nas') {
    if (!(entry as Inventory['sources']['nas'][number]).protocols.includes(when.nasProtocol)) return false;
  }
  return true;
}

/** Resolve one endpoint to hosts, given the data source entry the requirement is expanded over. */
function resolve(
  ends: Ends,
  e: Endpoint,
  inv: Inventory,
  source: { kind: SourceKind; entry: Entry } | undefined,
): FlowEnd[] {
  if (typeof e !== 'string') {
    const mine = inv.services[e.role];
    return (mine ?? e.default).map((h) => ends.get(e.role, h));
  }
  const role = endpointRole(e);
  if (!role) {
    if (e === 'any') return [{ role: 'any', host: 'any', kind: 'any' }];
    if (isIp(e)) return [ends.get('address', e)];
    return [ends.get('fqdn', e.replaceAll('{region}', inv.cloud.region))];
  }
  switch (role) {
    case 'connector':
      return inv.connectors.map((c) => ends.get(role, c.address, c.name));
    case 'client':
      return inv.clients.map((c) => ends.get(role, c));
    case 'dns':
    case 'ntp':
      return (inv.services[role] ?? []).map((h) => ends.get(role, h));
    default:
      return source ? entryHosts(ends, source.kind, source.entry, role) : [];
  }
}

interface PortSet {
  ports: number[] | 'any';
  ranges: [number, number][];
  portApps: Record<string, App>;
  purpose: string;
}

function portsFor(r: Requirement, inv: Inventory): PortSet {
  const portApps: Record<string, App> = { ...(r.portApps ?? {}) };
  let purpose = r.purpose;
  if (r.ports === 'any') return { ports: 'any', ranges: [], portApps, purpose };
  let numbers = r.ports.filter((p): p is number => typeof p === 'number');
  const ranges = r.ports
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.split('-').map(Number) as [number, number]);
  if (r.choice) {
    const chosen = inv.services[r.choice.setting];
    const options = [...numbers, ...r.choice.alternatives];
    if (!options.includes(chosen)) {
      throw new PlanError(
        `the inventory's services.${r.choice.setting} is ${chosen}, but catalog requirement ${r.id} offers ${options.join(' or ')}`,
      );
    }
    numbers = [chosen];
  }
  for (const extra of r.optional ?? []) {
    if (!inv.services[extra.when]) continue;
    numbers.push(...extra.ports);
    for (const p of extra.ports) if (extra.app && extra.app !== r.app) portApps[String(p)] = extra.app;
    purpose += `; ${extra.ports.join(', ')}/${r.transport}: ${extra.purpose}`;
  }
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  for (const key of Object.keys(portApps)) if (!sorted.includes(Number(key))) delete portApps[key];
  return { ports: sorted, ranges, portApps, purpose };
}

function directionOf(from: FlowEnd, to: FlowEnd): Direction {
  if (from.role === 'connector') return 'out';
  if (to.role === 'connector') return 'in';
  return 'lateral';
}

function transports(t: Requirement['transport']): Transport[] {
  return t === 'both' ? ['tcp', 'udp'] : [t];
}

/** The entries a requirement is expanded over: matching data sources, or the inventory as a whole. */
function contexts(r: Requirement, inv: Inventory): ({ kind: SourceKind; entry: Entry } | undefined)[] {
  const kind = requirementSource(r);
  if (!kind) return [undefined];
  return (inv.sources[kind] as Entry[])
    .filter((e) => matches(kind, e, r.when))
    .map((entry) => ({ kind, entry }));
}

/**
 * Expand a catalog over an inventory: every flow the inventory needs, in catalog order.
 *
 * @example
 * const plan = expandPlan(builtinCatalog(), inventory);
 * plan.flows.filter((f) => f.direction === 'in');
 */
export function expandPlan(catalog: Catalog, inv: Inventory): Plan {
  const flows: Flow[] = [];
  const ends = new Ends();
  for (const r of catalog.requirements) {
    const ps = portsFor(r, inv);
    // from host → to host → transports already planned (one flow per source, destination, transport).
    const planned = new Map<string, Map<string, Transport[]>>();
    for (const ctx of contexts(r, inv)) {
      const pairs: [FlowEnd, FlowEnd][] = [];
      if (r.scope === 'host') {
        // Both ends are the same machine: each host talks to itself.
        for (const e of r.from) {
          for (const h of resolve(ends, e, inv, ctx)) pairs.push([h, h]);
        }
      } else {
        const froms = r.from.flatMap((e) => resolve(ends, e, inv, ctx));
        const tos = r.to.flatMap((e) => resolve(ends, e, inv, ctx));
        for (const f of froms) for (const t of tos) pairs.push([f, t]);
      }
      for (const [from, to] of pairs) {
        for (const transport of transports(r.transport)) {
          let byTo = planned.get(from.host);
          if (!byTo) {
            byTo = new Map();
            planned.set(from.host, byTo);
          }
          const done = byTo.get(to.host);
          if (done?.includes(transport)) continue;
          if (done) done.push(transport);
          else byTo.set(to.host, [transport]);
          const flow: Flow = {
            requirement: r.id,
            workload: r.workload,
            from,
            to,
            transport,
            ports: ps.ports,
            app: r.app,
            scope: r.scope,
            direction: directionOf(from, to),
            purpose: ps.purpose,
            ref: r.ref,
          };
          if (ps.ranges.length > 0) flow.portRanges = ps.ranges;
          if (Object.keys(ps.portApps).length > 0) flow.portApps = ps.portApps;
          if (r.gateway) flow.gateway = r.gateway;
          if (r.platformNote) flow.note = r.platformNote;
          flows.push(flow);
        }
      }
    }
  }
  return { catalog: { name: catalog.name, source: catalog.source }, region: inv.cloud.region, flows };
}
