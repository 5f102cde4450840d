// checkPlan leaves nothing behind: every kind of outcome (and a deadline cutting probes and look-ups
// short) with no socket or timer left open, no unhandled rejection or warning, a process that exits
// by itself; and under a low open-file limit, names and addresses alike, no EMFILE.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, createLab, type Lab, SERVER, serverAddress, waitForListener } from './lab/lab.js';
import { startDnsmasq, waitForTcp } from './lab/peers.js';
import { ROOT } from './paths.js';

const DROPPED_DNS = serverAddress(0);

/** A flow from this machine (sc-01) to `host`, as the plan JSON has it. */
function flow(requirement: string, host: string, ports: number[], app: string, transport = 'tcp') {
  const kind = /^[\d.]+$/.test(host) ? 'ip' : 'hostname';
  return {
    requirement,
    requirements: [requirement],
    workload: 'management',
    from: { role: 'connector', host: CLIENT, kind: 'ip', name: 'sc-01' },
    to: { role: kind === 'ip' ? 'address' : 'fqdn', host, kind },
    transport,
    ports,
    app,
    scope: 'network',
    direction: 'out',
    purpose: 'a lab flow',
    ref: { section: 'lab', row: 1 },
    refs: [],
  };
}

const plan = (flows: ReturnType<typeof flow>[]) => ({
  catalog: { name: 'lab', source: 'lab' },
  region: 'us-west-2',
  flows,
  openings: [],
  interpretations: {},
  warnings: [],
});

const options = (more: Record<string, unknown> = {}) => ({
  from: 'sc-01',
  dnsServers: [SERVER],
  maxHostsPerRange: 16,
  timeoutMs: 500,
  retries: 0,
  ...more,
});

interface Row {
  flow: { requirement: string; to: { host: string } };
  address: string;
  port: number;
  outcome: string;
  evidence: Record<string, unknown>;
}

describe('checkPlan leaves nothing behind', () => {
  let lab: Lab;
  const dir = mkdtempSync(join(tmpdir(), 'portplan-safety-'));
  beforeAll(async () => {
    lab = createLab(2);
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
        '/CN=lab',
      ],
      { cwd: dir, stdio: 'pipe' },
    );
    lab.start(lab.server, process.execPath, [
      '-e',
      `const net = require('node:net'); const fs = require('node:fs');
       net.createServer((s) => { s.on('error', () => {}); s.on('data', () => s.end('HTTP/1.1 204 No Content\\r\\n\\r\\n')); setTimeout(() => s.end(), 200); }).listen(7001, '${SERVER}');
       net.createServer((s) => { s.on('error', () => {}); s.on('data', () => s.end('HTTP/1.1 204 No Content\\r\\n\\r\\n')); }).listen(7004, '${SERVER}');
       require('node:https').createServer({ key: fs.readFileSync('${join(dir, 'key.pem')}'), cert: fs.readFileSync('${join(dir, 'cert.pem')}') }, (q, r) => r.end()).listen(7443, '${SERVER}');
       for (let p = 7100; p < 7200; p++) net.createServer((s) => s.end()).listen(p, '${SERVER}');`,
    ]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          tcp dport 7003 drop
          tcp dport 7004 tcp flags & psh == psh reject with tcp reset
          tcp dport 7005 reject with icmpx type host-unreachable
          ip daddr ${DROPPED_DNS} udp dport 53 drop
          ip daddr ${DROPPED_DNS} tcp dport 53 drop
        }
      }`,
    );
    startDnsmasq(lab, dir, [
      `--address=/ok.lab.example/${SERVER}`,
      `--address=/many.lab.example/${SERVER}`,
      '--local=/lab.example/',
    ]);
    await Promise.all([
      waitForTcp(lab, SERVER, 7001),
      waitForTcp(lab, SERVER, 7443),
      waitForTcp(lab, SERVER, 7199),
      waitForListener(lab, lab.server, 53, true),
    ]);
  });
  afterAll(() => {
    lab?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The runner in the client namespace, strict about rejections and loud about warnings. */
  function run(runs: unknown[], openFiles?: number) {
    const node = [process.execPath, '--unhandled-rejections=strict', '--trace-warnings', '--import', 'tsx'];
    const command = openFiles ? ['sh', '-c', `ulimit -n ${openFiles} && exec "$@"`, 'sh', ...node] : node;
    const out = spawnSync(
      'ip',
      ['netns', 'exec', lab.client, ...command, join(ROOT, 'test/lab/run-check.ts')],
      // A socket or timer left behind keeps the process alive: killed after 20 s, it fails below.
      { cwd: ROOT, input: JSON.stringify(runs), encoding: 'utf8', timeout: 20_000 },
    );
    const exitedAt = Date.now();
    if (out.status !== 0) throw new Error(`run-check exited ${out.status ?? out.signal}: ${out.stderr}`);
    const printed = JSON.parse(out.stdout) as {
      results: Row[][];
      before: string[];
      after: string[];
      doneAt: number;
    };
    return { ...printed, stderr: out.stderr, exitMs: exitedAt - printed.doneAt };
  }

  it('closes every socket and timer, whatever the outcome, and exits by itself with nothing on stderr', () => {
    const all = plan([
      flow('open', SERVER, [7001], 'tcp'),
      flow('closed', SERVER, [7002], 'tcp'),
      flow('dropped', SERVER, [7003], 'tcp'),
      flow('reset', SERVER, [7004], 'http'),
      flow('rejected', SERVER, [7005], 'tcp'),
      flow('tls', SERVER, [7443], 'https'),
      flow('dns', SERVER, [53], 'dns', 'udp'),
      flow('named', 'ok.lab.example', [7001], 'tcp'),
      flow('unnamed', 'missing.lab.example', [7001], 'tcp'),
    ]);
    // The deadline passes while a probe waits on a dropped port, and while a name waits on a dropped server.
    const midProbe = plan([flow('open', SERVER, [7001], 'tcp'), flow('dropped', SERVER, [7003], 'tcp')]);
    const midLookUp = plan([flow('named', 'ok.lab.example', [7001], 'tcp')]);
    const { results, before, after, stderr, exitMs } = run([
      { plan: all, options: options() },
      { plan: midProbe, options: options({ timeoutMs: 5000, retries: 2, deadlineMs: 600 }) },
      { plan: midLookUp, options: options({ dnsServers: [DROPPED_DNS], timeoutMs: 5000, deadlineMs: 300 }) },
    ]);
    const outcomes = (rows: Row[] | undefined) =>
      (rows ?? []).map((r) => [r.flow.requirement, r.outcome, r.evidence.deadline ?? false]);
    expect(outcomes(results[0])).toEqual([
      ['open', 'ok', false],
      ['closed', 'refused', false],
      ['dropped', 'filtered', false],
      ['reset', 'reset', false],
      ['rejected', 'unreachable', false],
      ['tls', 'ok', false],
      ['dns', 'ok', false],
      ['named', 'ok', false],
      ['unnamed', 'dns-failed', false],
    ]);
    expect(outcomes(results[1])).toEqual([
      ['open', 'ok', false],
      ['dropped', 'skipped', true],
    ]);
    expect(outcomes(results[2])).toEqual([['named', 'skipped', true]]);
    // Nothing the probes or look-ups opened is left: the same resources as before the first check.
    const probes = /^(TCP|TLS|UDP|Timeout|TCPSocketWrap|GetAddrInfo|Query)/;
    expect(after.filter((r) => probes.test(r))).toEqual([]);
    expect(after.sort()).toEqual(before.sort());
    expect(exitMs).toBeLessThan(1000);
    expect(stderr).toBe('');
  });

  it('keeps within `ulimit -n 64` for 200 targets, names among them: each result once, none EMFILE', () => {
    const names = Array.from({ length: 100 }, (_, i) =>
      flow(`name-${i}`, `n${i}.many.lab.example`, [7001], 'tcp'),
    );
    const ports = Array.from({ length: 100 }, (_, i) => 7100 + i);
    const { results, stderr } = run(
      [
        {
          plan: plan([...names, flow('ports', SERVER, ports, 'tcp')]),
          options: options({ timeoutMs: 2000 }),
        },
      ],
      64,
    );
    const rows = results[0] ?? [];
    const keys = rows.map((r) => `${r.flow.to.host}:${r.port}`);
    expect(new Set(keys).size).toBe(200);
    expect(keys).toHaveLength(200);
    expect(
      rows.filter((r) => r.outcome !== 'ok').map((r) => [r.flow.to.host, r.port, r.outcome, r.evidence]),
    ).toEqual([]);
    expect(JSON.stringify(rows)).not.toContain('EMFILE');
    expect(stderr).toBe('');
  });
});
