// How the CLI fails: problem lines editors can link, usage errors, flags a verb would ignore, a closed pipe.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { catalogJsonSchema } from '../src/catalog/schema.js';
import { classifyAddress } from '../src/common/address.js';
import { ADDRESS_PATTERN, HOST_PATTERN, IP_PATTERN, inventoryJsonSchema } from '../src/inventory/schema.js';
import { portplan } from './cli.js';
import { CLI, ROOT } from './paths.js';

const dir = mkdtempSync(join(tmpdir(), 'portplan-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('error output', () => {
  it('prints each problem of an input file as its own file:line:column line, without a prefix', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'cloud: { region: nowhere }\nconnectors: []\n');
    const r = portplan(['plan', 'bad.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'bad.yaml:1:18: cloud.region: expected an AWS region such as us-west-2, got "nowhere"\n' +
        'bad.yaml:2:13: connectors: expected at least one item, got an empty list\n',
    );
  });

  it('writes out control characters of an unknown key instead of sending them to the terminal', () => {
    writeFileSync(
      join(dir, 'escape.yaml'),
      'cloud:\n  regoin\x1b[2J: us-west-2\n  region: us-west-2\nconnectors:\n  - { name: sc-01, address: 10.20.0.11 }\n',
    );
    const r = portplan(['plan', 'escape.yaml'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'escape.yaml:2:3: cloud.regoin\\x1b[2J: unknown field (expected one of: region, regionUnlisted)\n',
    ]);
  });

  it('names an unreadable input file without a prefix', () => {
    const r = portplan(['plan', 'no-such.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^no-such\.yaml: cannot read inventory: ENOENT[^\n]*\n$/);
  });

  it('keeps one "portplan: " prefix on other errors, however many lines they have', () => {
    const format = portplan(['plan', 'examples/small.yaml', '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe(
      'portplan: --format: unknown value "xml" (expected one of: table, json, csv, markdown)\n',
    );
    const flag = portplan(['plan', 'examples/small.yaml', '--frmat', 'csv']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(
      'portplan: plan: unknown option --frmat; did you mean --format? (run "portplan plan --help" for its options)\n',
    );
  });
});

describe('malformed files are input errors (exit 2), not internal errors (exit 70)', () => {
  const bomb = [
    'cloud: { region: us-west-2 }',
    'connectors: [{ name: sc-01, address: 10.20.0.11 }]',
    'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
    'clients: *a8',
    '',
  ].join('\n');

  it.each([
    [
      'an undefined alias',
      'cloud: { region: *r }\n',
      'x.yaml:1:18: YAML syntax: alias *r has no anchor &r before it\n',
    ],
    [
      'an alias bomb',
      bomb,
      'x.yaml:4:10: YAML aliases expand to more than 10,000 values (aliases of aliases, an "alias bomb"?); write the values out instead\n',
    ],
  ])('plan with %s', (_, text, stderr) => {
    writeFileSync(join(dir, 'x.yaml'), text);
    expect(portplan(['plan', 'x.yaml'], { cwd: dir })).toEqual({ status: 2, stdout: '', stderr });
  });

  it('plan --catalog with an alias bomb', () => {
    writeFileSync(join(dir, 'bomb-catalog.yaml'), bomb.replace('clients:', 'requirements:'));
    const r = portplan(['plan', 'examples/small.yaml', '--catalog', join(dir, 'bomb-catalog.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bomb-catalog\.yaml:4:10: YAML aliases expand to more than 10,000 values/);
  });

  it('plan with two connectors at one address, the second of which would have left the plan', () => {
    writeFileSync(
      join(dir, 'twice.yaml'),
      'cloud: { region: us-west-2 }\nconnectors:\n  - { name: sc-01, address: 10.20.0.11 }\n  - { name: sc-02, address: 10.20.0.11 }\n',
    );
    expect(portplan(['plan', 'twice.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'twice.yaml:4:29: connectors[1].address: "10.20.0.11" is also the address of connector "sc-01" (connectors[0].address, twice.yaml:3:29); each connector needs an address of its own\n',
    });
  });
});

describe('portplan without a command, and help', () => {
  it('prints the usage on standard error and exits 2 without a command', () => {
    const r = portplan([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: portplan <command> \[options\]$/m);
    for (const verb of ['plan', 'diagram', 'catalog', 'schema', 'init'])
      expect(r.stderr).toMatch(new RegExp(`^  ${verb} `, 'm'));
  });

  it.each([['--help'], ['-h'], ['help']])('prints the same usage on standard output for %s', (flag) => {
    const r = portplan([flag]);
    expect(r).toEqual({ status: 0, stdout: portplan([]).stderr, stderr: '' });
  });

  it('prints a command\'s usage for "help COMMAND", and rejects an unknown one', () => {
    const plan = portplan(['help', 'plan']);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toMatch(/^Usage: portplan plan INVENTORY/);
    const unknown = portplan(['help', 'frobnicate']);
    expect(unknown).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'portplan: unknown command "frobnicate"; expected one of: plan, render, check, audit, diagram, report, listen, catalog, schema, init\n',
    });
  });
});

describe('catalog import and diff reject the flags they do not use', () => {
  // The document does not exist: the flag is rejected before anything is read.
  it.each([
    ['import', '--workload', 'vmware'],
    ['import', '--format', 'json'],
    ['import', '--catalog', 'my-catalog.yaml'],
    ['diff', '--workload', 'vmware'],
  ])('catalog %s %s', (form, flag, value) => {
    const r = portplan(['catalog', form, 'no-such.md', flag, value], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `portplan: catalog ${form} does not take ${flag} (run "portplan catalog --help" for its usage)\n`,
    );
  });

  it('rejects a flag given before the sub-verb too', () => {
    const r = portplan(['catalog', '--workload', 'vmware', 'import', 'no-such.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^portplan: catalog import does not take --workload /);
  });

  it('takes -o in every form', () => {
    writeFileSync(
      join(dir, 'one-row.md'),
      '# Oracle\n\n| Source | Destination | Port | Protocol | Purpose |\n| --- | --- | --- | --- | --- |\n| SaaS Connector | Oracle Server | 1521 | TCP | x |\n',
    );
    const diff = portplan(['catalog', 'diff', 'one-row.md', '-o', 'diff.txt', '--format', 'json'], {
      cwd: dir,
    });
    expect(diff.status).toBe(1);
    expect(diff.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'diff.txt'), 'utf8'))).toHaveProperty('removed');
    const shown = portplan(['catalog', '--workload', 'nas', '-o', 'nas.txt'], { cwd: dir });
    expect(shown.status).toBe(0);
    expect(existsSync(join(dir, 'nas.txt'))).toBe(true);
  });
});

describe('a reader that closes the pipe early', () => {
  it('gets the first lines, and portplan stops quietly with its own exit status', async () => {
    const buildError = inject('buildError');
    if (buildError) throw new Error(buildError);
    // examples/large.yaml makes megabytes of table, far more than a pipe holds, so the write must fail.
    const child = spawn(process.execPath, [CLI, 'plan', 'examples/large.yaml', '--format', 'table'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    const closed = once(child, 'close');
    const lines = createInterface({ input: child.stdout });
    const [first] = (await once(lines, 'line')) as [string];
    lines.close();
    child.stdout.destroy();
    const [code, signal] = await closed;
    expect(first).toMatch(/^FROM +TO +PORTS/);
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });

  it('would have had more to write than a pipe holds', () => {
    expect(portplan(['plan', 'examples/large.yaml', '--format', 'table']).stdout.length).toBeGreaterThan(
      1024 * 1024,
    );
  });
});

/** The `pattern` of every field of a JSON Schema, by dotted path. */
function patterns(schema: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof schema !== 'object' || schema === null) return found;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'pattern' && typeof value === 'string') found.set(path, value);
    else if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, field] of Object.entries(value))
        for (const [p, v] of patterns(field, path ? `${path}.${name}` : name)) found.set(p, v);
    } else if (key === 'items' || key === 'anyOf') {
      for (const [p, v] of patterns(value, key === 'items' ? `${path}[]` : path)) found.set(p, v);
    } else if (Array.isArray(value)) {
      for (const item of value) for (const [p, v] of patterns(item, path)) found.set(p, v);
    }
  }
  return found;
}

describe('an output that cannot be written', () => {
  it('is reported with exit status 2, not thrown', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'plan', 'examples/small.yaml', '--format', 'json'], {
        cwd: ROOT,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.stderr).toMatch(/^portplan: cannot write the output: ENOSPC/);
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('the JSON Schema editors use', () => {
  const inventory = patterns(inventoryJsonSchema());

  it('gives every address field of an inventory a pattern of the characters an address can have', () => {
    expect(Object.fromEntries([...inventory].filter(([, p]) => p.startsWith('^[0-9A-')))).toEqual({
      'connectors[].address': HOST_PATTERN,
      'services.dns[]': IP_PATTERN,
      'services.ntp[]': HOST_PATTERN,
      'clients[]': ADDRESS_PATTERN,
      'sources.vmware[].vcenter': HOST_PATTERN,
      'sources.vmware[].esxi[]': ADDRESS_PATTERN,
      'sources.hyperv[].host': ADDRESS_PATTERN,
      'sources.hyperv[].guests[]': ADDRESS_PATTERN,
      'sources.physical[].host': ADDRESS_PATTERN,
      'sources.oracle[].host': ADDRESS_PATTERN,
      'sources.mssql[].host': ADDRESS_PATTERN,
      'sources.nas[].host': ADDRESS_PATTERN,
    });
  });

  it('rejects shell syntax in an address and accepts IPs, CIDRs, ranges and hostnames', () => {
    const address = new RegExp(ADDRESS_PATTERN, 'u');
    const host = new RegExp(HOST_PATTERN, 'u');
    for (const bad of ['vc01; rm -rf /', '$(reboot)', '`reboot`', 'vc01 corp example', 'vc01\nreboot', ''])
      expect([bad, address.test(bad), host.test(bad)]).toEqual([bad, false, false]);
    for (const good of ['10.0.0.0/24', '2001:db8::1', 'vc01.corp.example', '10.0.0.5-10.0.0.9'])
      expect([good, address.test(good)]).toEqual([good, true]);
    expect(host.test('10.0.0.0/24')).toBe(false);
    expect(host.test('vc01.corp.example')).toBe(true);
  });

  it('accepts everything the loader accepts, so an editor never flags a valid inventory', () => {
    const valid = [
      '10.0.0.5',
      '::1',
      '::/0',
      '0.0.0.0/0',
      '2001:DB8::53',
      '::ffff:10.0.0.1',
      '2001:db8::1-2001:db8::ff',
      'ntp.corp.example.',
      'esx-01.corp.example',
    ];
    for (const s of valid) {
      const c = classifyAddress(s);
      expect([s, 'kind' in c]).toEqual([s, true]);
      expect([s, new RegExp(ADDRESS_PATTERN, 'u').test(s)]).toEqual([s, true]);
      if ('kind' in c && (c.kind === 'ip' || c.kind === 'hostname'))
        expect([s, new RegExp(HOST_PATTERN, 'u').test(s)]).toEqual([s, true]);
      if ('kind' in c && c.kind === 'ip') expect([s, new RegExp(IP_PATTERN, 'u').test(s)]).toEqual([s, true]);
    }
  });

  it('gives every free-text field of a catalog the one-line pattern', () => {
    const catalog = patterns(catalogJsonSchema());
    const oneLine = catalog.get('name') ?? '';
    expect([...catalog].filter(([, p]) => p === oneLine).map(([field]) => field)).toEqual([
      'name',
      'source',
      'requirements[].optional[].purpose',
      'requirements[].platformNote',
      'requirements[].interpretation',
      'requirements[].purpose',
      'requirements[].ref.section',
    ]);
    const re = new RegExp(oneLine, 'u');
    expect(re.test('NFS on 2049 and the portmapper on 111, over TCP.')).toBe(true);
    for (const bad of ['two\nlines', 'red \u001b[31m', 'C1 \u009b', 'bidi \u202e', 'isolate \u2066'])
      expect([bad, re.test(bad)]).toEqual([bad, false]);
  });
});
