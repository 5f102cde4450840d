// The audit against the kernel: a namespace router between a client and a server namespace loads
// a random iptables ruleset with iptables-restore, real connections cross it, and the auditor's
// verdict for each flow must be what the kernel did. Used by test/audit-kernel.test.ts (a sample)
// and scripts/audit-kernel-proof.ts (a long run).
import { evaluate, flowVerdict } from '../../src/audit/evaluate.js';
import { parseIptablesSave } from '../../src/audit/formats/iptables-save.js';
import { addressBlock } from '../../src/common/address.js';
import {
  CLIENTS,
  type RandomFlow,
  randomFlows,
  randomRuleset,
  SERVERS,
  TCP_PORTS,
  UDP_PORTS,
} from './iptables-random.js';
import { createRouterLab } from './router.js';

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
  const lab = createRouterLab({
    client: CLIENTS.map((a) => `${a}/24`),
    server: SERVERS.map((a) => `${a}/24`),
  });
  try {
    // TCP on every address, UDP bound to each address (a reply comes from the address asked).
    await lab.listen(lab.ns.s, [
      ...TCP_PORTS.map((port) => ({ transport: 'tcp', port, address: '::' })),
      ...UDP_PORTS.flatMap((port) => SERVERS.map((address) => ({ transport: 'udp', port, address }))),
    ]);
  } catch (error) {
    lab.remove();
    throw error;
  }
  // Every flow gets a source port of its own (55,000 flows before one comes again, minutes after the
  // conntrack table forgot it): a reply remembered from an earlier ruleset never passes a flow as
  // ESTABLISHED.
  let nextPort = 10_000;
  return {
    load(ruleset) {
      lab.feed(lab.ns.r, ruleset, 'iptables-restore');
    },
    connect(flows, timeoutMs) {
      const withPorts = flows.map((f) => {
        const sport = nextPort;
        nextPort = nextPort >= 64_999 ? 10_000 : nextPort + 1;
        return { ...f, sport };
      });
      return lab
        .connect<RandomFlow & { sport: number; passed: boolean }>(lab.ns.c, withPorts, timeoutMs)
        .map(({ sport: _, ...f }) => f);
    },
    remove: lab.remove,
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
