// Check a plan from where this machine stands: each flow's destinations resolved and probed, the rest skipped with why.
import type { App } from '../catalog/schema.js';
import { addressBlock, addressKey, classifyAddress, hostAddresses, isIp } from '../common/address.js';
import type { Flow, FlowEnd, Plan, Rule, Transport } from '../plan/types.js';
import type { Evidence, Outcome, ProbeResult } from '../probe/_outcome.js';
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
 * The name a wildcard destination is checked through: the regional S3 endpoint stands for
 * `*.s3.<region>.amazonaws.com`. Other wildcards have no name known to answer for them.
 */
export function representativeName(pattern: string): string | undefined {
  const s3 = /^\*\.(s3\.[a-z0-9-]+\.amazonaws\.com)$/.exec(pattern);
  return s3?.[1];
}

/**
 * The tasks of every group, one of each in turn: a host's ports and the flows' kinds of probe mix,
 * so that probes which wait (silent hosts, slow answers) run beside probes which compute (TLS
 * handshakes) instead of one kind after the other, and no host gets one flow's probes in a burst.
 * Results keep plan order whatever order the probes run in.
 */
export function* interleave<T>(groups: readonly (readonly T[])[]): Generator<T> {
  const longest = groups.reduce((n, g) => Math.max(n, g.length), 0);
  for (let i = 0; i < longest; i++) for (const g of groups) if (i < g.length) yield g[i] as T;
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

const endText = (e: FlowEnd) => (e.name ? `${e.name} (${e.host})` : e.host);

/** Whether `end` is the host this machine stands in for. */
function isFrom(end: FlowEnd, from: string): boolean {
  if (end.name === from) return true;
  const c = classifyAddress(from);
  return 'kind' in c && end.kind === c.kind && addressKey(end.host, end.kind) === addressKey(from, c.kind);
}

interface Slot {
  flow: Flow;
  port: number;
  app: App;
  required: boolean;
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
    const name =
      flow.to.kind === 'hostname'
        ? flow.to.host
        : flow.to.kind === 'fqdn-pattern'
          ? representativeName(flow.to.host)
          : undefined;
    // Names a proxy will resolve are not the connector's to ask for.
    const apps = flow.ports.map((port) => flow.portApps?.[String(port)] ?? flow.app);
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
  // The probes of each (flow, port), kept apart to be interleaved below.
  const groups: ProbeTask<number>[][] = [];
  const slots = new Map<number, Slot>();
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
  const add = (slot: Slot, address: string, outcome: Outcome, evidence: Evidence) => {
    out.push({
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
    return out.length - 1;
  };

  for (const flow of plan.flows) {
    const ports = flow.ports === 'any' ? [] : [...flow.ports, ...(flow.portRanges ?? []).map(([a]) => a)];
    const optional = new Set(flow.requirements.flatMap((id) => options.optionalPorts?.(id) ?? []));
    const slotsOf = (): Slot[] =>
      (ports.length > 0 ? ports : [0]).map((port) => ({
        flow,
        port,
        app: (flow.portApps?.[String(port)] ?? flow.app) as App,
        required: !optional.has(port),
      }));
    if (!isFrom(flow.from, options.from)) {
      const source = flow.from.name ?? flow.from.host;
      const run = options.commandFor?.(source) ?? `portplan check --from ${source}`;
      for (const slot of slotsOf()) {
        add(slot, '', 'skipped', { detail: `the source is ${endText(flow.from)}: run "${run}" there` });
      }
      continue;
    }
    if (flow.ports === 'any' || flow.to.kind === 'any') {
      for (const slot of slotsOf()) {
        add(slot, '', 'skipped', {
          detail:
            'any port or any destination: no single probe proves it; the concrete flows to the same hosts do',
        });
      }
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
      name = to.kind === 'fqdn-pattern' ? representativeName(to.host) : to.host;
      if (!name) {
        for (const slot of slotsOf()) {
          add(slot, '', 'skipped', { detail: `no name is known to answer for ${to.host}; nothing to probe` });
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
          const evidence: Evidence = { name, ...(sampled ? { sampled } : {}) };
          if ('error' in proxy) {
            add(slot, '', 'dns-failed', { ...evidence, path: 'proxy', detail: proxy.error });
            continue;
          }
          const at = add(slot, proxy.address, 'skipped', evidence);
          slots.set(at, slot);
          groups.push([]);
          groups.at(-1)?.push({
            key: at,
            prober: proberFor('https', 'tcp') as NonNullable<ReturnType<typeof proberFor>>,
            target: { address: proxy.address, port: slot.port, transport: 'tcp', name },
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
      const tasks: ProbeTask<number>[] = [];
      groups.push(tasks);
      for (const address of addresses) {
        const evidence: Evidence = {
          ...(name ? { name } : {}),
          ...dnsEvidence,
          ...(sampled ? { sampled } : {}),
        };
        if (!prober) {
          add(slot, address, 'skipped', {
            ...evidence,
            detail: `no prober speaks ${slot.app} over ${flow.transport} yet, and a silent UDP port proves nothing`,
          });
          continue;
        }
        const at = add(slot, address, 'skipped', evidence);
        slots.set(at, slot);
        const query = slot.app === 'dns' ? planName : undefined;
        tasks.push({
          key: at,
          prober,
          target: { address, port: slot.port, transport: flow.transport, ...(name ? { name } : {}) },
          ...(query ? { query } : {}),
        });
      }
    }
  }
  // Skipped and unresolved results are known now; the probes fill in their slots as they finish.
  const tasks = interleave(groups);
  const done = new Set<number>();
  clearTimeout(deadlineTimer);
  const probeOptions =
    options.deadlineMs === undefined
      ? options
      : { ...options, deadlineMs: Math.max(1, options.deadlineMs - (performance.now() - startedAt)) };
  await runProbes(tasks, probeOptions, ({ task, result, attempts }) => {
    const before = out[task.key] as CheckResult;
    const layer = layerOf(result.outcome);
    const after: CheckResult = {
      ...before,
      outcome: result.outcome,
      evidence: { ...before.evidence, ...result.evidence },
      attempts,
      ...(layer ? { layer } : {}),
      ...(options.rules ? withRule(slots.get(task.key) as Slot) : {}),
    };
    slots.delete(task.key);
    if (keep) {
      out[task.key] = after;
      done.add(task.key);
    } else out[task.key] = undefined;
    onResult?.(after);
  });
  // What no probe decided (skipped, dns-failed) comes last; the probes' own results went as they came.
  if (onResult) for (const [i, r] of out.entries()) if (r && !done.has(i)) onResult(r);
  return keep ? (out as CheckResult[]) : [];
}
