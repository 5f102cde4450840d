// What iptables and nftables share: the plan's rules cut into netfilter chains (a host's OUTPUT and
// INPUT, or a router's FORWARD), one entry per chain and address family, and the header's notes.
import {
  type AddressBlock,
  addressBlock,
  classifyAddress,
  formatBlock,
  uniteBlocks,
} from '../common/address.js';
import type { Transport } from '../plan/types.js';
import type { Endpoint, FirewallOptions, FirewallRule } from './_firewall.js';

/** `out`: the host's OUTPUT; `in`: its INPUT; `fwd`: a router's FORWARD. */
export type ChainRole = 'out' | 'in' | 'fwd';

/** One netfilter rule of the plan: a chain, a family, address blocks on each side, ports. */
export interface ChainEntry {
  /** The firewall rule's id (`r001`). */
  readonly id: string;
  readonly chain: ChainRole;
  /** The address family the entry's blocks belong to; `any` when neither side names an address. */
  readonly family: 4 | 6 | 'any';
  /** A host-scope row: matched on the loopback interface (`-o lo` / `-i lo`), without addresses. */
  readonly loopback: boolean;
  /** Source blocks, united and in address order; empty for any source (or the host itself). */
  readonly sources: readonly AddressBlock[];
  /** Destination blocks, likewise; empty for any destination (or the host itself). */
  readonly destinations: readonly AddressBlock[];
  readonly transport: Transport;
  readonly ports: readonly number[];
  readonly portRanges: readonly (readonly [number, number])[];
  readonly anyPort: boolean;
  readonly comment: string;
}

/** Whether an endpoint is the host a host-mode output is for (its inventory name or address). */
function isSelf(e: Endpoint, host: string): boolean {
  if (e.kind !== 'block') return false;
  if (e.name === host) return true;
  const c = classifyAddress(host);
  if (!('kind' in c)) return false;
  const b = addressBlock(host, c.kind);
  return (
    b !== undefined && b.family === e.block.family && b.first === e.block.first && b.last === e.block.last
  );
}

/** The blocks of one end, united; undefined when the end includes every address. */
function blocksOf(ends: readonly Endpoint[]): AddressBlock[] | undefined {
  if (ends.some((e) => e.kind === 'any')) return undefined;
  const blocks = ends.flatMap((e) => (e.kind === 'block' ? [e.block] : []));
  return uniteBlocks(blocks, (b) => b).map((u) => u.block);
}

const ofFamily = (blocks: readonly AddressBlock[] | undefined, f: 4 | 6) =>
  blocks === undefined ? [] : blocks.filter((b) => b.family === f);

/**
 * The chain entries for `rules`. Forward mode: one FORWARD entry per rule and family. Host mode:
 * an OUTPUT entry where the host is a source, an INPUT entry where it is a destination (its own
 * address left out: those chains see only its traffic), and loopback entries on both for
 * host-scope rows; the other side is cut to the host's own address families.
 */
export function chainEntries(rules: readonly FirewallRule[], options: FirewallOptions): ChainEntry[] {
  const out: ChainEntry[] = [];
  const base = (r: FirewallRule) => ({
    id: r.id,
    transport: r.transport,
    ports: r.ports,
    portRanges: r.portRanges,
    anyPort: r.anyPort,
    comment: r.comment,
  });
  // One entry per family that both ends can meet in; an end of every address meets either.
  const split = (
    r: FirewallRule,
    chain: ChainRole,
    src: AddressBlock[] | undefined,
    dst: AddressBlock[] | undefined,
    families: readonly (4 | 6)[] = [4, 6],
  ) => {
    if (src === undefined && dst === undefined && families.length === 2) {
      out.push({ ...base(r), chain, family: 'any', loopback: false, sources: [], destinations: [] });
      return;
    }
    for (const f of families) {
      const s = ofFamily(src, f);
      const d = ofFamily(dst, f);
      if ((src === undefined || s.length > 0) && (dst === undefined || d.length > 0))
        out.push({ ...base(r), chain, family: f, loopback: false, sources: s, destinations: d });
    }
  };
  for (const r of rules) {
    if (options.chainMode === 'forward') {
      split(r, 'fwd', blocksOf(r.sources), blocksOf(r.destinations));
      continue;
    }
    const host = options.host;
    if (host === undefined) continue;
    const self = (ends: readonly Endpoint[]) => ends.filter((e) => isSelf(e, host));
    const families = (ends: readonly Endpoint[]) =>
      [...new Set(ends.flatMap((e) => (e.kind === 'block' ? [e.block.family] : [])))].sort();
    if (r.local) {
      // Loopback traffic leaves through OUTPUT and comes back through INPUT: both must let it by.
      for (const chain of ['out', 'in'] as const)
        out.push({ ...base(r), chain, family: 'any', loopback: true, sources: [], destinations: [] });
      continue;
    }
    const fromHost = self(r.sources);
    if (fromHost.length > 0) {
      const others = r.destinations.filter((e) => !isSelf(e, host));
      split(r, 'out', undefined, blocksOf(others), families(fromHost));
    }
    const toHost = self(r.destinations);
    if (toHost.length > 0) {
      const others = r.sources.filter((e) => !isSelf(e, host));
      split(r, 'in', blocksOf(others), undefined, families(toHost));
    }
  }
  return out;
}

/** A block as netfilter writes it: `10.0.0.1/32`, `10.30.0.0/28`, or a range `first-last`. */
export function blockText(b: AddressBlock): { text: string; range: boolean } {
  const f = formatBlock(b);
  if (f.kind === 'range') return { text: f.host, range: true };
  if (f.kind === 'ip') return { text: `${f.host}/${b.family === 4 ? 32 : 128}`, range: false };
  return { text: f.host, range: false };
}

/** Printable ASCII only: anything else (a newline, a control character, non-ASCII) becomes `?`. */
export function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}

/** Header lines as comments: each line cut at line breaks, every line starting with `prefix`. */
export function commentLines(lines: readonly string[], prefix = '# '): string {
  return lines
    .flatMap((l) => l.split(/\r\n|[\n\r\u2028\u2029]/))
    .map((l) => `${prefix}${printable(l)}`.trimEnd())
    .join('\n');
}
