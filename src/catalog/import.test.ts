// Tests of the Markdown importer: the vendor document read at run time, edited copies, and the cell readers.
import { describe, expect, it } from 'vitest';
import { readVendorDocument } from '../../test/paths.js';
import {
  formatImport,
  formatImportReport,
  importVendorDocument,
  portApp,
  readEndpoint,
  readPorts,
  readProtocol,
  readVendorTables,
  sectionWorkload,
} from './import.js';
import { builtinCatalog, loadCatalog } from './load.js';

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

describe('importVendorDocument on the reference document', () => {
  const doc = readVendorDocument();
  const result = importVendorDocument(doc, DOC);

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
    expect(ids.slice(0, 3)).toEqual(['management-1-1', 'management-1-2', 'management-1-3']);
    expect(ids.at(-1)).toBe('nas-10-3');
    const refs = (c: typeof result.catalog) => c.requirements.map((r) => r.ref);
    expect(refs(result.catalog)).toEqual(refs(builtinCatalog()));
  });

  it('reads the rows that need more than a keyword as the built-in catalog does', () => {
    const byRef = (table: number, row: number) =>
      result.catalog.requirements.find((r) => r.ref.table === table && r.ref.row === row);
    expect(byRef(1, 3)?.to).toEqual(['*.s3.{region}.amazonaws.com', '*.dmaas.helios.cohesity.com']);
    expect(byRef(1, 7)).toMatchObject({ to: [{ role: 'dns', default: ['8.8.8.8'] }], ports: [53] });
    expect(byRef(1, 7)?.transport).toBe('both');
    expect(byRef(1, 8)).toMatchObject({
      to: [{ role: 'ntp', default: ['time.google.com'] }],
      ports: [123],
      transport: 'udp',
      app: 'ntp',
    });
    expect(byRef(1, 8)?.optional?.map((o) => [o.ports, o.app, o.when])).toEqual([
      [[323], 'chronyc', 'chronycMonitoring'],
    ]);
    expect(byRef(1, 9)).toMatchObject({
      ports: [22],
      choice: { setting: 'supportChannelPort', alternatives: [443] },
      app: 'ssh',
    });
    expect(byRef(3, 1)).toMatchObject({ from: ['hyperv-host'], to: ['hyperv-guest'], scope: 'network' });
    expect(byRef(4, 3)).toMatchObject({ to: ['any'], ports: 'any', gateway: 'compute', app: 'tcp' });
    expect(byRef(4, 1)?.gateway).toBe('management');
    expect(byRef(5, 1)?.gateway).toBeUndefined();
    expect(byRef(6, 2)).toMatchObject({ from: ['physical'], to: ['physical'], scope: 'host' });
    expect(byRef(7, 1)).toMatchObject({ workload: 'physical', from: ['client'], to: ['connector'] });
    expect(byRef(7, 1)).toMatchObject({ ports: [80, 443], app: 'https', portApps: { '80': 'http' } });
    expect(byRef(8, 2)).toMatchObject({ ports: [111, 2049], app: 'nfs', when: { os: 'linux' } });
    expect(byRef(8, 3)?.when).toEqual({ os: 'windows' });
    expect(byRef(8, 4)).toMatchObject({ from: ['oracle'], to: ['oracle'], scope: 'host' });
    expect(byRef(9, 3)).toMatchObject({ from: ['mssql'], to: ['mssql'], scope: 'host', app: 'mssql' });
    expect(byRef(10, 1)).toMatchObject({ ports: [2049, 111], portApps: { '111': 'portmapper' } });
    expect(byRef(10, 1)?.when).toEqual({ nasProtocol: 'nfs' });
    expect(byRef(10, 2)).toMatchObject({ from: ['connector'], to: ['nas'], ports: [445], app: 'smb' });
    expect(byRef(10, 2)?.when).toEqual({ nasProtocol: 'smb' });
    expect(byRef(10, 3)).toMatchObject({ from: ['connector'], to: ['nas'], ports: [443], app: 'https' });
    expect(byRef(10, 3)?.when).toEqual({ nasProtocol: 'snapshot-api' });
  });

  it('writes YAML that loads back as the same catalog, with the repairs as comments on top', () => {
    const yaml = formatImport(result);
    expect(yaml.split('\n').slice(0, 4)).toEqual([
      `# Imported by portplan from ${DOC}: 34 requirement(s), 0 row(s) skipped.`,
      '# Rows read with a repair:',
      `#   line 128, table 10, row 2: ${NAS_NOTE}`,
      `#   line 129, table 10, row 3: ${NAS_NOTE}`,
    ]);
    expect(loadCatalog(yaml, 'imported.yaml')).toEqual(result.catalog);
    expect(yaml).toContain('    ref: {section: SaaS Connector Management, table: 1, row: 1}\n');
  });

  it('reports the repairs for stderr as file:line lines', () => {
    expect(formatImportReport(result)).toBe(
      `${DOC}:128: note: table 10, row 2: ${NAS_NOTE}\n${DOC}:129: note: table 10, row 3: ${NAS_NOTE}\n`,
    );
  });
});

describe('importVendorDocument on edited copies', () => {
  const doc = readVendorDocument();

  it('lists a row whose source it cannot read as skipped, with its line, and keeps the rest', () => {
    const at = firstLine(doc, '| 59999 |');
    expect(at + 1).toBe(84);
    const edited = editLine(doc, at, (l) => replaceCell(l, 0, 'Flux capacitor'));
    const result = importVendorDocument(edited, DOC);
    expect(result.catalog.requirements).toHaveLength(33);
    expect(result.skipped).toHaveLength(1);
    const [skipped] = result.skipped;
    expect(skipped).toMatchObject({
      section: 'Virtual Machines > Physical Servers',
      table: 6,
      row: 2,
      line: 84,
      reason: 'Source: cannot tell which host "Flux capacitor" is',
    });
    expect(skipped?.cells).toHaveLength(5);
    expect(skipped?.cells.slice(0, 1)).toEqual(['Flux capacitor']);
    expect(skipped?.cells.slice(2, 4)).toEqual(['59999', 'TCP']);
    expect(formatImportReport(result).split('\n')[0]).toBe(
      `${DOC}:84: skipped table 6, row 2 (Virtual Machines > Physical Servers): Source: cannot tell which host "Flux capacitor" is`,
    );
    const yaml = formatImport(result);
    expect(yaml.split('\n').slice(0, 4)).toEqual([
      `# Imported by portplan from ${DOC}: 33 requirement(s), 1 row(s) skipped.`,
      '# Skipped rows (not in this catalog):',
      '#   line 84, table 6, row 2 (Virtual Machines > Physical Servers): Source: cannot tell which host "Flux capacitor" is',
      expect.stringMatching(/^# {5}cells: Flux capacitor \| .+ \| 59999 \| TCP \| .+$/),
    ]);
  });

  it('counts lines the same with Windows line ends', () => {
    const result = importVendorDocument(doc.replace(/\n/g, '\r\n'), DOC);
    expect(result.notes.map((n) => n.line)).toEqual([128, 129]);
  });
});

describe('readVendorTables', () => {
  it('finds the ten tables of the reference document with their sections and row lines', () => {
    const tables = readVendorTables(readVendorDocument());
    expect(tables.map((t) => [t.table, t.rows.length])).toEqual([
      [1, 9],
      [2, 3],
      [3, 2],
      [4, 3],
      [5, 4],
      [6, 2],
      [7, 1],
      [8, 4],
      [9, 3],
      [10, 3],
    ]);
    expect(tables.map((t) => t.section)).toEqual([
      'SaaS Connector Management',
      'Virtual Machines > VMware',
      'Virtual Machines > Microsoft SCVMM and Hyper-V Servers',
      'Virtual Machines > VMC on AWS',
      'Virtual Machines > Azure VMware Solution',
      'Virtual Machines > Physical Servers',
      'Virtual Machines > Physical Servers > Agent Upgrade > Incoming Traffic',
      'Databases > Oracle Servers',
      'Databases > Microsoft SQL Servers',
      'Databases > Network Attached Storage (NAS)',
    ]);
    expect(tables[0]?.rows.map((r) => r.line)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(tables[9]?.rows.map((r) => [r.line, r.written])).toEqual([
      [127, 5],
      [128, 3],
      [129, 3],
    ]);
    expect(tables[0]?.rows[2]?.cells[1]).toEqual([
      '*.s3.<region>.amazonaws.com',
      '*.dmaas.helios.cohesity.com',
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
        reason: 'section "Printers" names no workload portplan knows',
      },
    ]);
  });

  it('skips rows of a table without a Port column', () => {
    const md = table(
      'Oracle',
      ['| SaaS Connector | Oracle | TCP | x | y |'],
      '| Source | Destination | Protocol | A | B |',
    );
    expect(importVendorDocument(md, DOC).skipped.map((s) => s.reason)).toEqual([
      'the table has no Port column',
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
