// Openings and rules as sets of single (context, source, destination, port) openings: what rule honesty compares.
import { addressBlock, addressKey } from '../src/common/address.js';
import type { FlowEnd, Opening, Rule } from '../src/plan/types.js';

/** More addresses than a test should expand: a sign the test's address space is too wide. */
const MAX_ADDRESSES = 1 << 16;

/** Every address an end stands for (`4:167772161`); a name, FQDN pattern or `any` is one atom. */
export function addressesOf(end: FlowEnd): string[] {
  const block = addressBlock(end.host, end.kind);
  if (!block) return [`name:${addressKey(end.host, end.kind)}`];
  if (block.last - block.first >= MAX_ADDRESSES)
    throw new Error(`${end.host} is too wide to expand in a test`);
  const out: string[] = [];
  for (let a = block.first; a <= block.last; a++) out.push(`${block.family}:${a}`);
  return out;
}

/** Every port, ranges expanded (`any` is one atom). */
function portsOf(
  ports: readonly number[] | 'any',
  ranges: readonly (readonly [number, number])[] = [],
): string[] {
  if (ports === 'any') return ['any'];
  const out = ports.map(String);
  for (const [lo, hi] of ranges) for (let p = lo; p <= hi; p++) out.push(String(p));
  return out;
}

type Context = Pick<Opening, 'transport' | 'scope' | 'direction' | 'purpose' | 'gateway' | 'note'>;

/** What a rule must keep apart: a rule has one transport, scope, direction, purpose and place. */
function contextOf(x: Context): string {
  return [x.transport, x.scope, x.direction, x.purpose, x.gateway ?? '', x.note ?? ''].join('|');
}

function add(out: Set<string>, ctx: string, froms: string[], tos: string[] | 'self', ports: string[]): void {
  for (const p of ports) {
    for (const f of froms) {
      if (tos === 'self') out.add(`${ctx} ${f}>${f}:${p}`);
      else for (const t of tos) out.add(`${ctx} ${f}>${t}:${p}`);
    }
  }
}

/** A port opened on every port is already open: `…:443` goes where `…:any` is, in either set. */
function withoutPortsUnderAny(set: Set<string>): Set<string> {
  for (const x of set) {
    if (!x.endsWith(':any') && set.has(`${x.slice(0, x.lastIndexOf(':'))}:any`)) set.delete(x);
  }
  return set;
}

/** The single openings a plan's openings stand for; a host-scope opening is each address to itself. */
export function openingSet(openings: readonly Opening[]): Set<string> {
  const out = new Set<string>();
  for (const o of openings) {
    const froms = addressesOf(o.from);
    if (o.scope === 'host' && addressKey(o.from.host, o.from.kind) !== addressKey(o.to.host, o.to.kind)) {
      throw new Error(`host-scope opening between two hosts: ${o.from.host} and ${o.to.host}`);
    }
    add(
      out,
      contextOf(o),
      froms,
      o.scope === 'host' ? 'self' : addressesOf(o.to),
      portsOf(o.ports, o.portRanges),
    );
  }
  return withoutPortsUnderAny(out);
}

/** The single openings rules stand for; a `self` rule pairs each source address with itself. */
export function ruleSet(rules: readonly Rule[]): Set<string> {
  const out = new Set<string>();
  for (const r of rules) {
    const froms = r.sources.flatMap(addressesOf);
    const tos = r.self ? 'self' : r.destinations.flatMap(addressesOf);
    add(out, contextOf(r), froms, tos, portsOf(r.ports, r.portRanges));
  }
  return withoutPortsUnderAny(out);
}

/** What one set has that the other lacks, the first few of each, for a readable failure. */
export function setDifference(
  openings: Set<string>,
  rules: Set<string>,
): { missing: string[]; extra: string[] } {
  const missing = [...openings].filter((x) => !rules.has(x)).slice(0, 5);
  const extra = [...rules].filter((x) => !openings.has(x)).slice(0, 5);
  return { missing, extra };
}
