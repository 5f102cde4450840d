// Flows: one per (source host, destination, transport), whatever requirements meet there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/load.js';
import { loadInventory } from '../inventory/load.js';
import { planInventory } from './plan.js';

function planOf(text: string) {
  return planInventory(builtinCatalog(), loadInventory(text, 'test.yaml'));
}

describe('mergeOpenings (through planInventory)', () => {
  it.each(['small', 'large'])(
    'gives examples/%s.yaml one flow per source, destination and transport',
    (name) => {
      const file = `examples/${name}.yaml`;
      const plan = planOf(readFileSync(file, 'utf8'));
      const keys = plan.flows.map((f) => `${f.from.host}|${f.to.host}|${f.transport}`);
      expect(new Set(keys).size).toBe(keys.length);
      // Every opening's ports are in its flow, and nothing else is.
      const opened = new Set(
        plan.openings.flatMap((o) =>
          (o.ports === 'any' ? ['any'] : o.ports).map(
            (p) => `${o.from.host}|${o.to.host}|${o.transport}|${p}`,
          ),
        ),
      );
      const flowed = new Set(
        plan.flows.flatMap((f) =>
          (f.ports === 'any' ? ['any'] : f.ports).map(
            (p) => `${f.from.host}|${f.to.host}|${f.transport}|${p}`,
          ),
        ),
      );
      expect(flowed).toEqual(opened);
    },
  );

  it("merges requirements that meet between two hosts, keeping each port's protocol", () => {
    const plan = planOf(`cloud: { region: us-east-1 }
connectors: [{ name: sc, address: 10.0.0.1 }]
sources:
  nas: [{ host: nas.corp.example, protocols: [nfs, smb, snapshot-api] }]
  physical: [{ host: 10.50.0.5 }]
  mssql: [{ host: 10.50.0.5 }]
`);
    const nas = plan.flows.filter((f) => f.to.host === 'nas.corp.example');
    expect(nas).toHaveLength(1);
    expect(nas[0]).toMatchObject({
      requirement: 'nas-nfs',
      requirements: ['nas-nfs', 'nas-smb', 'nas-snapshot-api'],
      ports: [111, 443, 445, 2049],
      app: 'nfs',
      portApps: { 111: 'portmapper', 443: 'https', 445: 'smb' },
      purpose:
        'NFS access to the NAS for backup and recovery; SMB access to the NAS for backup and recovery; Storage array API for snapshot-based backups (NetApp, Isilon, Pure Storage and similar)',
    });
    expect(nas[0]?.refs.map((r) => r.row)).toEqual([1, 2, 3]);
    // One server listed as a physical server and as a SQL Server host: one flow, both requirements.
    const agent = plan.flows.filter((f) => f.to.host === '10.50.0.5' && f.from.name === 'sc');
    expect(agent.map((f) => [f.ports, f.requirements])).toEqual([
      [[50051], ['physical-agent', 'mssql-agent']],
    ]);
    expect(agent[0]?.portApps).toBeUndefined();
  });
});
