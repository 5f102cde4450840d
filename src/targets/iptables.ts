// iptables: an iptables-restore file with the plan's chains, its IPv6 part for ip6tables-restore
// carried in the same file on `#6 ` lines, so one file holds both and loads as it is.
import type { FirewallInput, FirewallTarget } from './_firewall.js';
import {
  blockText,
  type ChainEntry,
  type ChainRole,
  chainEntries,
  commentLines,
  printable,
} from './_netfilter.js';

/** The plan's chains, one per direction; jumped to from the built-in chain of the same role. */
export const IPTABLES_CHAINS: Readonly<Record<ChainRole, { chain: string; from: string }>> = {
  out: { chain: 'PORTPLAN-OUT', from: 'OUTPUT' },
  in: { chain: 'PORTPLAN-IN', from: 'INPUT' },
  fwd: { chain: 'PORTPLAN-FWD', from: 'FORWARD' },
};

/** multiport takes at most 15 ports, a range counting as two (xt_multiport's XT_MULTI_PORTS). */
const MULTIPORT_MAX = 15;

/** The comment match keeps at most 255 bytes (XT_MAX_COMMENT_LEN 256, with its terminating NUL). */
const COMMENT_MAX = 255;

/** The prefix that carries the IPv6 part: `sed -n 's/^#6 //p' FILE | ip6tables-restore --noflush`. */
export const IPV6_PREFIX = '#6 ';

/**
 * A comment as one iptables-restore argument: printable ASCII, cut to what the comment match
 * keeps, inside double quotes where iptables-restore's parser takes `\` as escaping the next
 * character.
 */
export function iptablesComment(text: string): string {
  let t = printable(text);
  if (t.length > COMMENT_MAX) t = `${t.slice(0, COMMENT_MAX - 3)}...`;
  return `"${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Ports in groups multiport takes: singles weigh one, ranges two, at most 15 a group. */
function portGroups(e: ChainEntry): string[][] {
  const items = [
    ...e.ports.map((p) => ({ text: `${p}`, weight: 1 })),
    ...e.portRanges.map(([a, b]) => ({ text: `${a}:${b}`, weight: 2 })),
  ];
  const groups: string[][] = [];
  let group: string[] = [];
  let weight = 0;
  for (const item of items) {
    if (weight + item.weight > MULTIPORT_MAX) {
      groups.push(group);
      group = [];
      weight = 0;
    }
    group.push(item.text);
    weight += item.weight;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The `-s`/`-d` matches of one side: a CIDR or address, or iprange for a range. */
function addressMatches(blocks: ChainEntry['sources'], side: 's' | 'd'): string[] {
  if (blocks.length === 0) return [''];
  return blocks.map((b) => {
    const { text, range } = blockText(b);
    return range ? ` -m iprange --${side === 's' ? 'src' : 'dst'}-range ${text}` : ` -${side} ${text}`;
  });
}

/** The rule lines of one entry: every source × destination × port group. */
function* entryLines(e: ChainEntry): Generator<string> {
  const chain = IPTABLES_CHAINS[e.chain].chain;
  const iface = e.loopback ? (e.chain === 'in' ? ' -i lo' : ' -o lo') : '';
  const proto = ` -p ${e.transport}`;
  const ports = e.anyPort
    ? ['']
    : portGroups(e).map((g) =>
        g.length === 1 ? ` -m ${e.transport} --dport ${g[0]}` : ` -m multiport --dports ${g.join(',')}`,
      );
  const comment = ` -m comment --comment ${iptablesComment(e.comment)}`;
  for (const s of addressMatches(e.sources, 's'))
    for (const d of addressMatches(e.destinations, 'd'))
      for (const p of ports) yield `-A ${chain}${iface}${s}${d}${proto}${p}${comment} -j ACCEPT`;
}

/** One iptables-restore table for one family: the chains, the jumps to them, the rules. */
function* filterTable(entries: readonly ChainEntry[], roles: readonly ChainRole[]): Generator<string> {
  yield '*filter';
  for (const role of roles) yield `:${IPTABLES_CHAINS[role].chain} - [0:0]`;
  for (const role of roles) {
    const { chain, from } = IPTABLES_CHAINS[role];
    // No comment on the jump: `iptables -D INPUT -j PORTPLAN-IN`, as the header says, must match it.
    yield `-I ${from} -j ${chain}`;
  }
  for (const role of roles) {
    for (const e of entries) if (e.chain === role) yield* entryLines(e);
    const { chain, from } = IPTABLES_CHAINS[role];
    yield `-A ${chain} -m comment --comment ${iptablesComment(`not in the plan: back to ${from}, whose rules and policy decide`)} -j RETURN`;
  }
  yield 'COMMIT';
}

/** What the header adds for iptables: how to load it, and what it leaves to the admin. */
function notes(input: FirewallInput, roles: readonly ChainRole[], ipv6: boolean): string[] {
  const jumps = roles.map((r) => `${IPTABLES_CHAINS[r].from} -> ${IPTABLES_CHAINS[r].chain}`).join(', ');
  const deletes = roles.map((r) => `-D ${IPTABLES_CHAINS[r].from} -j ${IPTABLES_CHAINS[r].chain}`);
  return [
    '',
    `chains: ${jumps}, inserted first; each chain ACCEPTs the plan's openings and ends in RETURN,`,
    'so every other packet goes on through your own rules. No default policy is changed: the',
    'policy, and accepting replies (-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT), stay yours.',
    input.options.chainMode === 'host'
      ? "host mode: the host's own address is left out (these chains see only its traffic); rows that stay on it match the loopback interface"
      : 'forward mode: for the router between the connectors and the hosts they reach',
    'load, keeping every other rule: iptables-restore --noflush < FILE',
    ipv6
      ? `IPv6: the lines starting "${IPV6_PREFIX}": sed -n 's/^${IPV6_PREFIX}//p' FILE | ip6tables-restore --noflush`
      : 'IPv6: none of these rules has an IPv6 address',
    `reload: the chains are flushed and refilled, the jumps added again: delete them first (iptables ${deletes.join(', then ')}${ipv6 ? '; ip6tables likewise' : ''})`,
    '',
  ];
}

export const iptables: FirewallTarget = {
  name: 'iptables',
  extension: '.rules',
  summary: 'iptables-restore file: a chain per direction, IPv6 on #6 lines (--chain-mode)',
  supports: {
    fqdn: false,
    wildcardFqdn: false,
    ipv6: true,
    portRanges: true,
    anyPort: true,
    hostScope: true,
    comments: true,
  },
  enforcement: (options) => (options.chainMode === 'host' ? 'host' : 'network'),
  *render(input) {
    const entries = chainEntries(input.rules, input.options);
    const roles: ChainRole[] = input.options.chainMode === 'host' ? ['out', 'in'] : ['fwd'];
    const v4 = entries.filter((e) => e.family !== 6);
    const v6 = entries.filter((e) => e.family !== 4);
    const ipv6 = entries.some((e) => e.family === 6);
    yield `${commentLines([...input.header, ...notes(input, roles, ipv6)])}\n`;
    yield `${[...filterTable(v4, roles)].join('\n')}\n`;
    if (ipv6) {
      yield `#\n# IPv6, for ip6tables-restore (the "${IPV6_PREFIX}" lines):\n`;
      yield `${[...filterTable(v6, roles)].map((l) => `${IPV6_PREFIX}${l}`).join('\n')}\n`;
    }
  },
};
