// Check a plan from where this machine stands: each flow's destinations resolved and probed, the rest skipped with why.
import type { App } from '../catalog/schema.js';
import { addressBlock, addressKey, classifyAddress, hostAddresses, isIp } from '../common/address.js';
import { formatEnd } from '../plan/ends.js';
import type { Flow, FlowEnd, Plan, Rule, Transport } from '../plan/types.js';
import type { Evidence, Outcome, ProbeResult } from '../probe/_outcome.js';
import type { Prober } from '../probe/_prober.js';
import { type DnsFailure, type Resolved, resolveName } from '../probe/dns.js';
import { proberFor } from '../probe/registry.js';
import { type ProbeTask, runProbes, type ScheduleOptions, safeConcurrency } from './scheduler.js';

/** One probe's result, as `check --format json` prints it (docs/check-json.md). */
export interface CheckResult {
  /** The plan flow probed: requirement(s), ends, transport. */
  readonly flow: Pick<Flow, 'requirement' | 'requirements' | 'from' | 'to' | 'transport'>;
  /** The address probed; '' when nothing was (a skipped flow, a name that did not resolve). */
  readonly address: string;
  readonly port: number;
  readonly transport: Transport;
  readonly app: App;
  /** false for ports the vendor document makes optional (chronyc's 323/udp): they never fail a check. */
  readonly required: boolean;
  readonly outcome: Outcome;
  readonly evidence: Evidence;
  readonly attempts: number;
  /** Where a failure stands: the first layer that fails decides what to fix. */
  readonly layer?: Layer;
  /** The `plan --rules` rule that opens this flow, when the plan has rules. */
  readonly rule?: string;
}

/** The layers a connection goes through, in order: DNS, then TCP (or UDP), then TLS, then the application. */
export type Layer = 'dns' | 'transport' | 'tls' | 'application';

/** The layer an outcome says failed; none for ok, skipped and the undecided `open|filtered`. */
export function layerOf(outcome: Outcome): Layer | undefined {
  switch (outcome) {
    case 'dns-failed':
      return 'dns';
    case 'filtered':
    case 'refused':
    case 'reset':
    case 'unreachable':
      return 'transport';
    case 'tls-failed':
    case 'tls-intercepted':
      return 'tls';
    case 'unexpected-service':
      return 'application';
    default:
      return undefined;
  }
}

/**
 * The rule of `rules` that opens a flow's port: one that lists its requirement, transport and
 * port, and whose sources and destinations hold the flow's ends (rules collapse addresses into
 * CIDRs and ranges, so holding is by address block, or by one spelling for names).
 */
export function ruleFor(rules: readonly Rule[], flow: Flow, port: number): string | undefined {
  const holds = (ends: readonly FlowEnd[], end: FlowEnd) => {
    const key = addressKey(end.host, end.kind);
    const block = addressBlock(end.host, end.kind);
    return ends.some((e) => {
      if (addressKey(e.host, e.kind) === key) return true;
      const b = addressBlock(e.host, e.kind);
      return !!b && !!block && b.family === block.family && b.first <= block.first && block.last <= b.last;
    });
  };
  for (const r of rules) {
    if (r.transport !== flow.transport || !flow.requirements.some((id) => r.requirements.includes(id)))
      continue;
    const portOk =
      r.ports === 'any' ||
      r.ports.includes(port) ||
      (r.portRanges ?? []).some(([a, b]) => a <= port && port <= b);
    if (!portOk || !holds(r.sources, flow.from)) continue;
    if (r.self ? true : holds(r.destinations, flow.to)) return r.id;
  }
  return undefined;
}

export interface CheckOptions extends ScheduleOptions {
  /** The inventory host this machine stands in for: a name or an address. */
  readonly from: string;
  /** The DNS servers names are resolved through: the inventory's, as the connector will use them. */
  readonly dnsServers: readonly string[];
  /** At most this many addresses of a CIDR or range are probed; the rest are sampled. */
  readonly maxHostsPerRange: number;
  /** At most this many ports of a port range are probed, from its first; the rest are sampled. Default 16. */
  readonly maxPortsPerRange?: number;
  /**
   * Wildcard destination, as the plan writes it → a name that answers for it (`--sample`): probed
   * in its stead, before the plan's own `to.sample`.
   */
  readonly samples?: Readonly<Record<string, string>>;
  /** Ports of a requirement that are optional (the vendor's "open port 323 if you want…"). */
  readonly optionalPorts?: (requirement: string) => readonly number[];
  /** The command that checks flows from another source, for the skip message. */
  readonly commandFor?: (source: string) => string;
  /**
   * The HTTP proxy HTTPS flows go through (`HTTPS_PROXY`, `--proxy`), and the destinations that
   * bypass it (`NO_PROXY`: `*`, domain suffixes, addresses, CIDRs).
   */
  readonly proxy?: { host: string; port: number; noProxy: readonly string[] };
  /** The plan's rules (`plan --rules`), so that each failure names the rule that should open it. */
  readonly rules?: readonly Rule[];
  /**
   * false: each result goes to `onResult` as it comes and is then dropped, and `checkPlan` resolves
   * with none, so that memory does not grow with the results (`--format jsonl`). Default true.
   */
  readonly keep?: boolean;
}

/** Whether NO_PROXY's entries exempt a destination (a name, or an address when it has none). */
export function bypassesProxy(destination: string, noProxy: readonly string[]): boolean {
  const host = destination.toLowerCase().replace(/\.$/, '');
  for (const raw of noProxy) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const c = classifyAddress(entry);
    if ('kind' in c && (c.kind === 'cidr' || c.kind === 'ip' || c.kind === 'range')) {
      const block = addressBlock(entry, c.kind);
      const at = isIp(host) ? addressBlock(host, 'ip') : undefined;
      if (block && at && block.family === at.family && block.first <= at.first && at.first <= block.last)
        return true;
      continue;
    }
    const suffix = entry.replace(/^\*?\./, '');
    if (host === suffix || host.endsWith(`.${suffix}`)) return true;
  }
  return false;
}

/**
 * The name a destination is probed through: its own, or for a wildcard the name `--sample` gives
 * or the plan carries (the catalog's `samples`); undefined for a wildcard nobody named one for.
 */
function probeName(to: FlowEnd, samples: CheckOptions['samples']): string | undefined {
  if (to.kind === 'hostname') return to.host;
  if (to.kind !== 'fqdn-pattern') return undefined;
  return samples?.[to.host] ?? to.sample;
}

/** A flow's ports to probe: its ports, then each range's first `max` ports, those sampled saying so. */
function portsToProbe(flow: Flow, max: number): { port: number; sampled?: string }[] {
  if (flow.ports === 'any') return [];
  const ports: { port: number; sampled?: string }[] = flow.ports.map((port) => ({ port }));
  for (const [first, last] of flow.portRanges ?? []) {
    const total = last - first + 1;
    const shown = Math.min(total, max);
    const sampled =
      total > shown ? `the first ${shown} of ${total} ports (--max-ports-per-range)` : undefined;
    for (let port = first; port < first + shown; port++) ports.push(sampled ? { port, sampled } : { port });
  }
  return ports;
}

/** A port's application protocol: its own in `portApps`, its range's, or the flow's. */
function appOf(flow: Flow, port: number): App {
  const own = flow.portApps?.[String(port)];
  if (own) return own;
  const range = flow.portRanges?.find(([a, b]) => a <= port && port <= b);
  return (range ? flow.portApps?.[`${range[0]}-${range[1]}`] : undefined) ?? flow.app;
}

/**
 * The tasks of every group, one of each in turn: a host's ports and the flows' kinds of probe mix,
 * so that probes which wait (silent hosts, slow answers) run beside probes which compute (TLS
 * handshakes) instead of one kind after the other, and no host gets one flow's probes in a burst.
 * Results keep plan order whatever order the probes run in.
 */
export function* interleave<T>(groups: readonly Iterable<T>[]): Generator<T> {
  let live = groups.map((g) => g[Symbol.iterator]());
  while (live.length > 0) {
    const next: Iterator<T>[] = [];
    for (const it of live) {
      const item = it.next();
      if (!item.done) {
        yield item.value;
        next.push(it);
      }
    }
    live = next;
  }
}

/** A name's look-up: its addresses and who gave them, the deadline passing first, or `dns-failed` evidence. */
type LookUp =
  | { addresses: string[]; server: string; transport: Transport }
  | { deadline: true }
  | { failed: Evidence };

/**
 * Look names up through the inventory's DNS servers (resolveName: every server asked at once, the
 * first definite answer wins), each name once however many flows need it, as many at once as the
 * file-descriptor budget allows. Aborting `deadline` stops the look-ups waiting and those to come.
 */
function lookUpNames(options: CheckOptions, deadline: AbortSignal): (name: string) => Promise<LookUp> {
  const servers = options.dnsServers;
  const answers = new Map<string, Promise<LookUp>>();
  // One look-up holds two sockets (A and AAAA) per server.
  const most = Math.max(1, Math.floor(safeConcurrency(options.concurrency ?? 256) / (2 * servers.length)));
  let running = 0;
  const queue: (() => void)[] = [];
  // One controller per attempt, aborted by its timeout or by the deadline: not a listener per look-up
  // on one deadline signal, which hundreds of names would push past node's listener warning.
  const inFlight = new Set<AbortController>();
  deadline.addEventListener('abort', () => {
    for (const c of inFlight) c.abort();
  });
  const attempt = async (name: string, transport: Transport): Promise<Resolved | { result: ProbeResult }> => {
    const stop = new AbortController();
    inFlight.add(stop);
    const timer = setTimeout(() => stop.abort(), options.timeoutMs);
    try {
      return await resolveName(name, servers, transport, stop.signal);
    } finally {
      clearTimeout(timer);
      inFlight.delete(stop);
    }
  };
  const failures = (r: { result: ProbeResult }, transport: Transport) =>
    ((r.result.evidence.servers ?? []) as DnsFailure[]).map((f) => ({ ...f, transport }));
  const lookUp = async (name: string): Promise<LookUp> => {
    if (deadline.aborted) return { deadline: true };
    const udp = await attempt(name, 'udp');
    if ('addresses' in udp) return { addresses: udp.addresses, server: udp.server, transport: 'udp' };
    if (deadline.aborted) return { deadline: true };
    const { evidence } = udp.result;
    if (evidence.rcode === 'NXDOMAIN') {
      return {
        failed: {
          name,
          dnsServers: [...servers],
          rcode: 'NXDOMAIN',
          server: evidence.server,
          servers: failures(udp, 'udp'),
          detail: String(evidence.detail),
        },
      };
    }
    // UDP first, as the connector's stub resolver asks; TCP when no server gave a definite answer
    // over UDP — a truncated answer (RFC 1035 §4.2.1), or UDP blocked where TCP passes: RFC 7766
    // requires every DNS server and resolver to speak TCP, so a name that resolves over it does resolve.
    const tcp = await attempt(name, 'tcp');
    if ('addresses' in tcp) return { addresses: tcp.addresses, server: tcp.server, transport: 'tcp' };
    if (deadline.aborted) return { deadline: true };
    const all = [...failures(udp, 'udp'), ...failures(tcp, 'tcp')];
    const nx = tcp.result.evidence.rcode === 'NXDOMAIN' ? tcp.result.evidence : undefined;
    const why = all
      .map(
        (f) => `${f.server} over ${f.transport}: ${f.rcode ?? f.outcome}${f.detail ? ` (${f.detail})` : ''}`,
      )
      .join('; ');
    return {
      failed: {
        name,
        dnsServers: [...servers],
        ...(nx ? { rcode: 'NXDOMAIN', server: nx.server } : {}),
        servers: all,
        detail: nx ? String(nx.detail) : `${name} did not resolve through ${servers.join(', ')}: ${why}`,
      },
    };
  };
  return (name) => {
    let answer = answers.get(name);
    if (!answer) {
      answer = (async () => {
        // A finished look-up hands its place to the next waiting, so that none starts beyond `most`.
        if (running < most) running++;
        else await new Promise<void>((go) => queue.push(go));
        try {
          return await lookUp(name);
        } finally {
          const next = queue.shift();
          if (next) next();
          else running--;
        }
      })();
      answers.set(name, answer);
    }
    return answer;
  };
}

/** Whether `end` is the host this machine stands in for. */
function isFrom(end: FlowEnd, from: string): boolean {
  if (end.name === from) return true;
  const c = classifyAddress(from);
  return 'kind' in c && end.kind === c.kind && addressKey(end.host, end.kind) === addressKey(from, c.kind);
}

/** The probes of one flow and port: one per address, made as the scheduler takes them. */
interface Group {
  readonly slot: Slot;
  readonly prober: Prober;
  readonly addresses: readonly string[];
  /** Where the group's results go in `out`, in plan order. */
  base: number;
  readonly evidence: Evidence;
  readonly name?: string;
  readonly query?: string;
  readonly proxy?: { address: string; port: number };
}

/** What the scheduler hands back with a result: its place, its group, the address probed. */
interface Key {
  readonly at: number;
  readonly group: Group;
  readonly address: string;
}

interface Slot {
  flow: Flow;
  port: number;
  app: App;
  required: boolean;
  /** How the port was sampled from a longer range, when it was. */
  sampled?: string;
}

/** Two sampling notes (a range's ports, a range's addresses, a wildcard's name) as one. */
const both = (a: string | undefined, b: string | undefined) => (a && b ? `${a}; ${b}` : (a ?? b));

/** A flow no single probe proves: to `any` destination, or on `any` port. */
const openEnded = (flow: Flow) => flow.to.kind === 'any' || flow.ports === 'any';

/**
 * Whether a concrete flow stands for an open-ended one from the same source: for an `any`
 * destination, a flow of the same workload (the VMC vCenter and ESXi flows for the Compute Gateway's
 * "any"); for any port to a host, a flow to that host. On the same transport, across the network.
 */
function standsFor(open: Flow, concrete: Flow): boolean {
  if (openEnded(concrete) || concrete.scope === 'host' || concrete.transport !== open.transport) return false;
  if (open.to.kind === 'any') return concrete.workload === open.workload;
  return addressKey(concrete.to.host, concrete.to.kind) === addressKey(open.to.host, open.to.kind);
}

/** One result that stands for an open-ended flow, as its evidence lists it. */
interface StandIn {
  requirement: string;
  address: string;
  port: number;
  outcome: Outcome;
  required: boolean;
  deadline?: true;
}

/**
 * The results of the flows from here that stand for each open-ended flow, noted as they are decided,
 * so that the open-ended flow's own result can be derived from them at the end.
 */
class StandIns {
  /** Each open-ended flow from here, with the indexes of its own results. */
  private readonly open = new Map<Flow, number[]>();
  /** Result index → the stand-in it is and the open-ended flows it stands for. */
  private readonly members = new Map<number, { stand: StandIn; serves: readonly Flow[] }>();
  /** Concrete flow → the open-ended flows it stands for (computed once per flow). */
  private readonly served = new Map<Flow, Flow[]>();

  constructor(
    flows: readonly Flow[],
    private readonly isHere: (flow: Flow) => boolean,
  ) {
    for (const f of flows) if (openEnded(f) && isHere(f)) this.open.set(f, []);
  }

  /** Note a result: an open-ended flow's own, or one that may stand for one. */
  note(flow: Flow, at: number, stand: Omit<StandIn, 'requirement'>): void {
    if (this.open.size === 0) return;
    const own = this.open.get(flow);
    if (own) {
      own.push(at);
      return;
    }
    let serves = this.served.get(flow);
    if (!serves) {
      serves = this.isHere(flow) ? [...this.open.keys()].filter((o) => standsFor(o, flow)) : [];
      this.served.set(flow, serves);
    }
    if (serves.length > 0)
      this.members.set(at, { stand: { requirement: flow.requirement, ...stand }, serves });
  }

  /** Each open-ended flow's results, with what its stand-ins make of them. */
  *derived(): Generator<{ at: number; flow: Flow; outcome: Outcome; evidence: Evidence }> {
    for (const [open, own] of this.open) {
      // In plan order (results are noted as probes finish, in an order of their own).
      const stands = [...this.members]
        .sort(([a], [b]) => a - b)
        .map(([, m]) => m)
        .filter((m) => m.stand.required && m.serves.includes(open))
        .map((m) => m.stand);
      const derived = deriveOutcome(open, stands);
      for (const at of own) yield { at, flow: open, ...derived };
    }
  }
}

/**
 * An open-ended flow's outcome from the results that stand for it: `ok` when every one is, else the
 * first one's that is not (in plan order), so that it fails where they fail; `skipped` when none does.
 */
function deriveOutcome(open: Flow, stands: readonly StandIn[]): { outcome: Outcome; evidence: Evidence } {
  const what =
    open.to.kind === 'any'
      ? `any destination${open.ports === 'any' ? ' on any port' : ''}`
      : `any port to ${formatEnd(open.to)}`;
  const which =
    open.to.kind === 'any'
      ? `the ${open.workload} flows from here`
      : `the other flows from here to ${formatEnd(open.to)}`;
  if (stands.length === 0) {
    return {
      outcome: 'skipped',
      evidence: {
        detail: `${what}: no single probe proves it, and none of ${which} was probed to stand for it`,
        representedBy: [],
      },
    };
  }
  const representedBy = stands.map(({ requirement, address, port, outcome }) => ({
    requirement,
    address,
    port,
    outcome,
  }));
  const bad = stands.find((m) => m.outcome !== 'ok');
  const count = `${stands.length} probe${stands.length === 1 ? '' : 's'}`;
  if (!bad) {
    return {
      outcome: 'ok',
      evidence: {
        detail: `${what}: no single probe proves it; ${which} stand for it, and ${stands.length === 1 ? 'their one probe is' : `all ${count} are`} ok`,
        representedBy,
      },
    };
  }
  const at = bad.address ? `${bad.address} port ${bad.port}` : `port ${bad.port}`;
  return {
    outcome: bad.outcome,
    evidence: {
      detail: `${what}: no single probe proves it; ${which} stand for it, and of their ${count} the first that is not ok is ${bad.requirement} at ${at}: ${bad.outcome} (fix that one)`,
      representedBy,
      ...(bad.deadline ? { deadline: true } : {}),
    },
  };
}

/**
 * Probe every flow of `plan` whose source is `options.from`; every other flow is one `skipped`
 * result naming where to run the check instead. Results come in plan order.
 *
 * @example
 * const results = await checkPlan(plan, { from: 'sc-01', dnsServers: ['10.0.0.53'], maxHostsPerRange: 16, timeoutMs: 2000, retries: 1 });
 */
export async function checkPlan(
  plan: Plan,
  options: CheckOptions,
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  // The deadline covers the whole check: name look-ups before the probes, then the probes.
  const startedAt = performance.now();
  const lookUps = new AbortController();
  const deadlineTimer =
    options.deadlineMs === undefined ? undefined : setTimeout(() => lookUps.abort(), options.deadlineMs);
  const resolve = lookUpNames(options, lookUps.signal);

  let proxy: { address: string; port: number } | { error: string } | undefined;
  if (options.proxy) {
    const { host, port } = options.proxy;
    if (isIp(host)) proxy = { address: host, port };
    else {
      const answer = await resolve(host);
      proxy =
        'addresses' in answer
          ? { address: answer.addresses[0] as string, port }
          : {
              error:
                'deadline' in answer
                  ? `the deadline passed before the proxy ${host} resolved`
                  : `the proxy ${host} did not resolve: ${String(answer.failed.detail)}`,
            };
    }
  }
  // Every name is asked for at once: one after another, a DNS server that never answers would cost
  // the resolver's timeout per name before the first probe starts.
  for (const flow of plan.flows) {
    if (flow.scope === 'host' || !isFrom(flow.from, options.from) || flow.ports === 'any') continue;
    const name = probeName(flow.to, options.samples);
    // Names a proxy will resolve are not the connector's to ask for.
    const apps = flow.ports.map((port) => appOf(flow, port));
    if (
      proxy &&
      apps.every((a) => a === 'https') &&
      name &&
      !bypassesProxy(name, options.proxy?.noProxy ?? [])
    )
      continue;
    if (name) void resolve(name);
  }

  const out: (CheckResult | undefined)[] = [];
  const keep = options.keep ?? true;
  // The probes of each (flow, port): a place in `out` for each, but their tasks and results are
  // made only as the scheduler takes them, so that memory grows with the probes in flight and the
  // results kept, not with the number of targets (`keep: false` keeps none).
  const groups: Iterable<ProbeTask<Key>>[] = [];
  const probeGroup = (group: Group) => {
    group.base = out.length;
    out.length += group.addresses.length;
    groups.push(
      (function* () {
        for (const [i, address] of group.addresses.entries()) {
          const target = {
            address,
            port: group.slot.port,
            transport: group.slot.flow.transport,
            ...(group.name ? { name: group.name } : {}),
          };
          yield {
            key: { at: group.base + i, group, address },
            prober: group.prober,
            target,
            ...(group.query ? { query: group.query } : {}),
            ...(group.proxy ? { proxy: group.proxy } : {}),
          };
        }
      })(),
    );
  };
  // One look-up per flow and port: a sampled range probes the same flow at many addresses.
  const rulesOf = new Map<Flow, Map<number, string | undefined>>();
  const withRule = (slot: Slot): { rule?: string } => {
    let byPort = rulesOf.get(slot.flow);
    if (!byPort) {
      byPort = new Map();
      rulesOf.set(slot.flow, byPort);
    }
    if (!byPort.has(slot.port)) byPort.set(slot.port, ruleFor(options.rules ?? [], slot.flow, slot.port));
    const id = byPort.get(slot.port);
    return id ? { rule: id } : {};
  };
  // A DNS server is asked for a name the plan needs: an answer for it is what the connector needs.
  const planName = plan.flows.find((f) => f.to.kind === 'hostname')?.to.host;
  const standIns = new StandIns(plan.flows, (f) => isFrom(f.from, options.from));
  const resultOf = (slot: Slot, address: string, outcome: Outcome, evidence: Evidence): CheckResult => ({
    flow: {
      requirement: slot.flow.requirement,
      requirements: slot.flow.requirements,
      from: slot.flow.from,
      to: slot.flow.to,
      transport: slot.flow.transport,
    },
    address,
    port: slot.port,
    transport: slot.flow.transport,
    app: slot.app,
    required: slot.required,
    outcome,
    evidence,
    attempts: 0,
    ...(layerOf(outcome) ? { layer: layerOf(outcome) } : {}),
    ...(options.rules && outcome !== 'skipped' ? withRule(slot) : {}),
  });
  const noteStandIn = (slot: Slot, at: number, r: CheckResult) =>
    standIns.note(slot.flow, at, {
      address: r.address,
      port: slot.port,
      outcome: r.outcome,
      required: slot.required,
      ...(r.evidence.deadline === true ? { deadline: true } : {}),
    });
  const add = (slot: Slot, address: string, outcome: Outcome, evidence: Evidence) => {
    const r = resultOf(slot, address, outcome, evidence);
    out.push(r);
    noteStandIn(slot, out.length - 1, r);
  };

  for (const flow of plan.flows) {
    const ports = portsToProbe(flow, options.maxPortsPerRange ?? 16);
    const optional = new Set(flow.requirements.flatMap((id) => options.optionalPorts?.(id) ?? []));
    const slotsOf = (): Slot[] =>
      (ports.length > 0 ? ports : [{ port: 0 }]).map(({ port, sampled }) => ({
        flow,
        port,
        app: appOf(flow, port),
        required: !optional.has(port),
        ...(sampled ? { sampled } : {}),
      }));
    if (!isFrom(flow.from, options.from)) {
      const source = flow.from.name ?? flow.from.host;
      const run = options.commandFor?.(source) ?? `portplan check --from ${source}`;
      for (const slot of slotsOf()) {
        add(slot, '', 'skipped', { detail: `the source is ${formatEnd(flow.from)}: run "${run}" there` });
      }
      continue;
    }
    if (openEnded(flow)) {
      // Derived at the end from the flows that stand for it (StandIns).
      for (const slot of slotsOf()) add(slot, '', 'skipped', {});
      continue;
    }
    // Where the probes go: a host-scope flow stays on this machine.
    let addresses: string[];
    let sampled: string | undefined;
    let name: string | undefined;
    let dnsEvidence: Evidence = {};
    const to = flow.to;
    if (flow.scope === 'host') addresses = [to.host.includes(':') ? '::1' : '127.0.0.1'];
    else if (to.kind === 'ip') addresses = [to.host];
    else if (to.kind === 'cidr' || to.kind === 'range') {
      const hosts = hostAddresses(to.host, to.kind, options.maxHostsPerRange);
      addresses = hosts.addresses;
      if (hosts.total > BigInt(hosts.addresses.length)) {
        sampled = `the first ${hosts.addresses.length} of ${hosts.total} addresses (--max-hosts-per-range)`;
      }
    } else {
      name = probeName(to, options.samples);
      if (!name) {
        for (const slot of slotsOf()) {
          add(slot, '', 'skipped', {
            detail: `no name is known to answer for ${to.host}, so nothing was probed: name one with --sample '${to.host}=NAME'`,
          });
        }
        continue;
      }
      if (name !== to.host) sampled = `through ${name}, which stands for ${to.host}`;
      // Through a proxy the connector never resolves the name itself: the proxy does.
      if (
        proxy &&
        slotsOf().every((s) => s.app === 'https') &&
        !bypassesProxy(name, options.proxy?.noProxy ?? [])
      ) {
        for (const slot of slotsOf()) {
          const note = both(sampled, slot.sampled);
          const evidence: Evidence = { name, ...(note ? { sampled: note } : {}) };
          if ('error' in proxy) {
            add(slot, '', 'dns-failed', { ...evidence, path: 'proxy', detail: proxy.error });
            continue;
          }
          probeGroup({
            slot,
            prober: proberFor('https', 'tcp') as Prober,
            addresses: [proxy.address],
            base: 0,
            evidence,
            name,
            proxy: { address: proxy.address, port: proxy.port },
          });
        }
        continue;
      }
      const answer = await resolve(name);
      if ('deadline' in answer) {
        for (const slot of slotsOf()) {
          add(slot, '', 'skipped', {
            name,
            detail: `the deadline passed before ${name} resolved`,
            deadline: true,
          });
        }
        continue;
      }
      if ('failed' in answer) {
        for (const slot of slotsOf()) add(slot, '', 'dns-failed', { ...answer.failed });
        continue;
      }
      dnsEvidence = { dnsServer: answer.server, dnsTransport: answer.transport };
      addresses = answer.addresses.filter((a) => isIp(a));
    }
    for (const slot of slotsOf()) {
      const prober = proberFor(slot.app, flow.transport);
      const note = both(sampled, slot.sampled);
      const evidence: Evidence = {
        ...(name ? { name } : {}),
        ...dnsEvidence,
        ...(note ? { sampled: note } : {}),
      };
      if (!prober) {
        for (const address of addresses) {
          add(slot, address, 'skipped', {
            ...evidence,
            detail: `no prober speaks ${slot.app} over ${flow.transport} yet, and a silent UDP port proves nothing`,
          });
        }
        continue;
      }
      const query = slot.app === 'dns' ? planName : undefined;
      probeGroup({
        slot,
        prober,
        addresses,
        base: 0,
        evidence,
        ...(name ? { name } : {}),
        ...(query ? { query } : {}),
      });
    }
  }
  // Skipped and unresolved results are known now; the probes' results take their places as they finish.
  const tasks = interleave(groups);
  const done = new Set<number>();
  clearTimeout(deadlineTimer);
  const probeOptions =
    options.deadlineMs === undefined
      ? options
      : { ...options, deadlineMs: Math.max(1, options.deadlineMs - (performance.now() - startedAt)) };
  await runProbes(tasks, probeOptions, ({ task, result, attempts }) => {
    const { at, group, address } = task.key;
    const after: CheckResult = {
      ...resultOf(group.slot, address, result.outcome, { ...group.evidence, ...result.evidence }),
      attempts,
      ...(options.rules ? withRule(group.slot) : {}),
    };
    noteStandIn(group.slot, at, after);
    if (keep) {
      out[at] = after;
      done.add(at);
    }
    onResult?.(after);
  });
  // Open-ended flows stand or fall with the flows that stand for them, now that those are known.
  for (const { at, flow, outcome, evidence } of standIns.derived()) {
    const before = out[at] as CheckResult;
    const layer = layerOf(outcome);
    const rule =
      options.rules && outcome !== 'skipped' ? ruleFor(options.rules, flow, before.port) : undefined;
    out[at] = { ...before, outcome, evidence, ...(layer ? { layer } : {}), ...(rule ? { rule } : {}) };
  }
  // What no probe decided (skipped, dns-failed) comes last; the probes' own results went as they came.
  if (onResult) for (const [i, r] of out.entries()) if (r && !done.has(i)) onResult(r);
  return keep ? (out as CheckResult[]) : [];
}
