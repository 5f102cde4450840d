// nftables: an `nft -f` script with one `inet` table holding IPv4 and IPv6 together, named sets
// for addresses and ports, and a base chain per hook; reloading it replaces the table.
import type { AddressBlock } from '../common/address.js';
import type { FirewallInput, FirewallTarget } from './_firewall.js';
import {
  blockText,
  type ChainEntry,
  type ChainRole,
  chainEntries,
  commentLines,
  printable,
} from './_netfilter.js';

/** The table every rule lives in: `nft delete table inet portplan` removes all of it. */
export const NFT_TABLE = 'portplan';

/** The base chain of each role and the hook it hangs on. */
export const NFT_CHAINS: Readonly<Record<ChainRole, string>> = { out: 'output', in: 'input', fwd: 'forward' };

/** nft refuses longer comments ("comment too long, 128 characters maximum allowed"). */
const COMMENT_MAX = 128;

/**
 * A comment as an nft string: nft's quoted strings have no escapes and end at the next `"`, so a
 * double quote becomes a single one; printable ASCII only, cut to nft's limit.
 */
export function nftComment(text: string): string {
  let t = printable(text).replace(/"/g, "'");
  if (t.length > COMMENT_MAX) t = `${t.slice(0, COMMENT_MAX - 3)}...`;
  return `"${t}"`;
}

/** A set or element name from a rule id: nft identifiers are letters, digits and `_`, a letter first. */
function setName(id: string, what: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_');
  return `${/^[A-Za-z]/.test(safe) ? '' : 'r'}${safe}_${what}`;
}

const element = (b: AddressBlock) => {
  const { text, range } = blockText(b);
  // nft writes one address without a prefix length; a range as first-last, as in iptables.
  return range ? text : text.replace(/\/(32|128)$/, '');
};

interface NamedSet {
  readonly name: string;
  readonly type: string;
  readonly elements: readonly string[];
}

/** The rules of the table and the sets they name: a set wherever a match has more than one element. */
function build(entries: readonly ChainEntry[]): { sets: NamedSet[]; rules: Map<ChainRole, string[]> } {
  const sets: NamedSet[] = [];
  const rules = new Map<ChainRole, string[]>();
  const used = new Set<string>();
  const named = (base: string, type: string, elements: string[]): string => {
    if (elements.length === 1) return elements[0] as string;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    sets.push({ name, type, elements });
    return `@${name}`;
  };
  for (const e of entries) {
    const parts: string[] = [];
    if (e.loopback) parts.push(e.chain === 'in' ? 'iifname "lo"' : 'oifname "lo"');
    if (e.family !== 'any') {
      const ip = e.family === 4 ? 'ip' : 'ip6';
      const type = e.family === 4 ? 'ipv4_addr' : 'ipv6_addr';
      if (e.sources.length > 0)
        parts.push(`${ip} saddr ${named(setName(e.id, `src${e.family}`), type, e.sources.map(element))}`);
      if (e.destinations.length > 0)
        parts.push(
          `${ip} daddr ${named(setName(e.id, `dst${e.family}`), type, e.destinations.map(element))}`,
        );
      // A host's own family with no address on either side: IPv4 only still means IPv4 only.
      if (e.sources.length === 0 && e.destinations.length === 0)
        parts.push(`meta nfproto ${e.family === 4 ? 'ipv4' : 'ipv6'}`);
    }
    if (e.anyPort) parts.push(`meta l4proto ${e.transport}`);
    else {
      const ports = [...e.ports.map(String), ...e.portRanges.map(([a, b]) => `${a}-${b}`)];
      // One set per rule id and transport: IPv4 and IPv6 entries of a rule share it.
      const name = setName(e.id, `${e.transport}_ports`);
      const existing = sets.find((s) => s.name === name);
      parts.push(`${e.transport} dport ${existing ? `@${name}` : named(name, 'inet_service', ports)}`);
    }
    parts.push('accept', `comment ${nftComment(e.comment)}`);
    const list = rules.get(e.chain) ?? [];
    list.push(parts.join(' '));
    rules.set(e.chain, list);
  }
  return { sets, rules };
}

/** What the header adds for nftables: how to load it, and what an accept in its own table means. */
function notes(input: FirewallInput, roles: readonly ChainRole[]): string[] {
  const chains = roles.map((r) => NFT_CHAINS[r]).join(', ');
  return [
    '',
    `table inet ${NFT_TABLE}: base chains ${chains} (priority filter, policy accept), IPv4 and IPv6 together.`,
    'Loading it replaces the table (the empty table and delete first make a reload idempotent) and',
    'touches no other table.',
    'nftables runs every base chain on a hook and a drop in any of them is final: an accept here opens',
    'nothing another table drops. Either make this table the filter for these hooks:',
    ...roles.map((r) => `  nft 'chain inet ${NFT_TABLE} ${NFT_CHAINS[r]} { policy drop ; }'`),
    'or copy its sets and rules into the chain of your own table that decides.',
    input.options.chainMode === 'host'
      ? "host mode: the host's own address is left out (these chains see only its traffic); rows that stay on it match the loopback interface"
      : 'forward mode: for the router between the connectors and the hosts they reach',
    'load: nft -f FILE',
    '',
  ];
}

export const nftables: FirewallTarget = {
  name: 'nftables',
  extension: '.nft',
  summary: 'nft -f script: one inet table, named sets, a chain per hook (--chain-mode)',
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
    const roles: ChainRole[] = input.options.chainMode === 'host' ? ['out', 'in'] : ['fwd'];
    const { sets, rules } = build(chainEntries(input.rules, input.options));
    const out: string[] = ['#!/usr/sbin/nft -f', commentLines([...input.header, ...notes(input, roles)])];
    out.push(
      `table inet ${NFT_TABLE} { }`,
      `delete table inet ${NFT_TABLE}`,
      '',
      `table inet ${NFT_TABLE} {`,
    );
    for (const s of sets) {
      out.push(`\tset ${s.name} {`, `\t\ttype ${s.type}`, '\t\tflags interval', '\t\telements = {');
      out.push(s.elements.map((e) => `\t\t\t${e},`).join('\n'), '\t\t}', '\t}', '');
    }
    roles.forEach((role, i) => {
      out.push(
        `\tchain ${NFT_CHAINS[role]} {`,
        `\t\ttype filter hook ${NFT_CHAINS[role]} priority filter; policy accept;`,
      );
      // Inert under policy accept; what keeps the plan's flows working once the policy is drop.
      out.push(
        `\t\tct state established,related accept comment ${nftComment('replies to flows already accepted')}`,
      );
      for (const r of rules.get(role) ?? []) out.push(`\t\t${r}`);
      out.push('\t}');
      if (i < roles.length - 1) out.push('');
    });
    out.push('}');
    yield `${out.join('\n')}\n`;
  },
};
