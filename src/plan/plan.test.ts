// planInventory: flows are merged when first read, so a plan listed as rules never merges them.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { builtinCatalog } from '../catalog/read.js';
import { loadInventory } from '../inventory/load.js';
import { renderToString } from '../targets/_target.js';
import { csv } from '../targets/csv.js';
import { aggregateRules } from './aggregate.js';
import { mergeOpenings } from './merge.js';
import { planInventory } from './plan.js';

vi.mock('./merge.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./merge.js')>();
  return { ...original, mergeOpenings: vi.fn(original.mergeOpenings) };
});

describe('planInventory', () => {
  it('merges the flows once, when they are first read, and not for a listing of rules', () => {
    const file = 'examples/small.yaml';
    const plan = planInventory(builtinCatalog(), loadInventory(readFileSync(file, 'utf8'), file));
    const rules = aggregateRules(plan.openings);
    expect(renderToString(csv, { plan, rules })).toContain('rule,sources,destinations');
    expect(mergeOpenings).not.toHaveBeenCalled();

    const flows = plan.flows;
    expect(flows).toEqual(mergeOpenings(plan.openings));
    expect(plan.flows).toBe(flows);
    expect(mergeOpenings).toHaveBeenCalledTimes(2); // once by the plan, once above
    expect(JSON.parse(JSON.stringify(plan)).flows).toHaveLength(flows.length);
    expect(Object.keys(plan)).toEqual([
      'catalog',
      'region',
      'interpretations',
      'flows',
      'openings',
      'warnings',
    ]);
  });
});
