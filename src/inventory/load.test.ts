// Tests of the inventory loader: a table of invalid inventories with their exact messages, and the defaults of valid ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/paths.js';
import { parseProblem } from '../../test/problems.js';
import { InputError } from '../errors.js';
import { AWS_CHINA_REGIONS, AWS_REGIONS } from './aws-regions.js';
import { loadInventory } from './load.js';
import { readInventory } from './read.js';

/**
 * Every `test/fixtures/invalid-*.yaml` inventory and the exact message `loadInventory` gives for
 * it, one `file:line:column: field: message` line per problem, in line order.
 */
const INVALID: [fixture: string, lines: string[]][] = [
  [
    'invalid-alias-bomb.yaml',
    [
      'test/fixtures/invalid-alias-bomb.yaml:7:8: YAML aliases expand to more than 10,000 values (aliases of aliases, an "alias bomb"?); write the values out instead',
    ],
  ],
  [
    'invalid-alias-undefined.yaml',
    [
      'test/fixtures/invalid-alias-undefined.yaml:5:29: YAML syntax: alias *connector has no anchor &connector before it',
    ],
  ],
  [
    'invalid-binary.yaml',
    [
      'test/fixtures/invalid-binary.yaml:1:1: not a text file (it holds NUL bytes); expected YAML text in UTF-8',
    ],
  ],
  [
    'invalid-bom.yaml',
    ['test/fixtures/invalid-bom.yaml:1:18: cloud.region: expected an AWS region such as us-west-2, got 5'],
  ],
  [
    'invalid-cidr-host-bits.yaml',
    [
      'test/fixtures/invalid-cidr-host-bits.yaml:8:14: sources.vmware[0].esxi[0]: "10.30.0.5/28" has host bits set; the network is 10.30.0.0/28',
    ],
  ],
  [
    'invalid-conflict-and-schema.yaml',
    [
      'test/fixtures/invalid-conflict-and-schema.yaml:6:29: connectors[1].address: "10.20.0.11" is also the address of connector "sc-01" (connectors[0].address, test/fixtures/invalid-conflict-and-schema.yaml:5:29); each connector needs an address of its own',
      'test/fixtures/invalid-conflict-and-schema.yaml:9:35: sources.mssql[0].port: unknown field (expected one of: name, host)',
    ],
  ],
  [
    'invalid-connector-address-twice.yaml',
    [
      'test/fixtures/invalid-connector-address-twice.yaml:7:29: connectors[2].address: "sc01.corp.example." is also the address of connector "sc-01" (connectors[0].address, test/fixtures/invalid-connector-address-twice.yaml:5:29); each connector needs an address of its own',
      'test/fixtures/invalid-connector-address-twice.yaml:9:29: connectors[4].address: "2001:DB8:0::12" is also the address of connector "sc-04" (connectors[3].address, test/fixtures/invalid-connector-address-twice.yaml:8:29); each connector needs an address of its own',
    ],
  ],
  [
    'invalid-connector-cidr.yaml',
    [
      'test/fixtures/invalid-connector-cidr.yaml:5:29: connectors[0].address: expected one host (an IP address or a hostname), got a CIDR "10.20.0.0/24"',
    ],
  ],
  [
    'invalid-connector-name.yaml',
    [
      'test/fixtures/invalid-connector-name.yaml:5:13: connectors[0].name: expected a name of letters, digits, ".", "_" and "-" (at most 63, starting with a letter or digit), got "sc 01"',
      'test/fixtures/invalid-connector-name.yaml:6:13: connectors[1].name: expected a name of letters, digits, ".", "_" and "-" (at most 63, starting with a letter or digit), got "sc-02;reboot"',
      'test/fixtures/invalid-connector-name.yaml:7:13: connectors[2].name: expected a name of letters, digits, ".", "_" and "-" (at most 63, starting with a letter or digit), got "-sc-03"',
    ],
  ],
  [
    'invalid-connectors-string.yaml',
    ['test/fixtures/invalid-connectors-string.yaml:4:13: connectors: expected a list, got "sc-01"'],
  ],
  [
    'invalid-dns-hostname.yaml',
    [
      'test/fixtures/invalid-dns-hostname.yaml:7:20: services.dns[1]: expected the IP address of a DNS server (a name cannot be resolved before DNS works), got "dns01.corp.example"',
    ],
  ],
  [
    'invalid-duplicate-connector-name.yaml',
    [
      'test/fixtures/invalid-duplicate-connector-name.yaml:7:13: connectors[2].name: duplicate connector name "sc-01" (first used by connectors[0])',
    ],
  ],
  [
    'invalid-duplicate-key.yaml',
    [
      'test/fixtures/invalid-duplicate-key.yaml:7:5: connectors[0].address: duplicate field (first given on line 6)',
      'test/fixtures/invalid-duplicate-key.yaml:8:1: cloud: duplicate field (first given on line 2)',
    ],
  ],
  [
    'invalid-empty-connectors.yaml',
    [
      'test/fixtures/invalid-empty-connectors.yaml:4:13: connectors: expected at least one item, got an empty list',
    ],
  ],
  [
    'invalid-empty.yaml',
    [
      'test/fixtures/invalid-empty.yaml:1:1: cloud: required field is missing; expected a mapping',
      'test/fixtures/invalid-empty.yaml:1:1: connectors: required field is missing; expected a list',
    ],
  ],
  [
    'invalid-hostname-injection.yaml',
    [
      'test/fixtures/invalid-hostname-injection.yaml:8:16: sources.vmware[0].vcenter: expected one host (an IP address or a hostname), got "vc01; rm -rf /"',
      'test/fixtures/invalid-hostname-injection.yaml:9:16: sources.vmware[1].vcenter: expected one host (an IP address or a hostname), got "$(reboot)"',
      'test/fixtures/invalid-hostname-injection.yaml:10:16: sources.vmware[2].vcenter: expected one host (an IP address or a hostname), got "`reboot`"',
      'test/fixtures/invalid-hostname-injection.yaml:11:16: sources.vmware[3].vcenter: expected one host (an IP address or a hostname), got "vc01 corp example"',
      "test/fixtures/invalid-hostname-injection.yaml:12:16: sources.vmware[4].vcenter: expected one host (an IP address or a hostname), got \"vc01' or '1'='1\"",
      'test/fixtures/invalid-hostname-injection.yaml:13:16: sources.vmware[5].vcenter: expected one host (an IP address or a hostname), got "vc01\\" -j ACCEPT"',
      'test/fixtures/invalid-hostname-injection.yaml:14:16: sources.vmware[6].vcenter: expected one host (an IP address or a hostname), got "vc01\\nreboot"',
      'test/fixtures/invalid-hostname-injection.yaml:15:16: sources.vmware[7].vcenter: expected one host (an IP address or a hostname), got "vc01|nc"',
      'test/fixtures/invalid-hostname-injection.yaml:16:16: sources.vmware[8].vcenter: expected one host (an IP address or a hostname), got "vc01&&calc"',
    ],
  ],
  [
    'invalid-hostname-unshown.yaml',
    [
      'test/fixtures/invalid-hostname-unshown.yaml:8:16: sources.vmware[0].vcenter: expected one host (an IP address or a hostname), got "vc01.corp\\u202eelpmaxe"',
      'test/fixtures/invalid-hostname-unshown.yaml:9:14: sources.vmware[0].esxi[0]: expected an IP address, CIDR, range (first-last) or hostname, got "esx01\\u009b31m"',
      'test/fixtures/invalid-hostname-unshown.yaml:9:32: sources.vmware[0].esxi[1]: expected an IP address, CIDR, range (first-last) or hostname, got "esx02\\u2028reboot"',
    ],
  ],
  [
    'invalid-ipv6-prefix.yaml',
    [
      'test/fixtures/invalid-ipv6-prefix.yaml:6:11: clients[0]: prefix length /129 is longer than 128 bits in "2001:db8::/129"',
    ],
  ],
  [
    'invalid-ipv6-zone.yaml',
    [
      'test/fixtures/invalid-ipv6-zone.yaml:5:29: connectors[0].address: expected one host (an IP address or a hostname), got "fe80::11%eth0"',
    ],
  ],
  [
    'invalid-many-problems.yaml',
    [
      'test/fixtures/invalid-many-problems.yaml:3:11: cloud.region: expected an AWS region such as us-west-2, got "US West 2"; did you mean "us-west-2"?',
      'test/fixtures/invalid-many-problems.yaml:7:11: connectors[1].name: duplicate connector name "sc-01" (first used by connectors[0])',
      'test/fixtures/invalid-many-problems.yaml:8:14: connectors[1].address: expected one host (an IP address or a hostname), got a CIDR "10.20.0.0/24"',
      'test/fixtures/invalid-many-problems.yaml:10:23: services.supportChannelPort: expected one of 22, 443, got 80',
      'test/fixtures/invalid-many-problems.yaml:11:22: services.chronycMonitoring: expected true or false, got "yes"',
      'test/fixtures/invalid-many-problems.yaml:12:25: clients[1]: "10.99.0.1/24" has host bits set; the network is 10.99.0.0/24',
      'test/fixtures/invalid-many-problems.yaml:15:7: sources.vmware[0]: expected a vcenter, esxi hosts, or both',
      'test/fixtures/invalid-many-problems.yaml:17:7: sources.hyperv[0].host: required field is missing; expected an IP address, CIDR, range (first-last) or hostname',
      'test/fixtures/invalid-many-problems.yaml:18:3: sources.oracel: unknown field; did you mean "oracle"?',
    ],
  ],
  [
    'invalid-merge-key.yaml',
    [
      'test/fixtures/invalid-merge-key.yaml:8:52: sources.vmware[0].platform: expected one of on-prem, vmc, avs, got "vmx"',
      'test/fixtures/invalid-merge-key.yaml:8:52: sources.vmware[1].platform: expected one of on-prem, vmc, avs, got "vmx"',
    ],
  ],
  [
    'invalid-merge-not-mapping.yaml',
    [
      'test/fixtures/invalid-merge-not-mapping.yaml:5:9: YAML syntax: a << merge key takes a mapping, an alias of one, or a list of them',
    ],
  ],
  [
    'invalid-missing-connectors.yaml',
    [
      'test/fixtures/invalid-missing-connectors.yaml:2:1: connectors: required field is missing; expected a list',
    ],
  ],
  [
    'invalid-missing-region.yaml',
    [
      'test/fixtures/invalid-missing-region.yaml:2:8: cloud.region: required field is missing; expected an AWS region such as us-west-2',
    ],
  ],
  [
    'invalid-multiple-documents.yaml',
    [
      'test/fixtures/invalid-multiple-documents.yaml:6:1: YAML syntax: a second YAML document starts here; a portplan file holds one: join them, or move the second to a file of its own',
    ],
  ],
  [
    'invalid-nas-protocol.yaml',
    [
      'test/fixtures/invalid-nas-protocol.yaml:9:24: sources.nas[0].protocols[1]: expected one of nfs, smb, snapshot-api, got "ftp"',
    ],
  ],
  [
    'invalid-not-a-mapping.yaml',
    ['test/fixtures/invalid-not-a-mapping.yaml:2:1: expected a mapping, got a list'],
  ],
  [
    'invalid-not-utf8.yaml',
    [
      'test/fixtures/invalid-not-utf8.yaml:5:61: not UTF-8 text (these bytes are not UTF-8); save the file as UTF-8',
    ],
  ],
  [
    'invalid-oracle-os-overlap.yaml',
    [
      'test/fixtures/invalid-oracle-os-overlap.yaml:9:15: sources.oracle[1].host: "10.1.0.5" is inside "10.1.0.0/24", listed with os linux (sources.oracle[0].host, test/fixtures/invalid-oracle-os-overlap.yaml:8:15); one Oracle host runs one OS: list each address under one os only',
    ],
  ],
  [
    'invalid-oracle-os-twice.yaml',
    [
      'test/fixtures/invalid-oracle-os-twice.yaml:9:15: sources.oracle[1].host: "ora01.corp.example" is also listed with os linux (sources.oracle[0].host, test/fixtures/invalid-oracle-os-twice.yaml:8:15); one Oracle host runs one OS: list it once, with its own os',
    ],
  ],
  [
    'invalid-oracle-os.yaml',
    [
      'test/fixtures/invalid-oracle-os.yaml:9:11: sources.oracle[0].os: expected one of linux, windows, got "solaris"',
    ],
  ],
  [
    'invalid-platform.yaml',
    [
      'test/fixtures/invalid-platform.yaml:9:17: sources.vmware[0].platform: expected one of on-prem, vmc, avs, got "vmx"',
    ],
  ],
  [
    'invalid-platform-overlap.yaml',
    [
      'test/fixtures/invalid-platform-overlap.yaml:9:44: sources.vmware[1].esxi[0]: "10.30.0.5" is inside "10.30.0.0/24", listed with platform on-prem (sources.vmware[0].esxi[0], test/fixtures/invalid-platform-overlap.yaml:8:44); one ESXi host runs on one platform: list each address under one platform only',
      'test/fixtures/invalid-platform-overlap.yaml:9:55: sources.vmware[1].esxi[1]: "2001:db8:30::10-2001:db8:30::20" is inside "2001:db8:30::/64", listed with platform on-prem (sources.vmware[0].esxi[1], test/fixtures/invalid-platform-overlap.yaml:8:58); one ESXi host runs on one platform: list each address under one platform only',
      'test/fixtures/invalid-platform-overlap.yaml:10:44: sources.vmware[2].esxi[0]: "10.30.0.250-10.30.1.5" overlaps "10.30.0.0/24", listed with platform on-prem (sources.vmware[0].esxi[0], test/fixtures/invalid-platform-overlap.yaml:8:44); one ESXi host runs on one platform: list each address under one platform only',
    ],
  ],
  [
    'invalid-port-string.yaml',
    [
      'test/fixtures/invalid-port-string.yaml:7:23: services.supportChannelPort: expected one of 22, 443, got "443"',
    ],
  ],
  [
    'invalid-range-mixed.yaml',
    [
      'test/fixtures/invalid-range-mixed.yaml:6:11: clients[0]: range "10.99.0.1-2001:db8::1" mixes IPv4 and IPv6',
    ],
  ],
  [
    'invalid-range-reversed.yaml',
    [
      'test/fixtures/invalid-range-reversed.yaml:6:11: clients[0]: range "10.99.0.20-10.99.0.10" ends before it starts',
    ],
  ],
  [
    'invalid-region-case.yaml',
    [
      'test/fixtures/invalid-region-case.yaml:3:11: cloud.region: expected an AWS region such as us-west-2, got "US-WEST-2"; did you mean "us-west-2"?',
    ],
  ],
  [
    'invalid-region-china.yaml',
    [
      `test/fixtures/invalid-region-china.yaml:3:11: cloud.region: "cn-north-1" is an AWS China region: S3 there is *.s3.cn-north-1.amazonaws.com.cn, which the vendor's data-path row (*.s3.<region>.amazonaws.com) does not cover, so the plan would open names the connector does not use; regionUnlisted: true under cloud accepts it anyway, at your own risk`,
    ],
  ],
  [
    'invalid-region-unknown.yaml',
    [
      'test/fixtures/invalid-region-unknown.yaml:3:11: cloud.region: "us-wset-2" is not an AWS region portplan knows; did you mean "us-west-2"? (for a region newer than portplan, add regionUnlisted: true under cloud)',
    ],
  ],
  [
    'invalid-region-unlisted.yaml',
    [
      'test/fixtures/invalid-region-unlisted.yaml:3:11: cloud.region: "xx-newregion-1" is not an AWS region portplan knows (for a region newer than portplan, add regionUnlisted: true under cloud)',
    ],
  ],
  [
    'invalid-source-at-connector.yaml',
    [
      'test/fixtures/invalid-source-at-connector.yaml:8:15: sources.physical[0].host: "10.20.0.11" is the address of connector "sc-01" (connectors[0].address, test/fixtures/invalid-source-at-connector.yaml:5:29); a data source cannot be at a connector\'s address',
      'test/fixtures/invalid-source-at-connector.yaml:10:44: sources.vmware[0].esxi[0]: "10.20.0.11/32" is the address of connector "sc-01" (connectors[0].address, test/fixtures/invalid-source-at-connector.yaml:5:29); a data source cannot be at a connector\'s address',
    ],
  ],
  [
    'invalid-support-channel-port.yaml',
    [
      'test/fixtures/invalid-support-channel-port.yaml:7:23: services.supportChannelPort: expected one of 22, 443, got 80',
    ],
  ],
  [
    'invalid-unknown-key-far.yaml',
    [
      'test/fixtures/invalid-unknown-key-far.yaml:2:1: site: unknown field (expected one of: cloud, connectors, services, clients, sources)',
    ],
  ],
  [
    'invalid-unknown-key.yaml',
    ['test/fixtures/invalid-unknown-key.yaml:4:1: conectors: unknown field; did you mean "connectors"?'],
  ],
  [
    'invalid-unknown-nested-key.yaml',
    ['test/fixtures/invalid-unknown-nested-key.yaml:3:3: cloud.regon: unknown field; did you mean "region"?'],
  ],
  [
    'invalid-utf16.yaml',
    ['test/fixtures/invalid-utf16.yaml:1:1: the file is UTF-16 text; portplan reads UTF-8: save it as UTF-8'],
  ],
  [
    'invalid-vcenter-platforms.yaml',
    [
      'test/fixtures/invalid-vcenter-platforms.yaml:9:18: sources.vmware[1].vcenter: "VC01.corp.example" is also listed with platform on-prem (sources.vmware[0].vcenter, test/fixtures/invalid-vcenter-platforms.yaml:8:18); one vCenter runs on one platform: list it once, with its own platform',
      'test/fixtures/invalid-vcenter-platforms.yaml:10:44: sources.vmware[2].esxi[0]: "10.30.0.5" is also listed with platform on-prem (sources.vmware[0].esxi[0], test/fixtures/invalid-vcenter-platforms.yaml:8:44); one ESXi host runs on one platform: list it once, with its own platform',
    ],
  ],
  [
    'invalid-vmware-empty.yaml',
    [
      'test/fixtures/invalid-vmware-empty.yaml:8:7: sources.vmware[0]: expected a vcenter, esxi hosts, or both',
    ],
  ],
  [
    'invalid-yaml-syntax.yaml',
    [
      'test/fixtures/invalid-yaml-syntax.yaml:6:14: YAML syntax: Nested mappings are not allowed in compact mappings',
    ],
  ],
  [
    'invalid-yaml-tab.yaml',
    [
      'test/fixtures/invalid-yaml-tab.yaml:3:1: YAML syntax: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces',
    ],
  ],
  [
    'invalid-yaml-tabs-many.yaml',
    [
      'test/fixtures/invalid-yaml-tabs-many.yaml:5:1: YAML syntax: a tab in the indentation; YAML indents with spaces only: replace the tabs on lines 5, 6, 7, 8, 10, 11 with spaces',
    ],
  ],
];

function loadError(text: string, file: string): InputError {
  try {
    loadInventory(text, file);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${file} loaded without error`);
}

const MINIMAL = 'cloud:\n  region: us-west-2\nconnectors:\n  - { name: sc-01, address: 10.20.0.11 }\n';

describe('loadInventory rejects invalid inventories', () => {
  it.each(INVALID)('%s', (fixture, lines) => {
    const file = `test/fixtures/${fixture}`;
    const error = loadError(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(error.message).toBe(lines.join('\n'));
    expect(error.problems).toEqual(lines.map(parseProblem));
    expect(error.code).toBe('PORTPLAN_INPUT');
    expect(error.exitCode).toBe(2);
  });

  it('has a table entry for every invalid inventory fixture, and a fixture for every entry', () => {
    const onDisk = readdirSync(join(ROOT, 'test/fixtures'))
      .filter((f) => f.startsWith('invalid-') && !f.startsWith('invalid-catalog-'))
      .sort();
    expect(INVALID.map(([fixture]) => fixture).sort()).toEqual(onDisk);
  });

  it('reports the first occurrence of a field given twice by its line', () => {
    const error = loadError(
      `${MINIMAL}services:\n  supportChannelPort: 22\n  supportChannelPort: 443\n`,
      'x.yaml',
    );
    expect(error.message).toBe(
      'x.yaml:7:3: services.supportChannelPort: duplicate field (first given on line 6)',
    );
  });

  it('points an error found at the end of the file at the end of its last line', () => {
    const error = loadError('cloud: { region: us-west-2\n', 'x.yaml');
    expect(error.message).toBe(
      'x.yaml:1:27: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }',
    );
  });

  it('reports a wrong type with the value given', () => {
    const error = loadError(`${MINIMAL}clients: 10.99.0.0/24\nservices: { ntp: [123] }\n`, 'x.yaml');
    expect(error.message).toBe(
      [
        'x.yaml:5:10: clients: expected a list, got "10.99.0.0/24"',
        'x.yaml:6:19: services.ntp[0]: expected one host (an IP address or a hostname), got 123',
      ].join('\n'),
    );
  });
});

describe('loadInventory accepts valid inventories', () => {
  it('fills in the defaults of a minimal inventory', () => {
    expect(loadInventory(MINIMAL, 'minimal.yaml')).toStrictEqual({
      cloud: { region: 'us-west-2' },
      connectors: [{ name: 'sc-01', address: '10.20.0.11' }],
      services: { supportChannelPort: 22, chronycMonitoring: false },
      clients: [],
      sources: { vmware: [], hyperv: [], physical: [], oracle: [], mssql: [], nas: [] },
    });
  });

  it('fills in the defaults of a data source', () => {
    const inventory = loadInventory(
      `${MINIMAL}sources:\n  vmware: [{ vcenter: vc01.corp.example }]\n  hyperv: [{ host: hv01.corp.example }]\n`,
      'x.yaml',
    );
    expect(inventory.sources.vmware).toStrictEqual([
      { vcenter: 'vc01.corp.example', esxi: [], platform: 'on-prem' },
    ]);
    expect(inventory.sources.hyperv).toStrictEqual([{ host: 'hv01.corp.example', guests: [] }]);
  });

  it('accepts IPv6 addresses, CIDRs and ranges, unquoted', () => {
    const inventory = loadInventory(
      [
        'cloud: { region: eu-central-1 }',
        'connectors:',
        '  - { name: sc-01, address: 2001:db8:20::11 }',
        '  - { name: sc-02, address: 10.20.0.12 }',
        'services:',
        '  dns: [2001:4860:4860::8888, 10.0.0.53]',
        '  ntp: [2001:db8::123, ntp.corp.example]',
        'clients: [2001:db8:99::/48, 2001:db8::1-2001:db8::ff, 10.99.0.0/24, 10.99.0.1-10.99.0.9, ::/0, 0.0.0.0/0]',
        'sources:',
        '  vmware:',
        '    - { vcenter: 2001:db8:30::10, esxi: [2001:db8:30::/64, 10.30.0.0/28, esx01.corp.example] }',
        '',
      ].join('\n'),
      'ipv6.yaml',
    );
    expect(inventory.connectors.map((c) => c.address)).toEqual(['2001:db8:20::11', '10.20.0.12']);
    expect(inventory.services.dns).toEqual(['2001:4860:4860::8888', '10.0.0.53']);
    expect(inventory.services.ntp).toEqual(['2001:db8::123', 'ntp.corp.example']);
    expect(inventory.clients).toEqual([
      '2001:db8:99::/48',
      '2001:db8::1-2001:db8::ff',
      '10.99.0.0/24',
      '10.99.0.1-10.99.0.9',
      '::/0',
      '0.0.0.0/0',
    ]);
    expect(inventory.sources.vmware).toEqual([
      {
        vcenter: '2001:db8:30::10',
        esxi: ['2001:db8:30::/64', '10.30.0.0/28', 'esx01.corp.example'],
        platform: 'on-prem',
      },
    ]);
  });

  it('loads the example in the design document, keeping every value as written', () => {
    const text = [
      'cloud:',
      '  region: us-west-2',
      'connectors:',
      '  - { name: sc-01, address: 10.20.0.11 }',
      '  - { name: sc-02, address: 10.20.0.12 }',
      'services:',
      '  dns: [10.0.0.53]',
      '  ntp: [ntp.corp.example]',
      '  supportChannelPort: 443',
      '  chronycMonitoring: false',
      'clients: [10.99.0.0/24]',
      'sources:',
      '  vmware:   [{ vcenter: vc01.corp.example, esxi: [10.30.0.0/28], platform: on-prem }]',
      '  hyperv:   [{ host: hv01.corp.example, guests: [10.40.0.0/24] }]',
      '  physical: [{ host: 10.50.0.5 }]',
      '  oracle:   [{ host: ora01.corp.example, os: linux }]',
      '  mssql:    [{ host: sql01.corp.example }]',
      '  nas:      [{ host: netapp01.corp.example, protocols: [nfs, smb, snapshot-api] }]',
      '',
    ].join('\n');
    expect(loadInventory(text, 'design.yaml')).toStrictEqual({
      cloud: { region: 'us-west-2' },
      connectors: [
        { name: 'sc-01', address: '10.20.0.11' },
        { name: 'sc-02', address: '10.20.0.12' },
      ],
      services: {
        dns: ['10.0.0.53'],
        ntp: ['ntp.corp.example'],
        supportChannelPort: 443,
        chronycMonitoring: false,
      },
      clients: ['10.99.0.0/24'],
      sources: {
        vmware: [{ vcenter: 'vc01.corp.example', esxi: ['10.30.0.0/28'], platform: 'on-prem' }],
        hyperv: [{ host: 'hv01.corp.example', guests: ['10.40.0.0/24'] }],
        physical: [{ host: '10.50.0.5' }],
        oracle: [{ host: 'ora01.corp.example', os: 'linux' }],
        mssql: [{ host: 'sql01.corp.example' }],
        nas: [{ host: 'netapp01.corp.example', protocols: ['nfs', 'smb', 'snapshot-api'] }],
      },
    });
  });
});

describe('addresses shared between roles', () => {
  it('allows the roles that may share a host', () => {
    const inventory = loadInventory(
      [
        MINIMAL,
        'services: { dns: [10.0.0.53], ntp: [10.0.0.53] }',
        'clients: [10.20.0.0/24]',
        'sources:',
        '  vmware:',
        '    - { vcenter: vc01.corp.example, esxi: [10.30.0.5] }',
        '    - { vcenter: VC01.corp.example., esxi: [10.30.0.6], platform: on-prem }',
        '  physical: [{ host: db01.corp.example }]',
        '  oracle: [{ host: db01.corp.example, os: linux }, { host: DB01.corp.example, os: linux }]',
        '  mssql: [{ host: db01.corp.example }]',
        '  hyperv: [{ host: 10.20.0.0/24 }]',
        '',
      ].join('\n'),
      'x.yaml',
    );
    expect(inventory.sources.oracle).toHaveLength(2);
  });

  it('rejects two connectors with one address, which would leave one connector out of the plan', () => {
    const error = loadError(`${MINIMAL}  - { name: sc-02, address: 10.20.0.11 }\n`, 'x.yaml');
    expect(error.message).toBe(
      'x.yaml:5:29: connectors[1].address: "10.20.0.11" is also the address of connector "sc-01" (connectors[0].address, x.yaml:4:29); each connector needs an address of its own',
    );
  });
});

describe('control characters in an inventory', () => {
  it('are written out in an unknown key, never sent to the terminal', () => {
    const text =
      'cloud:\n  regoin\x1b[2J: us-west-2\n  region: us-west-2\nconnectors:\n  - { name: sc-01, address: 10.20.0.11 }\n';
    expect(loadError(text, 'x.yaml').message).toBe(
      'x.yaml:2:3: cloud.regoin\\x1b[2J: unknown field (expected one of: region, regionUnlisted)',
    );
  });
});

describe('cloud.region', () => {
  it.each(AWS_REGIONS)('accepts %s', (region) => {
    expect(loadInventory(MINIMAL.replace('us-west-2', region), 'x.yaml').cloud.region).toBe(region);
  });

  it('accepts a region missing from the list when regionUnlisted is true', () => {
    const text = MINIMAL.replace('region: us-west-2', 'region: xx-newregion-1\n  regionUnlisted: true');
    expect(loadInventory(text, 'x.yaml').cloud).toEqual({ region: 'xx-newregion-1', regionUnlisted: true });
  });

  it.each(AWS_CHINA_REGIONS)('refuses %s, whose S3 names the vendor row does not cover', (region) => {
    const error = loadError(MINIMAL.replace('us-west-2', region), 'x.yaml');
    expect(error.message).toContain(`is an AWS China region: S3 there is *.s3.${region}.amazonaws.com.cn`);
  });

  it('refuses a China region missing from the list too', () => {
    const error = loadError(MINIMAL.replace('us-west-2', 'cn-south-9'), 'x.yaml');
    expect(error.message).toContain('"cn-south-9" is an AWS China region');
  });

  it("accepts a China region when regionUnlisted is true, at the user's own risk", () => {
    const text = MINIMAL.replace('region: us-west-2', 'region: cn-north-1\n  regionUnlisted: true');
    expect(loadInventory(text, 'x.yaml').cloud).toEqual({ region: 'cn-north-1', regionUnlisted: true });
  });

  it('suggests nothing for a region far from every known one', () => {
    const error = loadError(MINIMAL.replace('us-west-2', 'zz-nowhere-9'), 'x.yaml');
    expect(error.message).not.toContain('did you mean');
  });
});

describe('readInventory', () => {
  it('reports a file it cannot read as an input error naming the file', () => {
    const path = join(ROOT, 'test/fixtures/no-such-inventory.yaml');
    let error: unknown;
    try {
      readInventory(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      {
        file: path,
        field: '',
        message: `cannot read inventory: ENOENT: no such file or directory, open '${path}'`,
      },
    ]);
  });
});
