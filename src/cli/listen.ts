// `portplan listen INVENTORY --as NAME`: stand-in listeners on every port that flows into NAME need.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Expected, listenFor } from '../check/listen.js';
import { textTable } from '../common/tables.js';
import { UsageError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { planInventory } from '../plan/plan.js';
import { CATALOG_FLAG, chooseCatalog } from './_catalog.js';
import { type Command, emit, type Io, oneOf, parseFlags, positionals, readInput } from './_io.js';

const usage = `Usage: portplan listen INVENTORY --as NAME [--duration S] [--format table|json]

Open a stand-in listener on every port that the plan's flows into NAME need (for a connector not
deployed yet: 111, 2049, 11113, 11117, 80, 443…), on NAME's address, and log each connection with
its source and the requirements it proves. Run "portplan check INVENTORY --from SOURCE" on each
source meanwhile. Stops on Ctrl-C or after --duration seconds, then lists which required sources
were heard on which ports and which were not, and the ports it could not open, with why.

Exit status: 0 every expected source was heard on every port; 1 some were not (or a port could
not be opened); 2 usage or input error.`;

/**
 * A throw-away self-signed certificate for the HTTPS stand-ins, made by the openssl command (Node
 * has no API to make one); without openssl they accept and close, and the check will say so.
 */
function standInCertificate(io: Io): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-listen-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '2',
        '-subj',
        '/CN=portplan listen stand-in',
      ],
      { cwd: dir, stdio: 'pipe' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } catch (cause) {
    io.stderr(
      `portplan: warning: no certificate for the HTTPS stand-ins (openssl: ${(cause as Error).message.split('\n')[0]}); they accept and close\n`,
    );
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Who was heard and who was not, one line each, by source: what a Ctrl-C leaves on the terminal. */
function heardSummary(expected: readonly Expected[], stoppedBy: string | undefined): string {
  const bySource = (heard: boolean) => {
    const ports = new Map<string, string[]>();
    for (const e of expected.filter((x) => x.heard === heard)) {
      const source = e.source.name ? `${e.source.name} (${e.source.host})` : e.source.host;
      ports.set(source, [...(ports.get(source) ?? []), `${e.port}/${e.transport}`]);
    }
    return [...ports].map(([source, list]) => `${source} on ${list.join(', ')}`).join('; ') || 'none';
  };
  return `${stoppedBy ? `stopped by ${stoppedBy}` : 'stopped after --duration'}\nheard from: ${bySource(true)}\nnot heard from: ${bySource(false)}\n`;
}

export const command: Command = {
  summary: 'stand-in listeners for the flows into a host, and who was heard',
  usage,
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      { as: { type: 'string' }, duration: { type: 'string' }, format: { type: 'string' }, ...CATALOG_FLAG },
      'listen',
    );
    const [file] = positionals(args, ['INVENTORY'], 'listen') as [string];
    const format =
      oneOf('format', values.format, ['table', 'json'] as const) ?? (io.isTTY ? 'table' : 'json');
    if (!values.as)
      throw new UsageError('listen: --as NAME: which inventory host does this machine stand in for?');
    const duration = values.duration === undefined ? undefined : Number(values.duration);
    if (duration !== undefined && !(duration > 0)) {
      throw new UsageError(`--duration: expected a number of seconds, got "${values.duration}"`);
    }
    const catalog = chooseCatalog(values.catalog, io);
    const input = readInput(file, 'inventory', io);
    const inventory = loadInventory(input.text, input.name);
    const plan = planInventory(catalog, inventory);
    const as = values.as;
    if (!plan.flows.some((f) => f.scope === 'network' && (f.to.name === as || f.to.host === as))) {
      throw new UsageError(`listen: --as ${as}: no flow of the plan ends at that host`);
    }
    const stop = new AbortController();
    let stoppedBy: string | undefined;
    const onInterrupt = (signal: NodeJS.Signals) => {
      stoppedBy = signal;
      stop.abort();
    };
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onInterrupt);
    const timer = duration === undefined ? undefined : setTimeout(() => stop.abort(), duration * 1000);
    let report: Awaited<ReturnType<typeof listenFor>>;
    try {
      const certificate = plan.flows.some((f) =>
        f.to.name === as || f.to.host === as
          ? f.app === 'https' || Object.values(f.portApps ?? {}).includes('https')
          : false,
      )
        ? standInCertificate(io)
        : undefined;
      report = await listenFor(plan, {
        as,
        ...(certificate ? { certificate } : {}),
        dnsServers: inventory.services.dns ?? ['8.8.8.8'],
        signal: stop.signal,
        onOpened: (o) =>
          io.stderr(
            o.error
              ? `portplan: could not open ${o.port}/${o.transport} on ${o.address}: ${o.error}\n`
              : `listening on ${o.address} ${o.port}/${o.transport}\n`,
          ),
        onHeard: (h) =>
          io.stderr(
            `heard ${h.source} on ${h.port}/${h.transport}: ${h.requirements.length > 0 ? h.requirements.join(', ') : 'no flow comes from that address'}\n`,
          ),
      });
    } finally {
      if (timer) clearTimeout(timer);
      process.removeListener('SIGINT', onInterrupt);
      process.removeListener('SIGTERM', onInterrupt);
    }
    const ok = report.expected.every((e) => e.heard) && report.opened.every((o) => !o.error);
    io.stderr(heardSummary(report.expected, stoppedBy));
    if (format === 'json') {
      await emit(
        `${JSON.stringify({ format: 'portplan-listen', version: 1, passed: ok, ...report }, null, 2)}\n`,
        undefined,
        io,
      );
    } else {
      const rows = report.expected.map((e) => [
        e.source.name ? `${e.source.name} (${e.source.host})` : e.source.host,
        `${e.port}/${e.transport}`,
        e.heard ? 'heard' : 'not heard',
        e.requirements.join(' '),
      ]);
      const failed = report.opened
        .filter((o) => o.error)
        .map((o) => `could not open ${o.port}/${o.transport}: ${o.error}`);
      await emit(
        textTable(['SOURCE', 'PORT', 'HEARD', 'REQUIREMENTS'], rows) + failed.map((l) => `${l}\n`).join(''),
        undefined,
        io,
      );
    }
    return ok ? 0 : 1;
  },
};
