// Aggregation must be honest (exactly the flows' openings) and small (shared ports and hosts merged).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/load.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from './aggregate.js';
import { planInventory } from './plan.js';
import type { Opening, Rule } from './types.js';

function openings(flows: Opening[]): string[] {
  return flows
    .flatMap((f) =>
      (f.ports === 'any' ? ['any'] : f.ports).map((p) => `${f.from.host}>${f.to.host}:${p}/${f.transport}`),
    )
    .sort();
}

/** Every source × destination × port of a rule; a `self` rule pairs each source with itself. */
function ruleOpenings(rules: Rule[]): string[] {
  const out: string[] = [];
  for (const r of rules) {
    for (const p of r.ports === 'any' ? ['any'] : r.ports) {
      if (r.self) {
        for (const s of r.sources) out.push(`${s.host}>${s.host}:${p}/${r.transport}`);
      } else {
        for (const s of r.sources)
          for (const d of r.destinations) out.push(`${s.host}>${d.host}:${p}/${r.transport}`);
      }
    }
  }
  return out.sort();
}

function example(name: string) {
  const file = `examples/${name}.yaml`;
  return planInventory(builtinCatalog(), loadInventory(readFileSync(file, 'utf8'), file));
}

describe('aggregateRules', () => {
  it.each(['small', 'large'])('opens exactly what the %s example plan needs, no more', (name) => {
    const plan = example(name);
    const rules = aggregateRules(plan.openings);
    expect(ruleOpenings(rules)).toEqual(openings(plan.openings));
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

  it('lists host-scope rules once with every host and no destinations: each reaches only itself', () => {
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
    expect(rules[0]?.sources.map((s) => s.host)).toEqual(['10.50.0.5', '10.50.0.6', '10.50.0.7']);
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
