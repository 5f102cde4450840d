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
  readonly role: string;
  /** Address, CIDR, range, hostname or FQDN pattern, as written. */
  readonly host: string;
  readonly kind: AddressKind;
  /** The inventory's name for it, where it has one. */
  readonly name?: string;
  /** For a wildcard (`fqdn-pattern`): a name that answers for it, which `check` probes instead (the catalog's `samples`). */
  readonly sample?: string;
  /** The operating system the inventory gives it (Oracle hosts), where it gives one. */
  readonly os?: 'linux' | 'windows';
}

/** What one catalog requirement opens between two hosts on one transport: flows and rules are made of these. */
export interface Opening {
  readonly requirement: string;
  readonly workload: Workload;
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  readonly transport: Transport;
  /** Port numbers, ascending; `"any"` for every port. */
  readonly ports: readonly number[] | 'any';
  /** Port ranges `[first, last]`, when the catalog has any. */
  readonly portRanges?: readonly (readonly [number, number])[];
  /** The application protocol a prober speaks on these ports. */
  readonly app: App;
  /** Ports whose application protocol differs from `app`. */
  readonly portApps?: Readonly<Record<string, App>>;
  readonly scope: Scope;
  readonly direction: Direction;
  readonly purpose: string;
  readonly ref: Ref;
  /** VMware Cloud on AWS: the NSX gateway the rule belongs on. */
  readonly gateway?: 'management' | 'compute';
  /** Where the rule is configured, when that is not the user's own firewall. */
  readonly note?: string;
}

/**
 * One flow per (source host, destination, transport): the openings of every requirement between
 * them, merged. `requirement`, `workload` and `ref` are the first requirement's; `requirements` and
 * `refs` list all of them, and `purpose` joins their purposes.
 */
export interface Flow extends Opening {
  readonly requirements: readonly string[];
  readonly refs: readonly Ref[];
}

/**
 * Openings merged for a change ticket: every source × destination × port listed is needed, nothing
 * more. A host-scope rule has `self: true` and no destinations: each source reaches only itself.
 */
export interface Rule {
  readonly id: string;
  readonly sources: readonly FlowEnd[];
  readonly destinations: readonly FlowEnd[];
  readonly self?: true;
  readonly transport: Transport;
  readonly ports: readonly number[] | 'any';
  readonly portRanges?: readonly (readonly [number, number])[];
  readonly apps: readonly App[];
  /** Port (or `"first-last"` range) → application protocol, every port, when the rule's ports speak more than one. */
  readonly portApps?: Readonly<Record<string, App>>;
  readonly scope: Scope;
  readonly direction: Direction;
  readonly purpose: string;
  readonly requirements: readonly string[];
  readonly refs: readonly Ref[];
  readonly gateway?: 'management' | 'compute';
  readonly note?: string;
}

/** Something the plan leaves out, and why; `workload` when it concerns one. */
export interface PlanWarning {
  readonly workload?: Workload;
  readonly message: string;
}

export interface Plan {
  readonly catalog: { name: string; source: string };
  readonly region: string;
  readonly flows: readonly Flow[];
  /** The openings the flows merge, one per requirement: what rules are made from. */
  readonly openings: readonly Opening[];
  /**
   * How portplan reads the vendor rows the plan depends on where the document is unclear:
   * requirement id → text, for the requirements in `flows` that carry an interpretation.
   */
  readonly interpretations: Readonly<Record<string, string>>;
  /** What the plan leaves out and why (no flow between IPv4 and IPv6, a role the inventory leaves empty). */
  readonly warnings: readonly PlanWarning[];
}
