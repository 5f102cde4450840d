// The CLI end to end over the shipped examples: every output format compared with its golden file.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';

const FORMATS = { table: 'txt', json: 'json', csv: 'csv', markdown: 'md' } as const;

/** Outputs too large to review line by line are kept as a digest with their size (test/golden/README.md). */
function digest(text: string): string {
  const sha = createHash('sha256').update(text).digest('hex');
  return `sha256 ${sha}\nlines ${text.split('\n').length - 1}\nbytes ${Buffer.byteLength(text)}\n`;
}

describe.each(['small', 'large'])('portplan plan examples/%s.yaml', (example) => {
  for (const [format, ext] of Object.entries(FORMATS)) {
    for (const rules of [false, true]) {
      const name = `${example}${rules ? '-rules' : ''}.${ext}`;
      it(`--format ${format}${rules ? ' --rules' : ''}`, async () => {
        const r = portplan([
          'plan',
          `examples/${example}.yaml`,
          '--format',
          format,
          ...(rules ? ['--rules'] : []),
        ]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const whole = example === 'small' || (rules && format !== 'json');
        if (whole) await expect(r.stdout).toMatchFileSnapshot(`golden/plan/${name}`);
        else await expect(digest(r.stdout)).toMatchFileSnapshot(`golden/plan/${name}.sha256`);
      });
    }
  }
});

describe('portplan plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('filters by connector, workload, direction and scope', () => {
    const r = portplan([
      'plan',
      'examples/small.yaml',
      '--format',
      'csv',
      '--connector',
      'sc-02',
      '--workload',
      'oracle',
      '--direction',
      'in',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').slice(1)).toEqual([
      'ora01,ora01.corp.example,oracle,sc-02,10.20.0.12,connector,111; 2049,tcp,in,network,111 portmapper; 2049 nfs,Backup and recovery from Linux database hosts into the connector (NFS),,,oracle-linux-to-connector,"oracle-linux-to-connector: Databases > Oracle Servers, table 8, row 2"',
    ]);
    const host = portplan(['plan', 'examples/small.yaml', '--format', 'json', '--scope', 'host']);
    const flows = JSON.parse(host.stdout).flows as { requirement: string }[];
    expect(flows.map((f) => f.requirement)).toEqual([
      'physical-local-monitoring',
      'oracle-local-monitoring',
      'mssql-instance-local',
    ]);
  });

  it('writes --output whole, and nothing when the inventory is bad', () => {
    const out = join(dir, 'plan.csv');
    expect(portplan(['plan', 'examples/small.yaml', '--format', 'csv', '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      portplan(['plan', 'examples/small.yaml', '--format', 'csv']).stdout,
    );
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'cloud: { region: nowhere }\nconnectors: []\n');
    const never = join(dir, 'never.csv');
    const r = portplan(['plan', bad, '--format', 'csv', '-o', never]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${bad}:1:18: cloud.region: expected an AWS region such as us-west-2, got "nowhere"\n${bad}:2:13: connectors: expected at least one item, got an empty list\n`,
    );
    expect(existsSync(never)).toBe(false);
  });

  it('rejects unknown flags, formats and connectors with status 2', () => {
    const flag = portplan(['plan', 'examples/small.yaml', '--frmat', 'csv']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^portplan: plan: unknown option --frmat; did you mean --format\?/);
    const format = portplan(['plan', 'examples/small.yaml', '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe(
      'portplan: --format: unknown value "xml" (expected one of: table, json, csv, markdown)\n',
    );
    const connector = portplan(['plan', 'examples/small.yaml', '--connector', 'sc-9']);
    expect(connector.status).toBe(2);
    expect(connector.stderr).toBe('portplan: unknown connector "sc-9"; the inventory has: sc-01, sc-02\n');
    const missing = portplan(['plan']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^portplan: plan: missing INVENTORY \(run /);
    const file = portplan(['plan', 'no-such.yaml']);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/^no-such.yaml: cannot read inventory: ENOENT/);
  });

  it("uses a catalog of the user's own with --catalog", () => {
    const catalog = join(dir, 'catalog.yaml');
    writeFileSync(
      catalog,
      `schema: portplan/catalog
version: 1
name: tiny
source: a test
requirements:
  - id: backup-target
    workload: management
    from: [connector]
    to: [backup.corp.example]
    ports: [8443]
    transport: tcp
    app: https
    scope: network
    purpose: Copies to a second site
    ref: { section: Local, table: 1, row: 1 }
`,
    );
    const r = portplan(['plan', 'examples/small.yaml', '--catalog', catalog, '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stdout).toContain('sc-01,10.20.0.11,connector,,backup.corp.example,fqdn,8443,tcp,out');
  });
});

describe('portplan (no verb), --version, --help', () => {
  it('prints the version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(portplan(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('lists the commands, and exits 2 without one', () => {
    const r = portplan([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: portplan <command>/m);
    for (const verb of ['plan', 'catalog', 'schema', 'init'])
      expect(r.stderr).toMatch(new RegExp(`^  ${verb} `, 'm'));
    expect(portplan(['plan', '--help']).stdout).toMatch(/^Usage: portplan plan INVENTORY/);
    expect(portplan(['frobnicate']).status).toBe(2);
  });
});
