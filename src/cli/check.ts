// `portplan check INVENTORY --from NAME`: probe every flow this machine is the source of, and say why any fails.
import { Readable } from 'node:stream';
import { type CheckOptions, checkPlan } from '../check/check.js';
import {
  CHECK_FORMATS,
  checkJson,
  checkJunit,
  checkMarkdown,
  checkTable,
  summarize,
  Tally,
} from '../check/report.js';
import { isHostname, sampleProblem } from '../common/address.js';
import { readInputFile } from '../common/read.js';
import { InputError, UsageError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import { type Flow, PLAN_VERSION, type Plan, type Rule } from '../plan/types.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import { type Command, emit, guardOutput, oneOf, parseFlags, positionals, readInput } from './_io.js';

const usage = `Usage: portplan check INVENTORY [--from NAME] [options]
       portplan check --plan PLAN.json [--from NAME] [options]

Probe every flow of the plan whose source is NAME, the inventory host this machine stands in for
(default: the only connector), with the protocol its port speaks; every other flow is listed as
skipped, with the command to run on its source. Names are resolved through the inventory's DNS
servers, as the connector will resolve them. Probes go only to the plan's destinations.
With --plan, the flows (and rules) come from a plan JSON (portplan plan --format json) and names
resolve through the plan's DNS servers.

Options:
  --from NAME                the inventory host (name or address) this machine stands in for
  --plan FILE                check the flows of this plan JSON instead of planning an inventory
  --format F                 ${CHECK_FORMATS.join(' | ')} (default: table on a terminal, json otherwise)
  --timeout MS               how long one attempt waits for an answer (default 2000)
  --retries N                further attempts after silence (default 1)
  --concurrency N            probes in flight (default 256; lowered to fit the open-file limit)
  --deadline S               stop after S seconds (fractions allowed); what has not run is
                             skipped, and fails the check
  --max-hosts-per-range N    probe at most N addresses of a CIDR or range (default 16)
  --max-ports-per-range N    probe at most N ports of a port range, from its first (default 16)
  --sample PATTERN=NAME      probe the wildcard destination PATTERN (as the plan writes it) through
                             NAME, a name you know answers for it; repeatable. The catalog names
                             one for *.s3.{region}.amazonaws.com; other wildcards are skipped
  --ca-file FILE             also trust the CAs in this PEM file (a private CA, not an
                             inspecting proxy's) for TLS probes
  --proxy URL                send HTTPS flows to names through this HTTP proxy (default:
                             HTTPS_PROXY); each result says whether it went direct or via it
  --no-proxy LIST            destinations that bypass it: domain suffixes, addresses, CIDRs, *
                             (default: NO_PROXY)
  --catalog FILE             use this catalog instead of the built-in one
  -o, --output FILE          write to FILE (all or nothing) instead of standard output

Exit status: 0 every required probe that ran is ok; 1 some required probe failed; 2 usage or
input error. Optional ports (chronyc's 323/udp) are reported but never fail the check.`;

/** A number of seconds, fractions allowed, above zero. */
function seconds(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${flag}: expected a number of seconds above 0, got "${value}"`);
  return n;
}

function count(flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${flag}: expected a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** The certificates of a PEM file, each as its own PEM block. */
function readCa(file: string): string[] {
  const text = readInputFile(file, 'CA file');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    throw new InputError([
      { file, field: '', message: 'expected PEM certificates (-----BEGIN CERTIFICATE-----)' },
    ]);
  }
  return blocks;
}

/** `http://host:port` from --proxy or HTTPS_PROXY, with NO_PROXY's entries; undefined when there is none. */
function proxySetting(url: string | undefined, noProxy: string | undefined) {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.includes('://') ? url : `http://${url}`);
  } catch {
    throw new UsageError(`--proxy: expected http://HOST:PORT, got "${url}"`);
  }
  if (parsed.protocol !== 'http:') {
    throw new UsageError(
      `--proxy: only an http:// proxy (which tunnels HTTPS with CONNECT) is supported, got "${url}"`,
    );
  }
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 80,
    noProxy: (noProxy ?? '').split(',').filter((e) => e.trim()),
  };
}

/**
 * A plan from its JSON (docs/plan-json.md, version 2): its flows and, when it has them, its rules.
 * Checked for the fields a check reads; a file that is not a plan is an input error.
 */
function readPlanJson(text: string, file: string): { plan: Plan; rules: readonly Rule[] } {
  const problem = (message: string) => new InputError([{ file, field: '', message }]);
  let doc: { format?: unknown; version?: unknown; flows?: unknown; rules?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (cause) {
    throw problem(`expected a plan JSON (portplan plan --format json): ${(cause as Error).message}`);
  }
  if (doc?.format !== 'portplan-plan') {
    throw problem(
      'expected a plan JSON (portplan plan --format json); this file has no "format": "portplan-plan"',
    );
  }
  if (doc.version !== PLAN_VERSION) {
    throw problem(
      `expected plan JSON version ${PLAN_VERSION}, got ${JSON.stringify(doc.version)}: plan the inventory again`,
    );
  }
  const flows = doc.flows;
  const valid = (f: unknown): f is Flow => {
    const x = f as Partial<Flow>;
    return (
      typeof x?.requirement === 'string' &&
      Array.isArray(x.requirements) &&
      typeof x.from?.host === 'string' &&
      typeof x.to?.host === 'string' &&
      (x.to.sample === undefined || typeof x.to.sample === 'string') &&
      (x.transport === 'tcp' || x.transport === 'udp') &&
      (x.ports === 'any' || Array.isArray(x.ports))
    );
  };
  if (!Array.isArray(flows)) throw problem('expected "flows": a list of flows');
  const bad = flows.findIndex((f) => !valid(f));
  if (bad >= 0)
    throw problem(`flows[${bad}]: expected requirement, requirements, from, to, transport and ports`);
  return {
    plan: {
      catalog: { name: '', source: file },
      region: '',
      interpretations: {},
      warnings: [],
      openings: [],
      flows,
    },
    rules: Array.isArray(doc.rules) ? (doc.rules as Rule[]) : [],
  };
}

/**
 * `--sample PATTERN=NAME` flags as wildcard → name, each checked like the catalog's `samples`: a
 * wildcard destination of the plan, and a name under it.
 */
function sampleFlags(flags: readonly string[], plan: Plan): Record<string, string> {
  const wildcards = new Map<string, string>();
  for (const f of plan.flows)
    if (f.to.kind === 'fqdn-pattern') wildcards.set(f.to.host.toLowerCase(), f.to.host);
  const samples: Record<string, string> = {};
  for (const flag of flags) {
    const [pattern = '', name = ''] = flag.split('=', 2);
    const wildcard = wildcards.get(pattern.trim().toLowerCase());
    if (!flag.includes('=') || !wildcard) {
      const known = [...wildcards.values()].join(', ') || 'none';
      throw new UsageError(
        `--sample ${flag}: expected PATTERN=NAME with PATTERN a wildcard destination of the plan (${known})`,
      );
    }
    const problem = isHostname(name.trim())
      ? sampleProblem(wildcard, name.trim())
      : `expected a host name that answers for ${wildcard}, got ${JSON.stringify(name)}`;
    if (problem) throw new UsageError(`--sample ${flag}: ${problem}`);
    samples[wildcard] = name.trim();
  }
  return samples;
}

export const command: Command = {
  summary: 'probe the flows that start here, with protocol-aware probes and honest reasons',
  usage,
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        from: { type: 'string' },
        format: { type: 'string' },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        concurrency: { type: 'string' },
        deadline: { type: 'string' },
        'max-hosts-per-range': { type: 'string' },
        'max-ports-per-range': { type: 'string' },
        sample: { type: 'string', multiple: true },
        'ca-file': { type: 'string' },
        proxy: { type: 'string' },
        'no-proxy': { type: 'string' },
        output: { type: 'string', short: 'o' },
        plan: { type: 'string' },
        ...CATALOG_FLAG,
      },
      'check',
    );
    const [file] = positionals(args, values.plan === undefined ? ['INVENTORY'] : [], 'check') as [string?];
    const format =
      oneOf('format', values.format, CHECK_FORMATS) ?? (io.isTTY && !values.output ? 'table' : 'json');
    const settings = {
      timeoutMs: count('timeout', values.timeout, 2000, 1),
      retries: count('retries', values.retries, 1),
      concurrency: count('concurrency', values.concurrency, 256, 1),
      maxHostsPerRange: count('max-hosts-per-range', values['max-hosts-per-range'], 16, 1),
      maxPortsPerRange: count('max-ports-per-range', values['max-ports-per-range'], 16, 1),
      ...(values.deadline === undefined ? {} : { deadlineMs: seconds('deadline', values.deadline) * 1000 }),
    };
    guardOutput(values.output, [file ?? values.plan, ...catalogInputs(values.catalog)]);
    const ca = values['ca-file'] === undefined ? undefined : readCa(values['ca-file']);
    const proxy = proxySetting(
      values.proxy ?? process.env.HTTPS_PROXY ?? process.env.https_proxy,
      values['no-proxy'] ?? process.env.NO_PROXY ?? process.env.no_proxy,
    );
    const catalog = chooseCatalog(values.catalog, io);
    let plan: Plan;
    let dnsServers: readonly string[];
    let rules: readonly Rule[];
    if (values.plan !== undefined) {
      const input = readInput(values.plan, 'plan', io);
      ({ plan, rules } = readPlanJson(input.text, input.name));
      // The plan's DNS servers are where its connectors resolve names.
      const planned = [...new Set(plan.flows.filter((f) => f.to.role === 'dns').map((f) => f.to.host))];
      dnsServers = planned.length > 0 ? planned : ['8.8.8.8'];
    } else {
      const input = readInput(file as string, 'inventory', io);
      const inventory = loadInventory(input.text, input.name);
      plan = planInventory(catalog, inventory);
      rules = aggregateRules(plan.openings);
      dnsServers = inventory.services.dns ?? ['8.8.8.8'];
    }
    const connectors = [
      ...new Set(
        plan.flows.flatMap((f) => (f.from.role === 'connector' && f.from.name ? [f.from.name] : [])),
      ),
    ];
    const from = values.from ?? (connectors.length === 1 ? connectors[0] : undefined);
    if (from === undefined) {
      throw new UsageError(
        `check: --from NAME: which host is this? The ${values.plan ? 'plan' : 'inventory'} has connectors ${connectors.join(', ')}`,
      );
    }
    if (!plan.flows.some((f) => f.from.name === from || f.from.host === from)) {
      throw new UsageError(`check: --from ${from}: no flow of the plan starts at that host`);
    }
    const samples = sampleFlags(values.sample ?? [], plan);
    const optional = new Map(
      catalog.requirements.map((r) => [r.id, (r.optional ?? []).flatMap((o) => o.ports)] as const),
    );
    let done = 0;
    const seen: Record<string, number> = {};
    // A live line on a terminal only: a pipe gets the report alone.
    const progress = io.isTTY
      ? (outcome: string) => {
          done++;
          seen[outcome] = (seen[outcome] ?? 0) + 1;
          const counts = Object.entries(seen)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ');
          io.stderr(`\r\u001b[Kchecked ${done}: ${counts}`);
        }
      : undefined;
    const checkOptions: CheckOptions = {
      ...settings,
      from,
      dnsServers,
      ...(ca ? { ca } : {}),
      ...(proxy ? { proxy } : {}),
      rules,
      samples,
      optionalPorts: (id) => optional.get(id) ?? [],
      commandFor: (source) =>
        `portplan check ${values.plan ? `--plan ${values.plan}` : file === '-' ? 'INVENTORY' : file} --from ${source}`,
    };
    if (format === 'jsonl') {
      // Each line is written as its probe finishes and then forgotten: memory does not grow with the
      // results, and a pipe sees them live. The exit status comes from a running tally.
      const tally = new Tally();
      const lines = new Readable({ objectMode: true, read() {} });
      const running = checkPlan(plan, { ...checkOptions, keep: false }, (r) => {
        progress?.(r.outcome);
        tally.add(r);
        lines.push(`${JSON.stringify(r)}\n`);
      }).then(
        () => lines.push(null),
        (error: unknown) => lines.destroy(error as Error),
      );
      await emit(lines, values.output, io);
      await running;
      if (progress) io.stderr('\r\u001b[K');
      return tally.summary().passed ? 0 : 1;
    }
    const results = await checkPlan(plan, checkOptions, progress && ((r) => progress(r.outcome)));
    if (progress) io.stderr('\r\u001b[K');
    const width = io.isTTY && !values.output ? io.width : undefined;
    const output =
      format === 'json'
        ? checkJson(results)
        : format === 'junit'
          ? checkJunit(results)
          : format === 'markdown'
            ? checkMarkdown(results)
            : checkTable(results, width);
    await emit(output, values.output, io);
    return summarize(results).passed ? 0 : 1;
  },
};
