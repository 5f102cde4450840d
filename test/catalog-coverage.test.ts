// Independent check that the built-in catalog covers every row of the vendor document with its ports and transports.
// It needs the real document, so it is skipped (npm test says so once) when the document is not found.
import { Lexer, type Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../src/catalog/read.js';
import type { Requirement } from '../src/catalog/schema.js';
import { readVendorDocument, VENDOR } from './paths.js';

// This reads the tables on its own, with as little interpretation as it can, rather than through
// src/catalog/import.ts: a mistake shared by the importer and the catalog would otherwise go unseen.

interface DocRow {
  table: number;
  row: number;
  section: string;
  /** Every number in the Port cell, sorted, or 'any'. */
  ports: number[] | 'any';
  transport: 'tcp' | 'udp' | 'both';
}

/** The Port and purpose cells as written, beside each row (for choices and optional ports). */
interface DocText {
  port: string;
  purpose: string;
}

function docRows(markdown: string): { tables: number; rows: DocRow[]; text: DocText[] } {
  const rows: DocRow[] = [];
  const text: DocText[] = [];
  const path: { depth: number; text: string }[] = [];
  let tables = 0;
  let headings = 0;
  for (const token of Lexer.lex(markdown, { gfm: true })) {
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      // The first heading is the document's title, which section paths leave out.
      if (headings++ === 0) continue;
      while (path.length > 0 && (path.at(-1)?.depth ?? 0) >= h.depth) path.pop();
      path.push({ depth: h.depth, text: h.text });
      continue;
    }
    if (token.type !== 'table') continue;
    const t = token as Tokens.Table;
    tables++;
    const header = t.header.map((c) => c.text);
    const portAt = header.findIndex((h) => /port/i.test(h));
    const protocolAt = header.findIndex((h) => /protocol/i.test(h));
    const purposeAt = header.length - 1;
    const lines = t.raw.split('\n').filter((l) => l.trim() !== '');
    for (const [i, cells] of t.rows.entries()) {
      // A row written with fewer cells than the header holds the header's last columns (the NAS table).
      const written = (lines[i + 2] ?? '')
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|').length;
      const shift = header.length - written;
      const port = cells[portAt - shift]?.text ?? '';
      const protocol = (cells[protocolAt - shift]?.text ?? '').toUpperCase();
      rows.push({
        table: tables,
        row: i + 1,
        section: path.map((p) => p.text).join(' > '),
        ports: /^\s*any\s*$/i.test(port)
          ? 'any'
          : (port.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b),
        transport: protocol.includes('UDP') ? (protocol.includes('TCP') ? 'both' : 'udp') : 'tcp',
      });
      text.push({ port, purpose: cells[purposeAt - shift]?.text ?? '' });
    }
  }
  return { tables, rows, text };
}

/** Every port number a requirement may open: defaults, alternatives and optional ports. */
function requirementPorts(r: Requirement): number[] | 'any' {
  if (r.ports === 'any') return 'any';
  const items = [
    ...r.ports,
    ...(r.choice?.alternatives ?? []),
    ...(r.optional ?? []).flatMap((o) => o.ports),
  ];
  return items.flatMap((p) => (typeof p === 'number' ? [p] : p.split('-').map(Number)));
}

function catalogRow(doc: DocRow, requirements: Requirement[]): DocRow | undefined {
  const at = requirements.filter((r) => r.ref.table === doc.table && r.ref.row === doc.row);
  if (at.length === 0) return undefined;
  const ports = at.map(requirementPorts);
  const transports = [...new Set(at.map((r) => r.transport))];
  return {
    table: doc.table,
    row: doc.row,
    section: [...new Set(at.map((r) => r.ref.section))].join(' | '),
    ports: ports.includes('any')
      ? ports.every((p) => p === 'any')
        ? 'any'
        : [-1]
      : [...new Set(ports.flat() as number[])].sort((a, b) => a - b),
    transport: (transports.length === 1 ? transports[0] : transports.join('+')) as DocRow['transport'],
  };
}

describe.skipIf(!VENDOR.found)('the built-in catalog against the vendor document', () => {
  // In beforeAll, since vitest runs a skipped describe's body too.
  let doc: ReturnType<typeof docRows>;
  beforeAll(() => {
    doc = docRows(readVendorDocument());
  });
  const requirements = builtinCatalog().requirements;

  it('reads the document as 10 tables with 34 rows (a change here means the document changed)', () => {
    expect(doc.tables).toBe(10);
    expect(doc.rows).toHaveLength(34);
  });

  it('has a requirement for every row, with its section, exactly its ports and its transport', () => {
    expect(doc.rows.map((row) => catalogRow(row, requirements) ?? { ...row, missing: true })).toEqual(
      doc.rows,
    );
  });

  it("keeps the document's choices and optional ports as choices and optional ports", () => {
    const stated = doc.rows.map((row, i) => {
      const { port, purpose } = doc.text[i] as DocText;
      const either = /^\s*(\d+) or (\d+)\s*$/.exec(port);
      const optional = /open port (\d+) if you want/i.exec(purpose);
      return {
        ref: `${row.table}.${row.row}`,
        defaults: either
          ? [Number(either[1])]
          : row.ports === 'any'
            ? 'any'
            : row.ports.filter((p) => p !== Number(optional?.[1])),
        alternatives: either ? [Number(either[2])] : [],
        optional: optional ? [Number(optional[1])] : [],
      };
    });
    const catalog = doc.rows.map((row) => {
      const at = requirements.filter((r) => r.ref.table === row.table && r.ref.row === row.row);
      const ports = at.flatMap((r) => (r.ports === 'any' ? [] : r.ports.map(Number)));
      return {
        ref: `${row.table}.${row.row}`,
        defaults: at.some((r) => r.ports === 'any') ? 'any' : [...new Set(ports)].sort((a, b) => a - b),
        alternatives: at.flatMap((r) => r.choice?.alternatives ?? []),
        optional: at.flatMap((r) => (r.optional ?? []).flatMap((o) => o.ports)),
      };
    });
    expect(catalog).toEqual(stated);
    // The two the issue names, so that a reading of the document that loses them fails here too.
    expect(stated.filter((s) => s.alternatives.length + s.optional.length > 0)).toEqual([
      { ref: '1.8', defaults: [123], alternatives: [], optional: [323] },
      { ref: '1.9', defaults: [22], alternatives: [443], optional: [] },
    ]);
  });

  it('has no requirement whose ref points at no row of the document', () => {
    const rows = new Set(doc.rows.map((r) => `${r.table}/${r.row}`));
    const dangling = requirements.filter((r) => !rows.has(`${r.ref.table}/${r.ref.row}`)).map((r) => r.id);
    expect(dangling).toEqual([]);
  });

  it('notices a row the catalog lacks, a port it lacks and a transport it gets wrong', () => {
    const first = requirements.find((r) => r.ref.table === 1 && r.ref.row === 1) as Requirement;
    const wrong = [
      { ...first, ports: [444] },
      ...requirements.filter((r) => r !== first && !(r.ref.table === 10 && r.ref.row === 3)),
    ].map((r) => (r.ref.table === 1 && r.ref.row === 7 ? { ...r, transport: 'udp' as const } : r));
    const rows = doc.rows.map((row) => catalogRow(row, wrong));
    expect(rows[0]?.ports).toEqual([444]);
    expect(rows[6]?.transport).toBe('udp');
    expect(rows[33]).toBeUndefined();
    expect(rows).not.toEqual(doc.rows);
  });
});
