// Sets of integers as sorted, disjoint intervals: what findings count and subtract, exactly.
import type { Interval, ValueSet } from './model.js';

const byLo = (a: Interval, b: Interval) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0);

/** The intervals united where they overlap or touch, in order. */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of [...intervals].sort(byLo)) {
    const last = out.at(-1);
    if (last && i.lo <= last.hi + 1n)
      out[out.length - 1] = { lo: last.lo, hi: i.hi > last.hi ? i.hi : last.hi };
    else out.push({ lo: i.lo, hi: i.hi });
  }
  return out;
}

/** What `a` holds that `b` does not. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  const cuts = normalize(b);
  for (const i of normalize(a)) {
    let at = i.lo;
    for (const c of cuts) {
      if (c.hi < at || c.lo > i.hi) continue;
      if (c.lo > at) out.push({ lo: at, hi: c.lo - 1n });
      at = c.hi + 1n;
      if (at > i.hi) break;
    }
    if (at <= i.hi) out.push({ lo: at, hi: i.hi });
  }
  return out;
}

/** What `a` and `b` both hold. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const na = normalize(a);
  return subtract(na, subtract(na, b));
}

/** How many integers the intervals hold. */
export function size(intervals: readonly Interval[]): bigint {
  return normalize(intervals).reduce((n, i) => n + i.hi - i.lo + 1n, 0n);
}

/**
 * The values of `universe` a set holds, negation applied; an absent set holds all of it. A set of
 * another address family holds nothing of this one (or all of it, negated).
 */
export function resolveSet(set: ValueSet | undefined, universe: Interval, family?: 4 | 6): Interval[] {
  if (!set) return [universe];
  if (family !== undefined && set.family !== undefined && set.family !== family)
    return set.negate ? [universe] : [];
  const held = intersect(set.intervals, [universe]);
  return set.negate ? subtract([universe], held) : held;
}
