// Expansion of the built-in catalog over inventories: the rows an inventory needs, and only those.
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/read.js';
import { loadInventory } from '../inventory/load.js';
import { expandOpenings } from './expand.js';
import type { Opening } from './types.js';

const BASE = `
cloud: { region: us-west-2 }
connectors:
  - { name: sc-01, address: 10.20.0.11 }
  - { name: sc-02, address: 10.20.0.12 }
`;

function plan(extra = '') {
  const { openings, warnings } = expandOpenings(builtinCatalog(), loadInventory(BASE + extra, 'test.yaml'));
  return { flows: openings, warnings: warnings.map((w) => w.message) };
}

function summary(f: Opening): string {
  const ports = f.ports === 'any' ? 'any' : f.ports.join(',');
  return `${f.requirement} ${f.from.name ?? f.from.host} -> ${f.to.name ?? f.to.host} ${ports}/${f.transport}`;
}

describe('expandOpenings', () => {
  it("gives a wildcard destination the catalog's name that answers for it, region filled in, and no other", () => {
    const wildcards = plan()
      .flows.filter((f) => f.from.name === 'sc-01' && f.to.kind === 'fqdn-pattern')
      .map((f) => [f.to.host, f.to.sample]);
    expect(wildcards).toEqual([
      ['*.awsglobalaccelerator.com', undefined],
      ['*.s3.us-west-2.amazonaws.com', 's3.us-west-2.amazonaws.com'],
      ['*.dmaas.helios.cohesity.com', undefined],
      ['*.cloudfront.net', undefined],
    ]);
  });

  it('plans only the management rows for connectors alone, with public DNS and NTP defaults', () => {
    const flows = plan()
      .flows.filter((f) => f.from.name === 'sc-01')
      .map(summary);
    expect(flows).toEqual([
      'mgmt-control-helios sc-01 -> helios.cohesity.com 443/tcp',
      'mgmt-control-global-accelerator sc-01 -> *.awsglobalaccelerator.com 443/tcp',
      'mgmt-data-path sc-01 -> *.s3.us-west-2.amazonaws.com 443/tcp',
      'mgmt-data-path sc-01 -> *.dmaas.helios.cohesity.com 443/tcp',
      'mgmt-telemetry sc-01 -> helios-data.cohesity.com 443/tcp',
      'mgmt-upgrade-packages sc-01 -> *.cloudfront.net 443/tcp',
      'mgmt-connectivity-check sc-01 -> production-rigelcheck-us.dmaas.helios.cohesity.com 443/tcp',
      'mgmt-connectivity-check sc-01 -> helios-production-rigelcheck-1.s3.us-east-2.amazonaws.com 443/tcp',
      'mgmt-dns sc-01 -> 8.8.8.8 53/tcp',
      'mgmt-dns sc-01 -> 8.8.8.8 53/udp',
      'mgmt-ntp sc-01 -> time.google.com 123/udp',
      'mgmt-support-channel sc-01 -> rt.cohesity.com 22/tcp',
    ]);
    expect(plan().flows).toHaveLength(24);
    // The public defaults say so, and how to replace them; they never pass for the user's servers.
    const purposes = new Set(
      plan()
        .flows.filter((f) => /dns|ntp/.test(f.requirement))
        .map((f) => f.purpose),
    );
    expect([...purposes]).toEqual([
      'Name resolution, to the public default 8.8.8.8: list your own DNS servers under services.dns to replace it',
      'Time synchronisation, to the public default time.google.com: list your own NTP servers under services.ntp to replace it',
    ]);
  });

  it('replaces the public defaults with the inventory choices', () => {
    const flows = plan(`
services: { dns: [10.0.0.53, 10.0.1.53], ntp: [ntp.corp.example], supportChannelPort: 443, chronycMonitoring: true }
`).flows.filter((f) => f.from.name === 'sc-02' && /dns|ntp|support/.test(f.requirement));
    expect(flows.map(summary)).toEqual([
      'mgmt-dns sc-02 -> 10.0.0.53 53/tcp',
      'mgmt-dns sc-02 -> 10.0.0.53 53/udp',
      'mgmt-dns sc-02 -> 10.0.1.53 53/tcp',
      'mgmt-dns sc-02 -> 10.0.1.53 53/udp',
      'mgmt-ntp sc-02 -> ntp.corp.example 123,323/udp',
      'mgmt-support-channel sc-02 -> rt.cohesity.com 443/tcp',
    ]);
    const ntp = flows.find((f) => f.requirement === 'mgmt-ntp');
    expect(flows.map((f) => f.purpose)).toContain("Name resolution, to the inventory's DNS servers");
    expect(ntp?.purpose).toBe(
      "Time synchronisation, to the inventory's NTP servers; 323/udp: Monitoring and steering chrony with chronyc",
    );
    expect(ntp?.app).toBe('ntp');
    expect(ntp?.portApps).toEqual({ 323: 'chronyc' });
  });

  it('plans Oracle inbound ports by operating system, and the local monitoring port on the host itself', () => {
    const flows = plan(`
sources:
  oracle:
    - { host: ora-lin.corp.example, os: linux }
    - { host: ora-win.corp.example, os: windows }
`).flows.filter((f) => f.workload === 'oracle');
    expect(flows.map(summary)).toEqual([
      'oracle-agent sc-01 -> ora-lin.corp.example 50051/tcp',
      'oracle-agent sc-02 -> ora-lin.corp.example 50051/tcp',
      'oracle-agent sc-01 -> ora-win.corp.example 50051/tcp',
      'oracle-agent sc-02 -> ora-win.corp.example 50051/tcp',
      'oracle-linux-to-connector ora-lin.corp.example -> sc-01 111,2049/tcp',
      'oracle-linux-to-connector ora-lin.corp.example -> sc-02 111,2049/tcp',
      'oracle-windows-to-connector ora-win.corp.example -> sc-01 11113,11117/tcp',
      'oracle-windows-to-connector ora-win.corp.example -> sc-02 11113,11117/tcp',
      'oracle-local-monitoring ora-lin.corp.example -> ora-lin.corp.example 59999/tcp',
      'oracle-local-monitoring ora-win.corp.example -> ora-win.corp.example 59999/tcp',
    ]);
    expect(flows.filter((f) => f.direction === 'in')).toHaveLength(4);
    expect(flows.filter((f) => f.scope === 'host').every((f) => f.direction === 'lateral')).toBe(true);
  });

  it('tags VMware platforms with their own rows: on-prem, VMC gateways, AVS', () => {
    const flows = plan(`
sources:
  vmware:
    - { vcenter: vc-onprem.corp.example, esxi: [10.30.0.0/28], platform: on-prem }
    - { vcenter: vc-vmc.corp.example, esxi: [10.31.0.0/28], platform: vmc }
    - { vcenter: vc-avs.corp.example, esxi: [10.32.0.0/28], platform: avs }
`).flows.filter((f) => f.from.name === 'sc-01' && f.workload !== 'management');
    expect(flows.map((f) => `${summary(f)} ${f.gateway ?? '-'}`)).toEqual([
      'vmware-vcenter-api sc-01 -> vc-onprem.corp.example 443/tcp -',
      'vmware-esxi-file-recovery sc-01 -> 10.30.0.0/28 443/tcp -',
      'vmware-esxi-vadp sc-01 -> 10.30.0.0/28 902/tcp -',
      'vmc-vcenter-api sc-01 -> vc-vmc.corp.example 443/tcp management',
      'vmc-esxi-file-recovery sc-01 -> 10.31.0.0/28 443/tcp management',
      'vmc-compute-any sc-01 -> any any/tcp compute',
      'avs-vcenter-api sc-01 -> vc-avs.corp.example 443/tcp -',
      'avs-esxi-file-recovery sc-01 -> 10.32.0.0/28 443/tcp -',
      'avs-any sc-01 -> any any/tcp -',
      'avs-esxi-vadp sc-01 -> 10.32.0.0/28 902/tcp -',
    ]);
    expect(flows.find((f) => f.requirement === 'vmc-compute-any')?.note).toMatch(/Compute Gateway/);
  });

  it('gives each Hyper-V host flows to its own guests only', () => {
    const flows = plan(`
sources:
  hyperv:
    - { host: hv01.corp.example, guests: [10.40.0.0/24] }
    - { host: hv02.corp.example, guests: [10.41.0.0/24, 10.41.1.5] }
`).flows.filter((f) => f.requirement === 'hyperv-guest-file-recovery');
    expect(flows.map(summary)).toEqual([
      'hyperv-guest-file-recovery hv01.corp.example -> 10.40.0.0/24 5986/tcp',
      'hyperv-guest-file-recovery hv02.corp.example -> 10.41.0.0/24 5986/tcp',
      'hyperv-guest-file-recovery hv02.corp.example -> 10.41.1.5 5986/tcp',
    ]);
    expect(flows.every((f) => f.scope === 'network' && f.direction === 'lateral')).toBe(true);
  });

  it('plans NAS ports by the protocols each NAS uses', () => {
    const flows = plan(`
sources:
  nas:
    - { host: nfs-only.corp.example, protocols: [nfs] }
    - { host: both.corp.example, protocols: [smb, snapshot-api] }
`).flows.filter((f) => f.workload === 'nas' && f.from.name === 'sc-01');
    expect(flows.map(summary)).toEqual([
      'nas-nfs sc-01 -> nfs-only.corp.example 111,2049/tcp',
      'nas-smb sc-01 -> both.corp.example 445/tcp',
      'nas-snapshot-api sc-01 -> both.corp.example 443/tcp',
    ]);
    expect(flows[0]?.portApps).toEqual({ 111: 'portmapper' });
  });

  it('plans agent upgrades from clients into every connector, only when there are agents and clients', () => {
    const upgrades = (extra: string) =>
      plan(extra).flows.filter((f) => f.requirement === 'agent-upgrade-from-client');
    // VMware is protected without agents: nothing to upgrade.
    expect(
      upgrades('clients: [10.99.0.0/24]\nsources: { vmware: [{ vcenter: vc.corp.example }] }\n'),
    ).toEqual([]);
    expect(plan('sources: { vmware: [{ vcenter: vc.corp.example }] }\n').warnings).toEqual([]);
    // Agents but no clients: said, not silently dropped.
    expect(plan('sources: { mssql: [{ host: sql01.corp.example }] }\n').warnings).toEqual([
      'agent-upgrade-from-client (Agent upgrades started from the UI) is not planned: the inventory lists no clients ' +
        '(The document does not say who the client is. portplan reads it as the machines the Cohesity UI is used ' +
        'from to start agent upgrades, listed under clients in the inventory; without clients the row is not planned.)',
    ]);
    const flows = upgrades(
      'clients: [10.99.0.0/24, 2001:db8::/64]\nsources: { physical: [{ host: 10.50.0.5 }] }\n',
    );
    expect(flows.map(summary)).toEqual([
      'agent-upgrade-from-client 10.99.0.0/24 -> sc-01 80,443/tcp',
      'agent-upgrade-from-client 10.99.0.0/24 -> sc-02 80,443/tcp',
    ]);
    expect(flows.every((f) => f.direction === 'in')).toBe(true);
  });

  it('leaves out pairs of an IPv4 and an IPv6 end, with a warning', () => {
    const { flows, warnings } = plan(
      'clients: [10.99.0.0/24, 2001:db8::/64]\nsources: { physical: [{ host: 10.50.0.5 }, { host: "2001:db8:50::5" }] }\n',
    );
    expect(flows.filter((f) => f.requirement === 'physical-agent').map(summary)).toEqual([
      'physical-agent sc-01 -> 10.50.0.5 50051/tcp',
      'physical-agent sc-02 -> 10.50.0.5 50051/tcp',
    ]);
    expect(warnings).toEqual([
      'physical-agent: 2 pair(s) left out, IPv4 on one end and IPv6 on the other (first: 10.20.0.11 → 2001:db8:50::5); give those hosts an address of the other family too',
      'agent-upgrade-from-client: 2 pair(s) left out, IPv4 on one end and IPv6 on the other (first: 2001:db8::/64 → 10.20.0.11); give those hosts an address of the other family too',
    ]);
  });

  it('treats spellings of one address as one host', () => {
    const flows = expandOpenings(
      builtinCatalog(),
      loadInventory(
        `cloud: { region: us-west-2 }
connectors: [{ name: sc-v6, address: "2001:db8::11" }]
services: { dns: ["2001:db8::53", "2001:DB8:0::53"], ntp: [ntp.corp.example, NTP.Corp.Example.] }
`,
        'test.yaml',
      ),
    ).openings.filter((f) => /dns|ntp/.test(f.requirement));
    expect(flows.map(summary)).toEqual([
      'mgmt-dns sc-v6 -> 2001:db8::53 53/tcp',
      'mgmt-dns sc-v6 -> 2001:db8::53 53/udp',
      'mgmt-ntp sc-v6 -> ntp.corp.example 123/udp',
    ]);
  });

  it('keeps one flow per requirement, source, destination and transport', () => {
    const flows = plan(`
sources:
  vmware:
    - { vcenter: vc1.corp.example, esxi: [10.31.0.1], platform: vmc }
    - { vcenter: vc2.corp.example, esxi: [10.31.0.1], platform: vmc }
  physical: [{ host: 10.50.0.5 }, { host: 10.50.0.5 }]
`).flows;
    const keys = flows.map((f) => `${f.requirement} ${f.from.host} ${f.to.host} ${f.transport}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(flows.filter((f) => f.requirement === 'vmc-compute-any')).toHaveLength(2);
    expect(flows.filter((f) => f.requirement === 'vmc-esxi-file-recovery')).toHaveLength(2);
    expect(flows.filter((f) => f.requirement === 'physical-local-monitoring')).toHaveLength(1);
  });

  it('carries the vendor reference and the direction of every flow', () => {
    const flows = plan('sources: { mssql: [{ host: sql01.corp.example }] }\n').flows.filter(
      (f) => f.workload === 'mssql',
    );
    expect(
      flows.map((f) => `${f.requirement} ${f.direction} ${f.scope} ${f.ref.table}.${f.ref.row}`),
    ).toEqual([
      'mssql-agent out network 9.1',
      'mssql-agent out network 9.1',
      'mssql-to-connector in network 9.2',
      'mssql-to-connector in network 9.2',
      'mssql-instance-local lateral host 9.3',
    ]);
  });
});

describe("expandPlan with a catalog of the user's own", () => {
  it('refuses an inventory choice the catalog does not offer', () => {
    const catalog = {
      ...builtinCatalog(),
      requirements: builtinCatalog().requirements.map((r) =>
        r.choice ? { ...r, choice: { ...r.choice, alternatives: [8022] } } : r,
      ),
    };
    const inv = loadInventory(`${BASE}services: { supportChannelPort: 443 }\n`, 'test.yaml');
    expect(() => expandOpenings(catalog, inv)).toThrow(
      "the inventory's services.supportChannelPort is 443, but catalog requirement mgmt-support-channel offers 22 or 8022",
    );
  });
});
