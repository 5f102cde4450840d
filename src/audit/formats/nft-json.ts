// `nft -j list ruleset` (libnftables JSON) → the ruleset model: base chains by hook and priority,
// rules' payload / meta / ct matches with prefixes, ranges and sets, verdicts and jumps.
import { addressBlock } from '../../common/address.js';
import {
  type Action,
  ALL_ADDRESSES,
  ALL_PORTS,
  type Chain,
  type Hook,
  type Interval,
  type Match,
  type ModelRule,
  type Origin,
  type Ruleset,
  type RulesetFormat,
  type ValueSet,
} from '../model.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (j: Json | undefined): j is Obj => typeof j === 'object' && j !== null && !Array.isArray(j);

/** nft's named priorities (libnftables prints numbers, but hand-written JSON may use names). */
const PRIORITIES: Record<string, number> = {
  raw: -300,
  mangle: -150,
  dstnat: -100,
  filter: 0,
  security: 50,
  srcnat: 100,
};

const PROTOCOL_NUMBERS: Record<number, string> = {
  1: 'icmp',
  6: 'tcp',
  17: 'udp',
  58: 'ipv6-icmp',
  132: 'sctp',
};

/** Which hooks a flow meets, in the order a packet meets them. */
const PATH: Record<Hook, readonly string[]> = {
  input: ['ingress', 'prerouting', 'input'],
  forward: ['ingress', 'prerouting', 'forward', 'postrouting'],
  output: ['output', 'postrouting'],
};

/** A readable nft text of an expression, for origins and `unknown` matches. */
function show(j: Json | undefined): string {
  if (j === null || j === undefined) return '';
  if (typeof j !== 'object') return typeof j === 'string' ? j : String(j);
  if (Array.isArray(j)) return `{ ${j.map(show).join(', ')} }`;
  const [key, v] = Object.entries(j)[0] ?? ['', null];
  const o = isObj(v) ? v : {};
  switch (key) {
    case 'payload':
      return `${show(o.protocol)} ${show(o.field)}`;
    case 'meta':
      return `meta ${show(o.key)}`;
    case 'ct':
      return `ct ${show(o.key)}`;
    case 'prefix':
      return `${show(o.addr)}/${show(o.len)}`;
    case 'range':
      return Array.isArray(v) ? `${show(v[0])}-${show(v[1])}` : 'range';
    case 'set':
      return Array.isArray(v) ? `{ ${v.map(show).join(', ')} }` : show(v);
    case 'elem':
      return show(o.val);
    case 'concat':
      return Array.isArray(v) ? v.map(show).join(' . ') : 'concat';
    case 'match': {
      const op = o.op === '==' || o.op === undefined || o.op === 'in' ? '' : `${show(o.op)} `;
      return `${show(o.left)} ${op}${show(o.right)}`;
    }
    case 'accept':
    case 'drop':
    case 'return':
    case 'continue':
      return key;
    case 'jump':
    case 'goto':
      return `${key} ${show(o.target)}`;
    case 'counter':
      return 'counter';
    case 'log':
      return o.prefix !== undefined ? `log prefix "${show(o.prefix)}"` : 'log';
    case 'reject':
      return o.type !== undefined
        ? `reject with ${show(o.type)}${o.expr ? ` ${show(o.expr)}` : ''}`
        : 'reject';
    case 'limit':
      return `limit rate ${show(o.rate)}/${show(o.per)}`;
    case 'vmap':
      return `${show(o.key)} vmap ${show(o.data)}`;
    default:
      return JSON.stringify(j).slice(0, 120);
  }
}

/** Intervals sorted and merged. */
function normalize(list: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of [...list].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0))) {
    const last = out.at(-1);
    if (last && i.lo <= last.hi + 1n)
      out[out.length - 1] = { lo: last.lo, hi: i.hi > last.hi ? i.hi : last.hi };
    else out.push(i);
  }
  return out;
}

function complement(list: readonly Interval[], all: Interval): Interval[] {
  const out: Interval[] = [];
  let at = all.lo;
  for (const i of normalize(list)) {
    if (i.lo > at) out.push({ lo: at, hi: i.lo - 1n });
    at = i.hi + 1n;
  }
  if (at <= all.hi) out.push({ lo: at, hi: all.hi });
  return out;
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of normalize(a))
    for (const y of normalize(b)) {
      const lo = x.lo > y.lo ? x.lo : y.lo;
      const hi = x.hi < y.hi ? x.hi : y.hi;
      if (lo <= hi) out.push({ lo, hi });
    }
  return normalize(out);
}

/** A name set (protocols, states) with negation, as the model holds it. */
interface Names {
  names: string[];
  negate?: boolean;
}

function both(a: Names | undefined, b: Names): Names {
  if (!a) return b;
  if (!a.negate && !b.negate) return { names: a.names.filter((n) => b.names.includes(n)) };
  if (a.negate && b.negate) return { names: [...new Set([...a.names, ...b.names])], negate: true };
  const [pos, neg] = a.negate ? [b, a] : [a, b];
  return { names: pos.names.filter((n) => !neg.names.includes(n)) };
}

/** What a rule's matches add up to so far: each dimension intersected, negation resolved. */
class Conditions {
  family?: 4 | 6;
  src?: Interval[];
  dst?: Interval[];
  sport?: Interval[];
  dport?: Interval[];
  protocols?: Names;
  states?: Names;
  never = false;
  unknown: string[] = [];

  setFamily(f: 4 | 6) {
    if (this.family !== undefined && this.family !== f) this.never = true;
    this.family = f;
  }

  protocol(names: Names) {
    this.protocols = both(this.protocols, names);
  }

  toMatch(): Match {
    if (this.never) return { protocols: { names: [] } };
    const side = (list: Interval[] | undefined): ValueSet | undefined =>
      this.family === undefined
        ? undefined
        : { family: this.family, intervals: list ?? [ALL_ADDRESSES[this.family]] };
    const src = side(this.src);
    const dst = this.dst ? side(this.dst) : undefined;
    return {
      ...(src ? { src } : {}),
      ...(dst ? { dst } : {}),
      ...(this.protocols ? { protocols: this.protocols } : {}),
      ...(this.sport ? { sport: { intervals: this.sport } } : {}),
      ...(this.dport ? { dport: { intervals: this.dport } } : {}),
      ...(this.states ? { states: this.states } : {}),
      ...(this.unknown.length > 0 ? { unknown: this.unknown } : {}),
    };
  }
}

/** Why a value cannot be read: thrown inside a rule, caught there into an `unknown` match. */
class Unreadable extends Error {}

type Sets = ReadonlyMap<string, Json[]>;

/** The elements a right-hand side stands for: a value, a prefix, a range, a set, a named set. */
function elements(right: Json | undefined, sets: Sets): Json[] {
  if (typeof right === 'string' && right.startsWith('@')) {
    const els = sets.get(right.slice(1));
    if (!els) throw new Unreadable(`the set ${right}, which the ruleset does not define`);
    return els;
  }
  if (Array.isArray(right)) return right;
  if (isObj(right) && 'set' in right) {
    const s = right.set;
    return Array.isArray(s) ? s : [s ?? null];
  }
  return [right ?? null];
}

function unwrap(e: Json): Json {
  return isObj(e) && isObj(e.elem) ? (e.elem.val ?? null) : e;
}

function addressInterval(e: Json, family: 4 | 6): Interval {
  const v = unwrap(e);
  let b: ReturnType<typeof addressBlock>;
  try {
    if (typeof v === 'string') b = addressBlock(v, 'ip');
    else if (isObj(v) && isObj(v.prefix))
      b = addressBlock(`${show(v.prefix.addr)}/${show(v.prefix.len)}`, 'cidr');
    else if (isObj(v) && Array.isArray(v.range))
      b = addressBlock(`${show(v.range[0])}-${show(v.range[1])}`, 'range');
  } catch {
    b = undefined;
  }
  if (!b || b.family !== family) throw new Unreadable(`the address ${show(v)}`);
  return { lo: b.first, hi: b.last };
}

function portNumber(v: Json): bigint {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535) return BigInt(v);
  if (typeof v === 'string' && /^\d+$/.test(v) && Number(v) <= 65535) return BigInt(v);
  throw new Unreadable(`the port ${show(v)}`);
}

function portInterval(e: Json): Interval {
  const v = unwrap(e);
  if (isObj(v) && Array.isArray(v.range))
    return { lo: portNumber(v.range[0] ?? null), hi: portNumber(v.range[1] ?? null) };
  const p = portNumber(v);
  return { lo: p, hi: p };
}

function protocolName(e: Json): string {
  const v = unwrap(e);
  if (typeof v === 'number' && PROTOCOL_NUMBERS[v]) return PROTOCOL_NUMBERS[v];
  if (typeof v === 'string' && /^[a-z][a-z0-9-]*$/.test(v)) return v === 'icmpv6' ? 'ipv6-icmp' : v;
  throw new Unreadable(`the protocol ${show(v)}`);
}

function familyName(e: Json): 4 | 6 {
  const v = unwrap(e);
  if (v === 'ipv4' || v === 'ip' || v === 2) return 4;
  if (v === 'ipv6' || v === 'ip6' || v === 10) return 6;
  throw new Unreadable(`the family ${show(v)}`);
}

/** Interfaces a flow between hosts never uses: loopback. */
const LOOPBACK = new Set(['lo']);

/** One `match` expression folded into the conditions; what it cannot read goes to `unknown`. */
function addMatch(c: Conditions, m: Obj, sets: Sets): void {
  const op = typeof m.op === 'string' ? m.op : '==';
  const left = m.left;
  const text = show({ match: m });
  if (op !== '==' && op !== '!=' && op !== 'in') {
    c.unknown.push(text);
    return;
  }
  const negate = op === '!=';
  try {
    const els = () => elements(m.right, sets);
    if (isObj(left) && isObj(left.payload)) {
      const proto = show(left.payload.protocol);
      const field = show(left.payload.field);
      if ((proto === 'ip' || proto === 'ip6') && (field === 'saddr' || field === 'daddr')) {
        const family = proto === 'ip' ? 4 : 6;
        const inside = normalize(els().map((e) => addressInterval(e, family)));
        const list = negate ? complement(inside, ALL_ADDRESSES[family]) : inside;
        c.setFamily(family);
        const key = field === 'saddr' ? 'src' : 'dst';
        c[key] = c[key] ? intersect(c[key], list) : list;
        return;
      }
      if ((proto === 'ip' && field === 'protocol') || (proto === 'ip6' && field === 'nexthdr')) {
        c.setFamily(proto === 'ip' ? 4 : 6);
        c.protocol({ names: els().map(protocolName), ...(negate ? { negate } : {}) });
        return;
      }
      if (
        ['tcp', 'udp', 'th', 'sctp', 'dccp', 'udplite'].includes(proto) &&
        (field === 'dport' || field === 'sport')
      ) {
        // `tcp dport` holds only for TCP (nft adds the l4proto check); `th` for any transport.
        if (proto !== 'th') c.protocol({ names: [proto] });
        const inside = normalize(els().map(portInterval));
        const list = negate ? complement(inside, ALL_PORTS) : inside;
        c[field] = c[field] ? intersect(c[field], list) : list;
        return;
      }
    }
    if (isObj(left) && isObj(left.meta)) {
      const key = show(left.meta.key);
      if (key === 'l4proto') {
        c.protocol({ names: els().map(protocolName), ...(negate ? { negate } : {}) });
        return;
      }
      if (key === 'nfproto' || key === 'protocol') {
        const fams = new Set(els().map(familyName));
        const holds = negate ? ([4, 6] as const).filter((f) => !fams.has(f)) : [...fams];
        if (holds.length === 1) c.setFamily(holds[0] as 4 | 6);
        else if (holds.length === 0) c.never = true;
        return;
      }
      if (['iifname', 'oifname', 'iif', 'oif'].includes(key)) {
        // A flow between two hosts never comes in or goes out through loopback; any other
        // interface the audit cannot know.
        const names = els().map(unwrap);
        if (names.every((n) => typeof n === 'string' && LOOPBACK.has(n))) {
          if (!negate) c.never = true;
          return;
        }
      }
    }
    if (isObj(left) && isObj(left.ct) && show(left.ct.key) === 'state' && left.ct.dir === undefined) {
      c.states = both(c.states, {
        names: els().map((e) => show(unwrap(e)).toLowerCase()),
        ...(negate ? { negate } : {}),
      });
      return;
    }
    c.unknown.push(text);
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    c.unknown.push(`${text} (${e.message} cannot be read)`);
  }
}

/** Statements that do something and go on to the next one. */
const PASSING = new Set(['counter', 'log', 'meta', 'ct', 'mangle', 'notrack', 'comment', 'set']);

interface ParsedRule {
  conditions: Conditions;
  action: Action;
  /** A verdict map: one rule per element, tried in turn (a miss goes on to the next rule). */
  vmap?: { key: Obj; entries: [Json, Action][] };
}

function verdict(key: string, v: Json, chainKey: (name: string) => string): Action | undefined {
  switch (key) {
    case 'accept':
      return { kind: 'accept' };
    case 'drop':
      return { kind: 'drop' };
    case 'reject':
      return { kind: 'reject' };
    case 'return':
      return { kind: 'return' };
    case 'continue':
      return { kind: 'continue' };
    case 'jump':
    case 'goto': {
      const target = isObj(v) ? v.target : undefined;
      return typeof target === 'string' ? { kind: key, chain: chainKey(target) } : undefined;
    }
    default:
      return undefined;
  }
}

function parseRule(expr: Json[], sets: Sets, chainKey: (name: string) => string, hook?: string): ParsedRule {
  const conditions = new Conditions();
  let action: Action = { kind: 'continue' };
  let vmap: ParsedRule['vmap'];
  for (const [i, e] of expr.entries()) {
    if (!isObj(e)) {
      conditions.unknown.push(show(e));
      continue;
    }
    const [key, v]: [string, Json] = Object.entries(e)[0] ?? ['', null];
    if (key === 'match' && isObj(v)) {
      addMatch(conditions, v, sets);
      continue;
    }
    const a = verdict(key, v, chainKey);
    if (a) {
      action = a;
      break;
    }
    if (PASSING.has(key)) continue;
    if (key === 'vmap' && isObj(v) && isObj(v.key)) {
      // `tcp dport vmap { 22 : accept, 80 : drop }`: one rule per element.
      try {
        const pairs: [Json, Action][] = [];
        for (const el of elements(v.data, sets)) {
          const [k = null, d = null]: Json[] = Array.isArray(el) ? el : [];
          const [dk, dv]: [string, Json] = isObj(d) ? (Object.entries(d)[0] ?? ['', null]) : [show(d), null];
          const act = verdict(dk, dv, chainKey);
          if (k === null || !act) throw new Unreadable(`the verdict map element ${show(el)}`);
          pairs.push([k, act]);
        }
        vmap = { key: v.key, entries: pairs };
        break;
      } catch (err) {
        if (!(err instanceof Unreadable)) throw err;
        action = { kind: 'unknown', text: show(e) };
        break;
      }
    }
    if ((key === 'snat' || key === 'masquerade') && hook === 'postrouting') {
      // Source NAT after the filter hooks: it ends its (nat) chain like an accept.
      action = { kind: 'accept' };
      break;
    }
    // limit, quota, xt and the rest: the audit cannot say whether the rest of the rule is
    // reached (a statement in the middle) or what follows it (queue, dnat, redirect at the end).
    if (i < expr.length - 1) {
      conditions.unknown.push(show(e));
      continue;
    }
    action = { kind: 'unknown', text: show(e) };
    break;
  }
  return { conditions, action, ...(vmap ? { vmap } : {}) };
}

/** Whether `text` is libnftables JSON: an object holding an `nftables` array. */
function detectNftJson(text: string): boolean {
  const t = text.trimStart();
  if (!t.startsWith('{') || !t.includes('"nftables"')) return false;
  try {
    const j = JSON.parse(t) as Json;
    return isObj(j) && Array.isArray(j.nftables);
  } catch {
    return false;
  }
}

interface BaseChain {
  chain: Chain;
  hook: string;
  prio: number;
  order: number;
}

/**
 * The model of a `nft -j list ruleset` export. Tables of family `ip` hold IPv4 only, `ip6` IPv6
 * only, `inet` and `netdev` both; `bridge` and `arp` tables filter no routed flow.
 */
export function parseNftJson(text: string, file: string): Ruleset {
  const unreadable: { origin: Origin; why: string }[] = [];
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (e) {
    doc = null;
    unreadable.push({ origin: { file, text: text.slice(0, 80) }, why: `not JSON: ${(e as Error).message}` });
  }
  const items = isObj(doc) && Array.isArray(doc.nftables) ? doc.nftables : [];
  const objects = items.filter(isObj);
  const tableKey = (o: Obj) => `${show(o.family)} ${show(o.table)}`;
  const FAMILIES: Record<string, 4 | 6 | undefined> = { ip: 4, ip6: 6, inet: undefined, netdev: undefined };
  const known = (o: Obj) => typeof o.family === 'string' && o.family in FAMILIES;

  const sets = new Map<string, Map<string, Json[]>>();
  for (const o of objects) {
    const s = o.set ?? o.map;
    if (!isObj(s)) continue;
    const els = Array.isArray(s.elem) ? s.elem : [];
    const key = tableKey(s);
    if (!sets.has(key)) sets.set(key, new Map());
    sets.get(key)?.set(show(s.name), els);
  }

  const chainInfo = new Map<string, Obj>();
  const rulesOf = new Map<string, ModelRule[]>();
  const order: string[] = [];
  for (const o of objects) {
    const c = o.chain;
    if (!isObj(c)) continue;
    if (!known(c)) {
      unreadable.push({
        origin: { file, id: `${tableKey(c)} ${show(c.name)}`, text: `chain ${show(c.name)}` },
        why: `a ${show(c.family)} table filters no routed IP flow`,
      });
      continue;
    }
    const key = `${tableKey(c)} ${show(c.name)}`;
    chainInfo.set(key, c);
    rulesOf.set(key, []);
    order.push(key);
  }

  for (const o of objects) {
    const r = o.rule;
    if (!isObj(r) || !known(r)) continue;
    const table = tableKey(r);
    const key = `${table} ${show(r.chain)}`;
    const list = rulesOf.get(key);
    const expr = Array.isArray(r.expr) ? r.expr : [];
    const body = expr.map(show).join(' ');
    const origin: Origin = {
      file,
      id: `${key} handle ${show(r.handle)}`,
      text: `${body}${typeof r.comment === 'string' ? ` comment "${r.comment}"` : ''}`.slice(0, 200),
    };
    if (!list) {
      unreadable.push({ origin, why: `the chain ${key} is not defined` });
      continue;
    }
    const hook = chainInfo.get(key)?.hook;
    const parsed = parseRule(
      expr,
      sets.get(table) ?? new Map(),
      (name) => `${table} ${name}`,
      typeof hook === 'string' ? hook : undefined,
    );
    if (parsed.vmap) {
      for (const [k, act] of parsed.vmap.entries) {
        const c = Object.assign(new Conditions(), parsed.conditions, {
          unknown: [...parsed.conditions.unknown],
        });
        addMatch(c, { op: '==', left: parsed.vmap.key, right: k }, sets.get(table) ?? new Map());
        list.push({ match: c.toMatch(), action: act, origin });
      }
    } else list.push({ match: parsed.conditions.toMatch(), action: parsed.action, origin });
  }

  const chains = new Map<string, Chain>();
  const bases: BaseChain[] = [];
  for (const [i, key] of order.entries()) {
    const c = chainInfo.get(key) as Obj;
    const family = FAMILIES[show(c.family)];
    const rules = rulesOf.get(key) ?? [];
    const isBase = typeof c.hook === 'string';
    const prio =
      typeof c.prio === 'number' ? c.prio : typeof c.prio === 'string' ? PRIORITIES[c.prio] : undefined;
    const policy = c.policy === 'drop' ? 'drop' : 'accept';
    const chain: Chain = {
      name: key,
      rules,
      ...(family !== undefined ? { family } : {}),
      ...(isBase
        ? {
            policy: {
              verdict: policy,
              origin: {
                file,
                id: key,
                text: `chain ${show(c.name)} { type ${show(c.type)} hook ${show(c.hook)} priority ${show(c.prio)}; policy ${policy}; }${c.policy === undefined ? ' (the default policy)' : ''}`,
              },
            },
          }
        : {}),
    };
    chains.set(key, chain);
    if (!isBase) continue;
    if (prio === undefined) {
      unreadable.push({
        origin: { file, id: key, text: `chain ${show(c.name)}` },
        why: `the priority ${show(c.prio)} cannot be read`,
      });
      continue;
    }
    if (c.policy !== undefined && c.policy !== 'accept' && c.policy !== 'drop')
      unreadable.push({ origin: { file, id: key, text: `policy ${show(c.policy)}` }, why: 'unknown policy' });
    bases.push({ chain, hook: c.hook as string, prio, order: i });
  }

  const hooks: Partial<Record<Hook, Chain[]>> = {};
  for (const hook of ['input', 'output', 'forward'] as const) {
    const met = PATH[hook].flatMap((h) =>
      bases.filter((b) => b.hook === h).sort((a, b) => a.prio - b.prio || a.order - b.order),
    );
    if (met.length > 0) hooks[hook] = met.map((b) => b.chain);
  }
  return { format: 'nft-json', file, hooks, chains, unreadable, stateful: true };
}

export const nftJson: RulesetFormat = {
  name: 'nft-json',
  summary: '`nft -j list ruleset` (libnftables JSON): tables, base chains by hook and priority, sets',
  detect: detectNftJson,
  parse: parseNftJson,
};
