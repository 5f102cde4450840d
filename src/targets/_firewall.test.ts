// What every firewall target is given: rows cut to what it enforces, ends in forms it can write,
// and every omission named. Checked with a line-per-rule target defined here.
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/read.js';
import { addressBlock } from '../common/address.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import {
  blockCidrs,
  type Enforcement,
  endpointText,
  type FirewallCapabilities,
  type FirewallTarget,
  headerLines,
  prepareFirewall,
} from './_firewall.js';

const INVENTORY = loadInventory(
  `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }, { name: sc-02, address: "2001:db8::12" }]
services: { dns: [10.0.0.53] }
clients: [10.99.0.0/24]
sources:
  vmware: [{ name: vc01, vcenter: vc01.corp.example, esxi: [10.30.0.0/28] }]
  physical: [{ name: web01, host: 10.50.0.5 }]
`,
  'site.yaml',
);
const PLAN = planInventory(builtinCatalog(), INVENTORY);
const RULES = aggregateRules(PLAN.openings);

const NOTHING: FirewallCapabilities = {
  fqdn: false,
  wildcardFqdn: false,
  ipv6: false,
  portRanges: false,
  anyPort: false,
  hostScope: false,
  comments: true,
};

function lineTarget(name: string, supports: FirewallCapabilities, where: Enforcement): FirewallTarget {
  return {
    name,
    extension: '.txt',
    summary: 'one line per rule',
    supports,
    enforcement: () => where,
    ...(name === 'aws-like'
      ? {
          provided: (pattern: string, o: { region: string }) =>
            pattern === `*.s3.${o.region}.amazonaws.com`
              ? { kind: 'prefix-list' as const, id: `com.amazonaws.${o.region}.s3`, stands: pattern }
              : undefined,
        }
      : {}),
    *render(input) {
      for (const r of input.rules)
        yield `${r.id} ${r.sources.map(endpointText).join(',')} > ${r.destinations.map(endpointText).join(',')}\n`;
    },
  };
}

const addressesOnly = lineTarget('addresses-only', NOTHING, 'network');
const names = lineTarget('names', { ...NOTHING, fqdn: true, wildcardFqdn: true, ipv6: true }, 'network');
const awsLike = lineTarget('aws-like', { ...NOTHING, ipv6: true }, 'connector');
const hostFw = lineTarget('host-fw', { ...NOTHING, hostScope: true, ipv6: true }, 'host');
const ALL = [addressesOnly, names, awsLike, hostFw];
const options = { chainMode: 'host' as const, region: 'us-west-2', host: 'sc-01' };

describe('prepareFirewall', () => {
  it('names every host and wildcard a target cannot write, with the targets that can', () => {
    const { rules, omitted, unnamed } = prepareFirewall(addressesOnly, PLAN, RULES, options, ALL);
    const helios = omitted.find((o) => o.what === 'helios.cohesity.com');
    expect(helios).toMatchObject({ why: expect.stringMatching(/--resolve/), instead: ['names'] });
    expect(omitted.find((o) => o.what === '*.cloudfront.net')?.instead).toEqual(['names']);
    expect(omitted.find((o) => o.what === 'sc-02 (2001:db8::12)')?.instead).toEqual([
      'names',
      'aws-like',
      'host-fw',
    ]);
    expect(unnamed).toContain('vc01.corp.example');
    // Nothing of a rule is silently lost: each plan rule is rendered, or has an omission, or both.
    for (const r of RULES.filter((x) => x.scope === 'network')) {
      expect(rules.some((x) => x.id === r.id) || omitted.some((o) => o.rule === r.id)).toBe(true);
    }
    // Host-scope rows belong to host firewalls only: a network firewall does not list them.
    expect(rules.some((r) => r.local)).toBe(false);
  });

  it('writes names natively where the target can, and the S3 prefix list where the provider keeps one', () => {
    const native = prepareFirewall(names, PLAN, RULES, options, ALL);
    expect(native.omitted).toEqual([]);
    expect(native.rules.flatMap((r) => r.destinations.map(endpointText))).toContain(
      '*.s3.us-west-2.amazonaws.com',
    );
    const aws = prepareFirewall(awsLike, PLAN, RULES, options, ALL);
    expect(aws.rules.flatMap((r) => r.destinations.map(endpointText))).toContain(
      'com.amazonaws.us-west-2.s3 (for *.s3.us-west-2.amazonaws.com)',
    );
    // A security group is the connector's own: only sc-01's rows, out and in, never lateral ones.
    for (const r of aws.rules) {
      expect(r.direction).not.toBe('lateral');
      const ends = [...r.sources, ...r.destinations].map(endpointText).join(' ');
      expect(ends).toMatch(/sc-01/);
    }
  });

  it('uses addresses resolved at render time, and says when', () => {
    const resolution = {
      at: '2026-11-28T00:00:00.000Z',
      addresses: new Map([['vc01.corp.example', ['10.30.1.5']]]),
    };
    const prepared = prepareFirewall(addressesOnly, PLAN, RULES, { ...options, resolution }, ALL);
    expect(prepared.rules.flatMap((r) => r.destinations.map(endpointText))).toContain('vc01 (10.30.1.5)');
    expect(prepared.omitted.some((o) => o.what.includes('vc01'))).toBe(false);
    const header = headerLines(
      addressesOnly,
      { version: '0.0.0', inventory: 'site.yaml', catalog: PLAN.catalog, connectors: [] },
      prepared,
      { ...options, resolution },
    );
    expect(header.join('\n')).toMatch(/resolved at render time \(--resolve\), 2026-11-28T00:00:00.000Z/);
    // A file name's direction marks and line breaks cannot make the header read otherwise.
    const tricky = headerLines(
      addressesOnly,
      { version: '0.0.0', inventory: 'site\u202egpj.yaml\nCOMMIT', catalog: PLAN.catalog, connectors: [] },
      prepared,
      options,
    );
    expect(tricky).toContain('inventory: site?gpj.yaml?COMMIT');
    expect(header).toContain('  vc01.corp.example: 10.30.1.5');
  });

  it("keeps a host firewall to its host's rows, with the host's loopback rows", () => {
    const inventory = loadInventory(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }]
sources:
  physical: [{ name: web01, host: 10.50.0.5 }]
`,
      'x.yaml',
    );
    const plan = planInventory(builtinCatalog(), inventory);
    const rules = aggregateRules(plan.openings);
    const web = prepareFirewall(hostFw, plan, rules, { ...options, host: 'web01' }, ALL);
    expect(web.rules.some((r) => r.local && r.ports.includes(59999))).toBe(true);
    const connector = prepareFirewall(hostFw, plan, rules, options, ALL);
    expect(connector.rules.some((r) => r.local)).toBe(false);
    // A host known only by its name still gets its loopback rows: they need no address.
    const named = planInventory(
      builtinCatalog(),
      loadInventory(
        `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }]
sources:
  physical: [{ name: web01, host: web01.corp.example }]
`,
        'named.yaml',
      ),
    );
    const local = prepareFirewall(
      hostFw,
      named,
      aggregateRules(named.openings),
      { ...options, host: 'web01' },
      ALL,
    );
    expect(local.rules.find((r) => r.local)?.sources).toEqual([{ kind: 'any' }]);
    expect(local.omitted.filter((o) => o.what.includes('web01'))).toHaveLength(1);
  });
});

describe('blockCidrs', () => {
  it('covers a range exactly with the fewest CIDRs', () => {
    expect(blockCidrs(addressBlock('10.0.0.1-10.0.0.6', 'range') as never)).toEqual([
      '10.0.0.1/32',
      '10.0.0.2/31',
      '10.0.0.4/31',
      '10.0.0.6/32',
    ]);
    expect(blockCidrs(addressBlock('10.0.0.0/22', 'cidr') as never)).toEqual(['10.0.0.0/22']);
    expect(blockCidrs(addressBlock('0.0.0.0-255.255.255.255', 'range') as never)).toEqual(['0.0.0.0/0']);
    expect(blockCidrs(addressBlock('2001:db8::/127', 'cidr') as never)).toEqual(['2001:db8::/127']);
  });
});
