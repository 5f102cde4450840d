// Property: over random catalogs and inventories, rules open exactly the plan's openings, no more, no less.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingSet, ruleSet, setDifference } from '../../test/honesty.js';
import { loadCatalog } from '../catalog/load.js';
import { addressBlock, uniteBlocks } from '../common/address.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from './aggregate.js';
import { planInventory } from './plan.js';
import type { FlowEnd } from './types.js';

/** Unnamed addresses of one role in a rule's list that still touch or overlap: none, once collapsed. */
function uncollapsed(ends: readonly FlowEnd[]): string[] {
  const out: string[] = [];
  for (const role of new Set(ends.map((e) => e.role))) {
    const mergeable = ends.flatMap((e) => {
      const block = e.role === role && e.name === undefined ? addressBlock(e.host, e.kind) : undefined;
      return block ? [{ e, block }] : [];
    });
    for (const { members } of uniteBlocks(mergeable, (m) => m.block)) {
      if (members.length > 1) out.push(members.map((m) => m.e.host).join(' + '));
    }
  }
  return out;
}

// Addresses come from one /26 (and one IPv6 /122), so that they touch and overlap often and a test
// can expand every rule into single addresses.
const offset = fc.integer({ min: 0, max: 63 });
const v4 = (o: number) => `10.30.0.${o}`;
const v6 = (o: number) => `2001:db8::${o.toString(16)}`;

const address = fc.oneof(
  { weight: 4, arbitrary: offset.map(v4) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(offset, fc.integer({ min: 27, max: 32 }))
      .map(([o, bits]) => `${v4(o & ~((1 << (32 - bits)) - 1) & 63)}/${bits}`),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(offset, offset).map(([a, b]) => `${v4(Math.min(a, b))}-${v4(Math.max(a, b))}`),
  },
  { weight: 1, arbitrary: offset.map(v6) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(offset, fc.integer({ min: 123, max: 128 }))
      .map(([o, bits]) => `${v6(o & ~((1 << (128 - bits)) - 1) & 63)}/${bits}`),
  },
  // Hostnames are atoms: never merged, one host however spelt.
  { weight: 1, arbitrary: fc.constantFrom('h1.corp.example', 'H1.corp.example.', 'h2.corp.example') },
);

const addresses = (min: number, max: number) => fc.array(address, { minLength: min, maxLength: max });
const label = fc.option(fc.constantFrom('alpha', 'beta', 'gamma'), { nil: undefined });

/** An inventory whose hosts play several roles and overlap; connectors apart, as a connector must be. */
const inventory = fc.record({
  cloud: fc.constant({ region: 'us-east-1' }),
  connectors: fc
    .subarray(['10.20.0.1', '10.20.0.2', '2001:db8:20::1'], { minLength: 1 })
    .map((list) => list.map((a, i) => ({ name: `sc-${i + 1}`, address: a }))),
  clients: addresses(0, 3),
  sources: fc.record({
    physical: fc.array(fc.record({ name: label, host: address }), { maxLength: 4 }),
    vmware: fc.array(fc.record({ esxi: addresses(1, 4) }), { maxLength: 2 }),
    hyperv: fc.array(fc.record({ name: label, host: address, guests: addresses(0, 3) }), { maxLength: 2 }),
    mssql: fc.array(fc.record({ host: address }), { maxLength: 2 }),
  }),
});

/** Roles of each kind of data source; `management` requirements use only global roles. */
const KINDS = {
  management: [],
  physical: ['physical'],
  vmware: ['esxi'],
  hyperv: ['hyperv-host', 'hyperv-guest'],
  mssql: ['mssql'],
} as const;

// Overlapping ranges and numbers inside ranges, few purposes: ports differ within one purpose.
const portItem = fc.constantFrom<number | string>(22, 443, 445, 1003, '1000-1003', '1002-1005');

const requirement = fc.constantFrom(...(Object.keys(KINDS) as (keyof typeof KINDS)[])).chain((workload) => {
  const pool = ['connector', 'client', ...KINDS[workload], 'api.example.com', '10.30.0.9', 'any'];
  const common = {
    workload: fc.constant(workload),
    app: fc.constant('tcp'),
    purpose: fc.constantFrom('first purpose', 'second purpose'),
    platformNote: fc.option(fc.constant('on another firewall'), { nil: undefined, freq: 5 }),
  };
  const ports = fc.uniqueArray(portItem, { minLength: 1, maxLength: 3 });
  const network = fc.record({
    ...common,
    from: fc.subarray(pool, { minLength: 1, maxLength: 3 }),
    to: fc.subarray(pool, { minLength: 1, maxLength: 3 }),
    scope: fc.constant('network'),
    portsAndTransport: fc.oneof(
      fc.record({ ports, transport: fc.constantFrom('tcp', 'udp', 'both') }),
      fc.record({ ports: fc.constant<'any'>('any'), transport: fc.constantFrom('tcp', 'udp') }),
    ),
  });
  const roles = KINDS[workload] as readonly string[];
  const host =
    roles.length === 0
      ? undefined
      : fc.constantFrom(...roles).chain((role) =>
          fc.record({
            ...common,
            from: fc.constant([role]),
            to: fc.constant([role]),
            scope: fc.constant('host'),
            portsAndTransport: fc.record({ ports, transport: fc.constantFrom('tcp', 'udp', 'both') }),
          }),
        );
  return host ? fc.oneof({ weight: 4, arbitrary: network }, { weight: 1, arbitrary: host }) : network;
});

const catalog = fc.array(requirement, { minLength: 1, maxLength: 6 }).map((list) => ({
  schema: 'portplan/catalog',
  version: 1,
  name: 'random',
  source: 'property test',
  requirements: list.map(({ portsAndTransport, platformNote, ...r }, i) => ({
    id: `r${i + 1}`,
    ...r,
    ...portsAndTransport,
    ...(platformNote ? { platformNote } : {}),
    ref: { section: 'Random', table: 1, row: i + 1 },
  })),
}));

describe('aggregateRules over random catalogs and inventories', () => {
  it('opens exactly the openings of the plan, no more, no less, with neighbouring addresses collapsed', () => {
    fc.assert(
      fc.property(catalog, inventory, (cat, inv) => {
        const plan = planInventory(
          loadCatalog(JSON.stringify(cat), 'random-catalog.yaml'),
          loadInventory(JSON.stringify(inv), 'random-inventory.yaml'),
        );
        const rules = aggregateRules(plan.openings);
        expect(setDifference(openingSet(plan.openings), ruleSet(rules))).toEqual({ missing: [], extra: [] });
        expect(rules.flatMap((r) => [...uncollapsed(r.sources), ...uncollapsed(r.destinations)])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
