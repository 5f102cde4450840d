// What every firewall target renders from: the plan's rules, cut to what one firewall enforces and
// what its language can say, with an explicit answer for every host name and row it cannot.
import type { App, Ref, Workload } from '../catalog/schema.js';
import {
  type AddressBlock,
  addressBlock,
  addressFamily,
  addressKey,
  classifyAddress,
  formatBlock,
} from '../common/address.js';
import { formatEnd } from '../plan/ends.js';
import type { Direction, FlowEnd, Plan, Rule, Transport } from '../plan/types.js';

/**
 * What a firewall language can express. A row that needs something a target lacks is rendered in
 * another form (addresses resolved with `--resolve`, a provider-maintained prefix list) or listed
 * as an omission in the output's header, naming the targets that can express it: never dropped
 * silently.
 */
export interface FirewallCapabilities {
  /** A destination named by a host name (an FQDN object, a `dstdomain`). */
  readonly fqdn: boolean;
  /** A wildcard name such as `*.cloudfront.net`. */
  readonly wildcardFqdn: boolean;
  readonly ipv6: boolean;
  /** Port ranges (`11113-11117`) as one item; without, ranges of up to 64 ports are listed port by port. */
  readonly portRanges: boolean;
  /** Every port (`ports: any`), as VMC's Compute Gateway rule opens. */
  readonly anyPort: boolean;
  /** Rows whose ends are one machine (a host firewall's loopback rules). */
  readonly hostScope: boolean;
  /** Rows may carry a comment or description naming the requirement and vendor row. */
  readonly comments: boolean;
  /**
   * Names (host names, wildcards) only as destinations, as Azure Firewall rules match a
   * destination FQDN and never a source one: a named source is resolved (`--resolve`) or omitted.
   */
  readonly namesAsDestinationOnly?: boolean;
}

/** Where a target's rules are enforced, which decides which rows it renders. */
export type Enforcement =
  /** On one host, for its own traffic: `out` rows from it, `in` rows to it, host-scope rows on it. */
  | 'host'
  /** On a firewall between hosts (a router, a gateway, a cloud firewall): every network-scope row. */
  | 'network'
  /** On the connector's own cloud security group: its `out` (egress) and `in` (ingress) rows. */
  | 'connector';

/** One end of a firewall rule, in the forms a target can write. */
export type Endpoint =
  /** One block of addresses: an address, a CIDR or a range, with the name the inventory gave it. */
  | {
      readonly kind: 'block';
      readonly block: AddressBlock;
      readonly text: string;
      readonly name?: string;
      /** The catalog role of the host (`vcenter`, `esxi`, …), where the plan names one. */
      readonly role?: string;
    }
  /** A host name the target names natively (an FQDN object). */
  | { readonly kind: 'fqdn'; readonly host: string; readonly name?: string; readonly role?: string }
  /** A wildcard name the target names natively (`*.s3.us-west-2.amazonaws.com`). */
  | { readonly kind: 'wildcard'; readonly pattern: string }
  /** A list of addresses the provider maintains (AWS `com.amazonaws.us-west-2.s3`). */
  | { readonly kind: 'prefix-list'; readonly id: string; readonly stands: string }
  /** Every address (the vendor's `any`). */
  | { readonly kind: 'any' };

/** One rule a target writes: a plan rule, its ends in forms the target can express. */
export interface FirewallRule {
  /** The plan rule's id (`r001`); a target suffixes it when it splits a rule (IPv4/IPv6, 15 ports). */
  readonly id: string;
  readonly direction: Direction;
  /** true for a host-scope row: both ends are the same machine (loopback). */
  readonly local: boolean;
  readonly transport: Transport;
  /** Single ports, ascending; empty when the rule has only ranges, or opens every port. */
  readonly ports: readonly number[];
  readonly portRanges: readonly (readonly [number, number])[];
  readonly anyPort: boolean;
  readonly sources: readonly Endpoint[];
  readonly destinations: readonly Endpoint[];
  readonly requirements: readonly string[];
  /** The catalog workloads (sections) of its requirements: `vmc`, `avs`, `management`, … */
  readonly workloads: readonly Workload[];
  readonly refs: readonly Ref[];
  readonly purpose: string;
  /** The application protocols of its ports (`https`, `ssh`…), as in the plan rule. */
  readonly apps?: readonly App[];
  /** Port (or `"first-last"`) → application protocol, when its ports speak more than one. */
  readonly portApps?: Readonly<Record<string, App>>;
  /** VMC: which gateway enforces it. */
  readonly gateway?: 'management' | 'compute';
  /** A platform note (AVS: where the rule is opened). */
  readonly note?: string;
  /**
   * Plain text for the target's comment or description: `r001 mgmt-control-helios (1.1): Control
   * path…`. Every target escapes or cuts it for its own syntax; it may hold any character.
   */
  readonly comment: string;
}

/** Something of the plan a target leaves out, and why, for the output's header. */
export interface Omission {
  /** The plan rule (`r004`), or the requirement when a whole row is out of scope. */
  readonly rule: string;
  /** What is left out: a host, a port range, or the whole rule. */
  readonly what: string;
  readonly why: string;
  /** Targets that can express it, from the registry's capabilities. */
  readonly instead: readonly string[];
}

/** Addresses a name resolved to at render time (`--resolve`), and when. */
export interface Resolution {
  readonly at: string;
  readonly addresses: ReadonlyMap<string, readonly string[]>;
}

/** What a firewall target is given: the rules it can express and everything it cannot. */
export interface FirewallInput {
  readonly rules: readonly FirewallRule[];
  readonly omitted: readonly Omission[];
  /** Header lines every target prints as comments: what it covers, from which inputs. */
  readonly header: readonly string[];
  readonly options: FirewallOptions;
}

export interface FirewallOptions {
  /** iptables/nftables: a host firewall on one machine, or a router's FORWARD chain. */
  readonly chainMode: 'host' | 'forward';
  /** The machine a host-mode output is for (a connector's name); default: the only connector. */
  readonly host?: string;
  /** The plan's region, for provider forms such as the S3 prefix list. */
  readonly region: string;
  /** Names resolved at render time (`--resolve`). */
  readonly resolution?: Resolution;
}

/** A firewall language: one file each in src/targets, listed in the registry. */
export interface FirewallTarget {
  readonly name: string;
  /** File extension `-o` suggests, with its dot. */
  readonly extension: string;
  readonly summary: string;
  readonly supports: FirewallCapabilities;
  /** Which rows this target enforces; iptables and nftables follow `--chain-mode`. */
  enforcement(options: FirewallOptions): Enforcement;
  /**
   * A provider-maintained form for a wildcard it cannot name (AWS: the S3 prefix list), or
   * undefined.
   */
  provided?(pattern: string, options: FirewallOptions): Endpoint | undefined;
  /**
   * An end the platform itself names, used instead of its addresses or host name (VMC: the
   * Management Gateway's system-defined groups for vCenter and ESXi), or undefined.
   */
  platformEnd?(end: FlowEnd, rule: Rule, options: FirewallOptions): Endpoint | undefined;
  /**
   * Which plan rules this target enforces, when `enforcement` alone cannot say (Windows Firewall:
   * the rows that end on, or stay on, the Windows data sources; NSX: the `vmc` and `avs` rows);
   * `enforcement` still names it. `workloads` are the catalog workloads of the rule's requirements.
   */
  selects?(rule: Rule, options: FirewallOptions, workloads: readonly Workload[]): boolean;
  /**
   * For a target applied on each machine a rule ends on (Windows Firewall on the data sources): how
   * it takes a destination end (and, in a host-scope rule, a source). `local`: a machine the output
   * is applied on, passed as written, for the target needs no address for its own end (a host
   * name stays an `fqdn` end whatever `supports.fqdn` says); `skip`: not one of its machines (a
   * Linux host), left out without an omission; undefined: converted like any end.
   */
  hostEnd?(end: FlowEnd, rule: Rule, options: FirewallOptions): 'local' | 'skip' | undefined;
  /** What the output covers, for the header, when the enforcement's own words do not say it. */
  covers?(options: FirewallOptions): string;
  render(input: FirewallInput): Iterable<string>;
}

/** Ranges of up to this many ports are listed port by port for targets without port ranges. */
export const MAX_EXPANDED_RANGE = 64;

const refText = (r: Ref) => `${r.table}.${r.row}`;

/** `r001 mgmt-control-helios (1.1): Control path to Cohesity's cloud`: what a comment says. */
export function commentOf(rule: Rule): string {
  return `${rule.id} ${rule.requirements.join(',')} (${rule.refs.map(refText).join(' ')}): ${rule.purpose}`;
}

/** Whether `end` is the host `who` (an inventory name or an address as written). */
function isHost(end: FlowEnd, who: string): boolean {
  if (end.name === who) return true;
  const c = classifyAddress(who);
  return 'kind' in c && c.kind === end.kind && addressKey(end.host, end.kind) === addressKey(who, c.kind);
}

/** The targets of `all` that can express what `need` asks for. */
function able(
  all: readonly FirewallTarget[],
  need: (c: FirewallCapabilities) => boolean,
  takes: (t: FirewallTarget) => boolean,
): string[] {
  return all.filter((t) => need(t.supports) && takes(t)).map((t) => t.name);
}

/**
 * Whether `t` would render `rule` at all, in some mode: a proxy allow-list takes no WinRM row, a
 * security group no row between two data sources, a network firewall no loopback row.
 */
function enforces(
  t: FirewallTarget,
  rule: Rule,
  options: FirewallOptions,
  workloads: readonly Workload[],
): boolean {
  if (t.selects) return t.selects(rule, options, workloads);
  const modes = new Set(
    (['host', 'forward'] as const).map((chainMode) => t.enforcement({ ...options, chainMode })),
  );
  const local = rule.scope === 'host';
  return [...modes].some((where) =>
    where === 'host' ? true : where === 'connector' ? !local && rule.direction !== 'lateral' : !local,
  );
}

/**
 * The rules `target` renders from `rules`, each end in a form it can express, and every omission.
 * `all` is the registry (to name the targets that can express what this one cannot).
 */
export function prepareFirewall(
  target: FirewallTarget,
  plan: Plan,
  rules: readonly Rule[],
  options: FirewallOptions,
  all: readonly FirewallTarget[],
): Pick<FirewallInput, 'rules' | 'omitted'> & { unnamed: string[] } {
  const caps = target.supports;
  // Host names left out because the target names only addresses: what --resolve looks up.
  const unnamed = new Set<string>();
  const where = target.enforcement(options);
  const out: FirewallRule[] = [];
  const omitted: Omission[] = [];
  // The rule being prepared, so that an omission names only targets that would take it.
  let current: { rule: Rule; workloads: Workload[] } | undefined;
  const omit = (rule: string, what: string, why: string, need: (c: FirewallCapabilities) => boolean) =>
    omitted.push({
      rule,
      what,
      why,
      instead: able(all, need, (t) => !current || enforces(t, current.rule, options, current.workloads)),
    });
  const host = options.host;
  const workloadOf = new Map<string, Workload>();
  for (const o of plan.openings)
    if (!workloadOf.has(o.requirement)) workloadOf.set(o.requirement, o.workload);

  for (const rule of rules) {
    const workloads = [
      ...new Set(
        rule.requirements.flatMap((r) => (workloadOf.has(r) ? [workloadOf.get(r) as Workload] : [])),
      ),
    ];
    current = { rule, workloads };
    // Which rows this firewall enforces at all: out of scope is not an omission, it is another
    // firewall's job; the header says what the output covers.
    if (target.selects) {
      if (!target.selects(rule, options, workloads)) continue;
    } else if (where === 'host' || where === 'connector') {
      const mine = (ends: readonly FlowEnd[]) => host !== undefined && ends.some((e) => isHost(e, host));
      const local = rule.scope === 'host';
      if (where === 'connector' && (local || rule.direction === 'lateral')) continue;
      if (!(local ? mine(rule.sources) : mine(rule.sources) || mine(rule.destinations))) continue;
    } else if (rule.scope === 'host') continue;
    if (rule.scope === 'host' && !caps.hostScope) {
      omit(rule.id, 'the whole rule', 'rules that stay on one machine (loopback)', (c) => c.hostScope);
      continue;
    }
    if (rule.ports === 'any' && !caps.anyPort) {
      omit(rule.id, 'the whole rule', 'rules that open every port', (c) => c.anyPort);
      continue;
    }
    const ports = rule.ports === 'any' ? [] : [...rule.ports];
    const portRanges: (readonly [number, number])[] = [];
    for (const [a, b] of rule.portRanges ?? []) {
      if (caps.portRanges) portRanges.push([a, b]);
      else if (b - a < MAX_EXPANDED_RANGE) for (let p = a; p <= b; p++) ports.push(p);
      else
        omit(
          rule.id,
          `ports ${a}-${b}`,
          `port ranges longer than ${MAX_EXPANDED_RANGE} ports`,
          (c) => c.portRanges,
        );
    }
    if (rule.ports !== 'any' && ports.length === 0 && portRanges.length === 0) continue;
    ports.sort((x, y) => x - y);

    const convert = (end: FlowEnd, side: 'source' | 'destination'): Endpoint[] => {
      const platform = target.platformEnd?.(end, rule, options);
      if (platform) return [platform];
      const role = end.role ? { role: end.role } : {};
      // A target that names only destinations treats a named source like a target without names.
      const named = (c: FirewallCapabilities) => side === 'destination' || !c.namesAsDestinationOnly;
      switch (end.kind) {
        case 'any':
          return [{ kind: 'any' }];
        case 'ip':
        case 'cidr':
        case 'range': {
          if (addressFamily(end.host, end.kind) === 6 && !caps.ipv6) {
            omit(rule.id, formatEnd(end), 'IPv6 addresses', (c) => c.ipv6);
            return [];
          }
          const block = addressBlock(end.host, end.kind) as AddressBlock;
          return [{ kind: 'block', block, text: end.host, ...(end.name ? { name: end.name } : {}), ...role }];
        }
        case 'hostname': {
          if (caps.fqdn && named(caps))
            return [{ kind: 'fqdn', host: end.host, ...(end.name ? { name: end.name } : {}), ...role }];
          const resolved = options.resolution?.addresses.get(end.host.toLowerCase());
          if (resolved && resolved.length > 0) {
            return resolved.flatMap((a) => {
              const kind = 'ip' as const;
              if (addressFamily(a, kind) === 6 && !caps.ipv6) return [];
              const block = addressBlock(a, kind) as AddressBlock;
              return [{ kind: 'block' as const, block, text: a, name: end.name ?? end.host, ...role }];
            });
          }
          if (!options.resolution) unnamed.add(end.host.toLowerCase());
          omit(
            rule.id,
            formatEnd(end),
            options.resolution
              ? 'host names that did not resolve at render time'
              : caps.fqdn
                ? 'host names as sources: this target names hosts only as destinations (render with --resolve to write the addresses they have now)'
                : 'host names: this target names only addresses (render with --resolve to write the addresses they have now)',
            (c) => c.fqdn && named(c),
          );
          return [];
        }
        case 'fqdn-pattern': {
          if (caps.wildcardFqdn && named(caps)) return [{ kind: 'wildcard', pattern: end.host }];
          const provided = target.provided?.(end.host, options);
          if (provided) return [provided];
          omit(
            rule.id,
            end.host,
            'wildcard names: no list of addresses stands for them',
            (c) => c.wildcardFqdn && named(c),
          );
          return [];
        }
      }
    };
    const own = (end: FlowEnd, side: 'source' | 'destination'): Endpoint[] => {
      const how = target.hostEnd?.(end, rule, options);
      if (how === 'skip') return [];
      if (how === 'local' && end.kind === 'hostname')
        return [{ kind: 'fqdn', host: end.host, ...(end.name ? { name: end.name } : {}) }];
      return convert(end, side);
    };
    // A rule whose destination is each source itself (host scope) keeps its sources on both ends.
    const before = omitted.length;
    let sources = rule.sources.flatMap((e) => (rule.self ? own(e, 'source') : convert(e, 'source')));
    let destinations = rule.self ? sources : rule.destinations.flatMap((e) => own(e, 'destination'));
    if (rule.scope === 'host') {
      // Loopback needs no address: a host named only by its name still gets its local rule, written
      // for the machine the output is applied on.
      const lost = omitted.length > before;
      omitted.length = before;
      if (sources.length === 0 && lost) sources = [{ kind: 'any' }];
      if (destinations.length === 0) destinations = sources;
    }
    if (sources.length === 0 || destinations.length === 0) {
      if (!omitted.some((o) => o.rule === rule.id))
        omit(
          rule.id,
          'the whole rule',
          'rules none of whose sources or destinations can be expressed',
          () => true,
        );
      continue;
    }
    out.push({
      id: rule.id,
      direction: rule.direction,
      local: rule.scope === 'host',
      transport: rule.transport,
      ports,
      portRanges,
      anyPort: rule.ports === 'any',
      sources,
      destinations,
      requirements: rule.requirements,
      workloads,
      refs: rule.refs,
      purpose: rule.purpose,
      apps: rule.apps,
      ...(rule.portApps ? { portApps: rule.portApps } : {}),
      ...(rule.gateway ? { gateway: rule.gateway } : {}),
      ...(rule.note ? { note: rule.note } : {}),
      comment: commentOf(rule),
    });
  }
  return { rules: out, omitted, unnamed: [...unnamed].sort() };
}

/** How an endpoint reads in a header or a golden: the block as written, the name, the list. */
export function endpointText(e: Endpoint): string {
  switch (e.kind) {
    case 'block':
      return e.name ? `${e.name} (${formatBlock(e.block).host})` : formatBlock(e.block).host;
    case 'fqdn':
      return e.host;
    case 'wildcard':
      return e.pattern;
    case 'prefix-list':
      return `${e.id} (for ${e.stands})`;
    case 'any':
      return 'any';
  }
}

/**
 * The CIDRs that cover a block exactly, largest first: for targets that take only CIDRs
 * (security groups, NSGs, iptables without iprange).
 */
export function blockCidrs(b: AddressBlock): string[] {
  const bits = b.family === 4 ? 32 : 128;
  const out: string[] = [];
  let first = b.first;
  while (first <= b.last) {
    // The largest aligned block starting at `first` that does not pass `last`.
    let size = 1n;
    while (first % (size * 2n) === 0n && first + size * 2n - 1n <= b.last && size * 2n <= 1n << BigInt(bits))
      size *= 2n;
    const prefix = bits - (size.toString(2).length - 1);
    const start = formatBlock({ family: b.family, first, last: first }).host;
    out.push(`${start}/${prefix}`);
    first += size;
  }
  return out;
}

/**
 * A header line as plain text: control characters, line and paragraph separators and the
 * direction marks that make a line read differently from what it holds (U+202E and its kin) become
 * `?`. A file name may hold them; the catalog refuses them; each target still escapes the rest
 * for its own syntax.
 */
function plainLine(line: string): string {
  let out = '';
  for (const ch of line) {
    const c = ch.codePointAt(0) as number;
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) || UNSEEN.has(c) ? '?' : ch;
  }
  return out;
}

/** U+061C, U+200E/F, U+2028/9, U+202A–E, U+2066–9: marks and separators that change how a line reads. */
const UNSEEN = new Set([
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
  0x2069,
]);

/** What the header says about the inputs. */
export interface HeaderInfo {
  readonly version: string;
  readonly inventory: string;
  readonly catalog: { readonly name: string; readonly source: string };
  /** The connectors the plan was cut to (`--connector`), if any. */
  readonly connectors: readonly string[];
}

/** What the output covers, in words, for its header. */
function coverage(target: FirewallTarget, options: FirewallOptions): string {
  if (target.covers) return target.covers(options);
  switch (target.enforcement(options)) {
    case 'host':
      return `the host firewall of ${options.host ?? '(no host)'}: the rows it opens, the rows that end on it, and rows that stay on it`;
    case 'connector':
      return `the security group of ${options.host ?? '(no connector)'}: its outgoing rows as egress rules, the rows that end on it as ingress rules`;
    case 'network':
      return 'a firewall between the hosts: every row that crosses the network (rows that stay on one machine belong to host firewalls)';
  }
}

/**
 * The header lines every target prints as comments: the command, the inputs, what the output
 * covers, and everything of the plan it leaves out, with why and which targets could say it.
 * Plain text: each target comments and escapes it for its own syntax.
 */
export function headerLines(
  target: FirewallTarget,
  info: HeaderInfo,
  prepared: Pick<FirewallInput, 'rules' | 'omitted'>,
  options: FirewallOptions,
): string[] {
  const lines = [
    `portplan ${info.version} render --target ${target.name}`,
    `inventory: ${info.inventory}`,
    `catalog: ${info.catalog.name} (${info.catalog.source})`,
    ...(info.connectors.length > 0 ? [`connectors: ${info.connectors.join(', ')}`] : []),
    `covers: ${coverage(target, options)}`,
    `rules: ${prepared.rules.length}`,
  ];
  if (options.resolution) {
    lines.push(
      `names resolved at render time (--resolve), ${options.resolution.at}: addresses behind names change (CDNs and cloud endpoints often); render again before applying`,
    );
    for (const [name, addresses] of options.resolution.addresses)
      lines.push(`  ${name}: ${addresses.length > 0 ? addresses.join(', ') : 'no address'}`);
  }
  if (prepared.omitted.length === 0) lines.push('not expressed here: nothing');
  else {
    lines.push('not expressed here (open these another way):');
    // One paragraph per reason, each rule's ends under it: the same reason is not repeated per row.
    const byReason = new Map<string, Omission[]>();
    for (const o of prepared.omitted) {
      const key = `${o.why}\u0000${o.instead.join(', ')}`;
      byReason.set(key, [...(byReason.get(key) ?? []), o]);
    }
    for (const [key, items] of byReason) {
      const [why, instead] = key.split('\u0000');
      lines.push(`  ${why}${instead ? ` (targets that can: ${instead})` : ''}:`);
      for (const o of items) lines.push(`    ${o.rule} ${o.what}`);
    }
  }
  return lines.map(plainLine);
}
