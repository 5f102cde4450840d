// Benchmark: `portplan check` against nmap on 2,000 hosts × 3 ports in a network lab; wall time, peak memory, verdicts.
// Run as root: npm run bench:check (it builds dist/ first). Results are written down in bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT, createLab, type Lab, SERVER, waitForListener } from '../test/lab/lab.js';
import { startDnsmasq } from '../test/lab/peers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/portplan.js');
const RSS = join(ROOT, 'bench/rss.cjs');
const RUNS = Number(process.env.BENCH_CHECK_RUNS ?? 3);
/**
 * `BENCH_CHECK_SCALE=500,1000,2000,4000` measures instead how portplan's peak memory and time grow
 * with the number of targets: one lab of the largest count, one inventory per count, portplan alone.
 */
const SCALE = (process.env.BENCH_CHECK_SCALE ?? '').split(',').filter(Boolean).map(Number);
const HOSTS = SCALE.length > 0 ? Math.max(...SCALE) : Number(process.env.BENCH_CHECK_HOSTS ?? 2000);
/**
 * The certificate's key: `ec` (P-256) or `rsa:2048`, ESXi's own. One lab process stands in for 2,000
 * hosts' TLS servers on the same two cores as the client, so its signing cost is the lab's, not
 * portplan's: P-256 keeps it small (see README).
 */
const KEY = process.env.BENCH_CHECK_KEY ?? 'ec';
/** More `portplan check` flags, to measure settings other than the defaults (e.g. `--timeout 1000`). */
const EXTRA = (process.env.BENCH_CHECK_ARGS ?? '').split(' ').filter(Boolean);
/** Flags for the node that runs portplan, to profile it (`--cpu-prof --cpu-prof-dir=/tmp/prof`). */
const NODE_ARGS = (process.env.BENCH_CHECK_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** `BENCH_CHECK_NMAP=0` runs portplan alone, for profiling. */
const WITH_NMAP = process.env.BENCH_CHECK_NMAP !== '0';
const PORTS = [443, 902, 50051] as const;
/** Issue 6, item 10. */
const TARGET = { ratio: 0.35, rssMiB: 150 };
/** Targets start at 198.18.16.1, in a block of their own routed through the server's first address. */
const BLOCK = '198.18.16.0/20';
const BASE = (198 << 24) | (18 << 16) | (16 << 8);

type Verdict = 'open' | 'closed' | 'filtered';

const targetAddress = (i: number) => {
  const v = BASE + 1 + i;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
};
const targets = Array.from({ length: HOSTS }, (_, i) => targetAddress(i));
/** Every 5th host drops everything sent to it. */
const silent = new Set(targets.filter((_, i) => i % 5 === 4));

/** What the lab makes each port: the truth both tools are compared with. */
function expected(address: string, port: number): Verdict {
  if (silent.has(address)) return 'filtered';
  return port === 50051 ? 'closed' : 'open';
}

/**
 * portplan's outcome as nmap's port state: anything that answered on the port (whatever it said)
 * is open, a RST closed, silence or an ICMP rejection filtered (nmap reports both as filtered).
 */
function asNmap(outcome: string): Verdict | string {
  if (['ok', 'unexpected-service', 'tls-failed', 'tls-intercepted', 'reset'].includes(outcome)) return 'open';
  if (outcome === 'refused') return 'closed';
  if (outcome === 'filtered' || outcome === 'unreachable') return 'filtered';
  return outcome;
}

/** The listeners on every address: HTTPS on 443 and the authd greeting on 902, one process each. */
const SERVERS = `
const [dir, which] = process.argv.slice(2);
const { readFileSync } = require('node:fs');
if (which === 'https') {
  require('node:https')
    .createServer(
      { key: readFileSync(dir + '/key.pem'), cert: readFileSync(dir + '/cert.pem') },
      (req, res) => { res.writeHead(200, { server: 'bench' }); res.end(); },
    )
    .listen({ port: 443, host: '0.0.0.0', backlog: 4096 });
} else {
  require('node:net')
    .createServer((s) => {
      s.on('error', () => {});
      s.end('220 VMware Authentication Daemon Version 1.10: SSL Required, ServerDaemonProtocol:SOAP, MKSDisplayProtocol:VNC , , NFCSSL supported/t\\r\\n');
    })
    .listen({ port: 902, host: '0.0.0.0', backlog: 4096 });
}
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface Sample {
  ms: number;
  rssMiB: number;
  /** portplan's CPU time (user + system, all threads), and the lab servers' during the same run. */
  cpuMs?: number;
  labCpuMs?: number;
  verdicts: Map<string, string>;
  /** portplan's outcomes, counted, for the probes it ran beyond the targets' ports (DNS, NTP, vCenter). */
  others?: Record<string, number>;
}

/** Run `command` in the client namespace; its wall time as this process sees it. */
function inClient(lab: Lab, command: string, args: string[], ok: number[]): { ms: number; stderr: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync('ip', ['netns', 'exec', lab.client, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === null || !ok.includes(r.status))
    throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

const key = (address: string, port: number) => `${address}:${port}`;

/** The lab's HTTPS and authd server processes: their CPU is the lab's share of the two cores. */
const serverPids: number[] = [];
/** CPU milliseconds the lab's servers have used (utime + stime, in clock ticks of 10 ms). */
function serverCpuMs(): number {
  let ms = 0;
  for (const pid of serverPids) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ms += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return ms;
}

function runPortplan(lab: Lab, inventory: string, out: string, hosts = HOSTS, format = 'json'): Sample {
  const labBefore = serverCpuMs();
  // Exit status 1: the silent hosts and the closed port fail the check, as they should.
  const { ms, stderr } = inClient(
    lab,
    process.execPath,
    [
      ...NODE_ARGS,
      '--require',
      RSS,
      CLI,
      'check',
      inventory,
      '--format',
      format,
      '-o',
      out,
      '--max-hosts-per-range',
      String(hosts),
      ...EXTRA,
    ],
    [0, 1],
  );
  const labCpuMs = serverCpuMs() - labBefore;
  const rssMiB = Number(/portplan-bench-maxrss (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  const cpuMs = Number(/portplan-bench-cpu (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1000;
  type Result = { address: string; port: number; outcome: string };
  const text = readFileSync(out, 'utf8');
  const results: Result[] =
    format === 'jsonl'
      ? text
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Result)
      : (JSON.parse(text) as { results: Result[] }).results;
  const verdicts = new Map<string, string>();
  const others: Record<string, number> = {};
  const wanted = new Set(targets);
  for (const r of results) {
    if (!wanted.has(r.address) || !(PORTS as readonly number[]).includes(r.port)) {
      others[r.outcome] = (others[r.outcome] ?? 0) + 1;
      continue;
    }
    const k = key(r.address, r.port);
    if (verdicts.has(k)) throw new Error(`portplan reported ${k} twice`);
    verdicts.set(k, r.outcome);
  }
  return { ms, rssMiB, cpuMs, labCpuMs, verdicts, others };
}

function runNmap(lab: Lab, list: string, out: string): Sample {
  const { ms, stderr } = inClient(
    lab,
    '/usr/bin/time',
    [
      '-f',
      'nmap-maxrss %M',
      'nmap',
      '-T4',
      '-sT',
      '-Pn',
      '-n',
      '-p',
      PORTS.join(','),
      '-iL',
      list,
      '-oX',
      out,
    ],
    [0],
  );
  const rssMiB = Number(/nmap-maxrss (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  const verdicts = new Map<string, string>();
  // One <host> element per target: its address, then a <port> per port listed, or <extraports>
  // for the ports nmap folds together by state.
  for (const host of readFileSync(out, 'utf8').split('<host ').slice(1)) {
    const address = /<address addr="([^"]+)" addrtype="ipv4"/.exec(host)?.[1];
    if (!address) continue;
    const folded = /<extraports state="([^"]+)"/.exec(host)?.[1];
    for (const port of PORTS) {
      const state = new RegExp(`<port protocol="tcp" portid="${port}"><state state="([^"]+)"`).exec(
        host,
      )?.[1];
      verdicts.set(key(address, port), state ?? folded ?? 'missing');
    }
  }
  return { ms, rssMiB, verdicts };
}

/** (host, port) pairs where `a` and `b` disagree, as `address:port a≠b`. */
function disagreements(a: (k: string) => string, b: (k: string) => string): string[] {
  const out: string[] = [];
  for (const address of targets)
    for (const port of PORTS) {
      const k = key(address, port);
      if (a(k) !== b(k)) out.push(`${k} ${a(k)}≠${b(k)}`);
    }
  return out;
}

function buildLab(dir: string): Lab {
  const lab = createLab(0);
  const veth = /^\d+: (\S+?)@/m.exec(lab.exec(lab.server, 'ip', ['-o', 'link', 'show', 'type', 'veth']))?.[1];
  if (!veth) throw new Error('the lab has no veth in the server namespace');
  // 2,000 addresses in one batch; the client reaches them through the server's first address, so
  // its neighbour table holds one entry, not 2,000 (the kernel's default limit is 1,024).
  lab.exec(lab.server, 'ip', ['-batch', '-'], targets.map((a) => `addr add ${a}/32 dev ${veth}\n`).join(''));
  lab.exec(lab.client, 'ip', ['route', 'add', BLOCK, 'via', SERVER]);
  lab.nft(
    lab.server,
    `table inet bench {
      set silent { type ipv4_addr; elements = { ${[...silent].join(', ')} } }
      chain input {
        type filter hook input priority 0;
        ip daddr @silent drop
      }
    }`,
  );
  spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      ...(KEY === 'ec' ? ['ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'] : [KEY]),
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=esxi.bench.lab',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(join(dir, 'servers.cjs'), SERVERS);
  for (const which of ['https', 'authd'])
    serverPids.push(
      lab.start(lab.server, process.execPath, [join(dir, 'servers.cjs'), dir, which]).pid as number,
    );
  // The inventory's DNS server: it answers NXDOMAIN for every name, so the cloud's flows end in
  // dns-failed at once and the probes that count are the targets'.
  startDnsmasq(lab, dir, ['--address=/#/']);
  return lab;
}

/** Peak memory and wall time of one portplan run per target count, in one lab. */
function scale(lab: Lab, inventoryOf: (count: number) => string): void {
  console.log(
    `node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(`portplan check, ports ${PORTS.join(', ')}, every 5th host silent; ${RUNS} runs per count\n`);
  console.log('| target hosts | probes | format | median s | peak RSS MiB (median) | RSS min–max |');
  console.log('| ---: | ---: | --- | ---: | ---: | --- |');
  for (const count of SCALE) {
    const inventory = inventoryOf(count);
    for (const format of ['json', 'jsonl']) {
      const samples = Array.from({ length: RUNS }, (_, i) =>
        runPortplan(lab, inventory, join(dir, `scale-${count}-${i}.${format}`), count, format),
      );
      for (const s of samples) {
        if (s.verdicts.size !== count * PORTS.length)
          throw new Error(`${format}: ${s.verdicts.size} results`);
      }
      const rss = samples.map((s) => s.rssMiB);
      const ms = (median(samples.map((s) => s.ms)) / 1000).toFixed(2);
      console.log(
        `| ${count} | ${count * PORTS.length} | ${format} | ${ms} | ${median(rss).toFixed(0)} | ${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} |`,
      );
    }
  }
}

if (process.getuid?.() !== 0) {
  console.error('bench/check.ts builds network namespaces: run it as root');
  process.exit(2);
}
if (spawnSync('nmap', ['--version']).status !== 0) {
  console.error('bench/check.ts compares with nmap: install it (apt-get install nmap)');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'portplan-bench-check-'));
let lab: Lab | undefined;
const stop = () => {
  lab?.remove();
  rmSync(dir, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  stop();
  process.exit(130);
});
try {
  lab = buildLab(dir);
  await Promise.all([
    waitForListener(lab, lab.server, 443),
    waitForListener(lab, lab.server, 902),
    waitForListener(lab, lab.server, 53, true),
  ]);
  // The same range is the ESXi hosts (443 and 902) and physical servers (the agent's 50051): roles
  // that may share a host. DNS, NTP and the vCenter are the server's first address.
  const inventoryOf = (count: number) => {
    const first = targets[0] as string;
    const last = targets[count - 1] as string;
    const file = join(dir, `inventory-${count}.yaml`);
    writeFileSync(
      file,
      `cloud: { region: us-west-2 }
connectors: [{ name: bench, address: ${CLIENT} }]
services: { dns: [${SERVER}], ntp: [${SERVER}] }
sources:
  vmware: [{ vcenter: ${SERVER}, esxi: [${first}-${last}] }]
  physical: [{ host: ${first}-${last} }]
`,
    );
    return file;
  };
  if (SCALE.length > 0) {
    scale(lab, inventoryOf);
    process.exit(0);
  }
  const inventory = inventoryOf(HOSTS);
  const list = join(dir, 'targets.txt');
  writeFileSync(list, `${targets.join('\n')}\n`);

  const load = loadavg().map((l) => l.toFixed(2));
  const baseline: number[] = [];
  const portplan: Sample[] = [];
  const nmap: Sample[] = [];
  // Interleaved, so that both see the same machine.
  for (let i = 0; i < RUNS; i++) {
    baseline.push(inClient(lab, process.execPath, ['-e', '0'], [0]).ms);
    portplan.push(runPortplan(lab, inventory, join(dir, `check-${i}.json`)));
    if (WITH_NMAP) nmap.push(runNmap(lab, list, join(dir, `nmap-${i}.xml`)));
  }
  const loadAfter = loadavg().map((l) => l.toFixed(2));

  const truth = (k: string) => {
    const [address = '', port = ''] = k.split(/:(?=\d+$)/);
    return expected(address, Number(port));
  };
  console.log(
    `node ${process.version}, ${spawnSync('nmap', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}; ` +
      `load average ${load.join(', ')} before the runs, ${loadAfter.join(', ')} after (1, 5, 15 min)`,
  );
  console.log(
    `${HOSTS} hosts × ports ${PORTS.join(', ')}: ${silent.size} hosts silent; certificate key ${KEY}; ${RUNS} runs each, interleaved\n`,
  );
  console.log('| command | median s | min s | max s | peak RSS MiB | median CPU s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const row = (name: string, ms: number[], rss: number[], cpu: number[] = []) => {
    const cells = [median(ms), Math.min(...ms), Math.max(...ms)].map((x) => (x / 1000).toFixed(2));
    const peak = rss.length ? Math.max(...rss).toFixed(0) : '';
    console.log(
      `| ${name} | ${cells.join(' | ')} | ${peak} | ${cpu.length ? (median(cpu) / 1000).toFixed(2) : ''} |`,
    );
  };
  row('baseline: node -e 0', baseline, []);
  row(
    `portplan check (${EXTRA.length ? EXTRA.join(' ') : 'defaults'}, --max-hosts-per-range ${HOSTS})`,
    portplan.map((s) => s.ms),
    portplan.map((s) => s.rssMiB),
    portplan.map((s) => s.cpuMs ?? Number.NaN),
  );
  row(
    "  the lab's HTTPS and authd servers, during portplan's runs",
    portplan.map((s) => s.ms),
    [],
    portplan.map((s) => s.labCpuMs ?? Number.NaN),
  );
  if (WITH_NMAP)
    row(
      `nmap -T4 -sT -Pn -n -p ${PORTS.join(',')}`,
      nmap.map((s) => s.ms),
      nmap.map((s) => s.rssMiB),
    );
  const ratio = median(portplan.map((s) => s.ms)) / median(nmap.map((s) => s.ms));

  console.log(
    "\nVerdicts per run: (host, port) pairs that differ, portplan's outcomes read as nmap's port states against nmap, as they are against the lab (ok, refused, filtered):\n",
  );
  console.log(
    '| run | portplan vs nmap | portplan vs the lab | nmap vs the lab | portplan outcomes | other probes |',
  );
  console.log('| ---: | ---: | ---: | ---: | --- | --- |');
  const examples: string[] = [];
  let agree = true;
  for (let i = 0; i < RUNS; i++) {
    const p = portplan[i] as Sample;
    const n = nmap[i];
    const pv = (k: string) => asNmap(p.verdicts.get(k) ?? 'missing');
    const nv = (k: string) => n?.verdicts.get(k) ?? 'not run';
    const pn = n ? disagreements(pv, nv) : [];
    // Against the lab, portplan's own outcomes: an HTTPS server that answered late is not ok.
    const pt = disagreements(
      (k) => p.verdicts.get(k) ?? 'missing',
      (k) => ({ open: 'ok', closed: 'refused', filtered: 'filtered' })[truth(k)],
    );
    const nt = n ? disagreements(nv, truth) : [];
    if (pn.length > 0 || pt.length > 0) agree = false;
    examples.push(...pn.slice(0, 3), ...pt.slice(0, 3), ...nt.slice(0, 3));
    const counts: Record<string, number> = {};
    for (const o of p.verdicts.values()) counts[o] = (counts[o] ?? 0) + 1;
    const text = (c: Record<string, number>) =>
      Object.entries(c)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
    console.log(
      `| ${i + 1} | ${pn.length} | ${pt.length} | ${nt.length} | ${text(counts)} | ${text(p.others ?? {})} |`,
    );
  }
  if (examples.length > 0) console.log(`\nFor example: ${[...new Set(examples)].slice(0, 8).join('; ')}`);
  const rss = Math.max(...portplan.map((s) => s.rssMiB));
  const met = ratio <= TARGET.ratio && rss <= TARGET.rssMiB && agree;
  console.log(
    `\nportplan / nmap, median wall time: ${ratio.toFixed(2)} (target at most ${TARGET.ratio}); ` +
      `peak RSS ${rss.toFixed(0)} MiB (at most ${TARGET.rssMiB}); verdicts ${agree ? 'identical' : 'NOT identical'}: ` +
      `target ${met ? 'met' : 'NOT met'}`,
  );
} finally {
  stop();
}
