// Findings on a ruleset beside the verdicts: accept rules broader than the plan needs, quantified,
// and rules earlier rules of their chain cover entirely, so that they can never match.
import { formatBlock } from '../common/address.js';
import type { Piece } from './evaluate.js';
import { intersect, normalize, resolveSet, size, subtract } from './intervals.js';
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
} from './model.js';

/** A box of a required flow some accept rule decided: what the plan needs of that rule. */
export interface Use {
  readonly origin: Origin;
  readonly family: 4 | 6;
  readonly protocol: string;
  readonly piece: Piece;
  /** Ends the plan gives by name: what the flow needs of them is not known by address. */
  readonly named?: readonly ('src' | 'dst')[];
}

export interface Finding {
  /** `broader`: an accept rule allows more than the plan needs; `shadowed`: a rule can never match. */
  readonly kind: 'broader' | 'shadowed';
  readonly rule: Origin;
  /** One sentence for a person. */
  readonly message: string;
  /** For `broader`: how much it allows beyond the plan, per dimension (counts as decimal strings). */
  readonly beyond?: {
    readonly sources: string;
    readonly destinations: string;
    readonly ports: string;
    readonly protocols: readonly string[];
  };
  /** For `shadowed`: the earlier rules that cover it. */
  readonly coveredBy?: readonly Origin[];
}

const count = (n: bigint) => n.toLocaleString('en-US');

/** Every chain of the ruleset once: the hooks' base chains and the chains jumps name. */
function allChains(ruleset: Ruleset): Chain[] {
  const seen = new Set<Chain>();
  for (const chains of Object.values(ruleset.hooks)) for (const c of chains ?? []) seen.add(c);
  for (const c of ruleset.chains.values()) seen.add(c);
  return [...seen];
}

/** The chains a packet at these hooks can meet: their base chains and what they jump or go to. */
function reachable(ruleset: Ruleset, hooks: Iterable<Hook>): Set<Chain> {
  const out = new Set<Chain>();
  const visit = (c: Chain) => {
    if (out.has(c)) return;
    out.add(c);
    for (const r of c.rules) {
      if (r.action.kind === 'jump' || r.action.kind === 'goto') {
        const next = ruleset.chains.get(r.action.chain);
        if (next) visit(next);
      }
    }
  };
  for (const h of hooks) for (const c of ruleset.hooks[h] ?? []) visit(c);
  return out;
}

const canBeNew = (m: Match) => !m.states || m.states.names.includes('new') !== !!m.states.negate;

function ipText(family: 4 | 6, intervals: readonly Interval[]): string {
  const all = ALL_ADDRESSES[family];
  if (intervals.length === 1 && intervals[0]?.lo === all.lo && intervals[0]?.hi === all.hi) return 'any';
  const parts = intervals.slice(0, 3).map((i) => addressOf(family, i));
  return `${parts.join(',')}${intervals.length > 3 ? `,… (${intervals.length} blocks)` : ''}`;
}

const addressOf = (family: 4 | 6, i: Interval) => formatBlock({ family, first: i.lo, last: i.hi }).host;

const portList = (intervals: readonly Interval[]) =>
  intervals.length === 1 && intervals[0]?.lo === ALL_PORTS.lo && intervals[0]?.hi === ALL_PORTS.hi
    ? 'any port'
    : intervals.map((i) => (i.lo === i.hi ? `${i.lo}` : `${i.lo}-${i.hi}`)).join(',');

/**
 * Accept rules that allow more than the required flows need of them: for each accept rule some
 * required flow passes through, the sources, destinations, ports and protocols it allows beyond
 * theirs; and accept rules of the chains those flows meet that no required flow uses at all.
 * Rules with matches the audit cannot read are counted on what it can, and say so.
 */
export function findBroaderRules(ruleset: Ruleset, uses: readonly Use[], hooks?: Iterable<Hook>): Finding[] {
  const byOrigin = new Map<Origin, Use[]>();
  for (const u of uses) byOrigin.set(u.origin, [...(byOrigin.get(u.origin) ?? []), u]);
  const out: Finding[] = [];
  const chains = hooks ? reachable(ruleset, hooks) : new Set(allChains(ruleset));
  for (const chain of chains) {
    for (const rule of chain.rules) {
      if (rule.action.kind !== 'accept' || !canBeNew(rule.match)) continue;
      const used = byOrigin.get(rule.origin) ?? [];
      const finding = broader(rule, used);
      if (finding) out.push(finding);
    }
  }
  return out;
}

function broader(rule: ModelRule, used: readonly Use[]): Finding | undefined {
  const m = rule.match;
  const families: (4 | 6)[] =
    m.src?.family && !m.src.negate
      ? [m.src.family]
      : m.dst?.family && !m.dst.negate
        ? [m.dst.family]
        : used.length > 0
          ? [...new Set(used.map((u) => u.family))].sort()
          : [4];
  let sources = 0n;
  let destinations = 0n;
  const what: string[] = [];
  const needs: string[] = [];
  for (const f of families) {
    const mine = used.filter((u) => u.family === f);
    const src = resolveSet(m.src, ALL_ADDRESSES[f], f);
    const dst = resolveSet(m.dst, ALL_ADDRESSES[f], f);
    // A rule no flow between hosts can meet (`-o lo`) allows nothing beyond the plan.
    if (src.length === 0 || dst.length === 0) continue;
    const needSrc = normalize(mine.filter((u) => !u.named?.includes('src')).map((u) => u.piece.src));
    const needDst = normalize(mine.filter((u) => !u.named?.includes('dst')).map((u) => u.piece.dst));
    // A flow to a name may need any of the rule's addresses: that side is not counted.
    if (!used.some((u) => u.named?.includes('src'))) sources += size(subtract(src, needSrc));
    if (!used.some((u) => u.named?.includes('dst'))) destinations += size(subtract(dst, needDst));
    what.push(`${ipText(f, src)} → ${ipText(f, dst)}`);
    if (mine.length > 0) needs.push(`${ipText(f, needSrc)} → ${ipText(f, needDst)}`);
  }
  if (what.length === 0) return undefined;
  const dport = resolveSet(m.dport, ALL_PORTS);
  const needPorts = normalize(used.map((u) => u.piece.port));
  const ports = size(subtract(dport, needPorts));
  const needProtocols = [...new Set(used.map((u) => u.protocol))].sort();
  const names = m.protocols?.names ?? ['all'];
  const allProtocols = !m.protocols || (names.includes('all') && !m.protocols.negate);
  // Protocols beyond the plan's, in words: a rule of every protocol allows all but the plan's.
  const protocols: string[] = allProtocols
    ? [needProtocols.length > 0 ? `every protocol but ${needProtocols.join(', ')}` : 'every protocol']
    : m.protocols?.negate
      ? [`every protocol but ${names.join(', ')}`]
      : names.filter((n) => !needProtocols.includes(n));
  if (sources === 0n && destinations === 0n && ports === 0n && protocols.length === 0) return undefined;
  const parts: string[] = [];
  if (sources > 0n) parts.push(`${count(sources)} source addresses`);
  if (destinations > 0n) parts.push(`${count(destinations)} destination addresses`);
  if (ports > 0n) parts.push(`${count(ports)} ports`);
  if (protocols.length > 0)
    parts.push(
      allProtocols || m.protocols?.negate ? (protocols[0] as string) : `protocols ${protocols.join(', ')}`,
    );
  const proto = allProtocols ? 'any protocol' : `${m.protocols?.negate ? 'not ' : ''}${names.join(',')}`;
  const head = `accepts ${what.join('; ')} ${proto} ${portList(dport)}`;
  const unread =
    m.unknown && m.unknown.length > 0 ? ` (its match on ${m.unknown.join(', ')} is not analysed)` : '';
  const message =
    used.length === 0
      ? `${head}: no required flow of the plan uses it${unread}`
      : `${head}: ${parts.join(', ')} beyond what the plan needs (${needs.join('; ')} ${needProtocols.join(',')} ${portList(needPorts)})${unread}`;
  return {
    kind: 'broader',
    rule: rule.origin,
    message,
    beyond: {
      sources: `${sources}`,
      destinations: `${destinations}`,
      ports: `${ports}`,
      protocols,
    },
  };
}

/** A box of packets: each dimension a set (protocols and states as names, the rest as intervals). */
interface Box {
  readonly proto: ReadonlySet<string>;
  readonly state: ReadonlySet<string>;
  readonly src: readonly Interval[];
  readonly dst: readonly Interval[];
  readonly sport: readonly Interval[];
  readonly dport: readonly Interval[];
}

const STATES = ['new', 'established', 'related', 'invalid', 'untracked'];
/** Stands for every protocol no rule of the chain names. */
const OTHER = '\u0000other';
/** Past this many pieces the question is left open rather than answered slowly. */
const MAX_PIECES = 4096;

function tokens(
  given: { readonly names: readonly string[]; readonly negate?: boolean } | undefined,
  universe: readonly string[],
): Set<string> {
  if (!given || given.names.includes('all')) return new Set(given?.negate ? [] : universe);
  const has = new Set(given.names);
  return new Set(universe.filter((t) => has.has(t) !== !!given.negate));
}

function boxOf(m: Match, family: 4 | 6, protocols: readonly string[]): Box | undefined {
  const box: Box = {
    proto: tokens(m.protocols, protocols),
    state: tokens(m.states, STATES),
    src: resolveSet(m.src, ALL_ADDRESSES[family], family),
    dst: resolveSet(m.dst, ALL_ADDRESSES[family], family),
    sport: resolveSet(m.sport, ALL_PORTS),
    dport: resolveSet(m.dport, ALL_PORTS),
  };
  const empty =
    box.proto.size === 0 ||
    box.state.size === 0 ||
    box.src.length === 0 ||
    box.dst.length === 0 ||
    box.sport.length === 0 ||
    box.dport.length === 0;
  return empty ? undefined : box;
}

type Dim = keyof Box;
const DIMS: Dim[] = ['proto', 'state', 'src', 'dst', 'sport', 'dport'];

/** The parts of `a` outside `b`, as boxes (empty when `b` covers `a`). */
function minus(a: Box, b: Box): Box[] {
  const out: Box[] = [];
  let cur: Box = a;
  for (const dim of DIMS) {
    let inside: Box[Dim];
    let outside: Box[Dim];
    if (dim === 'proto' || dim === 'state') {
      const x = cur[dim];
      const y = b[dim];
      inside = new Set([...x].filter((t) => y.has(t)));
      outside = new Set([...x].filter((t) => !y.has(t)));
      if ((outside as Set<string>).size > 0) out.push({ ...cur, [dim]: outside });
      if ((inside as Set<string>).size === 0) return [a];
    } else {
      const x = cur[dim] as readonly Interval[];
      const y = b[dim] as readonly Interval[];
      inside = intersect(x, y);
      outside = subtract(x, y);
      if (outside.length > 0) out.push({ ...cur, [dim]: outside });
      if (inside.length === 0) return [a];
    }
    cur = { ...cur, [dim]: inside };
  }
  return out;
}

/** Actions after which a packet never reaches a later rule of the same chain. */
const FINAL = new Set(['accept', 'drop', 'reject', 'return', 'goto']);

/**
 * Rules that can never match: every packet they match, an earlier rule of the same chain matches
 * first and ends its way through the chain (accept, drop, reject, return, goto). Exact on the
 * dimensions of the model; an earlier rule with a match the audit cannot read covers nothing
 * (it may not match), while a later rule's unreadable match only narrows it and is left aside.
 */
export function findShadowedRules(ruleset: Ruleset): Finding[] {
  const out: Finding[] = [];
  for (const chain of allChains(ruleset)) {
    const protocols = [
      ...new Set(chain.rules.flatMap((r) => (r.match.protocols?.names ?? []).filter((n) => n !== 'all'))),
      OTHER,
    ];
    chain.rules.forEach((rule, j) => {
      const coveredBy = new Set<Origin>();
      let shadowed = false;
      let mattered = false;
      for (const family of [4, 6] as const) {
        const mine = boxOf(rule.match, family, protocols);
        if (!mine) continue;
        mattered = true;
        let left: Box[] = [mine];
        for (const earlier of chain.rules.slice(0, j)) {
          if (!FINAL.has(earlier.action.kind) || (earlier.match.unknown?.length ?? 0) > 0) continue;
          const cover = boxOf(earlier.match, family, protocols);
          if (!cover) continue;
          const next = left.flatMap((b) => minus(b, cover));
          if (next.length !== left.length || next.some((b, i) => b !== left[i]))
            coveredBy.add(earlier.origin);
          left = next;
          if (left.length === 0 || left.length > MAX_PIECES) break;
        }
        shadowed = left.length === 0;
        if (!shadowed) break;
      }
      if (!mattered || !shadowed) return;
      const by = chain.rules
        .slice(0, j)
        .map((r) => r.origin)
        .filter((o) => coveredBy.has(o));
      out.push({
        kind: 'shadowed',
        rule: rule.origin,
        message: `never matches: ${by.length === 1 ? `an earlier rule of ${chain.name} matches` : `earlier rules of ${chain.name} match`} everything it does first (${by.map(whereOf).join(', ')})`,
        coveredBy: by,
      });
    });
  }
  return out;
}

const whereOf = (o: Origin) => (o.line !== undefined ? `line ${o.line}` : o.id !== undefined ? o.id : o.text);
