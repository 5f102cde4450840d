// The diagram as a graph: the plan's rules as edges between hosts (or groups of hosts), before any layout.
import { addressBlock } from '../common/address.js';
import { aggregateRules } from '../plan/aggregate.js';
import type { Direction, FlowEnd, Plan, Rule, Transport } from '../plan/types.js';

/**
 * Past this many data-source, client and DNS/NTP nodes, hosts collapse into one node per workload
 * and role (with a count); past this many connectors, connectors collapse into one node.
 */
export const COLLAPSE_HOSTS = 24;
export const COLLAPSE_CONNECTORS = 6;

/** Which column a node stands in: data sources, DNS/NTP and clients left, connectors in the middle, the cloud right. */
export type Side = 'left' | 'middle' | 'right';

/** What a check or audit says of an edge: ok/allowed, a failure, or nothing either way (skipped, depends-on). */
export type Status = 'ok' | 'fail' | 'unknown';

export interface DiagramNode {
  readonly id: string;
  /** The first line (the inventory's name, a role with a count) and the lines under it. */
  readonly label: string;
  readonly detail: readonly string[];
  readonly side: Side;
  /** The group it is drawn in: a workload, `services` (DNS/NTP), `clients`, `connectors`, `cloud`. */
  readonly group: string;
  /** How many inventory entries it stands for (1 unless collapsed). */
  readonly count: number;
}

/** A pair of ends an edge stands for: what a check or audit result is matched against. */
export interface EdgeEnds {
  readonly from: FlowEnd;
  readonly to: FlowEnd;
}

export interface DiagramEdge {
  readonly id: string;
  /** The plan rules it draws (several when a large inventory's edges are merged). */
  readonly rules: string[];
  readonly from: string;
  readonly to: string;
  /** `443/tcp`, `111, 2049/tcp`. */
  label: string;
  readonly transport: Transport;
  readonly direction: Direction;
  /** A host-scope rule: both ends on one machine; `from` and `to` are the same node. */
  readonly self: boolean;
  readonly purpose: string;
  readonly requirements: string[];
  readonly ends: EdgeEnds[];
  /** Set from `--check`/`--audit` results. */
  status?: Status;
}

export interface DiagramGraph {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** Groups in drawing order, each with its label. */
  readonly groups: readonly { id: string; label: string; side: Side }[];
  readonly collapsed: boolean;
  /** Set when results coloured the edges: which inputs they came from. */
  coloured?: string[];
}

const GROUP_LABELS: Record<string, string> = {
  cloud: "Cohesity's cloud",
  connectors: 'SaaS Connectors',
  services: 'DNS / NTP',
  clients: 'Clients (UI)',
  management: 'Management',
  vmware: 'VMware',
  hyperv: 'Hyper-V',
  vmc: 'VMware Cloud on AWS',
  avs: 'Azure VMware Solution',
  physical: 'Physical servers',
  oracle: 'Oracle',
  mssql: 'SQL Server',
  nas: 'NAS',
  any: 'Anywhere',
};

/** The group and side an end of a rule belongs to. */
function place(end: FlowEnd, workload: string): { group: string; side: Side } {
  if (end.role === 'connector') return { group: 'connectors', side: 'middle' };
  if (end.role === 'dns' || end.role === 'ntp') return { group: 'services', side: 'left' };
  if (end.role === 'client') return { group: 'clients', side: 'left' };
  if (end.role === 'any') return { group: 'any', side: 'left' };
  if ((end.role === 'fqdn' || end.role === 'address') && workload === 'management')
    return { group: 'cloud', side: 'right' };
  // A rule may list hosts of several workloads (the agent's 50051 to Hyper-V, physical, Oracle and SQL Server hosts): the role says which.
  const byRole = ROLE_GROUPS[end.role];
  if (byRole) return { group: byRole, side: 'left' };
  if ((end.role === 'vcenter' || end.role === 'esxi') && !['vmware', 'vmc', 'avs'].includes(workload))
    return { group: 'vmware', side: 'left' };
  return { group: workload, side: 'left' };
}

const ROLE_GROUPS: Record<string, string> = {
  physical: 'physical',
  oracle: 'oracle',
  mssql: 'mssql',
  nas: 'nas',
  'hyperv-host': 'hyperv',
  'hyperv-guest': 'hyperv',
};

function portsOf(rule: Rule): string[] {
  if (rule.ports === 'any') return ['any'];
  const ranges = (rule.portRanges ?? []).map(([a, b]) => `${a}-${b}`);
  const inRange = (p: number) => (rule.portRanges ?? []).some(([a, b]) => p >= a && p <= b);
  return [...rule.ports.filter((p) => !inRange(p)).map(String), ...ranges];
}

function portOrder(a: string, b: string): number {
  return (Number.parseInt(a, 10) || 0) - (Number.parseInt(b, 10) || 0);
}

/**
 * The diagram of a plan: one edge per rule × source node × destination node, nodes placed in
 * columns (data sources, DNS/NTP and clients; connectors; Cohesity's cloud). Large inventories
 * (more than `COLLAPSE_HOSTS` hosts besides connectors and the cloud) collapse hosts into one node
 * per group and role; more than `COLLAPSE_CONNECTORS` connectors collapse into one node.
 *
 * @example
 * const graph = diagramGraph(planInventory(catalog, inventory));
 */
export function diagramGraph(plan: Plan): DiagramGraph {
  const rules = aggregateRules(plan.openings);
  const workloads = new Map<string, string>();
  for (const o of plan.openings) if (!workloads.has(o.requirement)) workloads.set(o.requirement, o.workload);
  const workloadOf = (rule: Rule) => workloads.get(rule.requirements[0] ?? '') ?? 'management';
  const hosts = new Set<string>();
  const connectors = new Set<string>();
  for (const rule of rules) {
    const workload = workloadOf(rule);
    for (const end of [...rule.sources, ...rule.destinations]) {
      const { side } = place(end, workload);
      if (side === 'left') hosts.add(`${end.role}\u0000${end.host}`);
      if (side === 'middle') connectors.add(end.host);
    }
  }
  const collapseHosts = hosts.size > COLLAPSE_HOSTS;
  const collapseConnectors = connectors.size > COLLAPSE_CONNECTORS;

  const nodes = new Map<string, DiagramNode & { members: Set<string> }>();
  const nodeOf = (end: FlowEnd, workload: string): string => {
    const { group, side } = place(end, workload);
    const collapse = side === 'left' ? collapseHosts : side === 'middle' ? collapseConnectors : false;
    const id = collapse ? `${group}:${end.role}` : `${group}:${end.role}:${end.host}`;
    let node = nodes.get(id);
    if (!node) {
      node = {
        id,
        label: collapse ? end.role : (end.name ?? end.host),
        detail: collapse || !end.name || end.name === end.host ? [] : [end.host],
        side,
        group,
        count: 0,
        members: new Set(),
      };
      nodes.set(id, node);
    }
    if (!node.members.has(end.host)) {
      node.members.add(end.host);
      (node as { count: number }).count = node.members.size;
    }
    return id;
  };

  const collapsed = collapseHosts || collapseConnectors;
  const edges = new Map<string, DiagramEdge>();
  const portSets = new Map<string, Set<string>>();
  for (const rule of rules) {
    const workload = workloadOf(rule);
    const ports = portsOf(rule);
    const pairs: EdgeEnds[] = rule.self
      ? rule.sources.map((s) => ({ from: s, to: s }))
      : rule.sources.flatMap((from) => rule.destinations.map((to) => ({ from, to })));
    for (const pair of pairs) {
      const from = nodeOf(pair.from, workload);
      const to = nodeOf(pair.to, workload);
      // Collapsed, one edge per pair of nodes, transport and direction carries the ports of every rule between them.
      const id = collapsed
        ? `${from}->${to}:${rule.transport}:${rule.direction}:${rule.scope}`
        : `${rule.id}:${from}->${to}`;
      let edge = edges.get(id);
      if (!edge) {
        edge = {
          id,
          rules: [],
          from,
          to,
          label: '',
          transport: rule.transport,
          direction: rule.direction,
          self: rule.self === true,
          purpose: rule.purpose,
          requirements: [],
          ends: [],
        };
        edges.set(id, edge);
        portSets.set(id, new Set());
      }
      edge.ends.push(pair);
      if (!edge.rules.includes(rule.id)) {
        edge.rules.push(rule.id);
        for (const r of rule.requirements) if (!edge.requirements.includes(r)) edge.requirements.push(r);
        for (const p of ports) portSets.get(id)?.add(p);
      }
    }
  }

  for (const edge of edges.values()) {
    const ports = [...(portSets.get(edge.id) ?? [])].sort(portOrder);
    edge.label = `${ports.join(', ')}/${edge.transport}`;
  }
  const collapsedNodes: DiagramNode[] = [...nodes.values()].map(({ members, ...node }) => {
    if (
      node.count > 1 ||
      (collapseHosts && node.side === 'left') ||
      (collapseConnectors && node.side === 'middle')
    ) {
      const listed = [...members].slice(0, 2).join(', ');
      const more = members.size > 2 ? ', …' : '';
      return { ...node, label: `${node.label} ×${node.count}`, detail: [`${listed}${more}`] };
    }
    return node;
  });
  const order: Side[] = ['left', 'middle', 'right'];
  const groups: { id: string; label: string; side: Side }[] = [];
  for (const node of collapsedNodes) {
    if (!groups.some((g) => g.id === node.group))
      groups.push({ id: node.group, label: GROUP_LABELS[node.group] ?? node.group, side: node.side });
  }
  groups.sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side));
  return { nodes: collapsedNodes, edges: [...edges.values()], groups, collapsed };
}

/** Whether the address or name `host` lies within the end `end` (the same name, or inside its CIDR or range). */
export function endHolds(end: FlowEnd, host: string, kind?: FlowEnd['kind']): boolean {
  if (end.host === host) return true;
  const outer = addressBlock(end.host, end.kind);
  if (!outer || !kind) return false;
  const inner = addressBlock(host, kind);
  return (
    inner !== undefined &&
    inner.family === outer.family &&
    inner.first >= outer.first &&
    inner.last <= outer.last
  );
}
