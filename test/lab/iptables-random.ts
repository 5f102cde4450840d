// Seeded random FORWARD rulesets in iptables-save form, and random flows through them, for the
// audit's proof against the kernel: the same seed gives the same ruleset and flows, on any machine.

/** The client namespace's addresses (sources) and the server namespace's (destinations). */
export const CLIENTS = Array.from({ length: 16 }, (_, i) => `198.18.1.${i + 2}`);
export const SERVERS = Array.from({ length: 16 }, (_, i) => `198.18.2.${i + 2}`);
export const TCP_PORTS = [22, 80, 443, 3306, 8080, 8443, 9000, 9001];
export const UDP_PORTS = [53, 123, 9000];
/**
 * Ports `--ports` and `--sports` lists draw from: below 1024, where no client's source port is,
 * so the kernel and the audit (which knows only that source ports are ephemeral) agree exactly.
 */
const LOW_PORTS = [22, 53, 80, 123, 443];

export interface RandomFlow {
  from: string;
  to: string;
  transport: 'tcp' | 'udp';
  port: number;
}

/** mulberry32: a small, fast PRNG with a 32-bit seed, enough to make test cases reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Pick {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  some<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0)
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }
}

/**
 * An address match on one side, holding for about half the pool (a CIDR, an iprange) or one host,
 * sometimes negated, sometimes on the wrong side's network (never matching).
 */
function addressMatch(r: Pick, side: 's' | 'd'): string {
  const pool = r.chance(0.9) ? (side === 's' ? CLIENTS : SERVERS) : side === 's' ? SERVERS : CLIENTS;
  const net = (pool[0] as string).split('.').slice(0, 3).join('.');
  const neg = r.chance(0.2) ? '! ' : '';
  const kind = r.int(0, 4);
  if (kind === 0) return `${neg}-${side} ${r.one(pool)}${r.chance(0.5) ? '/32' : ''}`;
  if (kind <= 2) {
    const bits = r.int(28, 30);
    const size = 2 ** (32 - bits);
    const base = Math.floor(r.int(0, 16) / size) * size;
    return `${neg}-${side} ${net}.${base}/${bits}`;
  }
  const a = r.int(0, 14);
  const b = r.int(a + 2, a + 10);
  return `-m iprange ${r.chance(0.4) ? '! ' : ''}--${side === 's' ? 'src' : 'dst'}-range ${net}.${a}-${net}.${b}`;
}

/** Ports as `22`, or `80:443` between pool ports, for `--dport`. */
function portSpec(r: Pick, ports: readonly number[]): string {
  if (r.chance(0.4)) return `${r.one(ports)}`;
  const [a, b] = [r.one(ports), r.one(ports)].sort((x, y) => x - y);
  return a === b ? `${a}` : `${a}:${b}`;
}

function comment(r: Pick): string {
  const text = r.one(['web "front" door', 'back\\slash', 'plain', 'a b  c', '-j DROP']);
  return `-m comment --comment "${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A port match of `proto`: --dport, multiport --dports, --ports, --sports or --sport. */
function portMatch(r: Pick, proto: 'tcp' | 'udp'): string {
  const ports = proto === 'tcp' ? TCP_PORTS : UDP_PORTS;
  const neg = r.chance(0.25) ? '! ' : '';
  const kind = r.int(0, 9);
  if (kind <= 3) return `-m ${proto} ${neg}--dport ${portSpec(r, ports)}`;
  if (kind <= 6)
    return `-m multiport ${neg}--dports ${r
      .some(ports, r.int(2, Math.max(2, ports.length - 2)))
      .map((p) => (r.chance(0.15) ? `${p}:${p + r.int(1, 500)}` : `${p}`))
      .join(',')}`;
  if (kind <= 8) return `-m multiport ${neg}--ports ${r.some(LOW_PORTS, r.int(1, 3)).join(',')}`;
  return r.chance(0.5)
    ? `-m ${proto} ${neg}--sport 1024:65535`
    : `-m multiport ${neg}--sports ${r.some(LOW_PORTS, 2).join(',')}`;
}

/** One rule's matches: one to three conditions, each holding for about half the flows. */
function matches(r: Pick): string[] {
  const m: string[] = [];
  const conditions = r.int(1, 3);
  let proto: 'tcp' | 'udp' | undefined;
  if (r.chance(0.6)) {
    const p = r.one(['tcp', 'tcp', 'udp', '6', '17', 'all', 'icmp']);
    const neg = p !== 'all' && r.chance(0.2);
    m.push(`${neg ? '! ' : ''}-p ${p}`);
    if (!neg && (p === 'tcp' || p === '6')) proto = 'tcp';
    if (!neg && (p === 'udp' || p === '17')) proto = 'udp';
  }
  const kinds = r.some(['s', 'd', 'port', 'port', 'state', 'lo'], conditions);
  for (const kind of kinds) {
    if (kind === 's' || kind === 'd') m.push(addressMatch(r, kind));
    else if (kind === 'port' && proto) m.push(portMatch(r, proto));
    else if (kind === 'state')
      m.push(
        r.one([
          '-m conntrack --ctstate NEW',
          '-m conntrack ! --ctstate NEW',
          '-m conntrack --ctstate INVALID',
          '-m conntrack ! --ctstate INVALID',
          '-m conntrack --ctstate NEW,ESTABLISHED',
          '-m state --state NEW',
          '-m state ! --state NEW',
        ]),
      );
    else if (kind === 'lo' && r.chance(0.5)) m.push(r.one(['-i lo', '! -i lo', '-o lo', '! -o lo']));
  }
  // A rule without a condition would decide every flow that reaches it, and hide the rest.
  if (m.length === 0) m.push(addressMatch(r, r.chance(0.5) ? 's' : 'd'));
  if (r.chance(0.2)) m.push(comment(r));
  return m;
}

/**
 * A FORWARD filter table: replies accepted first (the audit asks about NEW connections), then
 * random rules in FORWARD and in user chains it jumps or goes to (only forward: no loops).
 */
export function randomRuleset(seed: number): string {
  const r = new Pick(prng(seed));
  const users = Array.from({ length: r.int(1, 3) }, (_, i) => `U${i + 1}`);
  const chains = ['FORWARD', ...users];
  const lines = [
    `# Generated by the audit kernel proof, seed ${seed}`,
    '*filter',
    ':INPUT ACCEPT [0:0]',
    `:FORWARD ${r.chance(0.5) ? 'DROP' : 'ACCEPT'} [0:0]`,
    ':OUTPUT ACCEPT [0:0]',
    ...users.map((u) => `:${u} - [0:0]`),
    '-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
  ];
  const policy = lines[3]?.includes('DROP') ? 'drop' : 'accept';
  chains.forEach((chain, index) => {
    const later = chains.slice(index + 1);
    const rules: string[] = [];
    // Verdicts mostly alternate, against what follows: a rule that matched wrongly would send its
    // flows on to the opposite verdict, where the kernel shows it.
    let next: 'accept' | 'drop' = policy === 'drop' ? 'accept' : 'drop';
    for (let n = r.int(3, 8); n > 0; n--) {
      const m = matches(r);
      const roll = r.next();
      let target: string;
      if (roll < 0.45) {
        target =
          next === 'accept'
            ? '-j ACCEPT'
            : r.one([
                '-j DROP',
                '-j REJECT',
                m.some((x) => /^-p (tcp|6)$/.test(x)) ? '-j REJECT --reject-with tcp-reset' : '-j DROP',
              ]);
        next = next === 'accept' ? 'drop' : 'accept';
      } else if (roll < 0.57)
        target = r.one([
          '-j LOG --log-prefix "audit: "',
          '-j NFLOG --nflog-group 5',
          '-j MARK --set-xmark 0x1/0xffffffff',
          '',
        ]);
      else if (roll < 0.68) target = index > 0 || r.chance(0.3) ? '-j RETURN' : '-j ACCEPT';
      else if (later.length > 0 && roll < 0.8) target = `-j ${r.one(later)}`;
      else if (later.length > 0) target = `-g ${r.one(later)}`;
      else target = next === 'accept' ? '-j ACCEPT' : '-j DROP';
      rules.push([`-A ${chain}`, ...m, target].filter(Boolean).join(' '));
    }
    // Every user chain is reached from FORWARD at least once, early or late, so each is tested.
    if (index === 0)
      for (const u of users)
        if (!rules.some((l) => l.endsWith(` ${u}`)))
          rules.splice(r.int(0, rules.length), 0, ['-A FORWARD', ...matches(r), `-j ${u}`].join(' '));
    lines.push(...rules);
  });
  lines.push('COMMIT', '');
  return lines.join('\n');
}

/** Random flows from the client addresses to the server addresses, TCP mostly, some UDP. */
export function randomFlows(seed: number, count: number): RandomFlow[] {
  const r = new Pick(prng(seed ^ 0x5eed));
  return Array.from({ length: count }, () => {
    const transport = r.chance(0.75) ? 'tcp' : 'udp';
    return {
      from: r.one(CLIENTS),
      to: r.one(SERVERS),
      transport,
      port: r.one(transport === 'tcp' ? TCP_PORTS : UDP_PORTS),
    };
  });
}
