// Which rule decides a flow: the flow's addresses and ports as boxes, cut by each rule in order,
// through jumps, returns and base-chain policies, so that a verdict is exact for every part of it.
import {
  ALL_ADDRESSES,
  ALL_PORTS,
  type Chain,
  type Hook,
  type Interval,
  type Match,
  type ModelRule,
  type Origin,
  type Ruleset,
  type ValueSet,
} from './model.js';

/** A question: may a NEW connection of `protocol` from `src` to `dst` on `ports` pass at `hook`? */
export interface FlowQuery {
  readonly family: 4 | 6;
  readonly src: Interval;
  readonly dst: Interval;
  readonly protocol: 'tcp' | 'udp';
  /** Destination ports; the source port is the client's ephemeral one. */
  readonly ports: readonly Interval[];
}

/** One box of a flow: a part of its sources × destinations × ports that is decided as one. */
export interface Piece {
  readonly src: Interval;
  readonly dst: Interval;
  readonly port: Interval;
}

export type PieceVerdict = 'allowed' | 'blocked' | 'depends-on';

/** How one box was decided, and by what: a rule, or a policy (its origin says which). */
export interface Decision {
  readonly piece: Piece;
  readonly verdict: PieceVerdict;
  readonly origin: Origin;
  /** For `depends-on`: what the verdict depends on, in words. */
  readonly dependsOn?: readonly string[];
}

/** Source ports a client picks (Linux's default ephemeral range is inside it). */
const EPHEMERAL: Interval = { lo: 1024n, hi: 65535n };
/** How deep jumps may nest before the ruleset is called circular. */
const MAX_DEPTH = 64;

/** The parts of `range` inside the set, and outside it. */
function cut(range: Interval, set: ValueSet): { inside: Interval[]; outside: Interval[] } {
  const hits: Interval[] = [];
  for (const i of [...set.intervals].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0))) {
    const lo = i.lo > range.lo ? i.lo : range.lo;
    const hi = i.hi < range.hi ? i.hi : range.hi;
    if (lo <= hi) {
      const last = hits.at(-1);
      if (last && lo <= last.hi + 1n)
        hits[hits.length - 1] = { lo: last.lo, hi: hi > last.hi ? hi : last.hi };
      else hits.push({ lo, hi });
    }
  }
  const misses: Interval[] = [];
  let at = range.lo;
  for (const h of hits) {
    if (h.lo > at) misses.push({ lo: at, hi: h.lo - 1n });
    at = h.hi + 1n;
  }
  if (at <= range.hi) misses.push({ lo: at, hi: range.hi });
  return set.negate ? { inside: misses, outside: hits } : { inside: hits, outside: misses };
}

type Dimension = 'src' | 'dst' | 'port';
const DIMENSIONS = ['src', 'dst', 'port'] as const;

/**
 * Whether a rule could match any box of a flow of the query's family and protocol: what does not
 * depend on the box (protocol, state, address family, a source port outside the ephemeral range).
 */
function couldMatch(match: Match, query: Pick<FlowQuery, 'family' | 'protocol'>): boolean {
  if (match.protocols) {
    const has = match.protocols.names.includes(query.protocol) || match.protocols.names.includes('all');
    if (has === !!match.protocols.negate) return false;
  }
  if (match.states) {
    const has = match.states.names.includes('new');
    if (has === !!match.states.negate) return false;
  }
  for (const set of [match.src, match.dst])
    if (set?.family !== undefined && set.family !== query.family && !set.negate) return false;
  return !match.sport || cut(EPHEMERAL, match.sport).inside.length > 0;
}

/** The sets a rule cuts a box by; an address set of the other family (negated, so it holds) cuts nothing. */
function boxSets(match: Match, family: 4 | 6): [Dimension, ValueSet | undefined][] {
  return [
    ['src', match.src?.family === undefined || match.src.family === family ? match.src : undefined],
    ['dst', match.dst?.family === undefined || match.dst.family === family ? match.dst : undefined],
    ['port', match.dport],
  ];
}

/**
 * The boxes of `piece` a rule's match holds (`inside`), those it does not (`outside`), and whether
 * the inside holds only on something the audit cannot know (`unknown`).
 */
function split(
  piece: Piece,
  match: Match,
  query: FlowQuery,
): { inside: Piece[]; outside: Piece[]; unknown: string[] } {
  const none = { inside: [], outside: [piece], unknown: [] };
  if (!couldMatch(match, query)) return none;
  const unknown = [...(match.unknown ?? [])];
  // The client's source port is not known, only that it is ephemeral.
  if (match.sport && cut(EPHEMERAL, match.sport).outside.length > 0)
    unknown.push('the source port the client picks');
  let inside: Piece[] = [piece];
  const outside: Piece[] = [];
  for (const [dim, set] of boxSets(match, query.family)) {
    if (!set) continue;
    const next: Piece[] = [];
    for (const p of inside) {
      const c = cut(p[dim], set);
      for (const i of c.inside) next.push({ ...p, [dim]: i });
      for (const o of c.outside) outside.push({ ...p, [dim]: o });
    }
    inside = next;
    // A rule that holds none of the box leaves it whole, not cut along the dimensions it passed.
    if (inside.length === 0) return none;
  }
  return { inside, outside, unknown };
}

interface Traversal {
  decided: Decision[];
  /** Boxes that fell off a user chain or met RETURN: they go on after the jump that led there. */
  returned: Piece[];
}

/**
 * A value as the index compares it: a number where every value fits one exactly (IPv4 addresses,
 * ports), which compares many times faster than a bigint; the bigint itself for IPv6.
 */
type Key = number | bigint;

/**
 * Rules of a chain sorted by where one dimension's intervals start, in classes by width: an interval
 * of class `width` is narrower than it, so those that can meet [lo, hi] start in (lo - width, hi],
 * that is, they end their class's width after `lo` (`ends`, sorted as `los` is).
 */
interface SpanClass {
  readonly los: Key[];
  readonly ends: Key[];
  readonly his: Key[];
  readonly rules: number[];
}

/**
 * A chain's rules for flows of one address family. Each rule is filed under the one dimension
 * (source, destination or port) where it holds the smallest share of all values, or under `always`
 * when it constrains none of them without negation: the rules a box can meet are then found by
 * looking up its three intervals, never by reading the whole chain. Each rule also keeps the
 * protocols it can match (a bit each for tcp and udp) and the bounds of every dimension, so that a
 * rule filed under the source is not tried on a box whose destination it cannot hold.
 */
interface ChainIndex {
  readonly key: (x: bigint, dim: Dimension) => Key;
  readonly byDimension: readonly { readonly dim: Dimension; readonly classes: readonly SpanClass[] }[];
  readonly always: readonly number[];
  /** Per rule: bit 1 if it can match tcp flows, bit 2 udp. */
  readonly protocols: Uint8Array;
  /** Per dimension and rule: the least and greatest value a non-negated set holds, or ±Infinity. */
  readonly lows: Readonly<Record<Dimension, Key[]>>;
  readonly highs: Readonly<Record<Dimension, Key[]>>;
}

/** An interval of a rule's set as keys, with its width less one (rounded for IPv6). */
interface Keyed {
  readonly lo: Key;
  readonly hi: Key;
  readonly span: number;
  readonly interval: Interval;
}

const INDEXES = new WeakMap<Chain, Map<4 | 6, ChainIndex>>();
const PORT_COUNT = Number(ALL_PORTS.hi) + 1;
const PROTOCOL_BIT = { tcp: 1, udp: 2 } as const;

function chainIndex(chain: Chain, family: 4 | 6): ChainIndex {
  const byFamily = INDEXES.get(chain) ?? new Map<4 | 6, ChainIndex>();
  INDEXES.set(chain, byFamily);
  const found = byFamily.get(family);
  if (found) return found;
  const key =
    family === 6 ? (x: bigint, dim: Dimension) => (dim === 'port' ? Number(x) : x) : (x: bigint) => Number(x);
  const filed: Record<Dimension, { lo: Key; hi: Key; end: Key; rule: number }[]> = {
    src: [],
    dst: [],
    port: [],
  };
  const always: number[] = [];
  const protocols = new Uint8Array(chain.rules.length);
  const n = chain.rules.length;
  const unbounded = () => ({
    lows: new Array<Key>(n).fill(Number.NEGATIVE_INFINITY),
    highs: new Array<Key>(n).fill(Number.POSITIVE_INFINITY),
  });
  const [src, dst, port] = [unbounded(), unbounded(), unbounded()];
  const lows: Record<Dimension, Key[]> = { src: src.lows, dst: dst.lows, port: port.lows };
  const highs: Record<Dimension, Key[]> = { src: src.highs, dst: dst.highs, port: port.highs };
  const addresses = Number(ALL_ADDRESSES[family].hi) + 1;
  const [tcp, udp] = [
    { family, protocol: 'tcp' as const },
    { family, protocol: 'udp' as const },
  ];
  chain.rules.forEach((rule, r) => {
    const match = rule.match;
    let mask = 0;
    if (couldMatch(match, tcp)) mask |= PROTOCOL_BIT.tcp;
    // What does not depend on the protocol was just asked: only the protocols can differ for udp.
    if ((mask !== 0 || match.protocols) && couldMatch(match, udp)) mask |= PROTOCOL_BIT.udp;
    protocols[r] = mask;
    if (mask === 0) return;
    let best: { dim: Dimension; keys: Keyed[]; share: number } | undefined;
    for (const dim of DIMENSIONS) {
      const set = dim === 'port' ? match.dport : match[dim];
      if (!set || set.negate || (dim !== 'port' && set.family !== undefined && set.family !== family))
        continue;
      const these: Keyed[] = [];
      let count = 0;
      // An empty set holds nothing: bounds no box can meet.
      let lo: Key = Number.POSITIVE_INFINITY;
      let hi: Key = Number.NEGATIVE_INFINITY;
      for (const i of set.intervals) {
        const [klo, khi] = [key(i.lo, dim), key(i.hi, dim)];
        if (khi < klo) continue;
        // Rounded for IPv6, but never below a span of at least a power of 16: classes stay true.
        const span = typeof klo === 'number' ? (khi as number) - klo : Number(i.hi - i.lo);
        these.push({ lo: klo, hi: khi, span, interval: i });
        count += span + 1;
        if (klo < lo) lo = klo;
        if (khi > hi) hi = khi;
      }
      lows[dim][r] = lo;
      highs[dim][r] = hi;
      const share = count / (dim === 'port' ? PORT_COUNT : addresses);
      if (!best || share < best.share) best = { dim, keys: these, share };
    }
    if (!best) always.push(r);
    else
      for (const k of best.keys) {
        let width = 16;
        while (width <= k.span) width *= 16;
        const end = typeof k.lo === 'number' ? k.lo + width : k.interval.lo + BigInt(width);
        filed[best.dim].push({ lo: k.lo, hi: k.hi, end, rule: r });
      }
  });
  const byDimension = DIMENSIONS.map((dim) => {
    // Entries of one width class end the same distance after they start.
    const classes = new Map<Key, { lo: Key; hi: Key; end: Key; rule: number }[]>();
    for (const e of filed[dim]) {
      const width =
        typeof e.lo === 'number' ? (e.end as number) - e.lo : (e.end as bigint) - (e.lo as bigint);
      const list = classes.get(width) ?? [];
      list.push(e);
      classes.set(width, list);
    }
    return {
      dim,
      classes: [...classes.values()].map((list) => {
        list.sort((x, y) => (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : x.rule - y.rule));
        return {
          los: list.map((e) => e.lo),
          ends: list.map((e) => e.end),
          his: list.map((e) => e.hi),
          rules: list.map((e) => e.rule),
        };
      }),
    };
  });
  const index = { key, byDimension, always, protocols, lows, highs };
  byFamily.set(family, index);
  return index;
}

/** The rules of the index a box can meet, in chain order: a superset of those that match part of it. */
function candidates(index: ChainIndex, piece: Piece, protocol: 'tcp' | 'udp'): number[] {
  const found: number[] = [];
  const bit = PROTOCOL_BIT[protocol];
  const { key, lows, highs } = index;
  const [sLo, sHi] = [key(piece.src.lo, 'src'), key(piece.src.hi, 'src')];
  const [dLo, dHi] = [key(piece.dst.lo, 'dst'), key(piece.dst.hi, 'dst')];
  const [pLo, pHi] = [key(piece.port.lo, 'port'), key(piece.port.hi, 'port')];
  const meets = (r: number) =>
    ((index.protocols[r] as number) & bit) !== 0 &&
    (lows.src[r] as Key) <= sHi &&
    (highs.src[r] as Key) >= sLo &&
    (lows.dst[r] as Key) <= dHi &&
    (highs.dst[r] as Key) >= dLo &&
    (lows.port[r] as Key) <= pHi &&
    (highs.port[r] as Key) >= pLo;
  for (const r of index.always) if (meets(r)) found.push(r);
  for (const { dim, classes } of index.byDimension) {
    const [lo, hi] = dim === 'src' ? [sLo, sHi] : dim === 'dst' ? [dLo, dHi] : [pLo, pHi];
    for (const c of classes) {
      let a = 0;
      let b = c.ends.length;
      while (a < b) {
        const m = (a + b) >>> 1;
        if ((c.ends[m] as Key) <= lo) a = m + 1;
        else b = m;
      }
      for (let k = a; k < c.los.length && (c.los[k] as Key) <= hi; k++) {
        const r = c.rules[k] as number;
        if ((c.his[k] as Key) >= lo && meets(r)) found.push(r);
      }
    }
  }
  found.sort((x, y) => x - y);
  let n = 0;
  for (const r of found) if (n === 0 || found[n - 1] !== r) found[n++] = r;
  found.length = n;
  return found;
}

/** A box on its way through one chain: the rules it can still meet there, and how far it has come. */
interface Cursor {
  readonly piece: Piece;
  readonly rules: readonly number[];
  /** Position in `rules` of the next rule to try. */
  readonly at: number;
}

function runChain(
  ruleset: Ruleset,
  chain: Chain,
  pieces: Piece[],
  query: FlowQuery,
  depth: number,
  indexed: boolean,
): Traversal {
  const decided: Decision[] = [];
  const returned: Piece[] = [];
  const decide = (ps: Piece[], verdict: PieceVerdict, origin: Origin, dependsOn?: string[]) => {
    for (const piece of ps) decided.push({ piece, verdict, origin, ...(dependsOn ? { dependsOn } : {}) });
  };
  const into = (name: string, ps: Piece[], rule: ModelRule): Traversal | undefined => {
    const target = ruleset.chains.get(name);
    if (!target || depth >= MAX_DEPTH) {
      decide(ps, 'depends-on', rule.origin, [
        target
          ? `jumps nested deeper than ${MAX_DEPTH} (a loop?)`
          : `chain ${name}, which the ruleset does not define`,
      ]);
      return undefined;
    }
    return runChain(ruleset, target, ps, query, depth + 1, indexed);
  };
  /** What the rule does with the boxes of one box it matches; returns those that go on in this chain. */
  const apply = (rule: ModelRule, inside: Piece[], unknown: string[]): Piece[] => {
    // A rule that only goes on (LOG, MARK) leaves the verdict alone, whether it matches or not.
    if (unknown.length > 0 && rule.action.kind !== 'continue') {
      decide(inside, 'depends-on', rule.origin, unknown);
      return [];
    }
    const action = rule.action;
    switch (action.kind) {
      case 'accept':
        decide(inside, 'allowed', rule.origin);
        return [];
      case 'drop':
      case 'reject':
        decide(inside, 'blocked', rule.origin);
        return [];
      case 'continue':
        return inside;
      case 'return':
        returned.push(...inside);
        return [];
      case 'jump': {
        const t = into(action.chain, inside, rule);
        if (!t) return [];
        decided.push(...t.decided);
        return t.returned;
      }
      case 'goto': {
        // A goto's chain, when it falls through, returns to whoever called this chain.
        const t = into(action.chain, inside, rule);
        if (t) {
          decided.push(...t.decided);
          returned.push(...t.returned);
        }
        return [];
      }
      case 'unknown':
        decide(inside, 'depends-on', rule.origin, [`the target ${action.text}`]);
        return [];
    }
  };
  if (indexed) {
    // Rule by rule as below, but only the rules some pending box can meet: a rule that matches none
    // of a box leaves it whole where it was, so skipping it changes nothing, not even the order.
    const index = chainIndex(chain, query.family);
    let pending: Cursor[] = pieces.map((piece) => ({
      piece,
      rules: candidates(index, piece, query.protocol),
      at: 0,
    }));
    for (;;) {
      let r = Number.POSITIVE_INFINITY;
      for (const c of pending) {
        const next = c.rules[c.at];
        if (next !== undefined && next < r) r = next;
      }
      if (r === Number.POSITIVE_INFINITY) break;
      const rule = chain.rules[r] as ModelRule;
      const next: Cursor[] = [];
      for (const c of pending) {
        if (c.rules[c.at] !== r) {
          next.push(c);
          continue;
        }
        const { inside, outside, unknown } = split(c.piece, rule.match, query);
        const at = c.at + 1;
        for (const piece of outside) next.push({ piece, rules: c.rules, at });
        if (inside.length === 0) continue;
        for (const piece of apply(rule, inside, unknown)) next.push({ piece, rules: c.rules, at });
      }
      pending = next;
    }
    for (const c of pending) returned.push(c.piece);
  } else {
    let pending = pieces;
    for (const rule of chain.rules) {
      if (pending.length === 0) break;
      const next: Piece[] = [];
      for (const piece of pending) {
        const { inside, outside, unknown } = split(piece, rule.match, query);
        next.push(...outside);
        if (inside.length > 0) next.push(...apply(rule, inside, unknown));
      }
      pending = next;
    }
    returned.push(...pending);
  }
  if (chain.policy) {
    // A built-in chain: what falls off it, or returns from it, meets its policy.
    decide(
      returned.splice(0),
      chain.policy.verdict === 'accept' ? 'allowed' : 'blocked',
      chain.policy.origin,
    );
  }
  return { decided, returned };
}

/**
 * Every box of `query` with its verdict and the rule or policy that decides it, at `hook`. The
 * boxes partition the query exactly. A hook the ruleset has no chain for passes everything (the
 * ruleset does not filter there), which the origin says.
 *
 * Each chain is indexed on first use (per address family and protocol), so a flow reads only the
 * rules it can meet; the answer is the same, box for box and in the same order, as
 * {@link evaluateLinear}'s.
 *
 * @example
 * const decisions = evaluate(ruleset, 'forward', { family: 4, src, dst, protocol: 'tcp', ports: [{ lo: 443n, hi: 443n }] });
 * flowVerdict(decisions).verdict // 'allowed'
 */
export function evaluate(ruleset: Ruleset, hook: Hook, query: FlowQuery): Decision[] {
  return traverse(ruleset, hook, query, true);
}

/**
 * The same answer as {@link evaluate}, found by trying every rule of every chain a flow enters in
 * turn: the plain first-match evaluation, kept as the reference the index is tested and measured
 * against (bench/audit.ts).
 */
export function evaluateLinear(ruleset: Ruleset, hook: Hook, query: FlowQuery): Decision[] {
  return traverse(ruleset, hook, query, false);
}

function traverse(ruleset: Ruleset, hook: Hook, query: FlowQuery, indexed: boolean): Decision[] {
  const start: Piece[] = (query.ports.length > 0 ? query.ports : [ALL_PORTS]).map((port) => ({
    src: query.src,
    dst: query.dst,
    port,
  }));
  const all = ruleset.hooks[hook] ?? [];
  // nftables' ip and ip6 tables see one family each: a flow of the other passes them by.
  const chains = all.filter((c) => c.family === undefined || c.family === query.family);
  if (chains.length === 0) {
    const origin: Origin = {
      file: ruleset.file,
      text:
        all.length > 0
          ? `no ${hook} chain for IPv${query.family}: the ruleset does not filter there`
          : `no ${hook} chain: the ruleset does not filter there`,
    };
    return start.map((piece) => ({ piece, verdict: 'allowed', origin }));
  }
  // Each base chain in turn: what one accepts goes on to the next; a drop, or a doubt, is final.
  let going = start;
  const final: Decision[] = [];
  let lastAccept: Decision[] = [];
  for (const chain of chains) {
    const { decided, returned } = runChain(ruleset, chain, going, query, 0, indexed);
    if (returned.length > 0) {
      // A base chain without a policy (a model built by hand): what falls off it passes.
      const origin: Origin = { file: ruleset.file, text: `end of ${chain.name}` };
      for (const piece of returned) decided.push({ piece, verdict: 'allowed', origin });
    }
    going = [];
    lastAccept = [];
    for (const d of decided) {
      if (d.verdict === 'allowed') {
        going.push(d.piece);
        lastAccept.push(d);
      } else final.push(d);
    }
  }
  return [...final, ...lastAccept];
}

/** A flow's verdict from its boxes: one answer, the rules that decide it, and what is not allowed. */
export interface FlowVerdict {
  readonly verdict: 'allowed' | 'blocked' | 'partial' | 'depends-on';
  /** The rules and policies that decided it, each once, in the order they appear in the ruleset. */
  readonly deciding: readonly Origin[];
  /** The boxes not allowed (blocked or undecided), for `partial` and the fix. */
  readonly notAllowed: readonly Decision[];
  readonly dependsOn: readonly string[];
}

/** One verdict for a flow from its decisions. */
export function flowVerdict(decisions: readonly Decision[]): FlowVerdict {
  const allowed = decisions.filter((d) => d.verdict === 'allowed');
  const blocked = decisions.filter((d) => d.verdict === 'blocked');
  const doubtful = decisions.filter((d) => d.verdict === 'depends-on');
  const verdict =
    doubtful.length > 0
      ? allowed.length > 0 || blocked.length > 0
        ? blocked.length > 0
          ? 'partial'
          : 'depends-on'
        : 'depends-on'
      : blocked.length === 0
        ? 'allowed'
        : allowed.length === 0
          ? 'blocked'
          : 'partial';
  const seen = new Set<string>();
  const deciding: Origin[] = [];
  for (const d of decisions) {
    const key = `${d.origin.file}:${d.origin.line ?? ''}:${d.origin.id ?? ''}:${d.origin.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      deciding.push(d.origin);
    }
  }
  return {
    verdict,
    deciding,
    notAllowed: [...blocked, ...doubtful],
    dependsOn: [...new Set(doubtful.flatMap((d) => d.dependsOn ?? []))],
  };
}
