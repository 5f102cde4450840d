// Proof by traffic for the Linux targets: the rendered iptables and nftables rulesets loaded into
// a namespace router (and a connector's own host firewall), every required flow connected for real
// (all pass) and a sample of flows the plan does not need (all blocked).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import { createRouterLab, listenItems, type RouterLab } from './lab/router.js';
import { CONNECTOR, type Flow, INVENTORY, requiredFlows } from './lab/site.js';

/** Flows the plan does not need: other ports, an address it does not name, a source it does not list. */
const UNNEEDED: Flow[] = [
  { from: CONNECTOR, to: '198.18.2.10', transport: 'tcp', port: 22 },
  { from: CONNECTOR, to: '198.18.2.10', transport: 'tcp', port: 8080 },
  { from: CONNECTOR, to: '198.18.2.201', transport: 'tcp', port: 50051 },
  { from: CONNECTOR, to: '198.18.2.53', transport: 'udp', port: 5353 },
  { from: CONNECTOR, to: '198.18.2.123', transport: 'udp', port: 53 },
  { from: '198.18.2.200', to: CONNECTOR, transport: 'tcp', port: 80 },
  { from: '198.18.2.10', to: CONNECTOR, transport: 'tcp', port: 2049 },
  { from: '198.18.2.12', to: CONNECTOR, transport: 'tcp', port: 22 },
];

const SOURCE_ADDRESSES = ['198.18.2.10', '198.18.2.12', '198.18.2.13', '198.18.2.14', '198.18.2.20'];
const EXTRA = ['198.18.2.33', '198.18.2.53', '198.18.2.97', '198.18.2.123', '198.18.2.200', '198.18.2.201'];

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

describe('rendered iptables and nftables rulesets, proven by traffic', () => {
  let lab: RouterLab | undefined;
  let ns: RouterLab['ns'];
  const dir = mkdtempSync(join(tmpdir(), 'portplan-traffic-'));
  const inNs = (n: string, cmd: string, ...args: string[]) => (lab as RouterLab).exec(n, cmd, ...args);
  const required = requiredFlows();
  const all = [...required, ...UNNEEDED];
  const inbound = (f: Flow) => f.to === CONNECTOR;

  const cleanup = () => {
    lab?.remove();
    rmSync(dir, { recursive: true, force: true });
  };

  const listen = (n: string, flows: Flow[]) => (lab as RouterLab).listen(n, listenItems(flows));

  /** Connect every flow from where its source lives; returns them with `passed`. */
  const connectAll = (flows: Flow[], timeoutMs = 600): Flow[] => {
    const run = (n: string, list: Flow[]) =>
      list.length === 0 ? [] : (lab as RouterLab).connect<Flow>(n, list, timeoutMs);
    return [
      ...run(
        ns.c,
        flows.filter((f) => !inbound(f)),
      ),
      ...run(ns.s, flows.filter(inbound)),
    ];
  };

  const render = (target: string, mode: string) => {
    const file = join(dir, 'lab.yaml');
    writeFileSync(file, INVENTORY);
    const r = portplan(['render', file, '--target', target, '--chain-mode', mode]);
    expect(r.status).toBe(0);
    return r.stdout;
  };

  const reset = () => {
    for (const n of [ns.r, ns.c]) inNs(n, 'nft', 'flush', 'ruleset');
  };

  beforeAll(async () => {
    process.once('exit', cleanup);
    lab = createRouterLab({
      client: [`${CONNECTOR}/24`],
      server: [...SOURCE_ADDRESSES, ...EXTRA].map((a) => `${a}/24`),
    });
    ns = lab.ns;
    await Promise.all([
      listen(
        ns.s,
        all.filter((f) => !inbound(f)),
      ),
      listen(ns.c, all.filter(inbound)),
    ]);
    // Without a firewall every flow, needed or not, gets through: the blocked ones below are the rules' doing.
    const open = connectAll(all, 2000);
    expect(open.filter((f) => !f.passed)).toEqual([]);
  }, 30_000);
  afterAll(cleanup);

  it('derives flows of every kind from the plan: out, in, TCP and UDP', () => {
    expect(required.length).toBeGreaterThan(15);
    expect(required.some((f) => f.transport === 'udp')).toBe(true);
    expect(required.some(inbound)).toBe(true);
  });

  const check = () => {
    const results = connectAll(all);
    const key = (f: Flow) => `${f.from} > ${f.to} ${f.port}/${f.transport}`;
    const wanted = new Set(required.map(key));
    expect(results.filter((f) => wanted.has(key(f)) && !f.passed).map(key)).toEqual([]);
    expect(results.filter((f) => !wanted.has(key(f)) && f.passed).map(key)).toEqual([]);
  };

  it('iptables, forward mode: the router passes every required flow and blocks the rest', () => {
    reset();
    // The admin's part: a FORWARD policy of drop, and replies accepted.
    inNs(ns.r, 'iptables', '-P', 'FORWARD', 'DROP');
    inNs(
      ns.r,
      'iptables',
      '-A',
      'FORWARD',
      '-m',
      'conntrack',
      '--ctstate',
      'ESTABLISHED,RELATED',
      '-j',
      'ACCEPT',
    );
    sh('ip', ['netns', 'exec', ns.r, 'iptables-restore', '--noflush'], render('iptables', 'forward'));
    check();
  });

  it('nftables, forward mode: the router passes every required flow and blocks the rest', () => {
    reset();
    sh('ip', ['netns', 'exec', ns.r, 'nft', '-f', '-'], render('nftables', 'forward'));
    inNs(ns.r, 'nft', 'chain inet portplan forward { policy drop ; }');
    check();
  });

  it("iptables, host mode: the connector's own INPUT and OUTPUT pass every required flow and block the rest", () => {
    reset();
    for (const chain of ['INPUT', 'OUTPUT']) {
      inNs(ns.c, 'iptables', '-P', chain, 'DROP');
      inNs(
        ns.c,
        'iptables',
        '-A',
        chain,
        '-m',
        'conntrack',
        '--ctstate',
        'ESTABLISHED,RELATED',
        '-j',
        'ACCEPT',
      );
    }
    sh('ip', ['netns', 'exec', ns.c, 'iptables-restore', '--noflush'], render('iptables', 'host'));
    check();
  });

  it("nftables, host mode: the connector's own input and output pass every required flow and block the rest", () => {
    reset();
    sh('ip', ['netns', 'exec', ns.c, 'nft', '-f', '-'], render('nftables', 'host'));
    for (const chain of ['input', 'output'])
      inNs(ns.c, 'nft', `chain inet portplan ${chain} { policy drop ; }`);
    check();
  });
});
