// The nft-json auditor against the kernel: seeded random nftables rulesets (sets, ranges, negation,
// ct state, jump / goto / return, verdict maps, several base chains on forward, ip / ip6 / inet
// tables) loaded into a namespace router, real connections through it, and the ruleset read back
// with `nft -j list ruleset`, parsed and evaluated: the verdict must be what the kernel did.
import { evaluate, flowVerdict } from '../../src/audit/evaluate.js';
import { parseNftJson } from '../../src/audit/formats/nft-json.js';
import { addressBlock } from '../../src/common/address.js';
import { createRouterLab as createNamespaceRouter } from './router.js';

/** Sources live in the client namespace, destinations in the server namespace. */
const SRC4 = [2, 3, 4, 5, 6, 7, 8, 9].map((n) => `198.18.1.${n}`);
const DST4 = [10, 11, 12, 13, 14, 15, 16, 17].map((n) => `198.18.2.${n}`);
const SRC6 = [2, 3, 4, 5].map((n) => `2001:2:0:1::${n}`);
const DST6 = [16, 17, 18, 19].map((n) => `2001:2:0:2::${n.toString(16)}`);
const PORTS = [22, 53, 80, 443, 1000, 1500, 2000, 8080];

export interface Flow {
  from: string;
  to: string;
  transport: 'tcp' | 'udp';
  port: number;
  passed?: boolean;
}

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}
type Random = ReturnType<typeof random>;

/** Disjoint runs of a sorted list: what a set's elements may be without overlapping. */
function runs<T>(r: Random, xs: readonly T[], format: (a: T, b: T) => string): string[] {
  const out: string[] = [];
  let i = r.int(2);
  while (i < xs.length) {
    const len = 1 + r.int(3);
    const a = xs[i] as T;
    const b = xs[Math.min(i + len, xs.length) - 1] as T;
    out.push(a === b ? String(a) : format(a, b));
    i += len + 1 + r.int(2);
  }
  return out.length > 0 ? out : [String(xs[0])];
}

const PREFIXES4 = {
  src: ['198.18.1.0/29', '198.18.1.4/30', '198.18.1.8/31', '198.18.1.0/24'],
  dst: ['198.18.2.8/29', '198.18.2.12/30', '198.18.2.16/31', '198.18.2.0/23'],
};
const PREFIXES6 = {
  src: ['2001:2:0:1::/125', '2001:2:0:1::4/126'],
  dst: ['2001:2:0:2::10/126', '2001:2:0:2::12/127'],
};

/** A random nftables ruleset for the router, in `nft -f` syntax. */
export function generateRuleset(seed: number): string {
  const r = random(seed);
  const sets: string[] = [];
  const named = {
    src4: runs(r, SRC4, (a, b) => `${a}-${b}`),
    dst4: runs(r, DST4, (a, b) => `${a}-${b}`),
    dst6: runs(r, DST6, (a, b) => `${a}-${b}`),
    ports: runs(r, PORTS, (a, b) => `${a}-${b}`),
  };
  sets.push(`  set src4 { type ipv4_addr; flags interval; elements = { ${named.src4.join(', ')} } }`);
  sets.push(`  set dst4 { type ipv4_addr; flags interval; elements = { ${named.dst4.join(', ')} } }`);
  sets.push(`  set dst6 { type ipv6_addr; flags interval; elements = { ${named.dst6.join(', ')} } }`);
  sets.push(`  set ports { type inet_service; flags interval; elements = { ${named.ports.join(', ')} } }`);

  const not = () => (r.chance(0.3) ? '!= ' : '');
  const address = (family: 4 | 6, side: 'src' | 'dst', named = true): string => {
    const key = family === 4 ? 'ip' : 'ip6';
    const field = side === 'src' ? 'saddr' : 'daddr';
    const pool = family === 4 ? (side === 'src' ? SRC4 : DST4) : side === 'src' ? SRC6 : DST6;
    const prefixes = (family === 4 ? PREFIXES4 : PREFIXES6)[side];
    const k = r.int(named ? 5 : 4);
    const value =
      k === 0
        ? r.pick(pool)
        : k === 1
          ? r.pick(prefixes)
          : k === 2
            ? `{ ${runs(r, pool, (a, b) => `${a}-${b}`).join(', ')} }`
            : k === 3
              ? `${pool[0]}-${r.pick(pool.slice(1))}`
              : family === 4
                ? side === 'src'
                  ? '@src4'
                  : '@dst4'
                : side === 'dst'
                  ? '@dst6'
                  : r.pick(prefixes);
    return `${key} ${field} ${not()}${value}`;
  };
  const ports = (named = true): string => {
    const k = r.int(named ? 4 : 3);
    return k === 0
      ? String(r.pick(PORTS))
      : k === 1
        ? `{ ${runs(r, PORTS, (a, b) => `${a}-${b}`).join(', ')} }`
        : k === 2
          ? `${r.pick(PORTS.slice(0, 4))}-${r.pick(PORTS.slice(4))}`
          : '@ports';
  };
  const transport = (named = true, family: 4 | 6 = 4): string => {
    const k = r.int(5);
    return k === 0
      ? `tcp dport ${not()}${ports(named)}`
      : k === 1
        ? `udp dport ${not()}${ports(named)}`
        : k === 2
          ? `meta l4proto { tcp, udp } th dport ${not()}${ports(named)}`
          : k === 3 || family === 6
            ? `meta l4proto ${r.pick(['tcp', 'udp'])}`
            : `ip protocol ${r.pick(['tcp', 'udp'])}`;
  };
  const state = (): string =>
    r.pick([
      'ct state new',
      'ct state { new, established }',
      'ct state != new',
      'ct state invalid',
      'ct state != established',
    ]);

  const rule = (verdicts: readonly string[]): string => {
    const parts: string[] = [];
    // nft refuses a rule that asks for two families or two protocols: one of each a rule.
    const family = r.chance(0.75) ? 4 : 6;
    if (r.chance(0.1)) parts.push(r.pick([`meta nfproto ipv${family}`, 'iifname "lo"', 'iifname != "lo"']));
    if (r.chance(0.5)) parts.push(address(family, 'src'));
    if (r.chance(0.5)) parts.push(address(family, 'dst'));
    const vmap = r.chance(0.08);
    if (!vmap && r.chance(0.6)) parts.push(transport(true, family));
    if (r.chance(0.15)) parts.push(state());
    if (r.chance(0.2)) parts.push('counter');
    const last = vmap
      ? `${r.pick(['tcp', 'udp'])} dport vmap { 22 : accept, 80 : drop, 443 : ${r.pick(verdicts.filter((v) => v !== 'reject'))} }`
      : r.pick(verdicts);
    return `    ${[...parts, last].join(' ')}`;
  };
  const rules = (n: number, verdicts: readonly string[]) =>
    Array.from({ length: n }, () => rule(verdicts)).join('\n');

  const base = [
    'accept',
    'accept',
    'accept',
    'accept',
    'drop',
    'reject',
    'continue',
    'return',
    'jump u1',
    'goto u2',
    'jump u2',
  ];
  const u1 = ['accept', 'accept', 'drop', 'reject', 'return', 'return', 'jump u2', 'goto u2', 'continue'];
  const u2 = ['accept', 'accept', 'drop', 'reject', 'return', 'continue'];
  // Every base chain lets replies by first: the audit asks about the first packet of a NEW
  // connection, and a stateful ruleset that dropped replies would block flows it lets in.
  const reply = '    ct state established,related accept';
  const [p1, p2] = [r.pick([-20, -5, 0]), r.pick([5, 10, 30])];
  const dropper = r.int(2);
  const policy = (i: number) => (i === dropper ? 'drop' : r.pick(['accept', 'accept', 'drop']));
  const text = [
    'table inet t {',
    ...sets,
    `  chain a { type filter hook forward priority ${p2}; policy ${policy(0)};`,
    reply,
    rules(3 + r.int(4), base),
    '  }',
    `  chain b { type filter hook forward priority ${p1}; policy ${policy(1)};`,
    reply,
    rules(2 + r.int(3), base),
    '  }',
    '  chain u1 {',
    rules(2 + r.int(3), u1),
    '  }',
    '  chain u2 {',
    rules(1 + r.int(3), u2),
    '  }',
    '}',
  ];
  if (r.chance(0.6)) {
    // An ip table: IPv4 only, whatever its policy.
    text.push(
      'table ip four {',
      `  chain f { type filter hook forward priority ${r.pick([-10, 20])}; policy ${r.pick(['accept', 'accept', 'drop'])};`,
      reply,
      `    ip daddr ${r.pick(DST4)} drop`,
      `    ip saddr ${r.pick(PREFIXES4.src)} accept`,
      '    meta l4proto udp accept',
      '  }',
      '}',
    );
  }
  if (r.chance(0.6)) {
    // An ip6 table: IPv6 only.
    text.push(
      'table ip6 six {',
      `  chain f { type filter hook forward priority ${r.pick([-15, 15])}; policy ${r.pick(['accept', 'accept', 'drop'])};`,
      reply,
      `    ip6 daddr ${r.pick(DST6)} drop`,
      `    tcp dport ${ports(false)} accept`,
      '  }',
      '}',
    );
  }
  if (r.chance(0.3)) {
    // A prerouting chain: met before forward, whatever the priorities.
    text.push(
      'table inet pre {',
      '  chain p { type filter hook prerouting priority 100; policy accept;',
      reply,
      `    ${address(4, 'dst', false)} ${transport(false)} drop`,
      '  }',
      '}',
    );
  }
  return `${text.join('\n')}\n`;
}

/** Random flows between the two sides, both families, TCP and UDP. */
export function generateFlows(seed: number, count: number): Flow[] {
  const r = random(seed ^ 0x5bd1e995);
  return Array.from({ length: count }, () => {
    const six = r.chance(0.25);
    return {
      from: r.pick(six ? SRC6 : SRC4),
      to: r.pick(six ? DST6 : DST4),
      transport: r.pick(['tcp', 'udp'] as const),
      port: r.pick(PORTS),
    };
  });
}

/** What the auditor says of one flow through the router's ruleset as the kernel lists it. */
export function auditFlow(json: string, flow: Flow): string {
  const rs = parseNftJson(json, 'kernel.json');
  const block = (a: string) => addressBlock(a, 'ip') as NonNullable<ReturnType<typeof addressBlock>>;
  const [s, d] = [block(flow.from), block(flow.to)];
  const port = BigInt(flow.port);
  return flowVerdict(
    evaluate(rs, 'forward', {
      family: s.family,
      src: { lo: s.first, hi: s.last },
      dst: { lo: d.first, hi: d.last },
      protocol: flow.transport,
      ports: [{ lo: port, hi: port }],
    }),
  ).verdict;
}

export interface RouterLab {
  /** Load a ruleset into the router (after flushing the last one) and return `nft -j list ruleset`. */
  load(ruleset: string): string;
  /** Connect every flow for real; each comes back with `passed`. */
  connect(flows: Flow[], timeoutMs?: number): Flow[];
  remove(): void;
}

/**
 * A client and a server namespace joined through a router namespace, IPv4 and IPv6, with a
 * listener on every port and address. Named after our pid; `remove` deletes them and the listener.
 */
export async function createRouterLab(): Promise<RouterLab> {
  const lab = createNamespaceRouter({
    client: [...SRC4.map((a) => `${a}/24`), ...SRC6.map((a) => `${a}/64`)],
    server: [...DST4.map((a) => `${a}/23`), ...DST6.map((a) => `${a}/64`)],
    routerClient: ['198.18.1.1/24', '2001:2:0:1::1/64'],
    routerServer: ['198.18.2.1/23', '2001:2:0:2::1/64'],
    ipv6: true,
  });
  const { ns } = lab;
  try {
    await lab.listen(ns.s, [
      ...PORTS.map((port) => ({ transport: 'tcp', port, address: '::' })),
      ...PORTS.flatMap((port) => [...DST4, ...DST6].map((address) => ({ transport: 'udp', port, address }))),
    ]);
    // Without a ruleset every pair of addresses connects, in time: the blocked flows later are
    // the ruleset's doing.
    const open = [...SRC4.map((from, i) => [from, DST4[i]]), ...SRC6.map((from, i) => [from, DST6[i]])].map(
      ([from, to]) => ({ from, to, transport: 'tcp', port: 22 }),
    );
    const warm = lab.connect<Flow>(ns.c, open, 5000);
    const failed = warm.filter((f) => !f.passed);
    if (failed.length > 0) throw new Error(`the open router does not pass ${JSON.stringify(failed)}`);
  } catch (e) {
    lab.remove();
    throw e;
  }
  return {
    load(ruleset) {
      lab.exec(ns.r, 'nft', 'flush', 'ruleset');
      lab.feed(ns.r, ruleset, 'nft', '-f', '-');
      return lab.exec(ns.r, 'nft', '-j', 'list', 'ruleset');
    },
    connect(flows, timeoutMs = 500) {
      return lab.connect<Flow>(ns.c, flows, timeoutMs);
    },
    remove: lab.remove,
  };
}

export interface Disagreement {
  seed: number;
  flow: Flow;
  kernel: 'allowed' | 'blocked';
  audit: string;
}

/** One seed: generate, load, connect, read back, audit; the flows where the two disagree. */
export function proveSeed(
  lab: RouterLab,
  seed: number,
  flows = 40,
): { disagreements: Disagreement[]; results: Flow[]; ruleset: string; json: string } {
  const ruleset = generateRuleset(seed);
  const json = lab.load(ruleset);
  const results = lab.connect(generateFlows(seed, flows));
  const disagreements: Disagreement[] = [];
  for (const flow of results) {
    const kernel = flow.passed ? 'allowed' : 'blocked';
    const audit = auditFlow(json, flow);
    if (audit !== kernel) disagreements.push({ seed, flow, kernel, audit });
  }
  return { disagreements, results, ruleset, json };
}
