// Which rule decides a flow: the flow's addresses and ports as boxes, cut by each rule in order,
// through jumps, returns and base-chain policies, so that a verdict is exact for every part of it.
import {
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
 * The boxes of `piece` a rule's match holds (`inside`), those it does not (`outside`), and whether
 * the inside holds only on something the audit cannot know (`unknown`).
 */
function split(
  piece: Piece,
  match: Match,
  query: FlowQuery,
): { inside: Piece[]; outside: Piece[]; unknown: string[] } {
  const none = { inside: [], outside: [piece], unknown: [] };
  const unknown = [...(match.unknown ?? [])];
  if (match.protocols) {
    const has = match.protocols.names.includes(query.protocol) || match.protocols.names.includes('all');
    if (has === !!match.protocols.negate) return none;
  }
  if (match.states) {
    const has = match.states.names.includes('new');
    if (has === !!match.states.negate) return none;
  }
  for (const side of ['src', 'dst'] as const) {
    const set = match[side];
    if (set?.family !== undefined && set.family !== query.family && !set.negate) return none;
  }
  if (match.sport) {
    // The client's source port is not known, only that it is ephemeral.
    const { inside, outside } = cut(EPHEMERAL, match.sport);
    if (inside.length === 0) return none;
    if (outside.length > 0) unknown.push('the source port the client picks');
  }
  const sets: [Dimension, ValueSet | undefined][] = [
    ['src', match.src?.family === undefined || match.src.family === query.family ? match.src : undefined],
    ['dst', match.dst?.family === undefined || match.dst.family === query.family ? match.dst : undefined],
    ['port', match.dport],
  ];
  let inside: Piece[] = [piece];
  const outside: Piece[] = [];
  for (const [dim, set] of sets) {
    if (!set) continue;
    const next: Piece[] = [];
    for (const p of inside) {
      const c = cut(p[dim], set);
      for (const i of c.inside) next.push({ ...p, [dim]: i });
      for (const o of c.outside) outside.push({ ...p, [dim]: o });
    }
    inside = next;
    if (inside.length === 0) break;
  }
  return { inside, outside, unknown };
}

interface Traversal {
  decided: Decision[];
  /** Boxes that fell off a user chain or met RETURN: they go on after the jump that led there. */
  returned: Piece[];
}

function runChain(
  ruleset: Ruleset,
  chain: Chain,
  pieces: Piece[],
  query: FlowQuery,
  depth: number,
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
    return runChain(ruleset, target, ps, query, depth + 1);
  };
  let pending = pieces;
  for (const rule of chain.rules) {
    if (pending.length === 0) break;
    const next: Piece[] = [];
    for (const piece of pending) {
      const { inside, outside, unknown } = split(piece, rule.match, query);
      next.push(...outside);
      if (inside.length === 0) continue;
      // A rule that only goes on (LOG, MARK) leaves the verdict alone, whether it matches or not.
      if (unknown.length > 0 && rule.action.kind !== 'continue') {
        decide(inside, 'depends-on', rule.origin, unknown);
        continue;
      }
      const action = rule.action;
      switch (action.kind) {
        case 'accept':
          decide(inside, 'allowed', rule.origin);
          break;
        case 'drop':
        case 'reject':
          decide(inside, 'blocked', rule.origin);
          break;
        case 'continue':
          next.push(...inside);
          break;
        case 'return':
          returned.push(...inside);
          break;
        case 'jump': {
          const t = into(action.chain, inside, rule);
          if (t) {
            decided.push(...t.decided);
            next.push(...t.returned);
          }
          break;
        }
        case 'goto': {
          // A goto's chain, when it falls through, returns to whoever called this chain.
          const t = into(action.chain, inside, rule);
          if (t) {
            decided.push(...t.decided);
            returned.push(...t.returned);
          }
          break;
        }
        case 'unknown':
          decide(inside, 'depends-on', rule.origin, [`the target ${action.text}`]);
          break;
      }
    }
    pending = next;
  }
  returned.push(...pending);
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
 */
export function evaluate(ruleset: Ruleset, hook: Hook, query: FlowQuery): Decision[] {
  const start: Piece[] = (query.ports.length > 0 ? query.ports : [ALL_PORTS]).map((port) => ({
    src: query.src,
    dst: query.dst,
    port,
  }));
  // A chain of the other family (ip6tables' FORWARD for an IPv4 flow) never sees the flow.
  const chains = (ruleset.hooks[hook] ?? []).filter(
    (c) => c.family === undefined || c.family === query.family,
  );
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
    const { decided, returned } = runChain(ruleset, chain, going, query, 0);
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
