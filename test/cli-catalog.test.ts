// `portplan catalog`, `catalog import` and `catalog diff` end to end, against the vendor document beside the repo.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import { readVendorDocument, VENDOR_DOC } from './paths.js';

describe('portplan catalog', () => {
  it.each([
    ['table', 'txt'],
    ['json', 'json'],
    ['markdown', 'md'],
  ])('shows the built-in catalog as %s', async (format, ext) => {
    const r = portplan(['catalog', '--format', format]);
    expect(r.status).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`golden/catalog/catalog.${ext}`);
  });

  it('filters by workload', () => {
    const r = portplan(['catalog', '--workload', 'oracle', '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as { requirements: { id: string }[] }).requirements.map((x) => x.id);
    expect(ids).toEqual([
      'oracle-agent',
      'oracle-linux-to-connector',
      'oracle-windows-to-connector',
      'oracle-local-monitoring',
    ]);
  });
});

describe('portplan catalog import / diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no difference between the vendor document and the built-in catalog', () => {
    const r = portplan(['catalog', 'diff', VENDOR_DOC]);
    expect(r.stdout).toBe('No differences: the document and the catalog agree.\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/:128: note: table 10, row 2: /);
  });

  it('imports the document into a catalog that plans the same openings as the built-in one', () => {
    const doc = join(dir, 'doc.md');
    writeFileSync(doc, readVendorDocument());
    const imported = portplan(['catalog', 'import', doc, '-o', join(dir, 'imported.yaml')]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('');
    const openings = (args: string[]) =>
      (
        JSON.parse(portplan(['plan', 'examples/small.yaml', '--format', 'json', ...args]).stdout).flows as {
          from: { host: string };
          to: { host: string };
          ports: number[] | 'any';
          transport: string;
          scope: string;
          direction: string;
        }[]
      )
        .map((f) => `${f.from.host} > ${f.to.host} ${f.ports}/${f.transport} ${f.scope} ${f.direction}`)
        .sort();
    const builtin = openings([]);
    expect(builtin.length).toBeGreaterThan(40);
    expect(openings(['--catalog', join(dir, 'imported.yaml')])).toEqual(builtin);
  });

  it('reports a changed port, with exit status 1', () => {
    const doc = join(dir, 'changed.md');
    const text = readVendorDocument();
    const edited = text.replace('| ESXi Host(s) | 902 | TCP |', '| ESXi Host(s) | 903 | TCP |');
    expect(edited).not.toBe(text);
    writeFileSync(doc, edited);
    const r = portplan(['catalog', 'diff', doc, '--format', 'json']);
    expect(r.status).toBe(1);
    const diff = JSON.parse(r.stdout) as {
      added: unknown[];
      removed: unknown[];
      changed: { base: { id: string }; changes: { field: string; base: string; next: string }[] }[];
    };
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(
      diff.changed.map((c) => [c.base.id, c.changes.map((x) => `${x.field}: ${x.base} -> ${x.next}`)]),
    ).toEqual([['vmware-esxi-vadp', ['ports: 902 -> 903']]]);
  });

  it('fails plainly on a missing document', () => {
    const r = portplan(['catalog', 'diff', join(dir, 'missing.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.md: cannot read document: ENOENT/);
  });
});
