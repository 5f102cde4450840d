// `portplan check` end to end in the lab: the real CLI run inside the client namespace, real peers
// (dnsmasq for names, listeners, nft drop) on the other side.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import {
  CLIENT,
  CLIENT6,
  createLab,
  type Lab,
  SERVER,
  SERVER6,
  serverAddress,
  waitForListener,
} from './lab/lab.js';
import { startDnsmasq } from './lab/peers.js';
import { startRpcStandIn } from './lab/rpc.js';
import { CLI } from './paths.js';

interface Result {
  flow: {
    requirement: string;
    requirements: string[];
    from: { host: string };
    to: { host: string };
    transport: string;
  };
  address: string;
  port: number;
  transport: string;
  app: string;
  required: boolean;
  outcome: string;
  layer?: string;
  rule?: string;
  evidence: Record<string, unknown>;
}

describe('portplan check in the lab', () => {
  let lab: Lab;
  const dir = mkdtempSync(join(tmpdir(), 'portplan-check-'));
  beforeAll(async () => {
    lab = createLab(4);
    // The connector's side: 2049 listens (the RPC stand-in `listen` uses: NFS's NULL call is
    // answered), 111 is dropped on the way.
    await startRpcStandIn(lab, SERVER, [2049]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          tcp dport 111 drop
          ip daddr ${serverAddress(0)} udp dport 53 drop
          ip daddr ${serverAddress(0)} tcp dport 53 drop
        }
      }`,
    );
    // This machine's own agent port, for the host-scope flow.
    lab.start(lab.client, process.execPath, [
      '-e',
      "require('node:net').createServer((s) => s.end()).listen(59999, '127.0.0.1')",
    ]);
    startDnsmasq(lab, dir, [
      `--address=/rt.cohesity.com/${serverAddress(1)}`,
      `--address=/s3.us-west-2.amazonaws.com/${serverAddress(2)}`,
      `--address=/d111111abcdef8.cloudfront.net/${serverAddress(2)}`,
      // Answered here alone: another name under it does not exist (NXDOMAIN); other domains, with no
      // upstream to forward to, are REFUSED.
      '--local=/cohesity.com/',
    ]);
    await Promise.all([
      waitForListener(lab, lab.server, 2049),
      waitForListener(lab, lab.server, 53, true),
      waitForListener(lab, lab.client, 59999),
    ]);
  });
  afterAll(() => {
    lab?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  function check(
    inventory: string,
    args: string[],
  ): { status: number | null; results: Result[]; stderr: string; file: string } {
    const file = join(dir, `inventory-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, inventory);
    try {
      const stdout = lab.exec(lab.client, process.execPath, [
        CLI,
        'check',
        file,
        '--format',
        'json',
        '--timeout',
        '400',
        ...args,
      ]);
      return { status: 0, results: JSON.parse(stdout).results, stderr: '', file };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return {
        status: e.status,
        results: e.stdout ? JSON.parse(e.stdout).results : [],
        stderr: e.stderr,
        file,
      };
    }
  }

  it('probes the flows that start here, skips the others with where to run them, and exits 1 on a failure', () => {
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${SERVER} }]
services: { dns: [${SERVER}] }
sources:
  oracle: [{ name: ora01, host: ${CLIENT}, os: linux }]
`,
      ['--from', 'ora01'],
    );
    expect(r.status).toBe(1);
    const mine = r.results.filter((x) => x.outcome !== 'skipped');
    expect(mine.map((x) => [x.flow.requirement, x.address, x.port, x.outcome])).toEqual([
      ['oracle-linux-to-connector', SERVER, 111, 'filtered'],
      ['oracle-linux-to-connector', SERVER, 2049, 'ok'],
      ['oracle-local-monitoring', '127.0.0.1', 59999, 'ok'],
    ]);
    // The failure names its layer and the `plan --rules` rule that should open it.
    const rules = JSON.parse(portplan(['plan', r.file, '--rules', '--format', 'json']).stdout).rules as {
      id: string;
      requirements: string[];
    }[];
    const rule = rules.find((x) => x.requirements.includes('oracle-linux-to-connector'))?.id;
    expect(rule).toMatch(/^r\d{3}$/);
    expect([mine[0]?.layer, mine[0]?.rule, mine[1]?.layer]).toEqual(['transport', rule, undefined]);
    const junit = lab.exec(
      lab.client,
      process.execPath,
      [CLI, 'check', r.file, '--from', 'ora01', '--format', 'junit', '--timeout', '400'],
      undefined,
      true,
    );
    expect(junit).toContain(
      '<testsuite name="oracle-linux-to-connector" tests="2" failures="1" skipped="0">',
    );
    expect(junit).toMatch(
      new RegExp(
        `<failure type="filtered" message="something between ora01 \\(198\\.18\\.0\\.1\\) and 198\\.18\\.0\\.2 drops 111/tcp: open it \\(rule ${rule}\\)"/>`,
      ),
    );
    const table = lab.exec(
      lab.client,
      process.execPath,
      [CLI, 'check', r.file, '--from', 'ora01', '--format', 'table', '--timeout', '400'],
      undefined,
      true,
    );
    expect(table).toContain(
      `Some required probes failed. By flow, the first layer that fails:\n- transport (filtered): something between ora01 (198.18.0.1) and 198.18.0.2 drops 111/tcp: open it (rule ${rule})\n`,
    );
    // The other formats carry the same results: one JSON object per line, a Markdown table, and -o.
    const lines = lab
      .exec(
        lab.client,
        process.execPath,
        [CLI, 'check', r.file, '--from', 'ora01', '--format', 'jsonl', '--timeout', '400'],
        undefined,
        true,
      )
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Result);
    // JSON lines come as the probes finish, so in an order of their own: the same results all the same.
    const rows = (xs: Result[]) =>
      xs.map((x) => [x.flow.requirement, x.address, x.port, x.outcome].join(' ')).sort();
    expect(rows(lines)).toEqual(rows(r.results));
    const markdown = lab.exec(
      lab.client,
      process.execPath,
      [CLI, 'check', r.file, '--from', 'ora01', '--format', 'markdown', '--timeout', '400'],
      undefined,
      true,
    );
    expect(markdown).toContain(
      `| ora01 (198.18.0.1) | sc-01 (198.18.0.2) | 198.18.0.2 | 111/tcp | portmapper | filtered | something between`,
    );
    expect(markdown).toContain('\nBy flow, the first layer that fails:\n\n- transport (filtered): ');
    const written = join(dir, 'check.json');
    lab.exec(
      lab.client,
      process.execPath,
      [CLI, 'check', r.file, '--from', 'ora01', '--timeout', '400', '-o', written],
      undefined,
      true,
    );
    expect((JSON.parse(readFileSync(written, 'utf8')).results as Result[]).map((x) => x.outcome)).toEqual(
      r.results.map((x) => x.outcome),
    );
    const skipped = r.results.filter((x) => x.outcome === 'skipped');
    expect(skipped.length).toBeGreaterThan(10);
    expect(skipped.every((x) => x.flow.from.host === SERVER)).toBe(true);
    expect(skipped[0]?.evidence.detail).toMatch(
      /^the source is sc-01 \(198\.18\.0\.2\): run "portplan check \S+ --from sc-01" there$/,
    );
  });

  it('resolves names through the inventory DNS server, samples wildcards and ranges, and keeps optional ports apart', () => {
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${SERVER}], ntp: [${SERVER}], chronycMonitoring: true }
sources:
  vmware: [{ vcenter: ${SERVER}, esxi: [198.18.1.0/29] }]
`,
      ['--max-hosts-per-range', '2', '--retries', '0', '--timeout', '300'],
    );
    expect(r.status).toBe(1);
    const by = (requirement: string) => r.results.filter((x) => x.flow.requirements.includes(requirement));
    // rt.cohesity.com resolves through dnsmasq; helios-data.cohesity.com does not exist there.
    expect(
      by('mgmt-support-channel').map((x) => [x.address, x.evidence.dnsServer, x.evidence.dnsTransport]),
    ).toEqual([[serverAddress(1), SERVER, 'udp']]);
    const telemetry = by('mgmt-telemetry');
    expect(telemetry.map((x) => [x.outcome, x.layer, x.evidence])).toEqual([
      [
        'dns-failed',
        'dns',
        {
          name: 'helios-data.cohesity.com',
          dnsServers: [SERVER],
          rcode: 'NXDOMAIN',
          server: SERVER,
          servers: [],
          detail: `${SERVER} says helios-data.cohesity.com does not exist (NXDOMAIN)`,
        },
      ],
    ]);
    // A name of a domain the server does not answer for: REFUSED over UDP, then over TCP, each said.
    const other = r.results.find(
      (x) =>
        x.outcome === 'dns-failed' &&
        x.evidence.name === 'helios-production-rigelcheck-1.s3.us-east-2.amazonaws.com',
    );
    expect(other?.evidence.servers).toEqual([
      { server: SERVER, outcome: 'dns-failed', rcode: 'REFUSED', transport: 'udp' },
      { server: SERVER, outcome: 'dns-failed', rcode: 'REFUSED', transport: 'tcp' },
    ]);
    expect(other?.evidence.detail).toBe(
      `helios-production-rigelcheck-1.s3.us-east-2.amazonaws.com did not resolve through ${SERVER}: ${SERVER} over udp: REFUSED; ${SERVER} over tcp: REFUSED`,
    );
    const s3 = by('mgmt-data-path').find((x) => x.flow.to.host === '*.s3.us-west-2.amazonaws.com');
    expect(s3?.address).toBe(serverAddress(2));
    expect(s3?.evidence.sampled).toBe(
      'through s3.us-west-2.amazonaws.com, which stands for *.s3.us-west-2.amazonaws.com',
    );
    expect(by('mgmt-upgrade-packages')[0]?.outcome).toBe('skipped');
    expect(by('mgmt-upgrade-packages')[0]?.evidence.detail).toBe(
      "no name is known to answer for *.cloudfront.net, so nothing was probed: name one with --sample '*.cloudfront.net=NAME'",
    );
    const esxi = by('vmware-esxi-vadp');
    expect(esxi.map((x) => `${x.address}:${x.port}`)).toEqual([
      '198.18.1.1:443',
      '198.18.1.2:443',
      '198.18.1.1:902',
      '198.18.1.2:902',
    ]);
    expect(esxi[0]?.evidence.sampled).toBe('the first 2 of 6 addresses (--max-hosts-per-range)');
    expect(esxi[0]?.outcome).toBe('unreachable');
    // DNS and NTP on one server: one flow on 53, 123 and 323/udp; only chronyc's 323 is optional.
    const ntp = by('mgmt-ntp').filter((x) => x.transport === 'udp');
    expect(ntp.map((x) => [x.port, x.required])).toEqual([
      [53, true],
      [123, true],
      [323, false],
    ]);
  });

  it('probes a wildcard the catalog names nothing for through --sample, and refuses a name it does not cover', () => {
    const inventory = `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${SERVER}] }
`;
    const r = check(inventory, [
      '--retries',
      '0',
      '--sample',
      '*.cloudfront.net=d111111abcdef8.cloudfront.net',
    ]);
    const cdn = r.results.filter((x) => x.flow.requirement === 'mgmt-upgrade-packages');
    expect(cdn.map((x) => [x.address, x.evidence.name, x.evidence.sampled])).toEqual([
      [
        serverAddress(2),
        'd111111abcdef8.cloudfront.net',
        'through d111111abcdef8.cloudfront.net, which stands for *.cloudfront.net',
      ],
    ]);
    expect(cdn[0]?.outcome).toBe('refused');
    // A plan JSON carries the catalog's name for S3, and check --plan probes through it.
    const planFile = join(dir, 'plan-samples.json');
    expect(portplan(['plan', r.file, '--format', 'json', '-o', planFile]).status).toBe(0);
    const fromPlan = JSON.parse(
      lab.exec(
        lab.client,
        process.execPath,
        [CLI, 'check', '--plan', planFile, '--format', 'json', '--timeout', '400', '--retries', '0'],
        undefined,
        true,
      ),
    ).results as Result[];
    const s3 = fromPlan.find((x) => x.flow.to.host === '*.s3.us-west-2.amazonaws.com');
    expect([s3?.address, s3?.evidence.sampled]).toEqual([
      serverAddress(2),
      'through s3.us-west-2.amazonaws.com, which stands for *.s3.us-west-2.amazonaws.com',
    ]);
    const outside = check(inventory, ['--sample', '*.cloudfront.net=cloudfront.example.com']);
    expect([outside.status, outside.stderr]).toEqual([
      2,
      'portplan: --sample *.cloudfront.net=cloudfront.example.com: expected cloudfront.net or a name under it, got "cloudfront.example.com"\n',
    ]);
    const unknown = check(inventory, ['--sample', '*.example.net=www.example.net']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^portplan: --sample \*\.example\.net=www\.example\.net: expected PATTERN=NAME with PATTERN a wildcard destination of the plan \(\*\.awsglobalaccelerator\.com, \*\.s3\.us-west-2\.amazonaws\.com, .*\*\.cloudfront\.net.*\)\n$/,
    );
    expect(check(inventory, ['--sample', '*.cloudfront.net']).status).toBe(2);
  });

  it('probes the ports of a range up to --max-ports-per-range, and derives open-ended flows from the flows that stand for them', () => {
    const catalog = join(dir, 'ranges.yaml');
    const row = (id: string, n: number, rest: string) => `  - id: ${id}
    from: [connector]
    transport: tcp
    app: tcp
    scope: network
    purpose: Lab row ${n}
    ref: { section: Lab, table: 1, row: ${n} }
${rest}`;
    writeFileSync(
      catalog,
      `schema: portplan/catalog
version: 1
name: lab
source: the lab
requirements:
${row('lab-range', 1, `    workload: management\n    to: ["${serverAddress(1)}"]\n    ports: [2049, "5000-5019", "6000-6001"]\n`)}
${row('lab-vcenter', 2, '    workload: vmc\n    to: [vcenter]\n    ports: [2049]\n    when: { platform: vmc }\n')}
${row('lab-any-port', 3, '    workload: vmc\n    to: [vcenter]\n    ports: any\n    when: { platform: vmc }\n    gateway: compute\n')}
${row('lab-any', 4, '    workload: vmc\n    to: [any]\n    ports: any\n    when: { platform: vmc }\n    gateway: compute\n')}`,
    );
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${SERVER}] }
sources:
  vmware: [{ vcenter: ${SERVER}, esxi: [], platform: vmc }]
`,
      ['--catalog', catalog, '--max-ports-per-range', '3', '--retries', '0'],
    );
    const by = (id: string) => r.results.filter((x) => x.flow.requirement === id);
    expect(by('lab-range').map((x) => [x.port, x.outcome, x.evidence.sampled])).toEqual([
      [2049, 'refused', undefined],
      [5000, 'refused', 'the first 3 of 20 ports (--max-ports-per-range)'],
      [5001, 'refused', 'the first 3 of 20 ports (--max-ports-per-range)'],
      [5002, 'refused', 'the first 3 of 20 ports (--max-ports-per-range)'],
      [6000, 'refused', undefined],
      [6001, 'refused', undefined],
    ]);
    expect(by('lab-vcenter').map((x) => [x.address, x.port, x.outcome])).toEqual([[SERVER, 2049, 'ok']]);
    // Any port to the vCenter, and any destination in the VMC workload: the vCenter's 2049 stands for both.
    const stands = [{ requirement: 'lab-vcenter', address: SERVER, port: 2049, outcome: 'ok' }];
    expect(by('lab-any-port').map((x) => [x.address, x.port, x.outcome, x.evidence])).toEqual([
      [
        '',
        0,
        'ok',
        {
          detail: `any port to ${SERVER}: no single probe proves it; the other flows from here to ${SERVER} stand for it, and their one probe is ok`,
          representedBy: stands,
        },
      ],
    ]);
    expect(by('lab-any').map((x) => [x.outcome, x.evidence.representedBy])).toEqual([['ok', stands]]);
    // Results stay in plan order.
    expect([...new Set(r.results.map((x) => x.flow.requirement))]).toEqual([
      'lab-range',
      'lab-vcenter',
      'lab-any-port',
      'lab-any',
    ]);
  });

  it('fails VMC\'s Compute Gateway "any" where the vCenter and ESXi flows that stand for it fail', () => {
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${SERVER}] }
sources:
  vmware: [{ vcenter: ${SERVER}, esxi: [${serverAddress(0)}], platform: vmc }]
`,
      ['--retries', '0'],
    );
    expect(r.status).toBe(1);
    const any = r.results.filter((x) => x.flow.requirement === 'vmc-compute-any');
    expect(any.map((x) => [x.outcome, x.required, x.layer, x.evidence.representedBy])).toEqual([
      [
        'refused',
        true,
        'transport',
        [
          { requirement: 'vmc-vcenter-api', address: SERVER, port: 443, outcome: 'refused' },
          { requirement: 'vmc-esxi-file-recovery', address: serverAddress(0), port: 443, outcome: 'refused' },
        ],
      ],
    ]);
    expect(any[0]?.evidence.detail).toBe(
      `any destination on any port: no single probe proves it; the vmc flows from here stand for it, and of their 2 probes the first that is not ok is vmc-vcenter-api at ${SERVER} port 443: refused (fix that one)`,
    );
  });

  it('takes the first definite answer: a DNS server that drops every query does not hold a name up', () => {
    const started = Date.now();
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${serverAddress(0)}, ${SERVER}] }
`,
      ['--timeout', '5000', '--retries', '0', '--deadline', '2'],
    );
    expect(Date.now() - started).toBeLessThan(4500);
    // Were the dropped server waited for (5 s), the 2 s deadline would have cut these look-ups short.
    const support = r.results.find((x) => x.flow.requirement === 'mgmt-support-channel');
    expect([support?.address, support?.evidence.dnsServer]).toEqual([serverAddress(1), SERVER]);
    const telemetry = r.results.find((x) => x.flow.requirement === 'mgmt-telemetry');
    expect([telemetry?.outcome, telemetry?.evidence.rcode, telemetry?.evidence.server]).toEqual([
      'dns-failed',
      'NXDOMAIN',
      SERVER,
    ]);
    // A name no server answers definitely (REFUSED here, silence there) waits for the silent one.
    const refused = r.results.find(
      (x) => x.evidence.name === 'helios-production-rigelcheck-1.s3.us-east-2.amazonaws.com',
    );
    expect([refused?.outcome, refused?.evidence.deadline]).toEqual(['skipped', true]);
  });

  it('checks the flows of a plan JSON with --plan, as it checks the inventory they came from', () => {
    const inventory = `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${SERVER} }]
services: { dns: [${SERVER}] }
sources:
  oracle: [{ name: ora01, host: ${CLIENT}, os: linux }]
`;
    const direct = check(inventory, ['--from', 'ora01']);
    const planFile = join(dir, 'plan.json');
    expect(portplan(['plan', direct.file, '--rules', '--format', 'json', '-o', planFile]).status).toBe(0);
    const fromPlan = JSON.parse(
      lab.exec(
        lab.client,
        process.execPath,
        [CLI, 'check', '--plan', planFile, '--from', 'ora01', '--format', 'json', '--timeout', '400'],
        undefined,
        true,
      ),
    ).results as Result[];
    const summary = (list: Result[]) =>
      list.map((x) => [x.flow.requirement, x.address, x.port, x.outcome, x.rule ?? '']);
    expect(summary(fromPlan)).toEqual(summary(direct.results));
    expect(fromPlan.find((x) => x.outcome === 'skipped')?.evidence.detail).toMatch(
      /run "portplan check --plan \S+plan\.json --from sc-01" there/,
    );
    const notAPlan = join(dir, 'not-a-plan.json');
    writeFileSync(notAPlan, '{"format": "portplan-check"}');
    const bad = portplan(['check', '--plan', notAPlan]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      `${notAPlan}: expected a plan JSON (portplan plan --format json); this file has no "format": "portplan-plan"\n`,
    );
  });

  it('probes IPv6 destinations as it does IPv4 ones (the nft drop on 111 is an inet table: both families)', async () => {
    await startRpcStandIn(lab, SERVER6, [2049]);
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-06, address: "${SERVER6}" }]
services: { dns: [${SERVER}] }
sources:
  oracle: [{ name: ora06, host: "${CLIENT6}", os: linux }]
`,
      ['--from', 'ora06', '--retries', '0'],
    );
    const mine = r.results.filter((x) => x.flow.requirement === 'oracle-linux-to-connector');
    expect(mine.map((x) => [x.address, x.port, x.outcome])).toEqual([
      [SERVER6, 111, 'filtered'],
      [SERVER6, 2049, 'ok'],
    ]);
  });

  it('keeps to --deadline from the first name look-up, and fails a check the deadline cut short', () => {
    lab.nft(
      lab.server,
      `table inet silentdns {
        chain input {
          type filter hook input priority 0;
          ip daddr ${serverAddress(3)} udp dport 53 drop
          ip daddr ${serverAddress(3)} tcp dport 53 drop
        }
      }`,
    );
    const started = Date.now();
    const r = check(
      `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${serverAddress(3)}] }
`,
      ['--deadline', '0.8', '--timeout', '3000'],
    );
    expect(Date.now() - started).toBeLessThan(2900);
    expect(r.status).toBe(1);
    const telemetry = r.results.find((x) => x.flow.requirement === 'mgmt-telemetry');
    expect([telemetry?.outcome, telemetry?.evidence.detail, telemetry?.evidence.deadline]).toEqual([
      'skipped',
      'the deadline passed before helios-data.cohesity.com resolved',
      true,
    ]);
  });

  it('refuses a --from that no flow starts at, and asks which host when there are several connectors', () => {
    const inventory = `cloud: { region: us-west-2 }
connectors: [{ name: a, address: ${CLIENT} }, { name: b, address: 198.18.0.3 }]
`;
    expect(check(inventory, []).stderr).toBe(
      'portplan: check: --from NAME: which host is this? The inventory has connectors a, b\n',
    );
    expect(check(inventory, ['--from', 'nowhere']).stderr).toBe(
      'portplan: check: --from nowhere: no flow of the plan starts at that host\n',
    );
  });
});
