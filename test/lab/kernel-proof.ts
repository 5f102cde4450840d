// The audit against the kernel: a namespace router between a client and a server namespace loads
// a random iptables ruleset with iptables-restore, real connections cross it, and the auditor's
// verdict for each flow must be what the kernel did. Used by test/audit-kernel.test.ts (a sample)
// and scripts/audit-kernel-proof.ts (a long run).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { evaluate, flowVerdict } from '../../src/audit/evaluate.js';
import { parseIptablesSave } from '../../src/audit/formats/iptables-save.js';
import { addressBlock } from '../../src/common/address.js';
import { ROOT } from '../paths.js';
import {
  CLIENTS,
  type RandomFlow,
  randomFlows,
  randomRuleset,
  SERVERS,
  TCP_PORTS,
  UDP_PORTS,
} from './iptables-random.js';

const FLOWS_SCRIPT = join(ROOT, 'test/lab/flows.mjs');

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

export interface Router {
  /** Load a ruleset into the router with iptables-restore (the filter table replaced). */
  load(ruleset: string): void;
  /** Connect every flow from the client namespace; each comes back with `passed`. */
  connect(flows: readonly RandomFlow[], timeoutMs: number): (RandomFlow & { passed: boolean })[];
  remove(): void;
}

/** One flow where the audit and the kernel disagree, with what it takes to reproduce it. */
export interface Disagreement {
  seed: number;
  flow: RandomFlow;
  kernel: 'passed' | 'blocked';
  audit: string;
  deciding: string[];
}

/**
 * Client (16 addresses) — router — server (16 addresses, listening on every port the flows use),
 * all in 198.18.0.0/15 with no route out. Removed by name and pid in `remove`, and at exit.
 */
export async function createRouter(): Promise<Router> {
  const id = `ppak${process.pid}${randomBytes(2).toString('hex')}`;
  const ns = { c: `${id}-c`, r: `${id}-r`, s: `${id}-s` };
  const made: string[] = [];
  const children: ChildProcess[] = [];
  const inNs = (n: string, cmd: string, ...args: string[]) => sh('ip', ['netns', 'exec', n, cmd, ...args]);
  const remove = () => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    for (const n of made.splice(0)) {
      try {
        for (const pid of sh('ip', ['netns', 'pids', n]).split('\n').filter(Boolean))
          process.kill(Number(pid), 'SIGKILL');
        sh('ip', ['netns', 'del', n]);
      } catch {
        // Already removed.
      }
    }
  };
  process.once('exit', remove);
  try {
    for (const n of Object.values(ns)) {
      sh('ip', ['netns', 'add', n]);
      made.push(n);
      inNs(n, 'ip', 'link', 'set', 'lo', 'up');
    }
    sh('ip', [
      'link',
      'add',
      `${id}c`,
      'netns',
      ns.c,
      'type',
      'veth',
      'peer',
      'name',
      `${id}rc`,
      'netns',
      ns.r,
    ]);
    sh('ip', [
      'link',
      'add',
      `${id}s`,
      'netns',
      ns.s,
      'type',
      'veth',
      'peer',
      'name',
      `${id}rs`,
      'netns',
      ns.r,
    ]);
    for (const a of CLIENTS) inNs(ns.c, 'ip', 'addr', 'add', `${a}/24`, 'dev', `${id}c`);
    for (const a of SERVERS) inNs(ns.s, 'ip', 'addr', 'add', `${a}/24`, 'dev', `${id}s`);
    inNs(ns.r, 'ip', 'addr', 'add', '198.18.1.1/24', 'dev', `${id}rc`);
    inNs(ns.r, 'ip', 'addr', 'add', '198.18.2.1/24', 'dev', `${id}rs`);
    for (const [n, dev] of [
      [ns.c, `${id}c`],
      [ns.r, `${id}rc`],
      [ns.r, `${id}rs`],
      [ns.s, `${id}s`],
    ] as const)
      inNs(n, 'ip', 'link', 'set', dev, 'up');
    inNs(ns.c, 'ip', 'route', 'add', 'default', 'via', '198.18.1.1');
    inNs(ns.s, 'ip', 'route', 'add', 'default', 'via', '198.18.2.1');
    inNs(ns.r, 'sysctl', '-q', '-w', 'net.ipv4.ip_forward=1');
    // TCP on every address, UDP bound to each address (a reply comes from the address asked).
    const listen = [
      ...TCP_PORTS.map((port) => ({ transport: 'tcp', port, address: '::' })),
      ...UDP_PORTS.flatMap((port) => SERVERS.map((address) => ({ transport: 'udp', port, address }))),
    ];
    const child = spawn('ip', [
      'netns',
      'exec',
      ns.s,
      process.execPath,
      FLOWS_SCRIPT,
      'listen',
      JSON.stringify(listen),
    ]);
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`the listeners exited ${code}`)));
    });
  } catch (error) {
    remove();
    throw error;
  }
  // Every flow gets a source port of its own (55,000 flows before one comes again, minutes after the
  // conntrack table forgot it): a reply remembered from an earlier ruleset never passes a flow as
  // ESTABLISHED.
  let nextPort = 10_000;
  return {
    load(ruleset) {
      sh('ip', ['netns', 'exec', ns.r, 'iptables-restore'], ruleset);
    },
    connect(flows, timeoutMs) {
      const withPorts = flows.map((f) => {
        const sport = nextPort;
        nextPort = nextPort >= 64_999 ? 10_000 : nextPort + 1;
        return { ...f, sport };
      });
      const out = inNs(
        ns.c,
        process.execPath,
        FLOWS_SCRIPT,
        'connect',
        JSON.stringify(withPorts),
        String(timeoutMs),
      );
      return (JSON.parse(out) as (RandomFlow & { sport: number; passed: boolean })[]).map(
        ({ sport: _, ...f }) => f,
      );
    },
    remove,
  };
}

/** What the audit says of one flow through a parsed ruleset, at FORWARD. */
export function auditFlow(ruleset: ReturnType<typeof parseIptablesSave>, f: RandomFlow) {
  const s = addressBlock(f.from, 'ip');
  const d = addressBlock(f.to, 'ip');
  if (!s || !d) throw new Error(`not an address: ${f.from} or ${f.to}`);
  return flowVerdict(
    evaluate(ruleset, 'forward', {
      family: 4,
      src: { lo: s.first, hi: s.last },
      dst: { lo: d.first, hi: d.last },
      protocol: f.transport,
      ports: [{ lo: BigInt(f.port), hi: BigInt(f.port) }],
    }),
  );
}

/** Load the ruleset of `seed`, make `count` flows of it for real, and return where the audit disagrees. */
export function proveSeed(router: Router, seed: number, count: number, timeoutMs: number): Disagreement[] {
  const text = randomRuleset(seed);
  const ruleset = parseIptablesSave(text, `seed-${seed}.rules`);
  if (ruleset.unreadable.length > 0)
    throw new Error(`seed ${seed}: the parser could not read ${JSON.stringify(ruleset.unreadable)}`);
  router.load(text);
  const results = router.connect(randomFlows(seed, count), timeoutMs);
  const out: Disagreement[] = [];
  for (const { passed, ...flow } of results) {
    const v = auditFlow(ruleset, flow);
    if (v.verdict !== (passed ? 'allowed' : 'blocked'))
      out.push({
        seed,
        flow,
        kernel: passed ? 'passed' : 'blocked',
        audit: v.verdict,
        deciding: v.deciding.map((o) => `${o.line ?? ''} ${o.text}`),
      });
  }
  return out;
}
