// Tests of the catalog loader: the built-in catalog, and a table of invalid catalogs with their exact messages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/paths.js';
import { parseProblem } from '../../test/problems.js';
import { InputError } from '../errors.js';
import { loadCatalog } from './load.js';
import { BUILTIN_CATALOG_PATH, builtinCatalog, readCatalog } from './read.js';
import { endpointRole, requirementSource } from './roles.js';

/**
 * Every `test/fixtures/invalid-catalog-*.yaml` and the exact message `loadCatalog` gives for it,
 * one `file:line:column: field: message` line per problem, in line order.
 */
const INVALID: [fixture: string, lines: string[]][] = [
  [
    'invalid-catalog-all-at-once.yaml',
    [
      'test/fixtures/invalid-catalog-all-at-once.yaml:8:15: requirements[0].workload: expected one of management, vmware, hyperv, vmc, avs, physical, oracle, mssql, nas, got "managment"',
      'test/fixtures/invalid-catalog-all-at-once.yaml:24:12: requirements[1].scope: a host-scope requirement needs the same single role in "from" and "to"',
    ],
  ],
  [
    'invalid-catalog-any-both.yaml',
    [
      'test/fixtures/invalid-catalog-any-both.yaml:12:16: requirements[0].transport: ports "any" needs a single transport, tcp or udp',
    ],
  ],
  [
    'invalid-catalog-bad-endpoint.yaml',
    [
      'test/fixtures/invalid-catalog-bad-endpoint.yaml:10:10: requirements[0].to[0]: expected a role (connector, vcenter, esxi, hyperv-host, hyperv-guest, physical, oracle, mssql, nas, client, dns, ntp), "any", an IP address or an FQDN pattern, got "helios cohesity com"',
    ],
  ],
  [
    'invalid-catalog-bad-range.yaml',
    [
      'test/fixtures/invalid-catalog-bad-range.yaml:11:18: requirements[0].ports[1]: expected a range "first-last" within 1-65535, got "10-5"',
      'test/fixtures/invalid-catalog-bad-range.yaml:11:26: requirements[0].ports[2]: expected a range "first-last" within 1-65535, got "1-70000"',
      'test/fixtures/invalid-catalog-bad-range.yaml:11:37: requirements[0].ports[3]: expected a range "first-last" within 1-65535, got "0-10"',
    ],
  ],
  [
    'invalid-catalog-choice.yaml',
    [
      'test/fixtures/invalid-catalog-choice.yaml:12:13: requirements[0].choice: a port choice needs exactly one default port in "ports"',
    ],
  ],
  [
    'invalid-catalog-duplicate-id.yaml',
    [
      'test/fixtures/invalid-catalog-duplicate-id.yaml:27:9: requirements[2].id: duplicate id "mgmt-helios" (first used by requirements[0])',
    ],
  ],
  [
    'invalid-catalog-host-scope.yaml',
    [
      'test/fixtures/invalid-catalog-host-scope.yaml:14:12: requirements[0].scope: a host-scope requirement needs the same single role in "from" and "to"',
    ],
  ],
  [
    'invalid-catalog-mixed-sources.yaml',
    [
      'test/fixtures/invalid-catalog-mixed-sources.yaml:7:5: requirements[0]: mixes data sources of different kinds (vmware, oracle); a requirement can apply to one kind',
    ],
  ],
  [
    'invalid-catalog-placeholder.yaml',
    [
      'test/fixtures/invalid-catalog-placeholder.yaml:10:10: requirements[0].to[0]: unknown placeholder {zone}; expected one of: {region}',
    ],
  ],
  [
    'invalid-catalog-port-apps.yaml',
    [
      "test/fixtures/invalid-catalog-port-apps.yaml:12:17: requirements[0].portApps.111: port 111 is not one of this requirement's ports",
    ],
  ],
  [
    'invalid-catalog-ports.yaml',
    [
      'test/fixtures/invalid-catalog-ports.yaml:11:13: requirements[0].ports[0]: expected a port number 1-65535, got 0',
      'test/fixtures/invalid-catalog-ports.yaml:11:16: requirements[0].ports[1]: expected a port number 1-65535, got 70000',
      'test/fixtures/invalid-catalog-ports.yaml:11:23: requirements[0].ports[2]: expected a port number (1-65535) or a range "first-last", got "x"',
      'test/fixtures/invalid-catalog-ports.yaml:11:28: requirements[0].ports[3]: expected a port number (1-65535) or a range "first-last", got "443"',
    ],
  ],
  [
    'invalid-catalog-samples.yaml',
    [
      `test/fixtures/invalid-catalog-samples.yaml:13:7: requirements[0].samples.*.other.example: "*.other.example" is not one of this requirement's wildcard destinations ("to")`,
      `test/fixtures/invalid-catalog-samples.yaml:14:7: requirements[0].samples.helios.example.com: "helios.example.com" is not one of this requirement's wildcard destinations ("to")`,
      'test/fixtures/invalid-catalog-samples.yaml:15:38: requirements[0].samples.*.s3.{region}.amazonaws.com: expected a concrete host name (no wildcard) for *.s3.{region}.amazonaws.com, got "*.s3.{region}.amazonaws.com"',
      'test/fixtures/invalid-catalog-samples.yaml:16:24: requirements[0].samples.*.cdn.example: expected cdn.example or a name under it, got "cdn.example.org"',
      'test/fixtures/invalid-catalog-samples.yaml:17:27: requirements[0].samples.*.mirror.example: placeholder {zone} does not appear in *.mirror.example',
    ],
  ],
  [
    'invalid-catalog-schema.yaml',
    [
      'test/fixtures/invalid-catalog-schema.yaml:2:9: schema: expected "portplan/catalog", got "portplan/inventory"',
      'test/fixtures/invalid-catalog-schema.yaml:3:10: version: expected 1, got 2',
      'test/fixtures/invalid-catalog-schema.yaml:8:15: requirements[0].workload: expected one of management, vmware, hyperv, vmc, avs, physical, oracle, mssql, nas, got "cloud"',
      'test/fixtures/invalid-catalog-schema.yaml:10:32: requirements[0].to[0].default: expected at least one item, got an empty list',
      'test/fixtures/invalid-catalog-schema.yaml:12:16: requirements[0].transport: expected one of tcp, udp, both, got "sctp"',
    ],
  ],
  [
    'invalid-catalog-text.yaml',
    [
      'test/fixtures/invalid-catalog-text.yaml:5:7: name: expected one line of text without control characters, got U+000A at character 8',
      'test/fixtures/invalid-catalog-text.yaml:16:21: requirements[0].interpretation: expected one line of text without control characters, got a line break at the end (write ">-", not ">" or "|")',
      'test/fixtures/invalid-catalog-text.yaml:19:14: requirements[0].purpose: expected one line of text without control characters, got U+001B at character 14',
      'test/fixtures/invalid-catalog-text.yaml:20:21: requirements[0].ref.section: expected one line of text without control characters, got U+202E at character 12',
    ],
  ],
  [
    'invalid-catalog-unknown-role.yaml',
    [
      'test/fixtures/invalid-catalog-unknown-role.yaml:9:12: requirements[0].from[0]: unknown role "conector"; did you mean "connector"?',
      'test/fixtures/invalid-catalog-unknown-role.yaml:10:10: requirements[0].to[0]: unknown role "vcentre"; did you mean "vcenter"?',
      'test/fixtures/invalid-catalog-unknown-role.yaml:20:10: requirements[1].to[0]: unknown role "database"; expected one of: connector, vcenter, esxi, hyperv-host, hyperv-guest, physical, oracle, mssql, nas, client, dns, ntp, any, or a fully qualified host name',
    ],
  ],
  [
    'invalid-catalog-wrong-types.yaml',
    [
      'test/fixtures/invalid-catalog-wrong-types.yaml:9:23: requirements[0].from[1]: expected a role, "any", an IP address, an FQDN pattern, or { role, default }, got 5',
      'test/fixtures/invalid-catalog-wrong-types.yaml:10:23: requirements[0].to[1].role: expected one of dns, ntp, got "web"',
      'test/fixtures/invalid-catalog-wrong-types.yaml:11:19: requirements[0].ports[1]: expected a port number (1-65535) or a range "first-last", got true',
      'test/fixtures/invalid-catalog-wrong-types.yaml:12:17: requirements[0].portApps.abc: expected text matching /^[0-9]+$/, got "abc"',
      'test/fixtures/invalid-catalog-wrong-types.yaml:12:40: requirements[0].portApps.2049: expected one of https, http, dns, ntp, chronyc, ssh, vmware-authd, grpc, winrm, nfs, portmapper, smb, mssql, tcp, udp, got "nfsv4"',
      'test/fixtures/invalid-catalog-wrong-types.yaml:17:34: requirements[0].ref.table: expected a whole number, got 1.5',
    ],
  ],
];

describe('loadCatalog rejects invalid catalogs', () => {
  it.each(INVALID)('%s', (fixture, lines) => {
    const file = `test/fixtures/${fixture}`;
    const text = readFileSync(join(ROOT, file), 'utf8');
    let error: unknown;
    try {
      loadCatalog(text, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(lines.join('\n'));
    expect((error as InputError).problems).toEqual(lines.map(parseProblem));
  });

  it('has a table entry for every invalid catalog fixture, and a fixture for every entry', () => {
    const onDisk = readdirSync(join(ROOT, 'test/fixtures'))
      .filter((f) => f.startsWith('invalid-catalog-'))
      .sort();
    expect(INVALID.map(([fixture]) => fixture).sort()).toEqual(onDisk);
  });
});

describe('the built-in catalog', () => {
  it('loads with every row of the vendor document, each id once', () => {
    const catalog = builtinCatalog();
    expect(catalog.name).toBe('cohesity-saas-connector');
    expect(catalog.requirements).toHaveLength(34);
    expect(new Set(catalog.requirements.map((r) => r.id)).size).toBe(34);
    const perWorkload: Record<string, number> = {};
    for (const r of catalog.requirements) perWorkload[r.workload] = (perWorkload[r.workload] ?? 0) + 1;
    expect(perWorkload).toEqual({
      management: 9,
      vmware: 3,
      hyperv: 2,
      vmc: 3,
      avs: 4,
      physical: 3,
      oracle: 4,
      mssql: 3,
      nas: 3,
    });
  });

  it('is read from catalog/saas-connector.yaml, once', () => {
    expect(BUILTIN_CATALOG_PATH).toBe(join(ROOT, 'catalog/saas-connector.yaml'));
    expect(builtinCatalog()).toBe(builtinCatalog());
    expect(readCatalog(BUILTIN_CATALOG_PATH)).toEqual(builtinCatalog());
  });

  it('keeps choices, optional ports and replaceable endpoints as data', () => {
    const byId = new Map(builtinCatalog().requirements.map((r) => [r.id, r]));
    expect(byId.get('mgmt-support-channel')?.choice).toEqual({
      setting: 'supportChannelPort',
      alternatives: [443],
    });
    expect(byId.get('mgmt-dns')?.to).toEqual([{ role: 'dns', default: ['8.8.8.8'] }]);
    expect(byId.get('mgmt-ntp')?.optional).toEqual([
      {
        ports: [323],
        app: 'chronyc',
        when: 'chronycMonitoring',
        purpose: 'Monitoring and steering chrony with chronyc',
      },
    ]);
  });
});

describe('samples', () => {
  it('keeps the name that answers for a wildcard beside it, in the built-in catalog for S3 only', () => {
    const withSamples = builtinCatalog().requirements.filter((r) => r.samples);
    expect(withSamples.map((r) => [r.id, r.samples])).toEqual([
      ['mgmt-data-path', { '*.s3.{region}.amazonaws.com': 's3.{region}.amazonaws.com' }],
    ]);
  });

  it('accepts a name under the wildcard, or its fixed part itself', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/invalid-catalog-samples.yaml'), 'utf8').replace(
      /samples:\n(?: {6}.*\n)+/,
      'samples: { "*.cdn.example": d1.cdn.example, "*.s3.{region}.amazonaws.com": "s3.{region}.amazonaws.com" }\n',
    );
    expect(loadCatalog(text, 'good.yaml').requirements[0]?.samples).toEqual({
      '*.cdn.example': 'd1.cdn.example',
      '*.s3.{region}.amazonaws.com': 's3.{region}.amazonaws.com',
    });
  });
});

describe('endpointRole and requirementSource', () => {
  it('name the role of an endpoint and the data source of a requirement', () => {
    expect(endpointRole('connector')).toBe('connector');
    expect(endpointRole({ role: 'ntp', default: ['time.google.com'] })).toBe('ntp');
    expect(endpointRole('helios.cohesity.com')).toBeUndefined();
    const byId = new Map(builtinCatalog().requirements.map((r) => [r.id, r]));
    const source = (id: string) => {
      const r = byId.get(id);
      if (!r) throw new Error(`no requirement ${id}`);
      return requirementSource(r);
    };
    expect(source('mgmt-control-helios')).toBeUndefined();
    expect(source('vmware-vcenter-api')).toBe('vmware');
  });
});

describe('readCatalog', () => {
  it('reports a file it cannot read as an input error naming the file', () => {
    const path = join(ROOT, 'test/fixtures/no-such-catalog.yaml');
    expect(() => readCatalog(path)).toThrow(
      new InputError([
        {
          file: path,
          field: '',
          message: `cannot read catalog: ENOENT: no such file or directory, open '${path}'`,
        },
      ]),
    );
  });
});
