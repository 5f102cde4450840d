// Generate, from a seed, an iptables-save ruleset of a zoned firewall and plan-like flows through it (bench/audit.ts).

/** A small seeded generator (mulberry32): the same seed gives the same ruleset and flows everywhere. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = 20;
/** Servers (destinations) and clients (sources) per zone, shared by the rules and the flows. */
const SERVERS = 80;
const CLIENTS = 250;

/** A service as rules name it: protocol and destination ports (`a:b` is a range). */
interface Service {
  readonly protocol: 'tcp' | 'udp';
  readonly ports: readonly string[];
}

/** The services of a connector deployment and a data centre around it, the common ones more often. */
const SERVICES: readonly [number, Service][] = [
  [30, { protocol: 'tcp', ports: ['443'] }],
  [10, { protocol: 'tcp', ports: ['22'] }],
  [8, { protocol: 'tcp', ports: ['902', '443'] }],
  [6, { protocol: 'tcp', ports: ['11113:11117'] }],
  [5, { protocol: 'tcp', ports: ['50051'] }],
  [5, { protocol: 'udp', ports: ['53'] }],
  [4, { protocol: 'tcp', ports: ['53'] }],
  [4, { protocol: 'udp', ports: ['123'] }],
  [4, { protocol: 'tcp', ports: ['445', '139'] }],
  [4, { protocol: 'tcp', ports: ['2049', '111'] }],
  [3, { protocol: 'tcp', ports: ['5985', '5986'] }],
  [3, { protocol: 'tcp', ports: ['1521'] }],
  [3, { protocol: 'tcp', ports: ['1433'] }],
  [3, { protocol: 'tcp', ports: ['3389'] }],
  [3, { protocol: 'tcp', ports: ['8443', '443', '80'] }],
  [2, { protocol: 'udp', ports: ['161'] }],
  [2, { protocol: 'tcp', ports: ['3306'] }],
  [1, { protocol: 'tcp', ports: ['1024:65535'] }],
];

/** One flow as the plan JSON has it (hosts as written, ports as integers). */
export interface BenchFlow {
  readonly from: { readonly host: string };
  readonly to: { readonly host: string };
  readonly transport: 'tcp' | 'udp';
  readonly ports: readonly number[];
}

const ip = (v: number) => [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
const zoneBase = (z: number) => (10 << 24) | ((z + 1) << 16);

/**
 * An iptables-save `filter` table of about `rules` rules and `flows` flows through it. FORWARD
 * accepts established traffic, drops invalid, drops a few blocked hosts, then jumps by source and
 * destination zone (twenty /16s) to one chain per pair of zones — a few hundred chains of very
 * different lengths — and logs what falls through before its DROP policy. A pair's chain holds
 * mostly ACCEPTs of a service from a client, a /24 or the whole zone to a server or a small
 * subnet (`-m multiport`, port ranges, `-m iprange`, `! -s`, `-m conntrack --ctstate NEW`,
 * comments), some DROP and REJECT, RETURNs, jumps to a shared services chain, a few `-m set`
 * (whose contents the audit cannot know), and may end with a REJECT. The flows are what a plan
 * asks for: one client or a small subnet to one server or a small subnet, one service (1-3
 * ports), mostly between zones the firewall has a chain for.
 *
 * @example
 * const { ruleset, flows } = generateRuleset({ rules: 50_000, flows: 20_000, seed: 1 });
 */
export function generateRuleset({
  rules,
  flows,
  seed = 1,
}: {
  rules: number;
  flows: number;
  seed?: number;
}): {
  ruleset: string;
  flows: BenchFlow[];
  chains: number;
} {
  const rand = random(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const weighted = (): Service => {
    let r = rand() * SERVICES.reduce((n, [w]) => n + w, 0);
    for (const [w, s] of SERVICES) {
      r -= w;
      if (r < 0) return s;
    }
    return (SERVICES[0] as [number, Service])[1];
  };
  // Hosts per zone: servers low in the zone, clients above them, each its own address.
  const hosts = (z: number, count: number, from: number) =>
    Array.from({ length: count }, (_, i) => zoneBase(z) + from + i * 7 + int(5));
  const servers = Array.from({ length: ZONES }, (_, z) => hosts(z, SERVERS, 256));
  const clients = Array.from({ length: ZONES }, (_, z) => hosts(z, CLIENTS, 16 * 256));
  const subnetOf = (host: number, bits: number) => {
    const size = 2 ** (32 - bits);
    return `${ip(Math.floor(host / size) * size)}/${bits}`;
  };
  /** A client and a server each ACCEPT names, with its service: what the flows that are already open ask for. */
  const opened: { a: number; b: number; from: number; to: number; service: Service }[] = [];

  // Zone pairs with a chain: most of them, in a shuffled order.
  const pairs: [number, number][] = [];
  for (let a = 0; a < ZONES; a++)
    for (let b = 0; b < ZONES; b++) if (a !== b && rand() < 0.8) pairs.push([a, b]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [pairs[i], pairs[j]] = [pairs[j] as [number, number], pairs[i] as [number, number]];
  }
  const chainName = ([a, b]: [number, number]) =>
    `fw-z${String(a + 1).padStart(2, '0')}-z${String(b + 1).padStart(2, '0')}`;

  const forward: string[] = [
    '-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    '-A FORWARD -m conntrack --ctstate INVALID -j DROP',
    '-A FORWARD -p icmp -j ACCEPT',
  ];
  for (let i = 0; i < 12; i++)
    forward.push(
      `-A FORWARD -s ${ip(pick(clients[int(ZONES)] as number[]))}/32 -m comment --comment "blocked: INC-${1000 + i}" -j DROP`,
    );
  for (const p of pairs)
    forward.push(`-A FORWARD -s ${ip(zoneBase(p[0]))}/16 -d ${ip(zoneBase(p[1]))}/16 -j ${chainName(p)}`);
  forward.push('-A FORWARD -j LOG --log-prefix "FWD-DROP: " --log-level 4');

  const shared = [
    '-A svc-common -p udp -m udp --dport 53 -j ACCEPT',
    '-A svc-common -p tcp -m tcp --dport 53 -j ACCEPT',
    '-A svc-common -p udp -m udp --dport 123 -j ACCEPT',
    '-A svc-common -d 10.1.0.0/16 -p tcp -m multiport --dports 80,443 -j ACCEPT',
    '-A svc-common -j RETURN',
  ];
  // Chain lengths vary a lot (a few rules to well over a thousand) and add up to `rules`.
  const budget = Math.max(pairs.length, rules - forward.length - shared.length);
  const weights = pairs.map(() => rand() ** 3 + 0.02);
  const total = weights.reduce((n, w) => n + w, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * budget)));
  for (let left = budget - sizes.reduce((n, s) => n + s, 0), i = 0; left > 0; left--, i++)
    sizes[i % sizes.length] = (sizes[i % sizes.length] as number) + 1;

  const body: string[] = [];
  pairs.forEach((pair, c) => {
    const name = chainName(pair);
    const [a, b] = pair;
    // The last client and server a rule was written with.
    let client = 0;
    let server = 0;
    const src = (): string => {
      const r = rand();
      client = pick(clients[a] as number[]);
      if (r < 0.3) return '';
      if (r < 0.6) return `-s ${subnetOf(client, pick([24, 26, 28]))} `;
      if (r < 0.64) return `! -s ${subnetOf(client, 24)} `;
      return `-s ${ip(client)}/32 `;
    };
    const dst = (): string => {
      server = pick(servers[b] as number[]);
      return rand() < 0.85 ? `-d ${ip(server)}/32 ` : `-d ${subnetOf(server, pick([27, 28, 29]))} `;
    };
    const ports = (s: Service) => {
      const m = s.protocol;
      if (s.ports.length === 1) return `-p ${m} -m ${m} --dport ${s.ports[0]} `;
      return `-p ${m} -m multiport --dports ${s.ports.join(',')} `;
    };
    const comment = () => (rand() < 0.3 ? `-m comment --comment "CHG-${10000 + int(90000)}" ` : '');
    const size = sizes[c] as number;
    const closes = rand() < 0.35 && size > 3;
    for (let i = 0; i < size - (closes ? 1 : 0); i++) {
      const r = rand();
      const s = weighted();
      let line: string;
      if (r < 0.7) {
        line = `${src()}${dst()}${ports(s)}${comment()}-j ACCEPT`;
        opened.push({ a, b, from: client, to: server, service: s });
      } else if (r < 0.76)
        line = `${src()}${dst()}${ports(s)}-m conntrack --ctstate NEW ${comment()}-j ACCEPT`;
      else if (r < 0.82) line = `${src()}${dst()}${ports(s)}${comment()}-j DROP`;
      else if (r < 0.86)
        line = `${src()}${dst()}${ports(s)}-j REJECT --reject-with ${s.protocol === 'tcp' ? 'tcp-reset' : 'icmp-port-unreachable'}`;
      else if (r < 0.9) {
        const from = pick(clients[a] as number[]);
        line = `${dst()}-p ${s.protocol} -m iprange --src-range ${ip(from)}-${ip(from + 20 + int(200))} ${ports(s).replace(`-p ${s.protocol} `, '')}-j ACCEPT`;
      } else if (r < 0.92) {
        const to = pick(servers[b] as number[]);
        line = `${src()}-p ${s.protocol} -m iprange --dst-range ${ip(to)}-${ip(to + 3 + int(12))} -j DROP`;
      } else if (r < 0.95) line = `${dst()}-j RETURN`;
      else if (r < 0.97) line = `${src()}-j svc-common`;
      else if (r < 0.99) line = `${src()}${dst()}-p tcp -j LOG --log-prefix "${name}: "`;
      else if (r < 0.995) line = `-m set --match-set admins-z${a + 1} src ${dst()}${ports(s)}-j ACCEPT`;
      else line = `${src()}${dst()}-j ACCEPT`;
      body.push(`-A ${name} ${line}`);
    }
    if (closes) body.push(`-A ${name} -j REJECT --reject-with icmp-host-prohibited`);
  });

  const ruleset = [
    '# Generated by iptables-save v1.8.9 (nf_tables) on Sat Nov 28 12:00:00 2026',
    '*filter',
    ':INPUT ACCEPT [0:0]',
    ':FORWARD DROP [0:0]',
    ':OUTPUT ACCEPT [0:0]',
    ...pairs.map((p) => `:${chainName(p)} - [0:0]`),
    ':svc-common - [0:0]',
    ...forward,
    ...body,
    ...shared,
    'COMMIT',
    '# Completed on Sat Nov 28 12:00:00 2026',
    '',
  ].join('\n');

  const chosen = new Set(pairs.map(([a, b]) => a * ZONES + b));
  const out: BenchFlow[] = [];
  for (let i = 0; i < flows; i++) {
    // Half ask for what some ACCEPT names (it may still be shadowed); half for anything.
    const open = rand() < 0.5 ? pick(opened) : undefined;
    let a = open?.a ?? int(ZONES);
    let b = open?.b ?? int(ZONES);
    while (b === a || (rand() < 0.9 && !chosen.has(a * ZONES + b))) [a, b] = [int(ZONES), int(ZONES)];
    const client = open?.from ?? pick(clients[a] as number[]);
    const server = open?.to ?? pick(servers[b] as number[]);
    const from = rand() < 0.75 ? ip(client) : subnetOf(client, pick([26, 27, 28]));
    const to = rand() < 0.85 ? ip(server) : subnetOf(server, pick([29, 30]));
    const s = open?.service ?? weighted();
    const ports = s.ports.flatMap((p) => {
      const [lo, hi] = p.split(':').map(Number) as [number, number?];
      // A plan lists each port (11113-11117 is five); the wide range is cut to its first five.
      const last = hi === undefined ? lo : Math.min(hi, lo + 4);
      return Array.from({ length: last - lo + 1 }, (_, k) => lo + k);
    });
    out.push({ from: { host: from }, to: { host: to }, transport: s.protocol, ports: ports.slice(0, 5) });
  }
  return { ruleset, flows: out, chains: pairs.length + 1 };
}
