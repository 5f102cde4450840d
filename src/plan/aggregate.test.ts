// Aggregation must be honest (exactly the flows' openings) and small (shared ports and hosts merged).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openingSet, ruleSet, setDifference } from '../../test/honesty.js';
import { builtinCatalog } from '../catalog/read.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from './aggregate.js';
import { planInventory } from './plan.js';
import type { FlowEnd, Opening } from './types.js';

function example(name: string) {
  const file = `examples/${name}.yaml`;
  return planInventory(builtinCatalog(), loadInventory(readFileSync(file, 'utf8'), file));
}

describe('aggregateRules', () => {
  it.each(['small', 'large'])('opens exactly what the %s example plan needs, no more', (name) => {
    const plan = example(name);
    const rules = aggregateRules(plan.openings);
    expect(setDifference(openingSet(plan.openings), ruleSet(rules))).toEqual({ missing: [], extra: [] });
    expect(rules.length).toBeLessThan(plan.openings.length);
  });

  it('merges destinations and sources that share ports, transport and purpose', () => {
    const rules = aggregateRules(example('small').openings);
    const control = rules.filter((r) => r.purpose === "Control path to Cohesity's cloud");
    expect(control).toHaveLength(1);
    expect(control[0]?.sources.map((s) => s.name)).toEqual(['sc-01', 'sc-02']);
    expect(control[0]?.destinations.map((d) => d.host)).toEqual([
      'helios.cohesity.com',
      '*.awsglobalaccelerator.com',
    ]);
    expect(control[0]?.requirements).toEqual(['mgmt-control-helios', 'mgmt-control-global-accelerator']);
    expect(control[0]?.refs.map((r) => r.row)).toEqual([1, 2]);
  });

  it('keeps rules with different purposes apart even on the same ports', () => {
    const rules = aggregateRules(example('small').openings);
    const esxi = rules.filter((r) => r.destinations.some((d) => d.role === 'esxi'));
    expect(esxi.map((r) => `${r.ports}/${r.transport} ${r.requirements.join(',')}`)).toEqual([
      '443/tcp vmware-esxi-file-recovery',
      '902/tcp vmware-esxi-vadp',
    ]);
  });

  it('merges ports when the destinations are the same', () => {
    const flows = example('small').openings;
    const rules = aggregateRules(flows);
    const upgrade = rules.find((r) => r.requirements.includes('agent-upgrade-from-client'));
    expect(upgrade).toMatchObject({ ports: [80, 443], transport: 'tcp', direction: 'in' });
    expect(upgrade?.apps).toEqual(['http', 'https']);
  });

  it('lists host-scope rules once with every host, collapsed, and no destinations: each reaches only itself', () => {
    const inv = loadInventory(
      `cloud: { region: us-east-1 }
connectors: [{ name: sc, address: 10.0.0.1 }]
sources: { physical: [{ host: 10.50.0.5 }, { host: 10.50.0.6 }, { host: 10.50.0.7 }] }
`,
      'x.yaml',
    );
    const rules = aggregateRules(planInventory(builtinCatalog(), inv).openings).filter(
      (r) => r.scope === 'host',
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]?.sources).toEqual([{ role: 'physical', host: '10.50.0.5-10.50.0.7', kind: 'range' }]);
    expect(rules[0]?.destinations).toEqual([]);
    expect(rules[0]?.self).toBe(true);
    expect(rules[0]?.ports).toEqual([59999]);
  });

  it('orders rules outbound first, then inbound, then lateral, and numbers them', () => {
    const rules = aggregateRules(example('small').openings);
    const dirs = rules.map((r) => r.direction);
    expect(dirs).toEqual(
      [...dirs].sort((a, b) => ['out', 'in', 'lateral'].indexOf(a) - ['out', 'in', 'lateral'].indexOf(b)),
    );
    expect(rules.map((r) => r.id)).toEqual(rules.map((_, i) => `r${String(i + 1).padStart(3, '0')}`));
  });
});

describe('aggregateRules with one host spelled two ways', () => {
  it('lists the host once', () => {
    const inv = loadInventory(
      `cloud: { region: us-east-1 }
connectors: [{ name: sc, address: 10.0.0.1 }]
sources:
  oracle: [{ name: ora, host: DB1.corp.example, os: linux }]
  mssql: [{ name: sql, host: db1.corp.example. }]
`,
      'x.yaml',
    );
    const agent = aggregateRules(planInventory(builtinCatalog(), inv).openings).find((r) =>
      r.requirements.includes('oracle-agent'),
    );
    expect(agent?.destinations.map((d) => d.host)).toEqual(['DB1.corp.example']);
    expect(agent?.requirements).toEqual(['oracle-agent', 'mssql-agent']);
  });
});

/** A plan of one connector and the given ESXi hosts; the rules toward them. */
function esxiRules(esxi: string[], connectors = '[{ name: sc, address: 10.0.0.1 }]') {
  const inv = loadInventory(
    `cloud: { region: us-east-1 }
connectors: ${connectors}
sources: { vmware: [{ esxi: ${JSON.stringify(esxi)} }] }
`,
    'x.yaml',
  );
  return aggregateRules(planInventory(builtinCatalog(), inv).openings).filter((r) =>
    r.destinations.some((d) => d.role === 'esxi'),
  );
}

describe('aggregateRules collapsing neighbouring addresses', () => {
  it('makes 1,024 consecutive ESXi addresses listed one by one one /22', () => {
    const esxi = Array.from({ length: 1024 }, (_, i) => `10.30.${i >> 8}.${i & 255}`);
    const rules = esxiRules(esxi);
    expect(rules).toHaveLength(2);
    for (const r of rules)
      expect(r.destinations).toEqual([{ role: 'esxi', host: '10.30.0.0/22', kind: 'cidr' }]);
  });

  it('makes touching and overlapping CIDRs, ranges and addresses one /22', () => {
    const rules = esxiRules(['10.30.2.7', '10.30.0.0/23', '10.30.1.128-10.30.2.255', '10.30.3.0/24']);
    expect(rules[0]?.destinations.map((d) => d.host)).toEqual(['10.30.0.0/22']);
  });

  it('writes a run that is no CIDR as a range, and IPv6 runs the same way', () => {
    const v4 = Array.from({ length: 254 }, (_, i) => `10.30.0.${i + 1}`);
    const v6 = Array.from({ length: 256 }, (_, i) => `2001:db8::${i.toString(16)}`);
    const rules = esxiRules(
      [...v4, ...v6],
      '[{ name: sc, address: 10.0.0.1 }, { name: sc6, address: "2001:db8:1::1" }]',
    );
    const vadp = rules.filter((r) => r.requirements.includes('vmware-esxi-vadp'));
    expect(vadp.flatMap((r) => r.destinations.map((d) => `${d.host} ${d.kind}`))).toEqual([
      '10.30.0.1-10.30.0.254 range',
      '2001:db8::/120 cidr',
    ]);
  });

  it('never merges across a gap, nor hostnames, and keeps an end that alone makes its block as written', () => {
    const rules = esxiRules([
      'ESX1.corp.example',
      '10.30.0.0/25',
      'esx2.corp.example',
      '10.30.0.200',
      '10.30.0.5',
      '10.30.1.0/25',
      '10.30.1.128/25',
    ]);
    expect(rules[0]?.destinations.map((d) => d.host)).toEqual([
      'ESX1.corp.example',
      '10.30.0.0/25',
      'esx2.corp.example',
      '10.30.0.200',
      '10.30.1.0/24',
    ]);
  });

  it('keeps named hosts one by one, with their names', () => {
    const inv = loadInventory(
      `cloud: { region: us-east-1 }
connectors: [{ name: sc, address: 10.0.0.1 }]
sources: { physical: [{ name: web1, host: 10.50.0.5 }, { name: web2, host: 10.50.0.6 }, { host: 10.50.0.7 }] }
`,
      'x.yaml',
    );
    const agent = aggregateRules(planInventory(builtinCatalog(), inv).openings).find(
      (r) => r.direction === 'out' && r.destinations.some((d) => d.role === 'physical'),
    );
    expect(agent?.destinations.map((d) => d.name ?? d.host)).toEqual(['web1', 'web2', '10.50.0.7']);
  });

  it('never merges two roles into one end, so each end keeps its role', () => {
    const connector: FlowEnd = { role: 'connector', host: '10.0.0.1', kind: 'ip', name: 'sc' };
    const opening = (to: FlowEnd): Opening => ({
      requirement: `to-${to.role}`,
      workload: 'physical',
      from: connector,
      to,
      transport: 'tcp',
      ports: [443],
      app: 'https',
      scope: 'network',
      direction: 'out',
      purpose: 'p',
      ref: { section: 's', table: 1, row: 1 },
    });
    const rules = aggregateRules([
      opening({ role: 'physical', host: '10.50.0.0/25', kind: 'cidr' }),
      opening({ role: 'mssql', host: '10.50.0.128/25', kind: 'cidr' }),
    ]);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.destinations.map((d) => `${d.role} ${d.host}`)).toEqual([
      'physical 10.50.0.0/25',
      'mssql 10.50.0.128/25',
    ]);
  });
});
