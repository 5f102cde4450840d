// Expand catalog × inventory into openings: one per (requirement, source host, destination, transport).
import { endpointRole, ROLE_SOURCE, requirementSource } from '../catalog/roles.js';
import type { App, Catalog, Condition, Endpoint, Requirement, Role, SourceKind } from '../catalog/schema.js';
import { type AddressKind, addressFamily, classifyAddress, isIp } from '../common/address.js';
import { PlanError } from '../errors.js';
import type { Inventory } from '../inventory/schema.js';
import { endKeys } from './ends.js';
import type { Direction, FlowEnd, Opening, PlanWarning, Transport } from './types.js';

type Entry = Inventory['sources'][SourceKind][number];

/**
 * Flow ends are shared between openings: one object per (role, host, name), so a large plan does not
 * classify or allocate the same host thousands of times.
 */
class Ends {
  /** role → name (or '') → host → end: no key string made per lookup, of which there are 100,000s. */
  private readonly ends = new Map<string, Map<string, Map<string, FlowEnd>>>();
  /** Hosts each endpoint resolves to, per data source entry (`undefined`: the inventory as a whole). */
  readonly resolved = new Map<object | undefined, Map<Endpoint, FlowEnd[]>>();

  get(role: string, host: string, name?: string, os?: FlowEnd['os']): FlowEnd {
    let byName = this.ends.get(role);
    if (!byName) {
      byName = new Map();
      this.ends.set(role, byName);
    }
    const nameKey = os ? `${name ?? ''}\0${os}` : (name ?? '');
    let byHost = byName.get(nameKey);
    if (!byHost) {
      byHost = new Map();
      byName.set(nameKey, byHost);
    }
    let end = byHost.get(host);
    if (!end) {
      const c = classifyAddress(host);
      // Catalog names may be wildcards (`*.cloudfront.net`), which no inventory address can be.
      const kind: AddressKind = host.startsWith('*.') ? 'fqdn-pattern' : 'kind' in c ? c.kind : 'hostname';
      end = { role, host, kind, ...(name ? { name } : {}), ...(os ? { os } : {}) };
      byHost.set(host, end);
    }
    return end;
  }

  /** `end` with a name that answers for its wildcard: one object per (end, sample), like the ends themselves. */
  sampled(end: FlowEnd, sample: string | undefined): FlowEnd {
    if (sample === undefined || end.kind !== 'fqdn-pattern') return end;
    let bySample = this.samples.get(end);
    if (!bySample) {
      bySample = new Map();
      this.samples.set(end, bySample);
    }
    let withSample = bySample.get(sample);
    if (!withSample) {
      withSample = { ...end, sample };
      bySample.set(sample, withSample);
    }
    return withSample;
  }

  private readonly samples = new Map<FlowEnd, Map<string, FlowEnd>>();

  /** The host's one spelling (see `addressKey`), cached per end as in merge and aggregate. */
  readonly key = endKeys();
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
      const e = entry as { host: string; os?: FlowEnd['os'] };
      return role === kind ? [ends.get(role, e.host, name, e.os)] : [];
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

/**
 * Resolve one endpoint to hosts, given the data source entry the requirement is expanded over.
 * Each (entry, endpoint) is resolved once: connectors would otherwise be looked up again for every
 * data source of every requirement.
 */
function resolve(
  ends: Ends,
  e: Endpoint,
  inv: Inventory,
  source: { kind: SourceKind; entry: Entry } | undefined,
): FlowEnd[] {
  const role = typeof e === 'string' ? endpointRole(e) : e.role;
  const scope = role && ROLE_SOURCE[role] ? source?.entry : undefined;
  let byEndpoint = ends.resolved.get(scope);
  if (!byEndpoint) {
    byEndpoint = new Map();
    ends.resolved.set(scope, byEndpoint);
  }
  let hosts = byEndpoint.get(e);
  if (!hosts) {
    hosts = resolveUncached(ends, e, inv, source);
    byEndpoint.set(e, hosts);
  }
  return hosts;
}

function resolveUncached(
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
  let purpose = servicePurpose(r, inv, r.purpose);
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

/**
 * The purpose of a row whose hosts the inventory may replace (DNS, NTP), saying whose servers it
 * opens to: a public default must not pass for the user's own servers.
 */
function servicePurpose(r: Requirement, inv: Inventory, purpose: string): string {
  for (const e of r.to) {
    if (typeof e === 'string') continue;
    if (inv.services[e.role]) return `${purpose}, to the inventory's ${e.role.toUpperCase()} servers`;
    return `${purpose}, to the public default ${e.default.join(', ')}: list your own ${e.role.toUpperCase()} servers under services.${e.role} to replace it`;
  }
  return purpose;
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

function missingRole(r: Requirement, inv: Inventory): string | undefined {
  for (const e of [...r.from, ...r.to]) {
    if (e === 'client' && inv.clients.length === 0) return 'clients';
  }
  return undefined;
}

/**
 * Expand a catalog over an inventory: what each requirement opens between which hosts, in catalog
 * order, with one opening per (requirement, source host, destination, transport). Pairs no firewall
 * can express (an IPv4 source to an IPv6 destination) and requirements the inventory cannot fill are
 * left out with a warning.
 *
 * @example
 * const { openings } = expandOpenings(builtinCatalog(), inventory);
 * openings.filter((o) => o.direction === 'in');
 */
export function expandOpenings(
  catalog: Catalog,
  inv: Inventory,
): { openings: Opening[]; warnings: PlanWarning[] } {
  const openings: Opening[] = [];
  const warnings: PlanWarning[] = [];
  const ends = new Ends();
  for (const r of catalog.requirements) {
    if (r.onlyWith && !r.onlyWith.some((kind) => inv.sources[kind].length > 0)) continue;
    const ps = portsFor(r, inv);
    const missing = missingRole(r, inv);
    if (missing) {
      warnings.push({
        workload: r.workload,
        message:
          `${r.id} (${r.purpose}) is not planned: the inventory lists no ${missing}` +
          (r.interpretation ? ` (${r.interpretation})` : ''),
      });
      continue;
    }
    // from host → to host → transports already planned.
    const planned = new Map<string, Map<string, Transport[]>>();
    const mixed = new Set<string>();
    const kinds = transports(r.transport);
    const portApps = Object.keys(ps.portApps).length > 0 ? ps.portApps : undefined;
    const add = (from: FlowEnd, to: FlowEnd): void => {
      const fromFamily = addressFamily(from.host, from.kind);
      const toFamily = addressFamily(to.host, to.kind);
      if (fromFamily && toFamily && fromFamily !== toFamily) {
        mixed.add(`${from.host} → ${to.host}`);
        return;
      }
      const fromKey = ends.key(from);
      const toKey = ends.key(to);
      let byTo = planned.get(fromKey);
      if (!byTo) {
        byTo = new Map();
        planned.set(fromKey, byTo);
      }
      for (const transport of kinds) {
        const done = byTo.get(toKey);
        if (done?.includes(transport)) continue;
        if (done) done.push(transport);
        else byTo.set(toKey, [transport]);
        // Every field in the contract's order, absent ones undefined (JSON leaves them out).
        openings.push({
          requirement: r.id,
          workload: r.workload,
          from,
          to,
          transport,
          ports: ps.ports,
          portRanges: ps.ranges.length > 0 ? ps.ranges : undefined,
          app: r.app,
          portApps,
          scope: r.scope,
          direction: directionOf(from, to),
          purpose: ps.purpose,
          ref: r.ref,
          gateway: r.gateway,
          note: r.platformNote,
        });
      }
    };
    for (const ctx of contexts(r, inv)) {
      if (r.scope === 'host') {
        // Both ends are the same machine: each host talks to itself.
        for (const e of r.from) for (const h of resolve(ends, e, inv, ctx)) add(h, h);
      } else {
        const tos = r.to.flatMap((e) => {
          const hosts = resolve(ends, e, inv, ctx);
          const sample = typeof e === 'string' ? r.samples?.[e] : undefined;
          if (sample === undefined) return hosts;
          return hosts.map((h) => ends.sampled(h, sample.replaceAll('{region}', inv.cloud.region)));
        });
        for (const e of r.from) for (const f of resolve(ends, e, inv, ctx)) for (const t of tos) add(f, t);
      }
    }
    if (mixed.size > 0) {
      warnings.push({
        workload: r.workload,
        message:
          `${r.id}: ${mixed.size} pair(s) left out, IPv4 on one end and IPv6 on the other (first: ${mixed.values().next().value}); ` +
          'give those hosts an address of the other family too',
      });
    }
  }
  return { openings, warnings };
}
