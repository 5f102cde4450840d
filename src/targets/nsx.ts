// VMware Cloud on AWS and Azure VMware Solution gateway firewall rules, as NSX Policy API requests (JSON).
import { formatBlock } from '../common/address.js';
import type { FlowEnd, Rule } from '../plan/types.js';
import type { Endpoint, FirewallInput, FirewallRule, FirewallTarget } from './_firewall.js';

/** The policy API's root; in VMC it is reached through the SDDC's NSX reverse-proxy URL. */
const API = '/policy/api/v1';

/**
 * The Management Gateway's system-defined groups: its rules "require either the source or
 * destination to be a system-defined group" (VMC Networking and Security, "Add or Modify Management
 * Gateway Firewall Rules"), so vCenter and ESXi are named by these, not by their addresses.
 */
const MGW_SYSTEM_GROUPS: Readonly<Record<string, string>> = {
  vcenter: '/infra/domains/mgw/groups/VCENTER',
  esxi: '/infra/domains/mgw/groups/ESXI',
};

/** The Tier-1 gateway an AVS rule applies to: the private cloud's own, which the operator names. */
export const AVS_TIER1 = 'REPLACE-WITH-TIER1-ID';

/** NSX's L4PortSetServiceEntry takes at most 15 destination port values, a range counting as 2. */
const MAX_PORT_VALUES = 15;

/** ManagedResource limits: display_name 255, description 1024; Rule.notes 2048. */
const MAX_DISPLAY_NAME = 255;
const MAX_DESCRIPTION = 1024;
const MAX_NOTES = 2048;

/** Where one rule goes: domain, gateway policy and the scope (Applied To) the platform expects. */
interface Placement {
  readonly domain: string;
  readonly policy: string;
  readonly scope: string;
  readonly gateway: string;
}

function placementOf(rule: FirewallRule): Placement {
  if (rule.workloads.includes('vmc')) {
    return rule.gateway === 'management'
      ? { domain: 'mgw', policy: 'default', scope: '/infra/labels/mgw', gateway: 'VMC Management Gateway' }
      : { domain: 'cgw', policy: 'default', scope: '/infra/labels/cgw-all', gateway: 'VMC Compute Gateway' };
  }
  return {
    domain: 'default',
    policy: 'portplan-avs',
    scope: `/infra/tier-1s/${AVS_TIER1}`,
    gateway: 'AVS Tier-1 gateway',
  };
}

/**
 * Text cut to `max` characters (UTF-16 units), marked where it was cut;
 * never between the two halves of a character such as an emoji, which JSON would carry as a lone
 * `\ud83d`.
 */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}

/** The addresses of an end, as IPAddressExpression takes them (IP, CIDR or range, either family). */
function addressesOf(ends: readonly Endpoint[]): string[] {
  return ends.flatMap((e) => (e.kind === 'block' ? [formatBlock(e.block).host] : []));
}

const namesOf = (ends: readonly Endpoint[]) =>
  ends.map((e) => (e.kind === 'block' ? (e.name ?? formatBlock(e.block).host) : e.kind)).join(', ');

/** Destination port values, each service entry within NSX's 15-value limit. */
function portEntries(rule: FirewallRule): string[][] {
  const values: [string, number][] = [
    ...rule.ports.map((p) => [String(p), 1] as [string, number]),
    ...rule.portRanges.map(([a, b]) => [`${a}-${b}`, 2] as [string, number]),
  ];
  const entries: string[][] = [];
  let current: string[] = [];
  let weight = 0;
  for (const [value, w] of values) {
    if (weight + w > MAX_PORT_VALUES) {
      entries.push(current);
      current = [];
      weight = 0;
    }
    current.push(value);
    weight += w;
  }
  if (current.length > 0) entries.push(current);
  return entries;
}

interface Request {
  readonly method: 'PATCH';
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** The group paths for one end of a rule, and the request that creates its group if it needs one. */
function groupsFor(
  rule: FirewallRule,
  place: Placement,
  ends: readonly Endpoint[],
  side: 'src' | 'dst',
  requests: Request[],
): string[] {
  if (ends.some((e) => e.kind === 'any')) return ['ANY'];
  const system = ends.flatMap((e) => (e.kind === 'prefix-list' ? [e.id] : []));
  const addresses = addressesOf(ends);
  const paths = [...new Set(system)];
  if (addresses.length > 0) {
    const id = `pp-${rule.id}-${side}`;
    const path = `/infra/domains/${place.domain}/groups/${id}`;
    requests.push({
      method: 'PATCH',
      path: `${API}${path}`,
      body: {
        resource_type: 'Group',
        id,
        display_name: cut(
          `portplan ${rule.id} ${side === 'src' ? 'sources' : 'destinations'}: ${namesOf(ends.filter((e) => e.kind === 'block'))}`,
          MAX_DISPLAY_NAME,
        ),
        expression: [{ resource_type: 'IPAddressExpression', ip_addresses: addresses }],
      },
    });
    paths.push(path);
  }
  return paths;
}

/** The service paths for a rule, and the request that creates its custom service if it needs one. */
function servicesFor(rule: FirewallRule, place: Placement, requests: Request[]): string[] {
  if (rule.anyPort) return ['ANY'];
  // The Management Gateway offers only VMware's own list of services: HTTPS stands for 443/tcp.
  if (
    place.domain === 'mgw' &&
    rule.transport === 'tcp' &&
    rule.portRanges.length === 0 &&
    rule.ports.length === 1 &&
    rule.ports[0] === 443
  )
    return ['/infra/services/HTTPS'];
  const id = `pp-${rule.id}-svc`;
  requests.push({
    method: 'PATCH',
    path: `${API}/infra/services/${id}`,
    body: {
      resource_type: 'Service',
      id,
      display_name: `portplan ${rule.id} ${rule.transport}`,
      service_entries: portEntries(rule).map((ports, i) => ({
        resource_type: 'L4PortSetServiceEntry',
        id: `${id}-${i + 1}`,
        display_name: `${rule.transport} ${ports.join(',')}`,
        l4_protocol: rule.transport.toUpperCase(),
        destination_ports: ports,
      })),
    },
  });
  return [`/infra/services/${id}`];
}

/** The requests for every group, service, policy and rule, in the order they must be sent. */
export function nsxRequests(input: FirewallInput): Request[] {
  const requests: Request[] = [];
  const policies = new Set<string>();
  const sequence = new Map<string, number>();
  for (const rule of input.rules) {
    const place = placementOf(rule);
    const policyPath = `/infra/domains/${place.domain}/gateway-policies/${place.policy}`;
    // VMC's gateways have their `default` policies already; AVS gets one of its own.
    if (place.policy !== 'default' && !policies.has(policyPath)) {
      policies.add(policyPath);
      requests.push({
        method: 'PATCH',
        path: `${API}${policyPath}`,
        body: {
          resource_type: 'GatewayPolicy',
          id: place.policy,
          display_name: 'portplan: Cohesity SaaS Connector',
          category: 'LocalGatewayRules',
        },
      });
    }
    const source_groups = groupsFor(rule, place, rule.sources, 'src', requests);
    const destination_groups = groupsFor(rule, place, rule.destinations, 'dst', requests);
    const services = servicesFor(rule, place, requests);
    // What the system-defined groups stand for here, so that a reviewer can match them to the plan.
    const standing = new Map<string, string[]>();
    for (const e of [...rule.sources, ...rule.destinations])
      if (e.kind === 'prefix-list') standing.set(e.id, [...(standing.get(e.id) ?? []), e.stands]);
    const stands = [...standing].map(([id, what]) => `${id.split('/').pop()} stands for ${what.join(', ')}`);
    const notes = [...(rule.note ? [`${place.gateway}: ${rule.note}`] : []), ...stands].join('; ');
    const n = (sequence.get(policyPath) ?? 0) + 10;
    sequence.set(policyPath, n);
    const id = `pp-${rule.id}`;
    requests.push({
      method: 'PATCH',
      path: `${API}${policyPath}/rules/${id}`,
      body: {
        resource_type: 'Rule',
        id,
        display_name: cut(`portplan ${rule.id} ${rule.purpose}`, MAX_DISPLAY_NAME),
        description: cut(rule.comment, MAX_DESCRIPTION),
        sequence_number: n,
        source_groups,
        destination_groups,
        services,
        scope: [place.scope],
        action: 'ALLOW',
        ...(notes ? { notes: cut(notes, MAX_NOTES) } : {}),
      },
    });
  }
  return requests;
}

/** VMC/AVS rows: the vendor's tables 4 and 5, as the catalog's workloads name them. */
const PLATFORM_WORKLOADS = new Set(['vmc', 'avs']);

/**
 * NSX gateway firewall rules for VMware Cloud on AWS (Management and Compute Gateway) and Azure
 * VMware Solution (a Tier-1 gateway), as the requests to send to the NSX Policy API.
 *
 * @example
 * portplan render site.yaml --target nsx -o nsx.json
 */
export const nsx: FirewallTarget = {
  name: 'nsx',
  extension: '.json',
  summary: 'VMC on AWS / AVS gateway firewall rules as NSX Policy API requests (JSON)',
  supports: {
    // Gateway firewall groups hold addresses; FQDN filtering is a distributed-firewall feature.
    fqdn: false,
    wildcardFqdn: false,
    ipv6: true,
    portRanges: true,
    anyPort: true,
    hostScope: false,
    comments: true,
  },
  enforcement: () => 'network',
  selects: (_rule, _options, workloads) => workloads.some((w) => PLATFORM_WORKLOADS.has(w)),
  platformEnd(end: FlowEnd, rule: Rule) {
    if (rule.gateway !== 'management') return undefined;
    const id = MGW_SYSTEM_GROUPS[end.role];
    if (!id) return undefined;
    return { kind: 'prefix-list', id, stands: end.name ? `${end.name} (${end.host})` : end.host };
  },
  covers: () =>
    'the NSX gateway firewalls of VMware Cloud on AWS (Management and Compute Gateway) and Azure VMware Solution (Tier-1 gateway): the rows of the vmc and avs data sources; every other row belongs to your own firewalls',
  *render(input: FirewallInput) {
    const header = [
      ...input.header,
      `apply: send each request's body with its method to https://NSX-MANAGER${API}/… (VMC: the SDDC's NSX reverse-proxy URL ending in /sks-nsxt-manager), in this order`,
      'VMC Management Gateway rules name vCenter and ESXi by the system-defined groups VCENTER and ESXI, and 443/tcp by the service HTTPS, as VMC requires',
      'each SDDC and private cloud has its own NSX Manager: send the VMC requests to every SDDC the rule notes name, the AVS ones to every private cloud',
      `AVS rules: replace ${AVS_TIER1} in their scope with the id of the Tier-1 gateway in front of the connector`,
    ];
    const document = { portplan: { header }, requests: nsxRequests(input) };
    yield `${JSON.stringify(document, null, 2)}\n`;
  },
};
