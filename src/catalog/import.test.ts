// Tests of the Markdown importer: a made-up document in the vendor's format, edited copies, the cell readers, and the real document when it is found.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixtureDocument, readVendorDocument, VENDOR } from '../../test/paths.js';
import { InputError } from '../errors.js';
import {
  formatImport,
  formatImportReport,
  type ImportResult,
  importVendorDocument,
  portApp,
  readEndpoint,
  readPorts,
  readProtocol,
  readVendorTables,
  sectionWorkload,
} from './import.js';
import { loadCatalog } from './load.js';
import { builtinCatalog } from './read.js';

const DOC = 'vendor.md';
const NAS_NOTE =
  'the row holds only Port, Protocol, Purpose; read as continuing the Source and Destination of row 1';

/** The 0-based index of the first line of `text` holding `part`; fails when there is none. */
function firstLine(text: string, part: string): number {
  const at = text.split('\n').findIndex((l) => l.includes(part));
  if (at < 0) throw new Error(`no line holds ${JSON.stringify(part)}`);
  return at;
}

/** Replace line `index` (0-based) of `text`. */
function editLine(text: string, index: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[index] = edit(lines[index] ?? '');
  return lines.join('\n');
}

/** Replace cell `index` (0-based) of a table row line. */
function replaceCell(line: string, index: number, value: string): string {
  const cells = line.split('|');
  cells[index + 1] = ` ${value} `;
  return cells.join('|');
}

/** The input problems importing `markdown` throws, as printed. */
function importProblems(markdown: string): string {
  try {
    importVendorDocument(markdown, DOC);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('the import did not fail');
}

describe('importVendorDocument on the made-up document (test/fixtures/vendor-doc)', () => {
  const doc = readFixtureDocument();
  const result = importVendorDocument(doc, DOC);
  const byRef = (table: number, row: number) =>
    result.catalog.requirements.find((r) => r.ref.table === table && r.ref.row === row);

  it('reads every row, skips none, and notes the two continuation rows of the NAS table', () => {
    expect(result.catalog.requirements.map((r) => r.id)).toEqual([
      'management-1-1',
      'management-1-2',
      'management-1-3',
      'management-1-4',
      'management-1-5',
      'vmware-2-1',
      'vmware-2-2',
      'hyperv-3-1',
      'hyperv-3-2',
      'vmc-4-1',
      'vmc-4-2',
      'avs-5-1',
      'physical-6-1',
      'physical-6-2',
      'physical-7-1',
      'oracle-8-1',
      'oracle-8-2',
      'mssql-9-1',
      'nas-10-1',
      'nas-10-2',
      'nas-10-3',
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual([
      { table: 10, row: 2, line: 86, message: NAS_NOTE },
      { table: 10, row: 3, line: 87, message: NAS_NOTE },
    ]);
  });

  it('keeps sub-section paths, leaving the title out', () => {
    expect([...new Set(result.catalog.requirements.map((r) => r.ref.section))]).toEqual([
      'Connector Management',
      'Virtual Machines > VMware',
      'Virtual Machines > Hyper-V Hosts',
      'Virtual Machines > VMC on AWS',
      'Virtual Machines > Azure VMware Solution',
      'Virtual Machines > Physical Servers',
      'Virtual Machines > Physical Servers > Agent Upgrade > Incoming Traffic',
      'Databases > Oracle Servers',
      'Databases > Microsoft SQL Servers',
      'Databases > Network Attached Storage (NAS)',
    ]);
  });

  it('reads templates, <br> lists, "X or internal DNS/NTP", choices and optional ports', () => {
    expect(byRef(1, 2)?.to).toEqual(['*.blob.{region}.storage.example.test', '*.data.vendor.example.test']);
    expect(byRef(1, 3)).toMatchObject({
      to: [{ role: 'dns', default: ['9.9.9.9'] }],
      ports: [53],
      transport: 'both',
      app: 'dns',
    });
    expect(byRef(1, 4)).toMatchObject({
      to: [{ role: 'ntp', default: ['clock.example.test'] }],
      ports: [123],
      transport: 'udp',
      app: 'ntp',
    });
    expect(byRef(1, 4)?.optional).toEqual([
      {
        ports: [323],
        app: 'chronyc',
        when: 'chronycMonitoring',
        purpose: 'Open port 323 if you want chronyc to report how the time daemon is doing.',
      },
    ]);
    expect(byRef(1, 5)).toMatchObject({
      ports: [22],
      choice: { setting: 'supportChannelPort', alternatives: [443] },
      app: 'ssh',
    });
  });

  it('reads roles, local hosts, "Any", gateways, platforms, OS conditions and agent-only rows', () => {
    expect(byRef(2, 1)).toMatchObject({ to: ['vcenter'], when: { platform: 'on-prem' } });
    expect(byRef(2, 2)).toMatchObject({ to: ['esxi'], app: 'vmware-authd' });
    expect(byRef(3, 1)).toMatchObject({ from: ['hyperv-host'], to: ['hyperv-guest'], scope: 'network' });
    expect(byRef(4, 1)).toMatchObject({ to: ['vcenter'], gateway: 'management', when: { platform: 'vmc' } });
    expect(byRef(4, 2)).toMatchObject({ to: ['any'], ports: 'any', gateway: 'compute', app: 'tcp' });
    expect(byRef(5, 1)).toMatchObject({ to: ['esxi'], when: { platform: 'avs' } });
    expect(byRef(5, 1)?.gateway).toBeUndefined();
    expect(byRef(6, 2)).toMatchObject({ from: ['physical'], to: ['physical'], scope: 'host' });
    expect(byRef(7, 1)).toMatchObject({
      from: ['client'],
      to: ['connector'],
      ports: [80, 443],
      app: 'https',
      portApps: { '80': 'http' },
      onlyWith: ['hyperv', 'physical', 'oracle', 'mssql'],
      purpose: 'Upgrading agents from the web console.',
    });
    expect(byRef(8, 1)).toMatchObject({ ports: [111, 2049], app: 'nfs', when: { os: 'linux' } });
    expect(byRef(8, 2)).toMatchObject({ ports: [11113, 11117], when: { os: 'windows' } });
    expect(byRef(9, 1)).toMatchObject({ from: ['mssql'], to: ['mssql'], scope: 'host', app: 'mssql' });
  });

  it('reads protocol cells that name the application (NFS, SMB, HTTPS) and the continuation rows', () => {
    expect(byRef(10, 1)).toMatchObject({ ports: [2049, 111], app: 'nfs', portApps: { '111': 'portmapper' } });
    expect(byRef(10, 1)?.when).toEqual({ nasProtocol: 'nfs' });
    expect(byRef(10, 1)?.interpretation).toBeUndefined();
    for (const [row, port, app, nasProtocol] of [
      [2, 445, 'smb', 'smb'],
      [3, 443, 'https', 'snapshot-api'],
    ] as const) {
      expect(byRef(10, row)).toMatchObject({
        from: ['connector'],
        to: ['nas'],
        ports: [port],
        transport: 'tcp',
        app,
        when: { nasProtocol },
        interpretation: 'Continues the source and destination of row 1.',
      });
    }
  });

  it('writes YAML that loads back as the same catalog, with the repairs as comments on top', () => {
    const yaml = formatImport(result);
    expect(yaml.split('\n').slice(0, 4)).toEqual([
      `# Imported by portplan from ${DOC}: 21 requirement(s), 0 row(s) skipped.`,
      '# Rows read with a repair:',
      `#   line 86, table 10, row 2: ${NAS_NOTE}`,
      `#   line 87, table 10, row 3: ${NAS_NOTE}`,
    ]);
    expect(loadCatalog(yaml, 'imported.yaml')).toEqual(result.catalog);
    // Names that answer for wildcards are ours, not the document's: an imported catalog has none.
    expect(yaml).toContain('*.blob.{region}.storage.example.test');
    expect(result.catalog.requirements.filter((r) => r.samples)).toEqual([]);
    expect(yaml).toContain('    ref: {section: Connector Management, table: 1, row: 1}\n');
  });

  it('reports the repairs for stderr as file:line lines', () => {
    expect(formatImportReport(result)).toBe(
      `${DOC}:86: note: table 10, row 2: ${NAS_NOTE}\n${DOC}:87: note: table 10, row 3: ${NAS_NOTE}\n`,
    );
  });
});

describe('importVendorDocument on edited copies of the made-up document', () => {
  const doc = readFixtureDocument();

  it('lists a row whose source it cannot read as skipped, with its line, cells, hosts and ports', () => {
    const at = firstLine(doc, '| 59999 |');
    expect(at + 1).toBe(56);
    const edited = editLine(doc, at, (l) => replaceCell(l, 0, 'Flux capacitor'));
    const result = importVendorDocument(edited, DOC);
    expect(result.catalog.requirements).toHaveLength(20);
    expect(result.skipped).toEqual([
      {
        section: 'Virtual Machines > Physical Servers',
        table: 6,
        row: 2,
        line: 56,
        cells: [
          'Flux capacitor',
          'Local Host (the server itself)',
          '59999',
          'TCP',
          'The agent checks its own health.',
        ],
        source: 'Flux capacitor',
        destination: 'Local Host (the server itself)',
        port: '59999',
        protocol: 'TCP',
        reason: 'Source: cannot tell which host "Flux capacitor" is',
      },
    ]);
    expect(formatImportReport(result).split('\n')[0]).toBe(
      `${DOC}:56: skipped table 6, row 2 (Virtual Machines > Physical Servers): Source: cannot tell which host "Flux capacitor" is`,
    );
    expect(formatImport(result).split('\n').slice(0, 4)).toEqual([
      `# Imported by portplan from ${DOC}: 20 requirement(s), 1 row(s) skipped.`,
      '# Skipped rows (not in this catalog):',
      '#   line 56, table 6, row 2 (Virtual Machines > Physical Servers): Source: cannot tell which host "Flux capacitor" is',
      '#     cells: Flux capacitor | Local Host (the server itself) | 59999 | TCP | The agent checks its own health.',
    ]);
  });

  it('skips every row of a section it does not know, naming its hosts and ports', () => {
    const result = importVendorDocument(`${doc}${readFixtureDocument('kubernetes-section.md')}`, DOC);
    expect(result.catalog.requirements).toHaveLength(21);
    expect(result.skipped).toEqual([
      {
        section: 'Kubernetes',
        table: 11,
        row: 1,
        line: 93,
        cells: ['SaaS Connector', 'api.kube.example.test', '6443', 'TCP', 'Cluster API calls.'],
        source: 'SaaS Connector',
        destination: 'api.kube.example.test',
        port: '6443',
        protocol: 'TCP',
        reason: 'section "Kubernetes" names no workload portplan knows',
      },
    ]);
  });

  it('gives a continuation row it cannot read the hosts of no row, but its port and protocol', () => {
    const at = firstLine(doc, '| 445 | SMB |');
    const edited = editLine(doc, at, (l) => l.replace('| SMB |', '| SCTP |'));
    const [skipped] = importVendorDocument(edited, DOC).skipped;
    expect(skipped).toMatchObject({
      table: 10,
      row: 2,
      source: '',
      destination: '',
      port: '445',
      protocol: 'SCTP',
    });
  });

  it('writes out control characters of the cells in the report and in the YAML comments', () => {
    const at = firstLine(doc, '| 59999 |');
    const edited = editLine(doc, at, (l) =>
      replaceCell(replaceCell(l, 0, 'Witness\x1b]0;pwned\x07'), 4, 'Checks \u202eitself.'),
    );
    const result = importVendorDocument(edited, DOC);
    expect(formatImportReport(result).split('\n')[0]).toBe(
      `${DOC}:56: skipped table 6, row 2 (Virtual Machines > Physical Servers): Source: cannot tell which host "Witness\\x1b]0;pwned\\x07" is`,
    );
    expect(formatImport(result).split('\n').slice(2, 4)).toEqual([
      '#   line 56, table 6, row 2 (Virtual Machines > Physical Servers): Source: cannot tell which host "Witness\\x1b]0;pwned\\x07" is',
      '#     cells: Witness\\x1b]0;pwned\\x07 | Local Host (the server itself) | 59999 | TCP | Checks \\u202eitself.',
    ]);
  });

  it('counts lines the same with Windows line ends', () => {
    const result = importVendorDocument(doc.replace(/\n/g, '\r\n'), DOC);
    expect(result.notes.map((n) => n.line)).toEqual([86, 87]);
  });
});

describe('importVendorDocument on what is not a vendor document', () => {
  it.each([
    ['an empty file', '', "vendor.md: the document is empty: expected the vendor's Markdown tables"],
    ['blank lines', '\n  \n', "vendor.md: the document is empty: expected the vendor's Markdown tables"],
    [
      'HTML',
      '<!doctype html>\n<html><body><table><tr><th>Source</th><th>Port</th></tr></table></body></html>\n',
      'vendor.md: no Markdown table with Source, Destination, Port and Protocol columns: this is not a vendor document in the Markdown-table format',
    ],
    [
      'prose with an unrelated table',
      '# Notes\n\n| Name | Value |\n| --- | --- |\n| a | 1 |\n',
      'vendor.md: 1 Markdown table(s), none of them with Source, Destination, Port and Protocol columns: this is not a vendor document in the Markdown-table format',
    ],
    [
      'a vendor table with its header and no rows',
      '# Ports\n\n| Source | Destination | Port | Protocol |\n| --- | --- | --- | --- |\n',
      "vendor.md: 1 table(s) with Source, Destination, Port and Protocol columns, but no rows under their headers: expected the vendor's requirements as table rows",
    ],
    [
      'binary data',
      '\u0089PNG\r\n\u001a\n\0\0\0\rIHDR',
      'vendor.md: not a Markdown document: the file holds binary data or text that is not UTF-8',
    ],
    [
      'bytes that are not UTF-8',
      Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x41]).toString('utf8'),
      'vendor.md: not a Markdown document: the file holds binary data or text that is not UTF-8',
    ],
  ])('rejects %s with one message', (_, text, message) => {
    expect(importProblems(text)).toBe(message);
  });
});

describe.skipIf(!VENDOR.found)('importVendorDocument on the real vendor document', () => {
  // In beforeAll, since vitest runs a skipped describe's body too.
  let result: ImportResult;
  beforeAll(() => {
    result = importVendorDocument(readVendorDocument(), DOC);
  });

  it('reads every row, skips none, and notes the two repaired NAS rows', () => {
    expect(result.catalog.requirements).toHaveLength(34);
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual([
      { table: 10, row: 2, line: 128, message: NAS_NOTE },
      { table: 10, row: 3, line: 129, message: NAS_NOTE },
    ]);
  });

  it('gives each requirement a unique id from its workload, table and row, and the built-in refs', () => {
    const ids = result.catalog.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(34);
    const refs = (c: typeof result.catalog) => c.requirements.map((r) => r.ref);
    expect(refs(result.catalog)).toEqual(refs(builtinCatalog()));
  });

  it('finds the ten tables with their row counts', () => {
    const tables = readVendorTables(readVendorDocument());
    expect(tables.map((t) => t.rows.length)).toEqual([9, 3, 2, 3, 4, 2, 1, 4, 3, 3]);
    expect(tables[9]?.rows.map((r) => [r.line, r.written])).toEqual([
      [127, 5],
      [128, 3],
      [129, 3],
    ]);
  });
});

describe('readVendorTables', () => {
  it('finds the tables of the made-up document with their sections and row lines', () => {
    const tables = readVendorTables(readFixtureDocument());
    expect(tables.map((t) => [t.table, t.line, t.rows.length])).toEqual([
      [1, 13, 5],
      [2, 26, 2],
      [3, 33, 2],
      [4, 40, 2],
      [5, 47, 1],
      [6, 53, 2],
      [7, 62, 1],
      [8, 70, 2],
      [9, 77, 1],
      [10, 83, 3],
    ]);
    expect(tables[6]?.header).toEqual([
      'Source',
      'Destination',
      'Destination Port',
      'Protocol',
      'Usage Notes',
    ]);
    expect(tables[0]?.rows.map((r) => r.line)).toEqual([15, 16, 17, 18, 19]);
    expect(tables[9]?.rows.map((r) => [r.line, r.written])).toEqual([
      [85, 5],
      [86, 3],
      [87, 3],
    ]);
    expect(tables[0]?.rows[1]?.cells[1]).toEqual([
      '*.blob.<region>.storage.example.test',
      '*.data.vendor.example.test',
    ]);
  });

  it('leaves a title without tables out of the path, resolves escapes and splits cells at <br>', () => {
    const md = [
      '# Title',
      '',
      '# Top',
      '',
      '## Sub',
      '',
      '| A | B |',
      '| --- | --- |',
      '| \\*.example.com<br/>**x** &amp; y | [link text](https://example.com) `code` |',
      '',
      '# Other',
      '',
      '| A |',
      '| --- |',
      '| 1 |',
      '| 2 |',
    ].join('\n');
    const tables = readVendorTables(md);
    expect(tables).toEqual([
      {
        section: 'Top > Sub',
        table: 1,
        line: 7,
        header: ['A', 'B'],
        rows: [{ row: 1, line: 9, cells: [['*.example.com', 'x & y'], ['link text code']], written: 2 }],
      },
      {
        section: 'Other',
        table: 2,
        line: 13,
        header: ['A'],
        rows: [
          { row: 1, line: 15, cells: [['1']], written: 1 },
          { row: 2, line: 16, cells: [['2']], written: 1 },
        ],
      },
    ]);
  });

  it('keeps a first heading that holds a table in the path', () => {
    const tables = readVendorTables('# Databases\n\n| A |\n| --- |\n| 1 |\n');
    expect(tables[0]?.section).toBe('Databases');
  });
});

describe('importVendorDocument on small documents', () => {
  const table = (
    section: string,
    rows: string[],
    header = '| Source | Destination | Port | Protocol | Purpose |',
  ) => [`# ${section}`, '', header, '| --- | --- | --- | --- | --- |', ...rows].join('\n');

  it('skips every row of a section that names no workload', () => {
    const result = importVendorDocument(
      table('Printers', ['| SaaS Connector | Any | 9100 | TCP | x |']),
      DOC,
    );
    expect(result.catalog.requirements).toEqual([]);
    expect(result.skipped).toEqual([
      {
        section: 'Printers',
        table: 1,
        row: 1,
        line: 5,
        cells: ['SaaS Connector', 'Any', '9100', 'TCP', 'x'],
        source: 'SaaS Connector',
        destination: 'Any',
        port: '9100',
        protocol: 'TCP',
        reason: 'section "Printers" names no workload portplan knows',
      },
    ]);
  });

  it('skips rows of a table without a Port column beside a table it reads', () => {
    const md = [
      table('Oracle', ['| SaaS Connector | Oracle Server | 1521 | TCP | listener |']),
      table(
        'Oracle',
        ['| SaaS Connector | Oracle | TCP | x | y |'],
        '| Source | Destination | Protocol | A | B |',
      ),
    ].join('\n\n');
    const result = importVendorDocument(md, DOC);
    expect(result.catalog.requirements.map((r) => r.id)).toEqual(['oracle-1-1']);
    expect(result.skipped.map((s) => [s.table, s.port, s.protocol, s.reason])).toEqual([
      [2, '', 'TCP', 'the table has no Port column'],
    ]);
  });

  it('skips a short row with nothing above it to continue', () => {
    const md = table('NAS', ['| 445 | SMB | x |']);
    expect(importVendorDocument(md, DOC).skipped.map((s) => [s.line, s.cells, s.reason])).toEqual([
      [
        5,
        ['445', 'SMB', 'x'],
        "the row holds 3 of the table's 5 cells, and no row above gives its source and destination",
      ],
    ]);
  });

  it('skips rows with an unknown protocol, a port choice it does not know, or a bad port', () => {
    const md = table('Oracle', [
      '| SaaS Connector | Oracle Server | 1521 | SCTP | x |',
      '| SaaS Connector | Oracle Server | 1521 or 1522 | TCP | listener |',
      '| SaaS Connector | Oracle Server | 70000 | TCP | x |',
      '| SaaS Connector | Oracle Server | 1521 | TCP | listener |',
    ]);
    const result = importVendorDocument(md, DOC);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'Protocol: cannot read "SCTP" as a protocol (TCP, UDP, NFS, SMB or HTTPS)'],
      [2, 'Port: "1521 or 1522" is a choice of ports, and portplan knows only the support channel\'s choice'],
      [3, 'Port: cannot read "70000" in the Port cell "70000" as a port or range'],
    ]);
    expect(result.catalog.requirements).toEqual([
      {
        id: 'oracle-1-4',
        workload: 'oracle',
        from: ['connector'],
        to: ['oracle'],
        ports: [1521],
        transport: 'tcp',
        app: 'tcp',
        scope: 'network',
        purpose: 'listener',
        ref: { section: 'Oracle', table: 1, row: 4 },
      },
    ]);
  });

  it('skips a row the catalog loader rejects (two kinds of data source in one row)', () => {
    const result = importVendorDocument(
      table('Oracle', ['| MS SQL Host | Oracle Server | 1521 | TCP | x |']),
      DOC,
    );
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'the row reads as a requirement the catalog cannot hold: mixes data sources of different kinds (mssql, oracle); a requirement can apply to one kind',
    ]);
  });
});

describe('readEndpoint', () => {
  it.each([
    ['SaaS Connector', 'management', 'connector'],
    ['Cohesity SaaS Connector', 'physical', 'connector'],
    ['VMware vCenter', 'vmware', 'vcenter'],
    ['ESXi hosts in the AVS cloud', 'avs', 'esxi'],
    ['Guest VM (local host) on a Hyper-V server', 'hyperv', 'hyperv-guest'],
    ['Cohesity Agent running on a Hyper-V or SCVMM server', 'hyperv', 'hyperv-host'],
    ['SCVMM server', 'hyperv', 'hyperv-host'],
    ['Cohesity agent on the MS SQL host', 'mssql', 'mssql'],
    ['MS SQL Host', 'mssql', 'mssql'],
    ['Oracle Server', 'oracle', 'oracle'],
    ['NAS Server', 'nas', 'nas'],
    ['Physical Linux server', 'physical', 'physical'],
    ['Client', 'physical', 'client'],
    ['Any', 'vmc', 'any'],
    ['Local Host (the server itself)', 'physical', 'physical'],
    ['Local Host (the server itself)', 'oracle', 'oracle'],
    ['helios.cohesity.com', 'management', 'helios.cohesity.com'],
    ['*.s3.<region>.amazonaws.com', 'management', '*.s3.{region}.amazonaws.com'],
    ['10.0.0.1', 'management', '10.0.0.1'],
  ] as const)('reads %j in %s as %j', (phrase, workload, expected) => {
    expect(readEndpoint(phrase, workload)).toEqual({ ok: true, value: expected });
  });

  it('reads "X or internal DNS/NTP" as a replaceable role with X as the default', () => {
    expect(readEndpoint('8.8.8.8 or internal DNS', 'management')).toEqual({
      ok: true,
      value: { role: 'dns', default: ['8.8.8.8'] },
    });
    expect(readEndpoint('time.google.com or internal NTP', 'management')).toEqual({
      ok: true,
      value: { role: 'ntp', default: ['time.google.com'] },
    });
  });

  it('says why it cannot read a phrase', () => {
    expect(readEndpoint('Flux capacitor', 'oracle')).toEqual({
      ok: false,
      error: 'cannot tell which host "Flux capacitor" is',
    });
    expect(readEndpoint('Local Host (the connector)', 'management')).toEqual({
      ok: false,
      error: '"Local Host (the connector)" is a local host, but the management section has no data source',
    });
    expect(readEndpoint('bad_host! or internal DNS', 'management')).toEqual({
      ok: false,
      error: '"bad_host!" in "bad_host! or internal DNS" is not a host name or address',
    });
  });
});

describe('readPorts', () => {
  it.each([
    ['443', [443]],
    ['80,443', [80, 443]],
    ['111, 2049', [111, 2049]],
    ['2049 in nfsd & 111 in rpcbind', [2049, 111]],
    ['1000-1010', ['1000-1010']],
  ] as const)('reads %j as %j', (cell, ports) => {
    expect(readPorts(cell, 'purpose')).toEqual({ ok: true, value: { ports } });
  });

  it('reads "Any" as any port', () => {
    expect(readPorts('Any', '')).toEqual({ ok: true, value: { ports: 'any' } });
  });

  it('reads "22 or 443" on the support channel as a default with an alternative', () => {
    expect(readPorts('22 or 443', 'The Support Channel uses SSH.')).toEqual({
      ok: true,
      value: { ports: [22], choice: { setting: 'supportChannelPort', alternatives: [443] } },
    });
    expect(readPorts('22 or 443', 'Something else.')).toEqual({
      ok: false,
      error: '"22 or 443" is a choice of ports, and portplan knows only the support channel\'s choice',
    });
  });

  it('makes the port a chronyc sentence asks for optional', () => {
    const purpose = 'Time. Open port 323 if you want to use chronyc to watch it. More.';
    expect(readPorts('123, 323', purpose)).toEqual({
      ok: true,
      value: {
        ports: [123],
        optional: [
          {
            ports: [323],
            app: 'chronyc',
            when: 'chronycMonitoring',
            purpose: 'Open port 323 if you want to use chronyc to watch it.',
          },
        ],
      },
    });
    expect(readPorts('323', purpose)).toEqual({
      ok: false,
      error: 'port 323 is optional, and the row has no other port',
    });
    expect(readPorts('123', purpose)).toEqual({
      ok: false,
      error: 'the purpose makes port 323 optional, but the Port cell "123" does not list it',
    });
  });

  it('says why it cannot read a cell', () => {
    expect(readPorts('', '')).toEqual({ ok: false, error: 'the Port cell is empty' });
    expect(readPorts('443, https', '')).toEqual({
      ok: false,
      error: 'cannot read "https" in the Port cell "443, https" as a port or range',
    });
    expect(readPorts('20-10', '')).toEqual({
      ok: false,
      error: 'cannot read "20-10" in the Port cell "20-10" as a port or range',
    });
  });
});

describe('readProtocol', () => {
  it.each([
    ['TCP', { transport: 'tcp' }],
    ['UDP', { transport: 'udp' }],
    ['TCP, UDP', { transport: 'both' }],
    ['TCP/UDP', { transport: 'both' }],
    ['NFS', { transport: 'tcp', app: 'nfs' }],
    ['SMB', { transport: 'tcp', app: 'smb' }],
    ['HTTPS', { transport: 'tcp', app: 'https' }],
  ] as const)('reads %j as %j', (cell, value) => {
    expect(readProtocol(cell)).toEqual({ ok: true, value });
  });

  it('says why it cannot read a cell', () => {
    expect(readProtocol('')).toEqual({ ok: false, error: 'the Protocol cell is empty' });
    expect(readProtocol('ICMP')).toEqual({
      ok: false,
      error: 'cannot read "ICMP" as a protocol (TCP, UDP, NFS, SMB or HTTPS)',
    });
  });
});

describe('sectionWorkload and portApp', () => {
  it('maps each built-in section to its workload, the deepest heading deciding', () => {
    const sections = new Map(builtinCatalog().requirements.map((r) => [r.ref.section, r.workload]));
    for (const [section, workload] of sections)
      expect([section, sectionWorkload(section)]).toEqual([section, workload]);
    expect(sectionWorkload('Printers')).toBeUndefined();
  });

  it('names the application of well-known ports and falls back to the transport', () => {
    expect(
      [443, 80, 53, 123, 22, 902, 50051, 5986, 2049, 111, 445, 1433].map((p) => portApp(p, 'tcp')),
    ).toEqual([
      'https',
      'http',
      'dns',
      'ntp',
      'ssh',
      'vmware-authd',
      'grpc',
      'winrm',
      'nfs',
      'portmapper',
      'smb',
      'mssql',
    ]);
    expect([portApp(11113, 'tcp'), portApp(11113, 'udp'), portApp(11113, 'both')]).toEqual([
      'tcp',
      'udp',
      'tcp',
    ]);
  });
});
