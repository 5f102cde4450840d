// The pure parts of checkPlan: the order probes run in.
import { describe, expect, it } from 'vitest';
import { interleave } from './check.js';

describe('interleave', () => {
  it('takes one of each group in turn, and every item once', () => {
    expect([...interleave([['a1', 'a2', 'a3'], ['b1'], [], ['c1', 'c2']])]).toEqual([
      'a1',
      'b1',
      'c1',
      'a2',
      'c2',
      'a3',
    ]);
    expect([...interleave([])]).toEqual([]);
    const groups = Array.from({ length: 50 }, (_, g) => Array.from({ length: g }, (_, i) => `${g}.${i}`));
    const all = [...interleave(groups)];
    expect(all).toHaveLength(groups.flat().length);
    expect(new Set(all)).toEqual(new Set(groups.flat()));
  });
});
