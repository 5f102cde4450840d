// Flows: one per (source host, destination, transport), whatever requirements meet there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/read.js';
import { loadInventory } from '../inventory/load.js';
import { endKeys } from './ends.js';
import { mergeOpenings } from './merge.js';
import { planInventory } from './plan.js';
import type { Flow, FlowEnd, Opening } from './types.js';

function planOf(text: string) {
  return planInventory(builtinCatalog(), loadInventory(text, 'test.yaml'));
}

describe('mergeOpenings (through planInventory)', () => {
  it.each(['small', 'large'])(
    'gives examples/%s.yaml one flow per source, destination, transport and place',
    (name) => {
      const file = `examples/${name}.yaml`;
      const plan = planOf(readFileSync(file, 'utf8'));
      const keyOf = endKeys();
      const place = (o: Opening) =>
        `${keyOf(o.from)}|${keyOf(o.to)}|${o.transport}|${o.gateway ?? ''}|${o.note ?? ''}`;
      const keys = plan.flows.map(place);
      expect(new Set(keys).size).toBe(keys.length);
      // Every port of every opening is in its flow with the same protocol, and the flow has nothing else.
      const opened = (list: readonly Opening[]) =>
        new Set(
          list.flatMap((o) =>
            [...(o.ports === 'any' ? ['any'] : o.ports), ...(o.portRanges ?? []).map((r) => r.join('-'))].map(
              (p) => `${place(o)}|${p}|${o.ports === 'any' ? o.app : (o.portApps?.[String(p)] ?? o.app)}`,
            ),
          ),
        );
      expect(opened(plan.flows)).toEqual(opened(plan.openings));
    },
  );

  it('keeps openings configured in different places apart: a VMC gateway rule, an AVS one, your own', () => {
    const plan = planOf(`cloud: { region: us-east-1 }
connectors: [{ name: sc, address: 10.0.0.1 }]
sources:
  vmware:
    - { vcenter: vc-vmc.corp.example, esxi: [10.31.0.1], platform: vmc }
    - { vcenter: vc-avs.corp.example, esxi: [10.32.0.1], platform: avs }
  physical: [{ host: 10.31.0.1 }]
`);
    const toAny = plan.flows.filter((f) => f.to.kind === 'any');
    expect(toAny.map((f) => [f.requirements, f.gateway])).toEqual([
      [['vmc-compute-any'], 'compute'],
      [['avs-any'], undefined],
    ]);
    const esxi = plan.flows.filter((f) => f.to.host === '10.31.0.1' && f.from.role === 'connector');
    expect(esxi.map((f) => [f.ports, f.gateway ?? '-'])).toEqual([
      [[443], 'management'],
      [[50051], '-'],
    ]);
  });

  it('does not take a host named "any" for every address', () => {
    const plan = planOf(`cloud: { region: us-east-1 }
connectors: [{ name: sc, address: 10.0.0.1 }]
sources:
  vmware: [{ vcenter: vc.corp.example, platform: vmc }]
  physical: [{ host: any }]
`);
    expect(
      plan.flows
        .filter((f) => f.to.host === 'any' && f.from.role === 'connector')
        .map((f) => [f.to.kind, f.requirements]),
    ).toEqual([
      ['any', ['vmc-compute-any']],
      ['hostname', ['physical-agent']],
    ]);
  });

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

describe('mergeOpenings', () => {
  const end = (host: string, role = 'physical'): FlowEnd => ({ role, host, kind: 'ip' });
  const ref = { section: 'Test', table: 1, row: 1 };
  const opening = (over: Partial<Opening>): Opening => ({
    requirement: 'a',
    workload: 'physical',
    from: end('10.0.0.1', 'connector'),
    to: end('10.0.0.2'),
    transport: 'tcp',
    ports: [443],
    app: 'https',
    scope: 'network',
    direction: 'out',
    purpose: 'first',
    ref,
    ...over,
  });

  it('merges each mix of requirements by what the openings hold, not by their names alone', () => {
    // Two pairs of hosts, the same two requirement ids meeting between each, with other ports.
    const [x, y] = [end('10.0.0.2'), end('10.0.0.3')];
    const flows = mergeOpenings([
      opening({ to: x }),
      opening({ to: x, requirement: 'b', ports: [22], app: 'ssh', purpose: 'second' }),
      opening({ to: y, ports: [8443] }),
      opening({ to: y, requirement: 'b', ports: [2222], app: 'ssh', purpose: 'second' }),
    ]);
    expect(flows.map((f) => [f.to.host, f.ports, f.portApps])).toEqual([
      ['10.0.0.2', [22, 443], { 22: 'ssh' }],
      ['10.0.0.3', [2222, 8443], { 2222: 'ssh' }],
    ]);
  });

  it('gives every flow lists of its own, even when their mixes are the same', () => {
    // Openings of one requirement share their ports, as the plan's do: the second mix is the first's.
    const first = { ports: [443] };
    const second = { requirement: 'b', ports: [22], app: 'ssh' as const, purpose: 'second' };
    const flows = mergeOpenings([
      opening(first),
      opening(second),
      opening({ ...first, to: end('10.0.0.3') }),
      opening({ ...second, to: end('10.0.0.3') }),
    ]);
    expect(flows).toHaveLength(2);
    const [one, two] = flows as [Flow, Flow];
    expect(two).toMatchObject({ requirements: ['a', 'b'], ports: [22, 443], purpose: 'first; second' });
    expect(one.requirements).not.toBe(two.requirements);
    expect(one.refs).not.toBe(two.refs);
    expect(one.ports).not.toBe(two.ports);
  });
});

describe('planInventory warnings', () => {
  const base = 'cloud: { region: us-east-1 }\nconnectors: [{ name: sc, address: 10.0.0.1 }]\n';

  it('warns once about an address that stands for every address, when it is planned', () => {
    const plan = planOf(
      `${base}clients: [0.0.0.0/0, "::/0"]\nsources:\n  physical: [{ host: 0.0.0.0-255.255.255.255 }, { host: 0.0.0.0/0 }, { host: 0.0.0.0/0 }]\n`,
    );
    expect(plan.warnings.map((w) => w.message).filter((m) => m.includes('every address'))).toEqual([
      '0.0.0.0-255.255.255.255 (physical) stands for every address: its rules open to and from anywhere; name the hosts or networks instead',
      '0.0.0.0/0 (physical) stands for every address: its rules open to and from anywhere; name the hosts or networks instead',
      '0.0.0.0/0 (client) stands for every address: its rules open to and from anywhere; name the hosts or networks instead',
    ]);
  });

  it('says only what concerns the workloads asked for', () => {
    const inventory = loadInventory(
      `${base}sources: { mssql: [{ host: sql.corp.example }], vmware: [{ vcenter: vc.corp.example }] }\n`,
      'test.yaml',
    );
    expect(planInventory(builtinCatalog(), inventory).warnings).toHaveLength(1);
    expect(planInventory(builtinCatalog(), inventory, { workloads: ['vmware'] }).warnings).toEqual([]);
    expect(planInventory(builtinCatalog(), inventory, { workloads: ['physical'] }).warnings).toHaveLength(1);
  });
});
