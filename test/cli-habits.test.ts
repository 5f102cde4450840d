// CLI habits people expect: suggestions, -V, help CMD, standard input, tables fitted to the terminal,
// formats chosen by -o's extension, and an output that never replaces an input.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { portplan } from './cli.js';
import { CLI, ROOT } from './paths.js';

/** Run the CLI in this process, as a terminal of `width` columns would. */
async function onTerminal(argv: string[], width: number) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: true,
    width,
  });
  return { status, stdout, stderr };
}

describe('suggestions and help', () => {
  it('suggests the nearest flag, value and command in one short line', () => {
    const flag = portplan(['plan', 'examples/small.yaml', '--rule']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(
      'portplan: plan: unknown option --rule; did you mean --rules? (run "portplan plan --help" for its options)\n',
    );
    const value = portplan(['plan', 'examples/small.yaml', '--workload', 'oracel']);
    expect(value.status).toBe(2);
    expect(value.stderr).toBe(
      'portplan: --workload: unknown value "oracel"; did you mean "oracle"? (expected one of: management, vmware, hyperv, vmc, avs, physical, oracle, mssql, nas)\n',
    );
    const verb = portplan(['plna', 'examples/small.yaml']);
    expect(verb.status).toBe(2);
    expect(verb.stderr).toBe(
      'portplan: unknown command "plna"; did you mean "plan"? expected one of: plan, render, check, audit, diagram, report, listen, catalog, schema, init\n',
    );
    const far = portplan(['plan', 'examples/small.yaml', '--zzzzzzzz']);
    expect(far.stderr).toBe(
      'portplan: plan: unknown option --zzzzzzzz (run "portplan plan --help" for its options)\n',
    );
  });

  it('prints the version for -V and a command help for "help CMD"', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(portplan(['-V']).stdout).toBe(`${pkg.version}\n`);
    const help = portplan(['help', 'plan']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(portplan(['plan', '--help']).stdout);
    expect(help.stdout).toMatch(/^Usage: portplan plan INVENTORY/);
  });

  it('lists the formats of the target registry, each with its summary', () => {
    const help = portplan(['plan', '--help']).stdout;
    for (const name of ['table', 'json', 'csv', 'markdown'])
      expect(help).toMatch(new RegExp(`^ +${name} +\\S`, 'm'));
  });
});

describe('standard input', () => {
  it('plans "-" from standard input, naming it <stdin> in messages', () => {
    const text = readFileSync(join(ROOT, 'examples/small.yaml'), 'utf8');
    const r = portplan(['plan', '-', '--format', 'csv'], { input: text });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(portplan(['plan', 'examples/small.yaml', '--format', 'csv']).stdout);
    const bad = portplan(['plan', '-'], { input: 'cloud: { region: us-east-1 }\nconnectors: 3\n' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>:2:13: connectors: /);
  });
});

describe('tables fit the terminal', () => {
  it('wraps long cells within their column at the terminal width, and not when piped or --wide', async () => {
    const wide = portplan(['plan', 'examples/small.yaml', '--rules', '--format', 'table']).stdout;
    expect(Math.max(...wide.split('\n').map((l) => l.length))).toBeGreaterThan(150);
    const fitted = await onTerminal(['plan', 'examples/small.yaml', '--rules'], 120);
    expect(fitted.status).toBe(0);
    const lines = fitted.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
    // Nothing is lost: the same characters, only laid out on more lines.
    const chars = (t: string) => t.replace(/\s+/g, '').split('').sort().join('');
    expect(chars(fitted.stdout)).toBe(chars(wide));
    expect(lines.length).toBeGreaterThan(wide.trimEnd().split('\n').length);
    const unwrapped = await onTerminal(['plan', 'examples/small.yaml', '--rules', '--wide'], 120);
    expect(unwrapped.stdout).toBe(wide);
  });
});

describe('-o', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-o-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to write over the inventory or the catalog being read, under any spelling', () => {
    const inventory = join(dir, 'site.yaml');
    copyFileSync(join(ROOT, 'examples/small.yaml'), inventory);
    const before = readFileSync(inventory, 'utf8');
    const link = join(dir, 'link.yaml');
    linkSync(inventory, link);
    for (const out of ['site.yaml', './site.yaml', join(dir, 'site.yaml'), 'link.yaml']) {
      const r = portplan(['plan', 'site.yaml', '-o', out], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`portplan: -o ${out} is the input file site.yaml; refusing to write over it\n`);
      expect(readFileSync(inventory, 'utf8')).toBe(before);
    }
    const catalog = join(dir, 'catalog.yaml');
    copyFileSync(join(ROOT, 'catalog/saas-connector.yaml'), catalog);
    const r = portplan(['plan', 'site.yaml', '--catalog', 'catalog.yaml', '-o', 'catalog.yaml'], {
      cwd: dir,
    });
    expect(r.status).toBe(2);
    expect(readFileSync(catalog, 'utf8')).toBe(
      readFileSync(join(ROOT, 'catalog/saas-connector.yaml'), 'utf8'),
    );
  });

  it('picks the format from the extension when --format is not given', () => {
    for (const [ext, format] of [
      ['csv', 'csv'],
      ['md', 'markdown'],
      ['json', 'json'],
      ['txt', 'table'],
      ['CSV', 'csv'],
    ] as const) {
      const out = join(dir, `plan.${ext}`);
      expect(portplan(['plan', 'examples/small.yaml', '-o', out]).status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(
        portplan(['plan', 'examples/small.yaml', '--format', format]).stdout,
      );
    }
    const explicit = join(dir, 'explicit.csv');
    expect(portplan(['plan', 'examples/small.yaml', '--format', 'json', '-o', explicit]).status).toBe(0);
    expect(readFileSync(explicit, 'utf8')).toMatch(/^\{/);
    const unknown = portplan(['plan', 'examples/small.yaml', '-o', join(dir, 'plan.xlsx')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/cannot tell the format from the extension; give --format/);
  });

  it('leaves no temporary file behind, whether it wrote or failed', () => {
    const out = mkdtempSync(join(dir, 'tmp-'));
    expect(portplan(['plan', 'examples/small.yaml', '-o', join(out, 'a.csv')]).status).toBe(0);
    writeFileSync(join(out, 'bad.yaml'), 'cloud: {}\n');
    expect(portplan(['plan', join(out, 'bad.yaml'), '-o', join(out, 'b.csv')]).status).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'bad.yaml']);
  });
});

describe('catalog output', () => {
  it('prints JSON when piped, like plan, and CSV with each row its conditions and interpretation', async () => {
    expect(JSON.parse(portplan(['catalog']).stdout).requirements).toHaveLength(34);
    const csv = portplan(['catalog', '--format', 'csv']);
    expect(csv.status).toBe(0);
    await expect(csv.stdout).toMatchFileSnapshot('golden/catalog/catalog.csv');
    const upgrade = csv.stdout.split('\n').find((l) => l.startsWith('agent-upgrade-from-client,'));
    expect(upgrade).toMatch(
      /,with hyperv\|physical\|oracle\|mssql,Agent upgrades started from the UI,"The document does not say who the client is\./,
    );
  });

  it('marks interpreted rows in the table and explains them below it, wrapped on a terminal', async () => {
    const r = await onTerminal(['catalog', '--workload', 'nas'], 150);
    expect(r.stdout).toMatch(/NFS access to the NAS[^\n]*\n[^\n]*recovery \[1\]/);
    expect(r.stdout).toMatch(
      /\nHow portplan reads rows the vendor document leaves unclear:\n\[1\] nas-nfs: /,
    );
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(150);
  });
});

describe('interpretations in plan outputs', () => {
  const args = ['plan', 'examples/small.yaml', '--workload', 'nas,physical', '--connector', 'sc-01'];

  it('JSON names the interpretation of every planned row that has one, and no other', () => {
    const doc = JSON.parse(portplan([...args, '--format', 'json']).stdout);
    expect(Object.keys(doc.interpretations)).toEqual([
      'agent-upgrade-from-client',
      'nas-nfs',
      'nas-smb',
      'nas-snapshot-api',
    ]);
    expect(doc.interpretations['agent-upgrade-from-client']).toMatch(
      /^The document does not say who the client is/,
    );
  });

  it('CSV spells it out per line; the table and Markdown number it and explain below', () => {
    const csv = portplan([...args, '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toContain(',note,interpretation,requirements,');
    const nas = csv.find((l) => l.includes('netapp01')) ?? '';
    expect(nas).toContain('nas-nfs: NFS on 2049 and the portmapper on 111, over TCP.');
    expect(nas).toContain('; nas-smb: A continuation row');
    const md = portplan([...args, '--format', 'markdown', '--rules']).stdout;
    expect(md).toMatch(/\| NFS access to the NAS for backup and recovery \[\d\] \|/);
    expect(md).toMatch(/\n- \[\d\] nas-nfs: NFS on 2049/);
    const table = portplan([...args, '--format', 'table']).stdout;
    expect(table).toMatch(/Storage array API[^\n]*\[\d\]\[\d\]\[\d\]\n/);
  });
});

describe('-o and the files being read, for every verb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-guard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (from: string, name: string) => {
    copyFileSync(join(ROOT, from), join(dir, name));
    return readFileSync(join(dir, name), 'utf8');
  };

  it('catalog, catalog import and catalog diff refuse to write over what they read', () => {
    const catalog = copy('catalog/saas-connector.yaml', 'cat.yaml');
    const doc = copy('test/fixtures/vendor-doc/firewall-ports.md', 'doc.md');
    for (const args of [
      ['catalog', '--catalog', 'cat.yaml', '-o', 'cat.yaml'],
      ['catalog', 'import', 'doc.md', '-o', 'doc.md'],
      ['catalog', 'diff', 'doc.md', '-o', 'doc.md'],
      ['catalog', 'diff', 'doc.md', '--catalog', 'cat.yaml', '-o', 'cat.yaml'],
    ]) {
      const r = portplan(args, { cwd: dir });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^portplan: -o \S+ is the input file \S+; refusing to write over it\n$/);
    }
    expect(readFileSync(join(dir, 'cat.yaml'), 'utf8')).toBe(catalog);
    expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(doc);
  });

  it('never writes over the built-in catalog, nor over a file given on standard input', () => {
    const builtin = join(ROOT, 'catalog/saas-connector.yaml');
    const before = readFileSync(builtin, 'utf8');
    const r = portplan(['plan', 'examples/small.yaml', '-o', builtin]);
    expect(r.status).toBe(2);
    expect(readFileSync(builtin, 'utf8')).toBe(before);
    const site = copy('examples/small.yaml', 'site.yaml');
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" plan - -o site.yaml < site.yaml`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(shell.status).toBe(2);
    expect(shell.stderr).toBe('portplan: -o site.yaml is standard input; refusing to write over it\n');
    expect(readFileSync(join(dir, 'site.yaml'), 'utf8')).toBe(site);
  });

  it('writes through a symbolic link, leaving the link a link, and names the file asked for on failure', () => {
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'old\n');
    symlinkSync(real, join(dir, 'link.csv'));
    expect(portplan(['plan', join(ROOT, 'examples/small.yaml'), '-o', 'link.csv'], { cwd: dir }).status).toBe(
      0,
    );
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^source_name,/);
    const missing = portplan(['plan', 'examples/small.yaml', '-o', join(dir, 'no-such-dir/x.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /^portplan: cannot write \S+no-such-dir\/x\.csv: ENOENT[^\n]*no-such-dir\/x\.csv'\n$/,
    );
    expect(missing.stderr).not.toContain('.tmp');
  });

  it('catalog picks its format from -o too, and says so when --format and the extension disagree', () => {
    for (const [ext, format] of [
      ['csv', 'csv'],
      ['md', 'markdown'],
      ['txt', 'table'],
    ] as const) {
      const out = join(dir, `catalog.${ext}`);
      expect(portplan(['catalog', '-o', out]).status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(portplan(['catalog', '--format', format]).stdout);
    }
    const mixed = portplan(['catalog', '--format', 'csv', '-o', join(dir, 'x.json')]);
    expect(mixed.status).toBe(0);
    expect(mixed.stderr).toBe(
      `portplan: warning: writing csv into ${join(dir, 'x.json')}, whose extension says json\n`,
    );
  });

  it('reads a catalog from standard input with --catalog -', () => {
    const text = readFileSync(join(ROOT, 'catalog/saas-connector.yaml'), 'utf8');
    const r = portplan(['catalog', '--catalog', '-', '--format', 'csv'], { input: text });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(portplan(['catalog', '--format', 'csv']).stdout);
  });
});

describe('more habits', () => {
  it('suggests the kind of schema', () => {
    const r = portplan(['schema', 'inventroy']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'portplan: schema: unknown kind "inventroy"; did you mean "inventory"? (expected inventory or catalog)\n',
    );
  });

  it('suggests the sub-command of catalog', () => {
    const r = portplan(['catalog', 'dif', 'x.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'portplan: catalog: unknown sub-command "dif"; did you mean "diff"? (expected import or diff, or none to show the catalog)\n',
    );
  });

  it('fits plan, rules and catalog tables into an 80-column terminal, cutting names only at dots and hyphens', async () => {
    for (const args of [
      ['plan', 'examples/small.yaml', '--rules'],
      ['plan', 'examples/small.yaml'],
      ['catalog'],
    ]) {
      const r = await onTerminal(args, 80);
      expect(r.status).toBe(0);
      expect(Math.max(...r.stdout.split('\n').map((l) => l.length)), args.join(' ')).toBeLessThanOrEqual(80);
    }
    const rules = (await onTerminal(['plan', 'examples/small.yaml', '--rules'], 80)).stdout;
    expect(rules).toMatch(/ \*\.s3\.us-\s/);
    const wide = await onTerminal(['catalog', '--wide'], 80);
    expect(wide.stdout).toBe(portplan(['catalog', '--format', 'table']).stdout);
  });

  it('puts what the plan leaves out below the table and the Markdown, not only on standard error', () => {
    const text =
      'cloud: { region: us-east-1 }\nconnectors: [{ name: sc, address: 10.0.0.1 }]\nsources: { physical: [{ host: 10.0.0.9 }] }\n';
    for (const format of ['table', 'markdown']) {
      const r = portplan(['plan', '-', '--format', format], { input: text });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(
        /\nWarnings:\n\n?- agent-upgrade-from-client \(Agent upgrades started from the UI\) is not planned: the inventory lists no clients \(The document does not say who the client is\./,
      );
    }
  });
});
