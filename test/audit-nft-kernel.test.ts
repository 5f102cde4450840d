// The nft-json auditor agrees with the kernel: seeded random rulesets loaded into a namespace
// router, real connections through it, and the ruleset the kernel lists (`nft -j list ruleset`)
// parsed and evaluated for every flow. A small sample here; `npx tsx test/lab/nft-proof.ts SEED
// ROUNDS` is the long run. PORTPLAN_NFT_SEED=N replays one seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouterLab, type Flow, proveSeed, type RouterLab } from './lab/nft-random.js';

const SEEDS = process.env.PORTPLAN_NFT_SEED ? [Number(process.env.PORTPLAN_NFT_SEED)] : [1, 2, 3, 4, 5, 6];

describe('nft-json audit against the kernel', () => {
  let lab: RouterLab | undefined;
  beforeAll(async () => {
    lab = await createRouterLab();
  }, 30_000);
  afterAll(() => lab?.remove());

  it(`agrees with what the kernel did on every flow (seeds ${SEEDS.join(', ')})`, () => {
    const all: Flow[] = [];
    const wrong: string[] = [];
    for (const seed of SEEDS) {
      const { disagreements, results } = proveSeed(lab as RouterLab, seed, 40);
      all.push(...results);
      for (const d of disagreements)
        wrong.push(
          `seed ${seed} (replay: npx tsx test/lab/nft-proof.ts ${seed} 1): ${d.flow.from} > ${d.flow.to} ${d.flow.port}/${d.flow.transport}: kernel ${d.kernel}, audit ${d.audit}`,
        );
    }
    expect(wrong).toEqual([]);
    // Not a proof of anything unless the kernel both passed and blocked, in both families.
    for (const six of [false, true]) {
      const family = all.filter((f) => f.to.includes(':') === six);
      expect(family.some((f) => f.passed)).toBe(true);
      expect(family.some((f) => !f.passed)).toBe(true);
    }
  }, 60_000);
});
