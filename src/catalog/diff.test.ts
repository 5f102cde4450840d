// Tests of the catalog diff: edited copies of a made-up document, matching rules, and the real document against the built-in catalog when it is found.
import { describe, expect, it } from 'vitest';
import { readFixtureDocument, readVendorDocument, VENDOR } from '../../test/paths.js';
import { type CatalogDiff, diffCatalogs, formatCatalogDiff } from './diff.js';
import { importVendorDocument } from './import.js';
import { builtinCatalog } from './read.js';
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

const FIXTURE = readFixtureDocument();
const FIXTURE_CATALOG = importVendorDocument(FIXTURE, 'fixture.md').catalog;

/** An edited copy of the made-up document against the catalog the unedited one implies. */
function diffFixture(markdown: string): CatalogDiff {
  const result = importVendorDocument(markdown, 'vendor.md');
  return diffCatalogs(FIXTURE_CATALOG, result.catalog, result.skipped);
}

function fixtureRequirement(id: string): Requirement {
  const r = FIXTURE_CATALOG.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no requirement ${id} in the made-up document`);
  return r;
}

describe('edited copies of the made-up document against its catalog', () => {
  const doc = FIXTURE;

  it('agrees with itself', () => {
    const diff = diffFixture(doc);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unread: [] });
    expect(formatCatalogDiff(diff, 'text')).toBe(AGREE);
  });

  it('reports a changed port, and nothing else', () => {
    const diff = diffFixture(doc.replace('| ESXi Host(s) | 902 |', '| ESXi Host(s) | 903 |'));
    expect([diff.added, diff.removed, diff.unread]).toEqual([[], [], []]);
    expect(diff.changed.map((c) => [c.base.id, c.next.ref, c.changes])).toEqual([
      [
        'vmware-2-2',
        { section: 'Virtual Machines > VMware', table: 2, row: 2 },
        [{ field: 'ports', base: '902', next: '903' }],
      ],
    ]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '~ vmware-2-2 (Virtual Machines > VMware, table 2, row 2): ports: 902 → 903\n0 added, 0 removed, 1 changed\n',
    );
  });

  it('reports a row appended to a table as added, and nothing else', () => {
    const at = firstLine(doc, 'assist.vendor.example.test');
    const row = '| SaaS Connector | updates.example.test | 8443 | TCP | A row made up for this test |';
    const diff = diffFixture(spliceLines(doc, at, doc.split('\n')[at] ?? '', row));
    expect([diff.removed, diff.changed, diff.unread]).toEqual([[], [], []]);
    expect(diff.added).toEqual([
      {
        id: 'management-1-6',
        workload: 'management',
        from: ['connector'],
        to: ['updates.example.test'],
        ports: [8443],
        transport: 'tcp',
        app: 'tcp',
        scope: 'network',
        purpose: 'A row made up for this test',
        ref: { section: 'Connector Management', table: 1, row: 6 },
      },
    ]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '+ Connector Management, table 1, row 6: connector → updates.example.test 8443/tcp\n' +
        '1 added, 0 removed, 0 changed\n',
    );
  });

  it('reports a removed row as removed, without showing the rows after it as changed', () => {
    const diff = diffFixture(spliceLines(doc, firstLine(doc, 'control.vendor.example.test')));
    expect([diff.added, diff.changed, diff.unread]).toEqual([[], [], []]);
    expect(diff.removed).toEqual([fixtureRequirement('management-1-1')]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '- management-1-1 (Connector Management, table 1, row 1): connector → control.vendor.example.test 443/tcp\n' +
        '0 added, 1 removed, 0 changed\n',
    );
  });

  it('reports a removed row and an unrelated added row as one removal and one addition, not a change', () => {
    // The vCenter row goes; a row to a named host on the same port arrives. A vCenter is not a host renamed.
    const at = firstLine(doc, '| VMware vCenter | 443 | TCP | Inventory and snapshot');
    const row =
      '| SaaS Connector | licence.vendor.example.test | 443 | TCP | Licence checks, made up for this test |';
    const diff = diffFixture(spliceLines(doc, at, row));
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '+ Virtual Machines > VMware, table 2, row 1: connector → licence.vendor.example.test 443/tcp [platform=on-prem]\n' +
        '- vmware-2-1 (Virtual Machines > VMware, table 2, row 1): connector → vcenter 443/tcp [platform=on-prem]\n' +
        '1 added, 1 removed, 0 changed\n',
    );
  });

  it('reports a renamed host as a changed destination, and nothing else', () => {
    const diff = diffFixture(doc.replace('control.vendor.example.test', 'steer.vendor.example.test'));
    expect([diff.added, diff.removed, diff.unread]).toEqual([[], [], []]);
    expect(diff.changed.map((c) => [c.base, c.next.ref, c.changes])).toEqual([
      [
        fixtureRequirement('management-1-1'),
        { section: 'Connector Management', table: 1, row: 1 },
        [{ field: 'to', base: 'control.vendor.example.test', next: 'steer.vendor.example.test' }],
      ],
    ]);
  });

  it('reports a row of a section it does not know as a difference, with its table, row, hosts and ports', () => {
    const diff = diffFixture(`${doc}${readFixtureDocument('kubernetes-section.md')}`);
    expect([diff.added, diff.removed, diff.changed]).toEqual([[], [], []]);
    expect(diff.unread.map((u) => [u.section, u.table, u.row, u.line])).toEqual([['Kubernetes', 11, 1, 93]]);
    expect(formatCatalogDiff(diff, 'text')).toBe(
      '? Kubernetes, table 11, row 1 (line 93): SaaS Connector → api.kube.example.test 6443/TCP: not read: section "Kubernetes" names no workload portplan knows\n' +
        '0 added, 0 removed, 0 changed, 1 not read\n',
    );
    expect(JSON.parse(formatCatalogDiff(diff, 'json')).unread).toEqual(
      JSON.parse(JSON.stringify(diff.unread)),
    );
  });

  it('reports a row it cannot read as removed from the catalog and as not read', () => {
    const at = firstLine(doc, '| 59999 |');
    const line = doc.split('\n')[at] ?? '';
    const diff = diffFixture(spliceLines(doc, at, line.replace(/^\| [^|]+\|/, '| Flux capacitor |')));
    expect(diff.removed).toEqual([fixtureRequirement('physical-6-2')]);
    expect([diff.added, diff.changed]).toEqual([[], []]);
    expect(diff.unread.map((u) => [u.table, u.row, u.line, u.reason])).toEqual([
      [6, 2, 56, 'Source: cannot tell which host "Flux capacitor" is'],
    ]);
    expect(formatCatalogDiff(diff, 'text').split('\n').slice(-3)).toEqual([
      '? Virtual Machines > Physical Servers, table 6, row 2 (line 56): Flux capacitor → Local Host (the server itself) 59999/TCP: not read: Source: cannot tell which host "Flux capacitor" is',
      '0 added, 1 removed, 0 changed, 1 not read',
      '',
    ]);
  });

  it('writes out control characters of the document in text and JSON', () => {
    const at = firstLine(doc, '| 59999 |');
    const line = doc.split('\n')[at] ?? '';
    const edited = line.replace(/^\| [^|]+\|/, '| Witness\x1b]0;pwned\x07 \u202eA\u009b |');
    const diff = diffFixture(spliceLines(doc, at, edited));
    expect(formatCatalogDiff(diff, 'text').split('\n').slice(-3, -2)).toEqual([
      '? Virtual Machines > Physical Servers, table 6, row 2 (line 56): Witness\\x1b]0;pwned\\x07 \\u202eA\\x9b → Local Host (the server itself) 59999/TCP: not read: Source: cannot tell which host "Witness\\x1b]0;pwned\\x07 \\u202eA\\x9b" is',
    ]);
    const json = formatCatalogDiff(diff, 'json');
    expect(json).toContain('"source": "Witness\\u001b]0;pwned\\u0007 \\u202eA\\u009b",');
    expect(JSON.parse(json).unread[0].source).toBe('Witness\x1b]0;pwned\x07 \u202eA\u009b');
  });
});

describe.skipIf(!VENDOR.found)('the real vendor document against the built-in catalog', () => {
  it('agrees', () => {
    const result = importVendorDocument(readVendorDocument(), 'vendor.md');
    const diff = diffCatalogs(builtinCatalog(), result.catalog, result.skipped);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unread: [] });
    expect(formatCatalogDiff(diff, 'text')).toBe(AGREE);
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
  it('ignores ids, purposes, apps, notes, samples and the order of ports and hosts', () => {
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
        // Ours, not the vendor's: an imported catalog has none.
        samples: { '*.b.example.com': 'www.b.example.com' },
      }),
    );
    expect(diffCatalogs(base, next)).toEqual({ added: [], removed: [], changed: [], unread: [] });
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

  it('does not pair a row to a role with a row to a named host: they are different requirements', () => {
    const base = catalog(req('a', 1, { to: ['vcenter'] }), req('b', 2, { to: ['dns.example.com'] }));
    const next = catalog(
      req('x', 1, { to: ['proxy.example.com'] }),
      req('y', 2, { to: ['dns2.example.com'] }),
    );
    const diff = diffCatalogs(base, next);
    expect(diff.removed.map((r) => r.id)).toEqual(['a']);
    expect(diff.added.map((r) => r.id)).toEqual(['x']);
    expect(diff.changed.map((c) => [c.base.id, c.next.id])).toEqual([['b', 'y']]);
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
    expect(formatCatalogDiff({ added: [], removed: [], changed: [], unread: [] }, 'text')).toBe(AGREE);
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
      unread: [],
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
