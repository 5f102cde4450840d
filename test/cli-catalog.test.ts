// `portplan catalog`, `catalog import` and `catalog diff` end to end: on a made-up document, and on the real one when it is found.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import { FIXTURE_DOC, readFixtureDocument, readVendorDocument, VENDOR } from './paths.js';

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

describe('portplan catalog import / diff on the made-up document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const doc = readFixtureDocument();
  const catalog = join(dir, 'catalog.yaml');
  beforeAll(() => {
    const r = portplan(['catalog', 'import', FIXTURE_DOC, '-o', catalog]);
    if (r.status !== 0) throw new Error(`catalog import failed: ${r.stderr}`);
  });
  const NAS_NOTE =
    'the row holds only Port, Protocol, Purpose; read as continuing the Source and Destination of row 1';

  /** `catalog diff` of `markdown` (written to a file) against the catalog the made-up document implies. */
  function diff(name: string, markdown: string, ...args: string[]) {
    const file = join(dir, name);
    writeFileSync(file, markdown);
    return portplan(['catalog', 'diff', file, '--catalog', catalog, ...args]);
  }

  it('imports it into a catalog file, noting the continuation rows on standard error', async () => {
    const r = portplan(['catalog', 'import', 'test/fixtures/vendor-doc/firewall-ports.md']);
    expect(r.stderr).toBe(
      `test/fixtures/vendor-doc/firewall-ports.md:86: note: table 10, row 2: ${NAS_NOTE}\n` +
        `test/fixtures/vendor-doc/firewall-ports.md:87: note: table 10, row 3: ${NAS_NOTE}\n`,
    );
    expect(r.status).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/catalog/vendor-doc-import.yaml');
  });

  it('finds no difference between the document and the catalog imported from it', () => {
    const r = diff('same.md', doc);
    expect(r.stdout).toBe('No differences: the document and the catalog agree.\n');
    expect(r.status).toBe(0);
  });

  it('reports a row of a new section on standard output, with exit status 1, in text and JSON', () => {
    const kubernetes = readFixtureDocument('kubernetes-section.md');
    const text = diff('kubernetes.md', `${doc}${kubernetes}`);
    expect(text.stdout).toBe(
      '? Kubernetes, table 11, row 1 (line 93): SaaS Connector → api.kube.example.test 6443/TCP: not read: section "Kubernetes" names no workload portplan knows\n' +
        '0 added, 0 removed, 0 changed, 1 not read\n',
    );
    expect(text.status).toBe(1);
    expect(text.stderr).toMatch(
      /kubernetes\.md:93: skipped table 11, row 1 \(Kubernetes\): section "Kubernetes"/,
    );
    const json = diff('kubernetes.md', `${doc}${kubernetes}`, '--format', 'json');
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout) as { unread: { table: number; row: number; port: string }[] };
    expect(parsed.unread.map((u) => [u.table, u.row, u.port])).toEqual([[11, 1, '6443']]);
  });

  it('writes out control characters of the document on standard output and standard error', () => {
    const edited = doc.replace(
      '| SaaS Connector | Hyper-V host | 50051 | TCP | Backups through the agent. |',
      '| SaaS Connector | Witness\x1b]0;pwned\x07\u202e | 50051 | TCP | Backups through the agent. |',
    );
    expect(edited).not.toBe(doc);
    const shown = 'Witness\\x1b]0;pwned\\x07\\u202e';
    const unread = `not read: Destination: cannot tell which host "${shown}" is`;
    const r = diff('controls.md', edited);
    expect(r.stdout.split('\n').slice(-3)).toEqual([
      `? Virtual Machines > Hyper-V Hosts, table 3, row 2 (line 36): SaaS Connector → ${shown} 50051/TCP: ${unread}`,
      '0 added, 1 removed, 0 changed, 1 not read',
      '',
    ]);
    const json = diff('controls.md', edited, '--format', 'json');
    expect(json.stdout).toContain('"destination": "Witness\\u001b]0;pwned\\u0007\\u202e",');
    const imported = portplan(['catalog', 'import', join(dir, 'controls.md')]);
    expect(imported.status).toBe(1);
    for (const out of [r.stdout, r.stderr, json.stdout, imported.stdout, imported.stderr]) {
      expect(['\x1b', '\x07', '\u202e'].filter((c) => out.includes(c))).toEqual([]);
    }
    expect(imported.stderr.split('\n')[0]).toBe(
      `${join(dir, 'controls.md')}:36: skipped table 3, row 2 (Virtual Machines > Hyper-V Hosts): Destination: cannot tell which host "${shown}" is`,
    );
    expect(imported.stdout).toContain(
      `#     cells: SaaS Connector | ${shown} | 50051 | TCP | Backups through the agent.\n`,
    );
  });

  it('reports a removed row and an unrelated added row as a removal and an addition', () => {
    const edited = doc.replace(
      '| SaaS Connector | Hyper-V host | 50051 | TCP | Backups through the agent. |',
      '| SaaS Connector | hv-broker.example.test | 50051 | TCP | A broker made up for this test. |',
    );
    expect(edited).not.toBe(doc);
    const r = diff('swapped.md', edited);
    expect(r.stdout).toBe(
      '+ Virtual Machines > Hyper-V Hosts, table 3, row 2: connector → hv-broker.example.test 50051/tcp\n' +
        '- hyperv-3-2 (Virtual Machines > Hyper-V Hosts, table 3, row 2): connector → hyperv-host 50051/tcp\n' +
        '1 added, 1 removed, 0 changed\n',
    );
    expect(r.status).toBe(1);
  });

  it('reports a changed port as a change, with exit status 1', () => {
    const r = diff(
      'changed.md',
      doc.replace('| Hyper-V host | 50051 |', '| Hyper-V host | 50052 |'),
      '--format',
      'json',
    );
    expect(r.status).toBe(1);
    const parsed = JSON.parse(r.stdout) as {
      added: unknown[];
      removed: unknown[];
      unread: unknown[];
      changed: { base: { id: string }; changes: { field: string; base: string; next: string }[] }[];
    };
    expect([parsed.added, parsed.removed, parsed.unread]).toEqual([[], [], []]);
    expect(
      parsed.changed.map((c) => [c.base.id, c.changes.map((x) => `${x.field}: ${x.base} -> ${x.next}`)]),
    ).toEqual([['hyperv-3-2', ['ports: 50051 -> 50052']]]);
  });
});

describe('portplan catalog import / diff on what is not a vendor document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-not-doc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const NO_TABLE =
    'no Markdown table with Source, Destination, Port and Protocol columns: this is not a vendor document in the Markdown-table format';
  const BINARY = 'not a Markdown document: the file holds binary data or text that is not UTF-8';

  it.each([
    ['empty.md', '', "the document is empty: expected the vendor's Markdown tables"],
    [
      'page.html',
      '<!doctype html>\n<html><body><table><tr><td>443</td></tr></table></body></html>\n',
      NO_TABLE,
    ],
    [
      'header-only.md',
      '## Management\n\n| Source | Destination | Port | Protocol | Purpose |\n| --- | --- | --- | --- | --- |\n',
      "1 table(s) with Source, Destination, Port and Protocol columns, but no rows under their headers: expected the vendor's requirements as table rows",
    ],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), BINARY],
    ['utf16.md', Buffer.from('\ufeff| Source | Port |\n', 'utf16le'), BINARY],
  ])(
    'rejects %s with exit status 2, one message and nothing on standard output',
    (name, content, message) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      for (const verb of ['import', 'diff']) {
        const r = portplan(['catalog', verb, file]);
        expect([verb, r.status, r.stdout, r.stderr]).toEqual([verb, 2, '', `${file}: ${message}\n`]);
      }
    },
  );

  it('documents these exit statuses in its help', () => {
    const help = portplan(['catalog', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      'Exit status of import and diff: 0 the document was read whole (diff: and agrees with the catalog); ' +
        '1 some row could not be interpreted (diff: or the two differ); 2 the document cannot be read',
    );
  });

  it('fails plainly on a missing document', () => {
    const r = portplan(['catalog', 'diff', join(dir, 'missing.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.md: cannot read document: ENOENT/);
  });
});

describe.skipIf(!VENDOR.found)('portplan catalog import / diff on the real vendor document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no difference between the vendor document and the built-in catalog', () => {
    const r = portplan(['catalog', 'diff', VENDOR.found ? VENDOR.path : '']);
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

  it('reports a changed port against the built-in catalog by its id', () => {
    const doc = join(dir, 'changed.md');
    const text = readVendorDocument();
    const edited = text.replace('| ESXi Host(s) | 902 | TCP |', '| ESXi Host(s) | 903 | TCP |');
    expect(edited).not.toBe(text);
    writeFileSync(doc, edited);
    const r = portplan(['catalog', 'diff', doc]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      '~ vmware-esxi-vadp (Virtual Machines > VMware, table 2, row 3): ports: 902 → 903\n0 added, 0 removed, 1 changed\n',
    );
  });
});
