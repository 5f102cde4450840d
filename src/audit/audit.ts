// The audit as one call: the plan's flows asked of one ruleset, a verdict per flow with the rule
// that decides it, what the ruleset allows beyond them, the rules that never match, and the fix.
import { addressBlock, addressKey, classifyAddress, formatBlock } from '../common/address.js';
import type { Flow, FlowEnd, Plan } from '../plan/types.js';
import type { FirewallTarget } from '../targets/_firewall.js';
import { type Decision, evaluate, type FlowQuery, flowVerdict, type Piece } from './evaluate.js';
import { type Finding, findBroaderRules, findShadowedRules, type Use } from './findings.js';
import { type Fix, planFixes } from './fix.js';
import { FORMATS } from './formats/registry.js';
import { ALL_ADDRESSES, ALL_PORTS, type Hook, type Interval, type Origin, type Ruleset } from './model.js';

export type Verdict = 'allowed' | 'blocked' | 'partial' | 'depends-on';

/** A part of a flow the ruleset does not allow: blocked by a rule or a policy, or undecided. */
export interface Gap {
  /** Sources, destinations and ports of the part, as written in a report. */
  readonly from: string;
  readonly to: string;
  readonly ports: string;
  readonly verdict: 'blocked' | 'depends-on';
  readonly rule: Origin;
  readonly dependsOn?: readonly string[];
}

/** The verdict on one flow's required ports, or on its optional ones (chronyc's 323/udp). */
export interface FlowAudit {
  readonly flow: Flow;
  /** false for the ports the catalog makes optional: reported, never failing the audit. */
  readonly required: boolean;
  /** The ports asked about: this part's single ports and ranges, or every port. */
  readonly ports: readonly number[] | 'any';
  readonly portRanges: readonly (readonly [number, number])[];
  readonly hook: Hook;
  readonly verdict: Verdict;
  /** The rules and policies that decide it, in ruleset order. */
  readonly rules: readonly Origin[];
  /** For `blocked`, `partial` and `depends-on`: what is not allowed, and by what. */
  readonly gaps: readonly Gap[];
  /** For `depends-on` (and a `partial` with an undecided part): on what, in words. */
  readonly dependsOn: readonly string[];
  /** Indexes into {@link AuditReport.fixes} of the changes that let it through. */
  readonly fixes: readonly number[];
}

/** A flow the ruleset has no say in, and why. */
export interface Skipped {
  readonly flow: Flow;
  readonly why: string;
}

export interface AuditReport {
  readonly ruleset: { readonly file: string; readonly format: string };
  /** The inventory host whose own firewall the ruleset is (`--at`), or absent for one between hosts. */
  readonly at?: string;
  readonly flows: readonly FlowAudit[];
  readonly skipped: readonly Skipped[];
  readonly findings: readonly Finding[];
  readonly fixes: readonly Fix[];
  /** Lines the parser could not read: every verdict they could touch says "depends on". */
  readonly unreadable: Ruleset['unreadable'];
  /** true when every required flow is allowed. */
  readonly passed: boolean;
}

export interface AuditOptions {
  /** The inventory host (name or address) whose own firewall this is: INPUT/OUTPUT instead of FORWARD. */
  readonly at?: string;
  /** Ports of a requirement the catalog makes optional. */
  readonly optionalPorts?: (requirement: string) => readonly number[];
  /** The render targets (FIREWALLS), to write fixes in the ruleset's own language. */
  readonly targets?: readonly FirewallTarget[];
}

/** Where an origin is, for a person: `rules.txt:12`, `rules.json handle 7`, or the text. */
export function originText(o: Origin): string {
  const at = o.line !== undefined ? `${o.file}:${o.line}` : o.id !== undefined ? `${o.file} ${o.id}` : '';
  return at ? `${at} (${o.text})` : `${o.file}: ${o.text}`;
}

/** Whether `end` is the host `who` (an inventory name or an address as written). */
export function isHost(end: FlowEnd, who: string): boolean {
  if (end.name === who) return true;
  const c = classifyAddress(who);
  return 'kind' in c && c.kind === end.kind && addressKey(end.host, end.kind) === addressKey(who, c.kind);
}

/** One end as the evaluator asks about it: a block of one family, or every address (a name, `any`). */
interface EndSpace {
  readonly family?: 4 | 6;
  readonly interval?: Interval;
  /** A host name or wildcard: the ruleset can only match it by address. */
  readonly name?: string;
}

function endSpace(end: FlowEnd): EndSpace {
  if (end.kind === 'hostname' || end.kind === 'fqdn-pattern') return { name: end.host };
  const b = addressBlock(end.host, end.kind);
  return b ? { family: b.family, interval: { lo: b.first, hi: b.last } } : {};
}

const rangeText = (i: Interval) => (i.lo === i.hi ? `${i.lo}` : `${i.lo}-${i.hi}`);

/** Ports as a list: `443,902,11113-11117`, or `any`. */
export function portsText(intervals: readonly Interval[]): string {
  if (intervals.length === 1 && intervals[0]?.lo === ALL_PORTS.lo && intervals[0]?.hi === ALL_PORTS.hi)
    return 'any';
  return intervals.map(rangeText).join(',');
}

/** An address interval as written: an address, a CIDR, a range, or `any`. */
export function addressText(family: 4 | 6, i: Interval): string {
  const all = ALL_ADDRESSES[family];
  if (i.lo === all.lo && i.hi === all.hi) return family === 4 ? 'any (IPv4)' : 'any (IPv6)';
  return formatBlock({ family, first: i.lo, last: i.hi }).host;
}

/** A flow part's questions to the evaluator: one per address family its ends can meet in. */
function queries(flow: Flow, ports: readonly Interval[]): { query: FlowQuery; named: ('src' | 'dst')[] }[] {
  const from = endSpace(flow.from);
  const to = endSpace(flow.to);
  if (from.family && to.family && from.family !== to.family) return [];
  const families: (4 | 6)[] = from.family ? [from.family] : to.family ? [to.family] : [4, 6];
  const named: ('src' | 'dst')[] = [];
  if (from.name) named.push('src');
  if (to.name) named.push('dst');
  return families.map((family) => ({
    query: {
      family,
      src: from.interval ?? ALL_ADDRESSES[family],
      dst: to.interval ?? ALL_ADDRESSES[family],
      protocol: flow.transport,
      ports,
    },
    named,
  }));
}

/** The flow's ports split into the required part and the optional part (either may be empty). */
function portParts(
  flow: Flow,
  optional: ReadonlySet<number>,
): { required: boolean; ports: number[] | 'any'; ranges: [number, number][] }[] {
  if (flow.ports === 'any') return [{ required: true, ports: 'any', ranges: [] }];
  const ranges = (flow.portRanges ?? []).map(([a, b]) => [a, b] as [number, number]);
  const req = flow.ports.filter((p) => !optional.has(p));
  const opt = flow.ports.filter((p) => optional.has(p));
  const parts: { required: boolean; ports: number[]; ranges: [number, number][] }[] = [];
  if (req.length > 0 || ranges.length > 0) parts.push({ required: true, ports: req, ranges });
  if (opt.length > 0) parts.push({ required: false, ports: opt, ranges: [] });
  return parts;
}

function portIntervals(ports: readonly number[] | 'any', ranges: readonly (readonly [number, number])[]) {
  if (ports === 'any') return [];
  return [
    ...ports.map((p) => ({ lo: BigInt(p), hi: BigInt(p) })),
    ...ranges.map(([a, b]) => ({ lo: BigInt(a), hi: BigInt(b) })),
  ].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
}

/** Which hook of the ruleset a flow meets, or why it meets none. */
function hookOf(flow: Flow, at: string | undefined): Hook | { why: string } {
  if (at === undefined) {
    if (flow.scope === 'host') return { why: 'stays on one machine: no firewall between hosts sees it' };
    return 'forward';
  }
  const from = isHost(flow.from, at);
  const to = isHost(flow.to, at);
  if (flow.scope === 'host' || (from && to))
    return { why: `stays on ${at} (loopback): its host firewall's loopback rules are not audited` };
  if (from) return 'output';
  if (to) return 'input';
  return { why: `neither end is ${at}: not its firewall's business` };
}

/** Gaps from the decisions not allowed, one per decision, in words. */
function gapsOf(
  decisions: readonly { decision: Decision; family: 4 | 6 }[],
  flow: Flow,
  named: readonly ('src' | 'dst')[],
): Gap[] {
  const side = (dim: 'src' | 'dst', family: 4 | 6, i: Interval) => {
    const end = dim === 'src' ? flow.from : flow.to;
    const all = ALL_ADDRESSES[family];
    if (named.includes(dim) && i.lo === all.lo && i.hi === all.hi) return end.host;
    const text = addressText(family, i);
    const b = addressBlock(end.host, end.kind);
    return end.name && b && b.first === i.lo && b.last === i.hi ? `${end.name} (${text})` : text;
  };
  return decisions
    .filter(({ decision }) => decision.verdict !== 'allowed')
    .map(({ decision: d, family }) => ({
      from: side('src', family, d.piece.src),
      to: side('dst', family, d.piece.dst),
      ports: portsText([d.piece.port]),
      verdict: d.verdict as 'blocked' | 'depends-on',
      rule: d.origin,
      ...(d.dependsOn ? { dependsOn: d.dependsOn } : {}),
    }));
}

/**
 * Audit `plan`'s flows against `ruleset`: a verdict per flow (its required and optional ports
 * apart), the rules broader than the plan needs, the rules that can never match, and for every
 * blocked or partial flow the change that lets it through.
 *
 * @example
 * const report = auditRuleset(plan, FORMATS[0].parse(text, 'rules.txt'), { at: 'sc-01', targets: FIREWALLS });
 */
export function auditRuleset(plan: Plan, ruleset: Ruleset, options: AuditOptions = {}): AuditReport {
  const flows: FlowAudit[] = [];
  const skipped: Skipped[] = [];
  const uses: Use[] = [];
  const toFix: { index: number; hook: Hook; queries: FlowQuery[]; flow: Flow }[] = [];
  const forFlow = FORMATS.find((f) => f.name === ruleset.format)?.forFlow;
  for (const flow of plan.flows) {
    const hook = hookOf(flow, options.at);
    if (typeof hook !== 'string') {
      skipped.push({ flow, why: hook.why });
      continue;
    }
    const optional = new Set(flow.requirements.flatMap((id) => options.optionalPorts?.(id) ?? []));
    for (const part of portParts(flow, optional)) {
      const asked = queries(flow, portIntervals(part.ports, part.ranges));
      if (asked.length === 0) {
        skipped.push({ flow, why: 'its ends are of different address families' });
        continue;
      }
      const decisions = asked.flatMap(({ query }) =>
        evaluate(forFlow ? forFlow(ruleset, flow) : ruleset, hook, query).map((decision) => ({
          decision,
          family: query.family,
        })),
      );
      const named = asked[0]?.named ?? [];
      const v = flowVerdict(decisions.map((d) => d.decision));
      let verdict: Verdict = v.verdict;
      const dependsOn = [...v.dependsOn];
      // A name's addresses are unknown here: where the verdict changes with the address, the
      // answer depends on what the name resolves to; where it does not, it holds for any address.
      const varies = named.filter((dim) =>
        decisions.some(({ decision, family }) => {
          const all = ALL_ADDRESSES[family];
          return decision.piece[dim].lo !== all.lo || decision.piece[dim].hi !== all.hi;
        }),
      );
      if (varies.length > 0 && verdict !== 'depends-on') {
        verdict = 'depends-on';
        for (const dim of varies) {
          const host = dim === 'src' ? flow.from.host : flow.to.host;
          dependsOn.unshift(`the addresses of ${host}: the ruleset can only match ${host} by address`);
        }
      }
      if (part.required)
        for (const { decision, family } of decisions)
          if (decision.verdict === 'allowed')
            uses.push({
              origin: decision.origin,
              family,
              protocol: flow.transport,
              piece: decision.piece,
              ...(named.length > 0 ? { named } : {}),
            });
      const index = flows.length;
      flows.push({
        flow,
        required: part.required,
        ports: part.ports,
        portRanges: part.ranges,
        hook,
        verdict,
        rules: v.deciding,
        gaps: gapsOf(decisions, flow, named),
        dependsOn,
        fixes: [],
      });
      if (verdict === 'blocked' || verdict === 'partial')
        toFix.push({ index, hook, queries: asked.map((a) => a.query), flow });
    }
  }
  const fixes: Fix[] = [];
  for (const { index, hook, queries: qs, flow } of toFix) {
    const made = planFixes(ruleset, hook, qs, flow, plan, {
      ...(options.at !== undefined ? { at: options.at } : {}),
      targets: options.targets ?? [],
    });
    const at = fixes.length;
    fixes.push(...made);
    const audit = flows[index] as FlowAudit;
    flows[index] = { ...audit, fixes: made.map((_, i) => at + i) };
  }
  return {
    ruleset: { file: ruleset.file, format: ruleset.format },
    ...(options.at !== undefined ? { at: options.at } : {}),
    flows,
    skipped,
    findings: [
      ...findBroaderRules(ruleset, uses, new Set(flows.map((f) => f.hook))),
      ...findShadowedRules(ruleset),
    ],
    fixes,
    unreadable: ruleset.unreadable,
    passed: flows.every((f) => !f.required || f.verdict === 'allowed'),
  };
}

export type { Finding, Fix, Piece };
