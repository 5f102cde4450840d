// Tests of the catalog diff: the reference document against the built-in catalog, edited copies, and matching rules.
import { describe, expect, it } from 'vitest';
import { readVendorDocument } from '../../test/paths.js';
import { type CatalogDiff, diffCatalogs, formatCatalogDiff } from './diff.js';
import { importVendorDocument } from './import.js';
import { builtinCatalog } from './load.js';
import type { Catalog, Requirement } from './schema.js';

const AGREE = 'No differences: the document and the catalog agree.\n';

/** The 0-based index of the first line of `text` holding `part`; fails when there is none. */
function firstLine(text: string, part: string): number {
  const at = text.split('\n').findIndex((l) => l.includes(part));
  if (at < 0) throw new Error(`no line holds ${JSON.stringify(part)}`);
  return at;
}

/** `text` with line `index` (0-based) replaced by `lines` (none removes it). */
function spliceLines(text: string, index: number, ...lines: string[]): string {
  const all = text.split('\n');
  all.splice(index, 1, ...lines);
  return all.join('\n');
}

function diffDocument(markdown: string): CatalogDiff {
  const result = importVendorDocument(markdown, 'vendor.md');
  expect(result.skipped).toEqual([]);
  return diffCatalogs(builtinCatalog(), result.catalog);
}

function builtin(id: string): Requirement {
  const r = builtinCatalog().requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no built-in requirement ${id}`);
  return r;
}

describe('the reference document against the built-in catalog', () => {
  const doc = readVendorDocument();

  it('agrees', () => {
    const diff = diffDocument(doc);
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
    expect(formatCatalogDiff(diff, 'text')).toBe(AGREE);
  });

  it('reports a changed port, and nothing else', () => {
    const at = firstLine(doc, '| 902 |');
    const diff = diffDocument(
      spliceLines(doc, at, (doc.split('\n')[at] ?? '').replace('| 902 |', '| 903 |')),
    );
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => [c.base.id, c.next.ref, c.changes])).toEqual([
      [
        'vmware-esxi-vadp',
        { section: 'Virtual Machines > VMware', table: 2, row: 3 },
        [{ field: 'ports', base: '902', next: '903' }],
      ],
    ]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '~ vmware-esxi-vadp (Virtual Machines > VMware, table 2, row 3): ports: 902 → 903\n0 added, 0 removed, 1 changed\n',
    );
  });

  it('reports a row appended to a table as added, and nothing else', () => {
    const at = firstLine(doc, 'rt.cohesity.com');
    const row = '| SaaS Connector | updates.example.com | 8443 | TCP | A row made up for this test |';
    const diff = diffDocument(spliceLines(doc, at, doc.split('\n')[at] ?? '', row));
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.added).toEqual([
      {
        id: 'management-1-10',
        workload: 'management',
        from: ['connector'],
        to: ['updates.example.com'],
        ports: [8443],
        transport: 'tcp',
        app: 'tcp',
        scope: 'network',
        purpose: 'A row made up for this test',
        ref: { section: 'SaaS Connector Management', table: 1, row: 10 },
      },
    ]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '+ SaaS Connector Management, table 1, row 10: connector → updates.example.com 8443/tcp\n' +
        '1 added, 0 removed, 0 changed\n',
    );
  });

  it('reports a removed row as removed, without showing the rows after it as changed', () => {
    const diff = diffDocument(spliceLines(doc, firstLine(doc, 'helios-data.cohesity.com')));
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.removed).toEqual([builtin('mgmt-telemetry')]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '- mgmt-telemetry (SaaS Connector Management, table 1, row 4): connector → helios-data.cohesity.com 443/tcp\n' +
        '0 added, 1 removed, 0 changed\n',
    );
  });

  it('reports a renamed host as a changed destination, and nothing else', () => {
    const diff = diffDocument(doc.replace('helios-data.cohesity.com', 'telemetry.cohesity.com'));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => [c.base, c.next.ref, c.changes])).toEqual([
      [
        builtin('mgmt-telemetry'),
        { section: 'SaaS Connector Management', table: 1, row: 4 },
        [{ field: 'to', base: 'helios-data.cohesity.com', next: 'telemetry.cohesity.com' }],
      ],
    ]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '~ mgmt-telemetry (SaaS Connector Management, table 1, row 4): to: helios-data.cohesity.com → telemetry.cohesity.com\n' +
        '0 added, 0 removed, 1 changed\n',
    );
  });

  it('reports a row it cannot read as removed from the catalog', () => {
    const at = firstLine(doc, '| 59999 |');
    const line = doc.split('\n')[at] ?? '';
    const result = importVendorDocument(
      spliceLines(doc, at, line.replace(/^\| [^|]+\|/, '| Flux capacitor |')),
      'x',
    );
    expect(result.skipped.map((s) => [s.table, s.row, s.line])).toEqual([[6, 2, 84]]);
    const diff = diffCatalogs(builtinCatalog(), result.catalog);
    expect(diff).toEqual({ added: [], removed: [builtin('physical-local-monitoring')], changed: [] });
  });
});

// --- Matching rules on small catalogs ------------------------------------------------------------

function req(id: string, row: number, fields: Partial<Requirement> = {}): Requirement {
  return {
    id,
    workload: 'vmware',
    from: ['connector'],
    to: ['esxi'],
    ports: [443],
    transport: 'tcp',
    app: 'https',
    scope: 'network',
    purpose: `purpose of ${id}`,
    ref: { section: 'VM', table: 1, row },
    ...fields,
  };
}

function catalog(...requirements: Requirement[]): Catalog {
  return { schema: 'portplan/catalog', version: 1, name: 'test', source: 'test', requirements };
}

describe('diffCatalogs', () => {
  it('ignores ids, purposes, apps, notes and the order of ports and hosts', () => {
    const base = catalog(req('a', 1, { ports: [80, 443], to: ['a.example.com', 'b.example.com'] }));
    const next = catalog(
      req('other-id', 7, {
        ports: [443, 80],
        to: ['b.example.com', 'a.example.com'],
        app: 'tcp',
        portApps: { '80': 'http' },
        purpose: 'other words',
        interpretation: 'a note',
        platformNote: 'another note',
      }),
    );
    expect(diffCatalogs(base, next)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('pairs each row with its closest partner when several qualify', () => {
    const base = catalog(
      req('a', 1, { to: ['helios.example.com'] }),
      req('b', 2, { to: ['data.example.com'] }),
      req('c', 3, { to: ['files.example.com'] }),
    );
    const next = catalog(
      req('a', 1, { to: ['helios.example.com'] }),
      req('c', 2, { to: ['files.example.com'] }),
      req('b', 3, { to: ['data.example.net'] }),
    );
    const diff = diffCatalogs(base, next);
    expect([diff.added, diff.removed]).toEqual([[], []]);
    expect(diff.changed.map((c) => [c.base.id, c.next.ref.row, c.changes])).toEqual([
      ['b', 3, [{ field: 'to', base: 'data.example.com', next: 'data.example.net' }]],
    ]);
  });

  it('pairs rows with the same ends before rows with the same ports', () => {
    const base = catalog(req('a', 1), req('b', 2, { ports: [902] }));
    const next = catalog(req('a', 1), req('b', 2, { ports: [903] }));
    const diff = diffCatalogs(base, next);
    expect(diff.changed.map((c) => [c.base.id, c.changes])).toEqual([
      ['b', [{ field: 'ports', base: '902', next: '903' }]],
    ]);
  });

  it('pairs a row whose destination changed by its source, ports and transport, and shows where it moved', () => {
    const base = catalog(req('a', 1, { to: ['vcenter'] }), req('b', 2, { to: ['old.example.com'] }));
    const next = catalog(req('b', 1, { to: ['new.example.com'] }));
    const diff = diffCatalogs(base, next);
    expect(diff.removed.map((r) => r.id)).toEqual(['a']);
    expect(diff.added).toEqual([]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '~ b (VM, table 1, row 2; now table 1, row 1): to: old.example.com → new.example.com\n' +
        '- a (VM, table 1, row 1): connector → vcenter 443/tcp\n' +
        '0 added, 1 removed, 1 changed\n',
    );
  });

  it('does not pair rows of different sections', () => {
    const base = catalog(req('a', 1));
    const moved = req('a', 1);
    const next = catalog({ ...moved, ref: { ...moved.ref, section: 'Elsewhere' } });
    const diff = diffCatalogs(base, next);
    expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([1, 1, 0]);
  });

  it('does not pair rows that share neither their ends nor their ports', () => {
    const base = catalog(req('a', 1, { to: ['vcenter'], ports: [443] }));
    const next = catalog(req('a', 1, { to: ['esxi'], ports: [902] }));
    const diff = diffCatalogs(base, next);
    expect([diff.added.map((r) => r.id), diff.removed.map((r) => r.id), diff.changed]).toEqual([
      ['a'],
      ['a'],
      [],
    ]);
  });

  it('compares choices, optional ports, transport, scope, conditions, gateway and replaceable defaults', () => {
    const base = catalog(
      req('a', 1, {
        workload: 'management',
        to: [{ role: 'ntp', default: ['time.example.com'] }],
        ports: [123],
        transport: 'udp',
        optional: [{ ports: [323], app: 'chronyc', when: 'chronycMonitoring', purpose: 'x' }],
      }),
      req('b', 2, { ports: [22], choice: { setting: 'supportChannelPort', alternatives: [443] } }),
      req('c', 3, { from: ['physical'], to: ['physical'], ports: [59999], scope: 'host' }),
      req('d', 4, { ports: [8443], when: { platform: 'vmc' }, gateway: 'management' }),
      req('e', 5, { to: [{ role: 'dns', default: ['8.8.8.8'] }], ports: [53] }),
    );
    const next = catalog(
      req('a', 1, {
        workload: 'vmware',
        to: [{ role: 'ntp', default: ['time.example.com'] }],
        ports: [123],
        transport: 'both',
        optional: [{ ports: [324], app: 'chronyc', when: 'chronycMonitoring', purpose: 'x' }],
      }),
      req('b', 2, { ports: [22], choice: { setting: 'supportChannelPort', alternatives: [8022] } }),
      req('c', 3, { from: ['physical'], to: ['physical'], ports: [59999], scope: 'network' }),
      req('d', 4, { ports: [8443], when: { platform: 'avs' }, gateway: 'compute' }),
      req('e', 5, { to: [{ role: 'dns', default: ['10.0.0.53'] }], ports: [53] }),
    );
    const diff = diffCatalogs(base, next);
    expect(diff.changed.map((c) => [c.base.id, c.changes])).toEqual([
      [
        'a',
        [
          { field: 'workload', base: 'management', next: 'vmware' },
          { field: 'optional', base: '323 when chronycMonitoring', next: '324 when chronycMonitoring' },
          { field: 'transport', base: 'udp', next: 'both' },
        ],
      ],
      ['b', [{ field: 'choice', base: '443 by supportChannelPort', next: '8022 by supportChannelPort' }]],
      ['c', [{ field: 'scope', base: 'host', next: 'network' }]],
      [
        'd',
        [
          { field: 'when', base: 'platform=vmc', next: 'platform=avs' },
          { field: 'gateway', base: 'management', next: 'compute' },
        ],
      ],
      ['e', [{ field: 'to', base: 'dns (default 8.8.8.8)', next: 'dns (default 10.0.0.53)' }]],
    ]);
  });
});

describe('formatCatalogDiff', () => {
  it('says the document and the catalog agree when nothing differs', () => {
    expect(formatCatalogDiff({ added: [], removed: [], changed: [] }, 'text')).toBe(AGREE);
  });

  it('summarises added and removed requirements with their choices, conditions and scope', () => {
    const diff: CatalogDiff = {
      added: [
        req('a', 1, {
          ports: [22],
          choice: { setting: 'supportChannelPort', alternatives: [443] },
          when: { platform: 'vmc' },
          gateway: 'compute',
        }),
      ],
      removed: [
        req('b', 2, {
          from: ['physical'],
          to: [{ role: 'dns', default: ['8.8.8.8'] }],
          ports: 'any',
          scope: 'host',
          optional: [{ ports: [323], when: 'chronycMonitoring', purpose: 'x' }],
        }),
      ],
      changed: [],
    };
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '+ VM, table 1, row 1: connector → esxi 22/tcp (or 443 by supportChannelPort) [platform=vmc; compute gateway]\n' +
        '- b (VM, table 1, row 2): physical → dns (default 8.8.8.8) any/tcp (optional 323 when chronycMonitoring) [on the host]\n' +
        '1 added, 1 removed, 0 changed\n',
    );
  });

  it('prints the diff itself as JSON', () => {
    const diff = diffCatalogs(catalog(req('a', 1)), catalog(req('a', 1, { ports: [8443] })));
    const json = formatCatalogDiff(diff, 'json');
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(diff);
    expect(JSON.parse(json).changed[0].changes).toEqual([{ field: 'ports', base: '443', next: '8443' }]);
  });
});
