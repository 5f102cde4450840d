// The plan: concrete flows (and aggregated rules) that every later stage reads instead of the catalog.
import type { App, Ref, Workload } from '../catalog/schema.js';
import type { AddressKind } from '../common/address.js';

/** Version of the plan JSON contract (docs/plan-json.md). */
export const PLAN_VERSION = 2;

export type Transport = 'tcp' | 'udp';
/** `out`: the connector opens it; `in`: it ends on a connector; `lateral`: neither end is a connector. */
export type Direction = 'out' | 'in' | 'lateral';
export type Scope = 'network' | 'host';

/** One end of a flow: the role it plays and the host as written in the inventory or catalog. */
export interface FlowEnd {
  /** A catalog role (`connector`, `esxi`, …), `fqdn` or `address` for hosts named by the catalog, or `any`. */
  role: string;
  /** Address, CIDR, range, hostname or FQDN pattern, as written. */
  host: string;
  kind: AddressKind;
  /** The inventory's name for it, where it has one. */
  name?: string;
}

/** What one catalog requirement opens between two hosts on one transport: flows and rules are made of these. */
export interface Opening {
  requirement: string;
  workload: Workload;
  from: FlowEnd;
  to: FlowEnd;
  transport: Transport;
  /** Port numbers, ascending; `"any"` for every port. */
  ports: number[] | 'any';
  /** Port ranges `[first, last]`, when the catalog has any. */
  portRanges?: [number, number][];
  /** The application protocol a prober speaks on these ports. */
  app: App;
  /** Ports whose application protocol differs from `app`. */
  portApps?: Record<string, App>;
  scope: Scope;
  direction: Direction;
  purpose: string;
  ref: Ref;
  /** VMware Cloud on AWS: the NSX gateway the rule belongs on. */
  gateway?: 'management' | 'compute';
  /** Where the rule is configured, when that is not the user's own firewall. */
  note?: string;
}

/**
 * One flow per (source host, destination, transport): the openings of every requirement between
 * them, merged. `requirement`, `workload` and `ref` are the first requirement's; `requirements` and
 * `refs` list all of them, and `purpose` joins their purposes.
 */
export interface Flow extends Opening {
  requirements: string[];
  refs: Ref[];
}

/**
 * Openings merged for a change ticket: every source × destination × port listed is needed, nothing
 * more. A host-scope rule has `self: true` and no destinations: each source reaches only itself.
 */
export interface Rule {
  id: string;
  sources: FlowEnd[];
  destinations: FlowEnd[];
  self?: true;
  transport: Transport;
  ports: number[] | 'any';
  portRanges?: [number, number][];
  apps: App[];
  scope: Scope;
  direction: Direction;
  purpose: string;
  requirements: string[];
  refs: Ref[];
  gateway?: 'management' | 'compute';
  note?: string;
}

/** Something the plan leaves out, and why; `workload` when it concerns one. */
export interface PlanWarning {
  workload?: Workload;
  message: string;
}

export interface Plan {
  catalog: { name: string; source: string };
  region: string;
  flows: Flow[];
  /** The openings the flows merge, one per requirement: what rules are made from. */
  openings: Opening[];
  /**
   * How portplan reads the vendor rows the plan depends on where the document is unclear:
   * requirement id → text, for the requirements in `flows` that carry an interpretation.
   */
  interpretations: Record<string, string>;
  /** What the plan leaves out and why (no flow between IPv4 and IPv6, a role the inventory leaves empty). */
  warnings: PlanWarning[];
}
