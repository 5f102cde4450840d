// Tests of addressConflicts: overlaps of exclusive roles against a pairwise reference, what stays allowed, and scale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressBlock, classifyAddress } from '../common/address.js';
import type { Locate } from '../common/yaml-source.js';
import { addressConflicts } from './conflicts.js';

const nowhere: Locate = () => undefined;

function block(address: string) {
  const c = classifyAddress(address);
  if ('error' in c) throw new Error(c.error);
  const b = addressBlock(address, c.kind);
  if (!b) throw new Error(`no block for ${address}`);
  return b;
}

/** An IPv4 address, CIDR or range inside 10.0.0.0/26, so that random ones overlap often. */
const smallAddress = fc.oneof(
  fc.integer({ min: 0, max: 63 }).map((n) => `10.0.0.${n}`),
  fc
    .tuple(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 26, max: 32 }))
    .map(([n, bits]) => `10.0.0.${n & ~((1 << (32 - bits)) - 1) & 63}/${bits}`),
  fc
    .tuple(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 }))
    .map(([a, b]) => `10.0.0.${Math.min(a, b)}-10.0.0.${Math.max(a, b)}`),
);

describe('addressConflicts by overlap', () => {
  it('reports exactly the hosts that overlap an earlier host of another platform, as a pairwise scan does', () => {
    const platform = fc.constantFrom('on-prem', 'vmc', 'avs');
    fc.assert(
      fc.property(fc.array(fc.tuple(smallAddress, platform), { maxLength: 12 }), (hosts) => {
        const raw = {
          sources: { vmware: hosts.map(([address, p]) => ({ esxi: [address], platform: p })) },
        };
        const reported = addressConflicts(raw, 'x.yaml', nowhere).map((p) => p.field);
        // The reference: a host is reported when a host of another platform, before it in address
        // order (ties in file order), overlaps it.
        const items = hosts.map(([address, p], i) => ({ i, p, b: block(address) }));
        const before = (a: (typeof items)[number], b: (typeof items)[number]) =>
          a.b.first < b.b.first || (a.b.first === b.b.first && a.i < b.i);
        const expected = items
          .filter((x) => items.some((y) => y.p !== x.p && before(y, x) && y.b.last >= x.b.first))
          .map((x) => `sources.vmware[${x.i}].esxi[0]`);
        expect([...reported].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('names both places: the host and the block of the other platform', () => {
    const raw = {
      sources: {
        vmware: [
          { vcenter: 'vc01.corp.example', esxi: ['10.30.0.0/24'] },
          { vcenter: 'vc02.corp.example', esxi: ['10.30.0.5'], platform: 'vmc' },
        ],
      },
    };
    const locate: Locate = (path) => ({ line: path[2] === 0 ? 8 : 9, column: 44 });
    expect(addressConflicts(raw, 'x.yaml', locate)).toEqual([
      {
        file: 'x.yaml',
        position: { line: 9, column: 44 },
        field: 'sources.vmware[1].esxi[0]',
        message:
          '"10.30.0.5" is inside "10.30.0.0/24", listed with platform on-prem (sources.vmware[0].esxi[0], x.yaml:8:44); one ESXi host runs on one platform: list each address under one platform only',
      },
    ]);
  });

  it('reports a CIDR that contains a host of another OS listed before it in address order', () => {
    const raw = {
      sources: {
        oracle: [
          { host: '10.1.0.5', os: 'windows' },
          { host: '10.1.0.0/24', os: 'linux' },
        ],
      },
    };
    expect(addressConflicts(raw, 'x.yaml', nowhere).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'sources.oracle[0].host: "10.1.0.5" is inside "10.1.0.0/24", listed with os linux (sources.oracle[1].host); one Oracle host runs one OS: list each address under one os only',
    ]);
  });

  it('leaves blocks that only touch, other families and one platform alone', () => {
    const raw = {
      sources: {
        vmware: [
          { esxi: ['10.30.0.0/25', '2001:db8::/64', '10.31.0.0/24'] },
          { esxi: ['10.30.0.128/25', '0.0.0.0-0.0.0.9'], platform: 'vmc' },
          { esxi: ['10.31.0.7'] },
        ],
        oracle: [
          { host: '10.1.0.0/24', os: 'linux' },
          { host: '10.1.0.5', os: 'linux' },
        ],
      },
    };
    expect(addressConflicts(raw, 'x.yaml', nowhere)).toEqual([]);
  });
});

describe('a connector inside a data-source block', () => {
  // Allowed: a block stands for the hosts in it (as it does for the router in it), connectors sit
  // in the subnets they protect, and a /24 written around one address takes eight CIDRs.
  it.each([
    ['physical', { physical: [{ host: '10.20.0.0/24' }] }],
    ['oracle', { oracle: [{ host: '10.20.0.0-10.20.0.99', os: 'linux' }] }],
    ['mssql', { mssql: [{ host: '10.20.0.0/24' }] }],
    ['nas', { nas: [{ host: '10.20.0.0/24', protocols: ['nfs'] }] }],
    ['hyperv host', { hyperv: [{ host: '10.20.0.0/24' }] }],
    ['hyperv guests', { hyperv: [{ host: 'hv01.corp.example', guests: ['10.20.0.0/24'] }] }],
    ['esxi', { vmware: [{ esxi: ['10.20.0.0/24'] }] }],
  ])('is allowed in a %s block', (_, sources) => {
    const raw = { connectors: [{ name: 'sc-01', address: '10.20.0.11' }], sources };
    expect(addressConflicts(raw, 'x.yaml', nowhere)).toEqual([]);
  });

  it('is an error at its exact address, also written as a /32', () => {
    const raw = {
      connectors: [{ name: 'sc-01', address: '10.20.0.11' }],
      sources: { physical: [{ host: '10.20.0.11/32' }] },
    };
    expect(addressConflicts(raw, 'x.yaml', nowhere).map((p) => p.field)).toEqual([
      'sources.physical[0].host',
    ]);
  });
});

describe('addressConflicts at scale', () => {
  it('checks 100,000 ESXi hosts on three platforms in one sweep, finding the overlaps', () => {
    const platforms = ['on-prem', 'vmc', 'avs'];
    const vmware = platforms.map((platform, p) => ({
      platform,
      esxi: Array.from({ length: 33_334 }, (_, i) => {
        const n = i * 3 + p;
        return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      }),
    }));
    vmware[0]?.esxi.push('10.0.0.0/30');
    const started = performance.now();
    const problems = addressConflicts({ sources: { vmware } }, 'x.yaml', nowhere);
    // A pairwise scan of 100,000 hosts takes minutes; the sweep takes a fraction of a second.
    expect(performance.now() - started).toBeLessThan(3000);
    // 10.0.0.1 (vmc) and 10.0.0.2 (avs) are inside the on-prem 10.0.0.0/30; 10.0.0.4 is not.
    expect(problems.map((p) => p.field)).toEqual(['sources.vmware[1].esxi[0]', 'sources.vmware[2].esxi[0]']);
  });
});
