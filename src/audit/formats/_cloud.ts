// What the cloud formats (aws-sg, azure-nsg, nsx) share: JSON read without throwing, addresses and
// ports as value sets, and a rule whose ends are unions of known blocks and unknown names.
import { addressBlock, isIp } from '../../common/address.js';
import type { Interval, Match, ValueSet } from '../model.js';

/** The JSON in `text`, or the reason it is not JSON. */
export function readJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An array, or nothing (absent, null, or the wrong type all read as no entries). */
export const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A value shown in an origin or a reason: JSON, cut to a readable length. */
export function shown(v: unknown, max = 160): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** One block of addresses, from an IP, a CIDR (host bits are masked off, as the clouds do) or a range. */
export function addressInterval(s: string): { family: 4 | 6; interval: Interval } | undefined {
  const text = s.trim();
  if (isIp(text)) {
    const b = addressBlock(text, 'ip');
    return b && { family: b.family, interval: { lo: b.first, hi: b.last } };
  }
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (cidr?.[1] && cidr[2] && isIp(cidr[1])) {
    const b = addressBlock(cidr[1], 'ip');
    const bits = b?.family === 4 ? 32n : 128n;
    const len = BigInt(cidr[2]);
    if (!b || len > bits) return undefined;
    const size = 1n << (bits - len);
    const lo = b.first - (b.first % size);
    return { family: b.family, interval: { lo, hi: lo + size - 1n } };
  }
  const range = /^([^-\s]+)\s*-\s*([^-\s]+)$/.exec(text);
  if (range?.[1] && range[2] && isIp(range[1]) && isIp(range[2])) {
    const a = addressBlock(range[1], 'ip');
    const b = addressBlock(range[2], 'ip');
    if (!a || !b || a.family !== b.family || a.first > b.last) return undefined;
    return { family: a.family, interval: { lo: a.first, hi: b.last } };
  }
  return undefined;
}

/**
 * One end of a rule as alternatives, any of which matches: the known blocks of each family (one
 * value set each) and every name whose addresses the export does not hold (a service tag, a group,
 * a prefix list), each in words. `[{}]` is every address.
 */
export type EndAlternative = { readonly set?: ValueSet; readonly unknown?: string };

/** Builds an end from its entries: `all` for every address, an address, or what it depends on. */
export function endAlternatives(
  entries: readonly ({ all: true } | { address: string } | { unknown: string })[],
): EndAlternative[] {
  if (entries.some((e) => 'all' in e)) return [{}];
  const blocks: Record<4 | 6, Interval[]> = { 4: [], 6: [] };
  const unknown: string[] = [];
  for (const e of entries) {
    if ('unknown' in e) unknown.push(e.unknown);
    else if ('address' in e) {
      const a = addressInterval(e.address);
      if (a) blocks[a.family].push(a.interval);
      else unknown.push(`the address ${shown(e.address, 60)}, which the audit cannot read`);
    }
  }
  const out: EndAlternative[] = [];
  for (const family of [4, 6] as const)
    if (blocks[family].length > 0) out.push({ set: { family, intervals: blocks[family] } });
  for (const u of [...new Set(unknown)]) out.push({ unknown: u });
  return out;
}

/** A port, a range `a-b`, or `*`/`any` for every port; undefined when it is none of these. */
export function portInterval(v: unknown): Interval | 'all' | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 65535 ? one(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (s === '*' || /^any$/i.test(s)) return 'all';
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(s);
  if (!m?.[1]) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > hi || hi > 65535) return undefined;
  return { lo: BigInt(lo), hi: BigInt(hi) };
}

const one = (n: number): Interval => ({ lo: BigInt(n), hi: BigInt(n) });

/**
 * Matches for every pair of source and destination alternatives, the known ones first: a union
 * of known blocks and an unknown name matches a flow in the blocks for certain, and elsewhere
 * only maybe. An end with no alternatives at all matches nothing (no rule).
 */
export function endMatches(
  base: Match,
  src: readonly EndAlternative[],
  dst: readonly EndAlternative[],
): Match[] {
  const out: { match: Match; doubt: number }[] = [];
  for (const s of src)
    for (const d of dst) {
      const unknown = [
        ...(base.unknown ?? []),
        ...(s.unknown ? [s.unknown] : []),
        ...(d.unknown ? [d.unknown] : []),
      ];
      out.push({
        match: {
          ...base,
          ...(s.set ? { src: s.set } : {}),
          ...(d.set ? { dst: d.set } : {}),
          ...(unknown.length > 0 ? { unknown } : {}),
        },
        doubt: (s.unknown ? 1 : 0) + (d.unknown ? 1 : 0),
      });
    }
  return out.sort((a, b) => a.doubt - b.doubt).map((o) => o.match);
}
