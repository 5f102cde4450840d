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
  for (const side of ['src', 'dst'] as const) {
    const set = match[side];
    if (set?.family !== undefined && set.family !== query.family && !set.negate) return false;
  }
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
 * Rules of a chain sorted by where one dimension's intervals start, in classes by width: an interval
 * of class `width` is narrower than it, so those that can meet [lo, hi] start in (lo - width, hi].
 */
interface SpanClass {
  readonly width: bigint;
  readonly los: bigint[];
  readonly his: bigint[];
  readonly rules: number[];
}

/**
 * A chain's rules for flows of one family and protocol. Each rule that can match such a flow is
 * filed under the one dimension (source, destination or port) where it holds the smallest share of
 * all values, or under `always` when it constrains none of them without negation: the rules a box
 * can meet are then found by looking up its three intervals, never by reading the whole chain.
 */
interface ChainIndex {
  readonly byDimension: readonly { readonly dim: Dimension; readonly classes: readonly SpanClass[] }[];
  readonly always: readonly number[];
}

const INDEXES = new WeakMap<Chain, Map<string, ChainIndex>>();
const PORT_COUNT = Number(ALL_PORTS.hi) + 1;

function chainIndex(chain: Chain, query: FlowQuery): ChainIndex {
  const key = `${query.family}/${query.protocol}`;
  const byQuery = INDEXES.get(chain) ?? new Map<string, ChainIndex>();
  INDEXES.set(chain, byQuery);
  const found = byQuery.get(key);
  if (found) return found;
  const filed: Record<Dimension, { lo: bigint; hi: bigint; rule: number }[]> = { src: [], dst: [], port: [] };
  const always: number[] = [];
  const addresses = Number(ALL_ADDRESSES[query.family].hi) + 1;
  chain.rules.forEach((rule, r) => {
    if (!couldMatch(rule.match, query)) return;
    let best: { dim: Dimension; set: ValueSet; share: number } | undefined;
    for (const [dim, set] of boxSets(rule.match, query.family)) {
      if (!set || set.negate) continue;
      let count = 0n;
      for (const i of set.intervals) if (i.hi >= i.lo) count += i.hi - i.lo + 1n;
      const share = Number(count) / (dim === 'port' ? PORT_COUNT : addresses);
      if (!best || share < best.share) best = { dim, set, share };
    }
    if (!best) always.push(r);
    else for (const i of best.set.intervals) if (i.hi >= i.lo) filed[best.dim].push({ ...i, rule: r });
  });
  const byDimension = (['src', 'dst', 'port'] as const).map((dim) => {
    const classes = new Map<bigint, { lo: bigint; hi: bigint; rule: number }[]>();
    for (const e of filed[dim]) {
      let width = 16n;
      while (width <= e.hi - e.lo) width <<= 4n;
      const list = classes.get(width) ?? [];
      list.push(e);
      classes.set(width, list);
    }
    return {
      dim,
      classes: [...classes].map(([width, list]) => {
        list.sort((x, y) => (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : x.rule - y.rule));
        return {
          width,
          los: list.map((e) => e.lo),
          his: list.map((e) => e.hi),
          rules: list.map((e) => e.rule),
        };
      }),
    };
  });
  const index = { byDimension, always };
  byQuery.set(key, index);
  return index;
}

/** The rules of the index a box can meet, in chain order: a superset of those that match part of it. */
function candidates(index: ChainIndex, piece: Piece): number[] {
  const found = [...index.always];
  for (const { dim, classes } of index.byDimension) {
    const { lo, hi } = piece[dim];
    for (const c of classes) {
      const from = lo - c.width;
      let a = 0;
      let b = c.los.length;
      while (a < b) {
        const m = (a + b) >>> 1;
        if ((c.los[m] as bigint) <= from) a = m + 1;
        else b = m;
      }
      for (let k = a; k < c.los.length && (c.los[k] as bigint) <= hi; k++)
        if ((c.his[k] as bigint) >= lo) found.push(c.rules[k] as number);
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
    if (unknown.length > 0) {
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
    const index = chainIndex(chain, query);
    let pending: Cursor[] = pieces.map((piece) => ({ piece, rules: candidates(index, piece), at: 0 }));
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
  const chains = ruleset.hooks[hook] ?? [];
  if (chains.length === 0) {
    const origin: Origin = {
      file: ruleset.file,
      text: `no ${hook} chain: the ruleset does not filter there`,
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
