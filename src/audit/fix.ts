// The fix for a blocked or partial flow: accept rules placed before what blocks it, found on a copy
// of the model (added and evaluated again until nothing of the flow is blocked), and written in the
// ruleset's own language through the render target for its format.
import { addressBlock, formatBlock } from '../common/address.js';
import type { Flow, FlowEnd, Plan, Rule } from '../plan/types.js';
import {
  type FirewallOptions,
  type FirewallTarget,
  type Omission,
  prepareFirewall,
} from '../targets/_firewall.js';
import { evaluate, type FlowQuery, type Piece } from './evaluate.js';
import { normalize } from './intervals.js';
import { ALL_ADDRESSES, type Chain, type Hook, type ModelRule, type Origin, type Ruleset } from './model.js';

/** One change: rules to add, where, in the ruleset's language when a render target writes it. */
export interface Fix {
  /** The rule or policy the new rules go before (the one that blocks the flow now). */
  readonly before: Origin;
  /** The chain (or list) they go in, by the model's name. */
  readonly chain: string;
  /** Where, in words: "insert before line 12 (-A FORWARD -j DROP)". */
  readonly where: string;
  /** The lines to add, in the ruleset's own language; empty when no render target writes it. */
  readonly lines: readonly string[];
  /** The render target that wrote `lines` (`iptables`), if any. */
  readonly target?: string;
  /** What the target could not write (a host name for iptables), or why nothing is written. */
  readonly notes: readonly string[];
  /** What the rules let through: sources, destinations, transport and ports, as plan ends. */
  readonly opens: {
    readonly from: string;
    readonly to: string;
    readonly transport: string;
    readonly ports: string;
  };
}

/** How one format takes a fix: the render target that writes its language, and how to place it. */
export interface FixWriter {
  /** The render target (src/targets/registry.ts FIREWALLS) whose output is in this format's language. */
  readonly target: string;
  /** The lines to add and where, from the target's whole output for the new rules alone. */
  place(rendered: string, at: Place, family: 4 | 6): { lines: string[]; where: string };
}

/** Where new rules go: before rule `index` of `chain` (its length: after the last, before the policy). */
export interface Place {
  readonly chain: Chain;
  readonly index: number;
  readonly before: Origin;
  readonly policy: boolean;
}

const lineOrId = (o: Origin) =>
  o.line !== undefined ? `line ${o.line}` : o.id !== undefined ? o.id : JSON.stringify(o.text);

/** iptables-save: `-A CHAIN …` lines for the file, before the line that drops the flow. */
const iptablesWriter: FixWriter = {
  target: 'iptables',
  place(rendered, at, family) {
    // The chain as the file names it (the parser may qualify it with its table).
    const chain =
      /^-A\s+(\S+)/.exec(at.before.text)?.[1] ?? /^:(\S+)/.exec(at.before.text)?.[1] ?? at.chain.name;
    const prefix = family === 6 ? '#6 ' : '';
    const lines = rendered
      .split('\n')
      .filter((l) => l.startsWith(`${prefix}-A PORTPLAN-`) && l.endsWith(' -j ACCEPT'))
      .map((l) => l.slice(prefix.length).replace(/^-A PORTPLAN-\S+/, `-A ${chain}`));
    const last = at.chain.rules.at(-1)?.origin;
    const where = at.policy
      ? `append to chain ${chain}${last?.line !== undefined ? ` after line ${last.line}` : ''} (its policy ${at.before.text} drops it now)`
      : `insert before ${lineOrId(at.before)} (the rule that drops it: ${at.before.text})`;
    return { lines, where: family === 6 ? `${where}, in the IPv6 (ip6tables-save) file` : where };
  },
};

/** One argument for a POSIX shell: in single quotes, a single quote written `'\\''`. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * nft: `nft 'insert rule … position HANDLE …'` before the rule that drops it, or `nft 'add rule …'`
 * before the policy: shell commands to run as printed.
 */
const nftWriter: FixWriter = {
  target: 'nftables',
  place(rendered, at) {
    // The target names a set where a match has several elements: the fix writes them inline.
    const sets = new Map<string, string>();
    for (const m of rendered.matchAll(/\tset (\S+) \{[\s\S]*?elements = \{([^}]*)\}/g))
      sets.set(
        m[1] as string,
        (m[2] as string)
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean)
          .join(', '),
      );
    const rules = rendered
      .split('\n')
      .filter((l) => /^\t\t.* accept comment /.test(l) && !l.includes('ct state established,related'))
      .map((l) =>
        l.trim().replace(/@(\w+)/g, (all, name: string) => (sets.has(name) ? `{ ${sets.get(name)} }` : all)),
      );
    // The parser names a chain `family table chain` (`inet filter forward`) when it knows them.
    const chain = /^\S+ \S+ \S+$/.test(at.chain.name) ? at.chain.name : `FAMILY TABLE ${at.chain.name}`;
    const handle = /handle (\d+)/.exec(at.before.id ?? '')?.[1];
    // A command for a shell: the rule is one single-quoted argument, so the shell leaves its
    // comment's double quotes, its `{ … }` sets and its `;` for nft (which joins its arguments).
    const lines = rules.map((r) =>
      at.policy || handle === undefined
        ? `nft ${shellQuote(`add rule ${chain} ${r}`)}`
        : `nft ${shellQuote(`insert rule ${chain} position ${handle} ${r}`)}`,
    );
    const where = at.policy
      ? `add at the end of chain ${at.chain.name} (its policy ${at.before.text} drops it now)`
      : handle !== undefined
        ? `before handle ${handle} (the rule that drops it: ${at.before.text})`
        : `before the rule that drops it: ${at.before.text} (no handle known: place it by hand)`;
    return { lines, where };
  },
};

/** Formats whose language a render target writes whole: its output without the comment header. */
const generic = (target: string, comment: RegExp): FixWriter => ({
  target,
  place(rendered, at) {
    const lines = rendered.split('\n').filter((l) => l.trim() !== '' && !comment.test(l));
    const where = at.policy
      ? `ahead of the default that drops it (${at.before.text})`
      : `ahead of ${lineOrId(at.before)}, the rule that drops it (${at.before.text})`;
    return { lines, where };
  },
});

/**
 * Ruleset format (src/audit/formats/registry.ts) → how its fixes are written. A format without an
 * entry gets the fix in words: what to allow and before which rule.
 */
export const FIX_WRITERS: Readonly<Record<string, FixWriter>> = {
  'iptables-save': iptablesWriter,
  'nft-json': nftWriter,
  'aws-sg': generic('aws-sg-json', /^\s*(#|\/\/)/),
  'azure-nsg': generic('azure-nsg', /^\s*#/),
  nsx: generic('nsx', /^\s*(#|\/\/)/),
};

/** Where each rule and policy is: its chain and position. */
function locate(ruleset: Ruleset, origin: Origin): Place | undefined {
  const chains = new Set<Chain>();
  for (const list of Object.values(ruleset.hooks)) for (const c of list ?? []) chains.add(c);
  for (const c of ruleset.chains.values()) chains.add(c);
  for (const chain of chains) {
    const index = chain.rules.findIndex((r) => r.origin === origin);
    if (index >= 0) return { chain, index, before: origin, policy: false };
    if (chain.policy?.origin === origin)
      return { chain, index: chain.rules.length, before: origin, policy: true };
  }
  return undefined;
}

/** A copy of `ruleset` with `rules` inserted into `chain` at `index`. */
function inserted(ruleset: Ruleset, chain: Chain, index: number, rules: ModelRule[]): Ruleset {
  const copy: Chain = {
    ...chain,
    rules: [...chain.rules.slice(0, index), ...rules, ...chain.rules.slice(index)],
  };
  const swap = (c: Chain) => (c === chain ? copy : c);
  const hooks: Partial<Record<Hook, readonly Chain[]>> = {};
  for (const [h, list] of Object.entries(ruleset.hooks)) hooks[h as Hook] = (list ?? []).map(swap);
  return { ...ruleset, hooks, chains: new Map([...ruleset.chains].map(([n, c]) => [n, swap(c)])) };
}

/** One end of a fix rule: the flow's own end when the part is all of it, else the part's block. */
function endOf(end: FlowEnd, family: 4 | 6, lo: bigint, hi: bigint): FlowEnd {
  const all = ALL_ADDRESSES[family];
  if (
    (end.kind === 'hostname' || end.kind === 'fqdn-pattern' || end.kind === 'any') &&
    lo === all.lo &&
    hi === all.hi
  )
    return end;
  const b = addressBlock(end.host, end.kind);
  if (b && b.family === family && b.first === lo && b.last === hi) return end;
  const f = formatBlock({ family, first: lo, last: hi });
  return { role: end.role, host: f.host, kind: f.kind };
}

/**
 * The changes that let `flow` through at `hook`: for each rule or policy that blocks part of it,
 * accept rules for exactly that part, placed before it. Found on a copy of the model and evaluated
 * again (a later base chain may drop what the first now accepts) until nothing of it is blocked.
 */
export function planFixes(
  ruleset: Ruleset,
  hook: Hook,
  queries: readonly FlowQuery[],
  flow: Flow,
  plan: Plan,
  options: { readonly at?: string; readonly targets: readonly FirewallTarget[] },
): Fix[] {
  const fixes: Fix[] = [];
  let model = ruleset;
  for (let round = 0; round < 8; round++) {
    const blocked = queries.flatMap((query) =>
      evaluate(model, hook, query)
        .filter((d) => d.verdict === 'blocked')
        .map((d) => ({ query, piece: d.piece, origin: d.origin })),
    );
    if (blocked.length === 0) break;
    const byOrigin = new Map<Origin, { query: FlowQuery; piece: Piece }[]>();
    for (const b of blocked) byOrigin.set(b.origin, [...(byOrigin.get(b.origin) ?? []), b]);
    let progress = false;
    for (const [origin, parts] of byOrigin) {
      const place = locate(model, origin);
      if (!place) continue;
      progress = true;
      const added: ModelRule[] = parts.map(({ query, piece }) => ({
        match: {
          src: { family: query.family, intervals: [piece.src] },
          dst: { family: query.family, intervals: [piece.dst] },
          protocols: { names: [query.protocol] },
          dport: { intervals: [piece.port] },
        },
        action: { kind: 'accept' },
        origin: { file: ruleset.file, text: 'portplan audit fix' },
      }));
      model = inserted(model, place.chain, place.index, added);
      fixes.push(...writeFixes(ruleset, place, parts, flow, plan, options));
    }
    if (!progress) break;
  }
  return fixes;
}

/** The written form of one placement: one fix per address family and pair of ends. */
function writeFixes(
  ruleset: Ruleset,
  place: Place,
  parts: readonly { query: FlowQuery; piece: Piece }[],
  flow: Flow,
  plan: Plan,
  options: { readonly at?: string; readonly targets: readonly FirewallTarget[] },
): Fix[] {
  // Parts with the same ends share one rule, with their ports together.
  const groups = new Map<
    string,
    { family: 4 | 6; src: Piece['src']; dst: Piece['dst']; ports: Piece['port'][] }
  >();
  for (const { query, piece } of parts) {
    const key = `${query.family}:${piece.src.lo}-${piece.src.hi}:${piece.dst.lo}-${piece.dst.hi}`;
    const g = groups.get(key) ?? { family: query.family, src: piece.src, dst: piece.dst, ports: [] };
    g.ports.push(piece.port);
    groups.set(key, g);
  }
  const writer = FIX_WRITERS[ruleset.format];
  const target = writer && options.targets.find((t) => t.name === writer.target);
  const out: Fix[] = [];
  for (const g of groups.values()) {
    const from = endOf(flow.from, g.family, g.src.lo, g.src.hi);
    const to = endOf(flow.to, g.family, g.dst.lo, g.dst.hi);
    const ports = normalize(g.ports);
    const every = ports.length === 1 && ports[0]?.lo === 0n && ports[0]?.hi === 65535n;
    const singles = ports.filter((p) => p.lo === p.hi).map((p) => Number(p.lo));
    const ranges = ports.filter((p) => p.lo !== p.hi).map((p) => [Number(p.lo), Number(p.hi)] as const);
    const portText = every
      ? 'any'
      : ports.map((p) => (p.lo === p.hi ? `${p.lo}` : `${p.lo}-${p.hi}`)).join(',');
    const opens = { from: from.host, to: to.host, transport: flow.transport, ports: portText };
    const base = { before: place.before, chain: place.chain.name, opens };
    if (!writer || !target) {
      out.push({
        ...base,
        where: `before ${lineOrId(place.before)} (${place.before.text})`,
        lines: [],
        notes: [
          writer
            ? `the render target ${writer.target} is not available`
            : `no render target writes ${ruleset.format}: allow ${flow.transport} ${portText} from ${from.host} to ${to.host} there`,
        ],
      });
      continue;
    }
    const rule: Rule = {
      id: `fix${out.length + 1}`,
      sources: [from],
      destinations: [to],
      transport: flow.transport,
      ports: every ? 'any' : singles,
      ...(ranges.length > 0 ? { portRanges: ranges } : {}),
      apps: [flow.app],
      scope: 'network',
      direction: flow.direction,
      purpose: `portplan audit fix: ${flow.purpose}`,
      requirements: flow.requirements,
      refs: flow.refs,
      ...(flow.gateway ? { gateway: flow.gateway } : {}),
    };
    const firewall: FirewallOptions = {
      chainMode: options.at === undefined ? 'forward' : 'host',
      region: plan.region,
      ...(options.at !== undefined ? { host: options.at } : {}),
    };
    const prepared = prepareFirewall(target, plan, [rule], firewall, options.targets);
    const rendered = [
      ...target.render({ rules: prepared.rules, omitted: prepared.omitted, header: [], options: firewall }),
    ].join('');
    const { lines, where } = writer.place(rendered, place, g.family);
    out.push({
      ...base,
      where,
      lines,
      target: target.name,
      notes: [
        ...prepared.omitted.map((o: Omission) => `${target.name} cannot write ${o.what}: ${o.why}`),
        ...(lines.length === 0 && prepared.omitted.length === 0
          ? [`${target.name} wrote no rule for it (not a flow its ${firewall.chainMode} mode covers)`]
          : []),
      ],
    });
  }
  return out;
}
