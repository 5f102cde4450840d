// Import the vendor's Markdown document into a catalog: one requirement per table row, plus every row it could not read.
import { Lexer, type Token, type Tokens } from 'marked';
import { Document, isMap, isSeq, visit } from 'yaml';
import { classifyAddress, isFqdnPattern, isIp } from '../common/address.js';
import { printable } from '../common/printable.js';
import { InputError } from '../errors.js';
import { loadCatalog } from './load.js';
import { endpointRole } from './roles.js';
import type {
  App,
  Catalog,
  Condition,
  Endpoint,
  PortItem,
  Requirement,
  Role,
  SourceKind,
  Workload,
} from './schema.js';

/** A table row the importer could not turn into a requirement. */
export interface SkippedRow {
  /** Heading path of the table, e.g. "Virtual Machines > VMware". */
  section: string;
  /** 1-based number of the table in the document. */
  table: number;
  /** 1-based row within the table. */
  row: number;
  /** 1-based line of the row in the Markdown. */
  line: number;
  /** The row's cells as written (values a cell separates with `<br>` joined by "; "). */
  cells: string[];
  /** The hosts of its Source and Destination cells and its Port and Protocol cells, as written ("" when absent). */
  source: string;
  destination: string;
  port: string;
  protocol: string;
  /** Why the row could not be read. */
  reason: string;
}

/** A row the importer read only after repairing it (e.g. a row that continues the one above). */
export interface ImportNote {
  table: number;
  row: number;
  line: number;
  message: string;
}

/** What {@link importVendorDocument} makes of a document. */
export interface ImportResult {
  /** The requirements read from the document (`requirements` is empty when no row could be read). */
  catalog: Catalog;
  skipped: SkippedRow[];
  notes: ImportNote[];
}

/** A table of the vendor document, as the Markdown holds it. */
export interface VendorTable {
  /** Heading path, joined with " > " (the document title is not part of it). */
  section: string;
  /** 1-based, in document order. */
  table: number;
  /** 1-based line of the header row. */
  line: number;
  header: string[];
  rows: VendorRow[];
}

/** One body row of a {@link VendorTable}. */
export interface VendorRow {
  /** 1-based within its table. */
  row: number;
  /** 1-based line in the Markdown. */
  line: number;
  /** Each cell's values: its text, split at `<br>`, escapes resolved. Short rows are padded with empty cells. */
  cells: string[][];
  /** How many cells the line itself holds (marked pads a short row to the header's width). */
  written: number;
}

/** A reading of one cell: the value, or why the cell cannot be read. */
export type Reading<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const fail = <T>(error: string): Reading<T> => ({ ok: false, error });

type OptionalPorts = NonNullable<Requirement['optional']>[number];
type Choice = NonNullable<Requirement['choice']>;
type Transport = Requirement['transport'];

// --- Reading the Markdown -----------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) =>
    name === '#39' ? "'" : (ENTITIES[name] ?? ''),
  );
}

/** The values of an inline token list: text with escapes resolved, split at `<br>`. */
function inlineValues(tokens: readonly Token[]): string[] {
  const values: string[] = [''];
  const append = (s: string): void => {
    values[values.length - 1] += s;
  };
  const walk = (list: readonly Token[]): void => {
    for (const t of list) {
      if (t.type === 'br' || (t.type === 'html' && /^<br\s*\/?>$/i.test(t.raw.trim()))) {
        values.push('');
      } else if (t.type === 'escape' || t.type === 'codespan') {
        append((t as Tokens.Escape | Tokens.Codespan).text);
      } else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) {
        walk(t.tokens as Token[]);
      } else if (t.type === 'text') {
        append(decodeEntities((t as Tokens.Text).text));
      } else {
        // Other inline HTML is kept as written: the document writes placeholders as `<region>`.
        append(t.raw);
      }
    }
  };
  walk(tokens);
  return values.map((v) => v.replace(/\s+/g, ' ').trim()).filter((v) => v !== '');
}

function countCells(line: string): number {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).length;
}

/**
 * The tables of a Markdown document with their heading paths and line numbers.
 *
 * The first heading is taken as the document's title, and left out of section paths, when no table
 * follows it directly.
 *
 * @example
 * readVendorTables('# A\n\n| x |\n| - |\n| 1 |\n')[0]?.rows[0]?.line // 5
 */
export function readVendorTables(markdown: string): VendorTable[] {
  // marked normalises line ends before lexing; do the same so raw offsets count lines correctly.
  const source = markdown.replace(/\r\n|\r/g, '\n');
  const tokens = Lexer.lex(source, { gfm: true });
  const tables: VendorTable[] = [];
  const path: { depth: number; text: string }[] = [];
  let title: Tokens.Heading | undefined;
  let headingSeen = false;
  const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
  let offset = 0;
  for (const [i, token] of tokens.entries()) {
    // Top-level raws follow each other through the source; search only if marked ever drops a character.
    if (!source.startsWith(token.raw, offset)) offset = Math.max(source.indexOf(token.raw, offset), offset);
    const line = lineOf(lineStarts, offset);
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (!headingSeen && heading.depth === 1 && !tableFollows(tokens, i)) title = heading;
      headingSeen = true;
      if (heading !== title) {
        while (path.length > 0 && (path[path.length - 1]?.depth ?? 0) >= heading.depth) path.pop();
        path.push({ depth: heading.depth, text: inlineValues(heading.tokens).join(' ') });
      }
    } else if (token.type === 'table') {
      const table = token as Tokens.Table;
      const rawLines = table.raw.split('\n');
      const lead = rawLines.findIndex((l) => l.trim() !== '');
      const first = line + Math.max(lead, 0);
      tables.push({
        section: path.map((p) => p.text).join(' > '),
        table: tables.length + 1,
        line: first,
        header: table.header.map((c) => inlineValues(c.tokens).join(' ')),
        rows: table.rows.map((cells, r) => ({
          row: r + 1,
          line: first + 2 + r,
          cells: cells.map((c) => inlineValues(c.tokens)),
          written: countCells(rawLines[lead + 2 + r] ?? ''),
        })),
      });
    }
    offset += token.raw.length;
  }
  return tables;
}

/** The 1-based line holding `offset`, from the offsets where lines start. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function tableFollows(tokens: readonly Token[], headingIndex: number): boolean {
  for (const t of tokens.slice(headingIndex + 1)) {
    if (t.type === 'heading') return false;
    if (t.type === 'table') return true;
  }
  return false;
}

// --- Reading cells ------------------------------------------------------------------------------

/** The workload a section belongs to: the deepest heading that names one decides. */
export function sectionWorkload(section: string): Workload | undefined {
  const parts = section.split(' > ').reverse();
  for (const part of parts) {
    if (/azure vmware|\bavs\b/i.test(part)) return 'avs';
    if (/\bvmc\b/i.test(part)) return 'vmc';
    if (/hyper-v|\bscvmm\b/i.test(part)) return 'hyperv';
    if (/\bvmware\b|\bvsphere\b/i.test(part)) return 'vmware';
    if (/\bphysical\b/i.test(part)) return 'physical';
    if (/\boracle\b/i.test(part)) return 'oracle';
    if (/\bsql\b/i.test(part)) return 'mssql';
    if (/\bnas\b|network attached storage/i.test(part)) return 'nas';
    if (/\bmanagement\b/i.test(part)) return 'management';
  }
  return undefined;
}

/** The data-source role a section's "Local Host" stands for. */
const LOCAL_ROLE: Partial<Record<Workload, Role>> = {
  hyperv: 'hyperv-host',
  physical: 'physical',
  oracle: 'oracle',
  mssql: 'mssql',
  nas: 'nas',
};

// First match wins: a guest VM "running on Hyper-V" is a guest, an agent "running on the MS SQL Host" is that host.
const ROLE_WORDS: [RegExp, Role][] = [
  [/\bguest vms?\b/i, 'hyperv-guest'],
  [/\bsaas connectors?\b/i, 'connector'],
  [/\bvcenter\b/i, 'vcenter'],
  [/\besxi\b/i, 'esxi'],
  [/hyper-v|\bscvmm\b/i, 'hyperv-host'],
  [/\b(ms|microsoft) sql\b|\bsql server\b/i, 'mssql'],
  [/\boracle\b/i, 'oracle'],
  [/\bnas\b/i, 'nas'],
  [/\bphysical\b/i, 'physical'],
  [/\bclients?\b/i, 'client'],
];

/**
 * Read one source or destination phrase of the document as a catalog endpoint.
 *
 * @example
 * readEndpoint('8.8.8.8 or internal DNS', 'management') // { ok: true, value: { role: 'dns', default: ['8.8.8.8'] } }
 * readEndpoint('Local Host (the server itself)', 'oracle') // { ok: true, value: 'oracle' }
 */
export function readEndpoint(phrase: string, workload: Workload): Reading<Endpoint> {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (/^local ?host\b/i.test(text)) {
    const role = LOCAL_ROLE[workload];
    return role
      ? ok(role)
      : fail(`"${text}" is a local host, but the ${workload} section has no data source`);
  }
  const replaceable = /^(\S+) or (?:an? )?internal (dns|ntp)(?: servers?)?$/i.exec(text);
  if (replaceable?.[1] && replaceable[2]) {
    const host = replaceable[1];
    if ('error' in classifyAddress(host)) return fail(`"${host}" in "${text}" is not a host name or address`);
    return ok({ role: replaceable[2].toLowerCase() as 'dns' | 'ntp', default: [host] });
  }
  if (/^any$/i.test(text)) return ok('any');
  if (isIp(text)) return ok(text);
  const pattern = text.replace(/<([a-z][a-zA-Z0-9]*)>/g, '{$1}');
  if (pattern.includes('.') && isFqdnPattern(pattern)) return ok(pattern.toLowerCase());
  for (const [words, role] of ROLE_WORDS) if (words.test(text)) return ok(role);
  return fail(`cannot tell which host "${text}" is`);
}

/** The application protocol a port speaks by convention. */
export function portApp(port: number, transport: Transport): App {
  return PORT_APPS[port] ?? (transport === 'udp' ? 'udp' : 'tcp');
}

const PORT_APPS: Record<number, App> = {
  443: 'https',
  80: 'http',
  53: 'dns',
  123: 'ntp',
  22: 'ssh',
  902: 'vmware-authd',
  50051: 'grpc',
  5986: 'winrm',
  2049: 'nfs',
  111: 'portmapper',
  445: 'smb',
  1433: 'mssql',
};

/** What a Port cell says: the default ports, a port choice and optional ports. */
export interface PortReading {
  ports: 'any' | PortItem[];
  choice?: Choice;
  optional?: OptionalPorts[];
}

// A purpose that offers a port "if you want" chronyc makes that port optional (chronyc monitoring is opt-in).
const CHRONYC = /open port (\d+) if you want\b[^.]*\bchronyc\b[^.]*\.?/i;

/**
 * Read a Port cell; the row's purpose decides what a choice of ports or an extra port means.
 *
 * @example
 * readPorts('2049 in nfsd & 111 in rpcbind', '') // { ok: true, value: { ports: [2049, 111] } }
 * readPorts('22 or 443', 'The support channel uses SSH …') // { ok: true, value: { ports: [22], choice: … } }
 */
export function readPorts(cell: string, purpose: string): Reading<PortReading> {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '') return fail('the Port cell is empty');
  if (/^any$/i.test(text)) return ok({ ports: 'any' });
  const either = /^(\d+) or (\d+)$/i.exec(text);
  if (either) {
    const [first, second] = [Number(either[1]), Number(either[2])];
    if (!validPort(first) || !validPort(second)) return fail(`"${text}" is not a choice of two ports`);
    if (!/support channel/i.test(purpose)) {
      return fail(`"${text}" is a choice of ports, and portplan knows only the support channel's choice`);
    }
    return ok({ ports: [first], choice: { setting: 'supportChannelPort', alternatives: [second] } });
  }
  const ports: PortItem[] = [];
  for (const piece of text.split(/ ?(?:,|&|\band\b) ?/i)) {
    const m = /^(\d+)(?: ?- ?(\d+))?(?: (?:in|for|on) .+)?$/i.exec(piece.trim());
    const first = Number(m?.[1]);
    const last = m?.[2] === undefined ? undefined : Number(m[2]);
    if (!m || !validPort(first) || (last !== undefined && (!validPort(last) || last < first))) {
      return fail(`cannot read "${piece.trim()}" in the Port cell "${text}" as a port or range`);
    }
    ports.push(last === undefined ? first : `${first}-${last}`);
  }
  const chronyc = CHRONYC.exec(purpose);
  if (chronyc) {
    const port = Number(chronyc[1]);
    // The purpose only qualifies a port the Port cell lists; it never adds one.
    if (!ports.includes(port)) {
      return fail(`the purpose makes port ${port} optional, but the Port cell "${text}" does not list it`);
    }
    const rest = ports.filter((p) => p !== port);
    if (rest.length === 0) return fail(`port ${port} is optional, and the row has no other port`);
    const optional: OptionalPorts = {
      ports: [port],
      app: 'chronyc',
      when: 'chronycMonitoring',
      purpose: chronyc[0].trim(),
    };
    return ok({ ports: rest, optional: [optional] });
  }
  return ok({ ports });
}

function validPort(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** What a Protocol cell says: the transport, and the application when the cell names one. */
export interface ProtocolReading {
  transport: Transport;
  app?: 'nfs' | 'smb' | 'https';
}

/**
 * Read a Protocol cell.
 *
 * @example
 * readProtocol('TCP, UDP') // { ok: true, value: { transport: 'both' } }
 * readProtocol('NFS') // { ok: true, value: { transport: 'tcp', app: 'nfs' } }
 */
export function readProtocol(cell: string): Reading<ProtocolReading> {
  const words = cell
    .toUpperCase()
    .split(/ ?(?:,|\/|&|\bAND\b) ?| /)
    .filter((w) => w !== '');
  if (words.length === 0) return fail('the Protocol cell is empty');
  const transports = new Set<'tcp' | 'udp'>();
  let app: ProtocolReading['app'];
  for (const word of words) {
    if (word === 'TCP' || word === 'UDP') transports.add(word === 'TCP' ? 'tcp' : 'udp');
    else if ((word === 'NFS' || word === 'SMB' || word === 'HTTPS') && app === undefined) {
      // The NAS table names the application where other tables name the transport; all three run over TCP.
      app = word.toLowerCase() as ProtocolReading['app'];
      transports.add('tcp');
    } else return fail(`cannot read "${cell}" as a protocol (TCP, UDP, NFS, SMB or HTTPS)`);
  }
  const transport: Transport = transports.size === 2 ? 'both' : transports.has('udp') ? 'udp' : 'tcp';
  return ok(app ? { transport, app } : { transport });
}

// Apps that accompany a row's main protocol rather than name it (HTTP beside HTTPS, the portmapper beside NFS).
const COMPANION_APPS = new Set<App>(['http', 'portmapper']);

function appsOf(
  reading: PortReading,
  protocol: ProtocolReading,
): { app: App; portApps?: Record<string, App> } {
  const transport = protocol.transport;
  const generic: App = transport === 'udp' ? 'udp' : 'tcp';
  if (reading.ports === 'any') return { app: protocol.app ?? generic };
  const numbered = reading.ports.filter((p): p is number => typeof p === 'number');
  const apps = numbered.map((p) => portApp(p, transport));
  const app = protocol.app ?? apps.find((a) => !COMPANION_APPS.has(a)) ?? apps[0] ?? generic;
  const portApps: Record<string, App> = {};
  for (const [i, p] of numbered.entries()) {
    const a = apps[i];
    if (a && a !== app && a !== generic) portApps[String(p)] = a;
  }
  return Object.keys(portApps).length > 0 ? { app, portApps } : { app };
}

// --- Interpreting rows --------------------------------------------------------------------------

type Column = 'source' | 'destination' | 'port' | 'protocol' | 'purpose';
const COLUMNS: readonly Column[] = ['source', 'destination', 'port', 'protocol', 'purpose'];
const COLUMN_NAMES: Record<Column, string> = {
  source: 'Source',
  destination: 'Destination',
  port: 'Port',
  protocol: 'Protocol',
  purpose: 'Purpose',
};

function headerColumn(header: string): Column | undefined {
  if (/\bports?\b/i.test(header)) return 'port';
  if (/\bsource\b/i.test(header)) return 'source';
  if (/\bdestination\b/i.test(header)) return 'destination';
  if (/\bprotocol\b/i.test(header)) return 'protocol';
  if (/purpose|usage|notes?|description/i.test(header)) return 'purpose';
  return undefined;
}

type Row = Partial<Record<Column, string[]>>;

/**
 * The row's cells by column. A short row holds the table's last columns: the malformed NAS table
 * leaves out Source and Destination. `shift` is how many leading columns it lacks.
 */
function placeCells(columns: readonly (Column | undefined)[], row: VendorRow): { cells: Row; shift: number } {
  const shift = row.written < columns.length ? columns.length - row.written : 0;
  const cells: Row = {};
  for (const [i, column] of columns.entries()) {
    if (column && i >= shift) cells[column] = row.cells[i - shift] ?? [];
  }
  return { cells, shift };
}

interface Interpreted {
  requirement?: Requirement;
  reason?: string;
  note?: string;
  /** Source and destination this row gives, for a continuation row below it. */
  ends?: { source: string[]; destination: string[] };
}

function interpretRow(
  table: VendorTable,
  columns: (Column | undefined)[],
  row: VendorRow,
  above: { row: number; source: string[]; destination: string[] } | undefined,
): Interpreted {
  const workload = sectionWorkload(table.section);
  if (!workload) return { reason: `section "${table.section}" names no workload portplan knows` };
  const missing = COLUMNS.filter((c) => c !== 'purpose' && !columns.includes(c));
  if (missing.length > 0) {
    return { reason: `the table has no ${missing.map((c) => COLUMN_NAMES[c]).join(' or ')} column` };
  }
  const { cells, shift } = placeCells(columns, row);
  let note: string | undefined;
  if (shift > 0) {
    const held = columns
      .slice(shift)
      .map((c, i) => (c ? COLUMN_NAMES[c] : (table.header[shift + i] ?? '?')))
      .join(', ');
    if (cells.source || cells.destination || !above) {
      return {
        reason: `the row holds ${row.written} of the table's ${columns.length} cells, and no row above gives its source and destination`,
      };
    }
    cells.source = above.source;
    cells.destination = above.destination;
    note = `the row holds only ${held}; read as continuing the Source and Destination of row ${above.row}`;
  }
  const source = cells.source ?? [];
  const destination = cells.destination ?? [];
  const purpose = (cells.purpose ?? []).join(' ');
  const result = (r: Omit<Interpreted, 'ends'>): Interpreted =>
    shift > 0 ? r : { ...r, ends: { source, destination } };

  if (source.length === 0) return result({ reason: 'the Source cell is empty' });
  if (destination.length === 0) return result({ reason: 'the Destination cell is empty' });
  const from = readEndpoints(source, workload);
  if (!from.ok) return result({ reason: `Source: ${from.error}` });
  const to = readEndpoints(destination, workload);
  if (!to.ok) return result({ reason: `Destination: ${to.error}` });
  const ports = readPorts((cells.port ?? []).join(' '), purpose);
  if (!ports.ok) return result({ reason: `Port: ${ports.error}` });
  const protocol = readProtocol((cells.protocol ?? []).join(' '));
  if (!protocol.ok) return result({ reason: `Protocol: ${protocol.error}` });

  const fromRoles = from.value.map(endpointRole);
  const toRoles = to.value.map(endpointRole);
  const sameHost =
    fromRoles.length === 1 &&
    toRoles.length === 1 &&
    fromRoles[0] !== undefined &&
    fromRoles[0] === toRoles[0];
  const when = conditions(workload, purpose, protocol.value);
  const gateway = /\bmanagement gateway\b/i.test(purpose)
    ? 'management'
    : /\bcompute gateway\b/i.test(purpose)
      ? 'compute'
      : undefined;
  const requirement: Requirement = {
    id: `${workload}-${table.table}-${row.row}`,
    workload,
    from: from.value,
    to: to.value,
    ports: ports.value.ports,
    ...(ports.value.choice ? { choice: ports.value.choice } : {}),
    ...(ports.value.optional ? { optional: ports.value.optional } : {}),
    transport: protocol.value.transport,
    ...appsOf(ports.value, protocol.value),
    scope: sameHost ? 'host' : 'network',
    ...(when ? { when } : {}),
    ...(gateway ? { gateway } : {}),
    // Agent upgrades need agents: only data sources protected through the Cohesity agent have them.
    ...(/\bagent upgrade\b/i.test(table.section) ? { onlyWith: AGENT_SOURCES } : {}),
    ...(note ? { interpretation: `Continues the source and destination of row ${above?.row}.` } : {}),
    purpose: purpose || `Row ${row.row} of table ${table.table} (${table.section})`,
    ref: { section: table.section, table: table.table, row: row.row },
  };
  return result(note ? { requirement, note } : { requirement });
}

const AGENT_SOURCES: SourceKind[] = ['hyperv', 'physical', 'oracle', 'mssql'];

function readEndpoints(values: string[], workload: Workload): Reading<Endpoint[]> {
  const endpoints: Endpoint[] = [];
  for (const value of values) {
    const e = readEndpoint(value, workload);
    if (!e.ok) return e;
    endpoints.push(e.value);
  }
  return ok(endpoints);
}

const PLATFORMS: Partial<Record<Workload, NonNullable<Condition['platform']>>> = {
  vmware: 'on-prem',
  vmc: 'vmc',
  avs: 'avs',
};

const NAS_PROTOCOLS: Record<NonNullable<ProtocolReading['app']>, NonNullable<Condition['nasProtocol']>> = {
  nfs: 'nfs',
  smb: 'smb',
  // In the NAS table, HTTPS is the storage array's snapshot API.
  https: 'snapshot-api',
};

function conditions(workload: Workload, purpose: string, protocol: ProtocolReading): Condition | undefined {
  const when: Condition = {};
  const platform = PLATFORMS[workload];
  if (platform) when.platform = platform;
  const linux = /\bin linux servers?\b/i.test(purpose);
  const windows = /\bin windows servers?\b/i.test(purpose);
  if (linux !== windows) when.os = linux ? 'linux' : 'windows';
  if (workload === 'nas' && protocol.app) when.nasProtocol = NAS_PROTOCOLS[protocol.app];
  return Object.keys(when).length > 0 ? when : undefined;
}

/** Problems the catalog loader finds in one requirement, in words; none when it loads. */
function loaderProblems(r: Requirement, header: Omit<Catalog, 'requirements'>): string[] {
  const doc = new Document({ ...header, requirements: [r] });
  try {
    loadCatalog(doc.toString(), header.source);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => {
      const field = p.field.replace(/^requirements\[0\]\.?/, '');
      return field ? `${field}: ${p.message}` : p.message;
    });
  }
}

/**
 * Read the vendor's Markdown document into a catalog, one requirement per table row.
 *
 * Rows it cannot read are listed in `skipped` (with their line); rows it reads only after a repair
 * (the NAS table's continuation rows) are listed in `notes`. Every requirement has passed the
 * catalog loader's checks.
 *
 * @throws InputError when the text is empty, binary, has no table with Source, Destination,
 *   Port and Protocol columns, or such tables with no rows: there is nothing to compare, so no
 *   catalog is made of it.
 *
 * @example
 * const { catalog, skipped } = importVendorDocument(readFileSync(doc, 'utf8'), doc);
 */
export function importVendorDocument(markdown: string, file: string): ImportResult {
  const header: Omit<Catalog, 'requirements'> = {
    schema: 'portplan/catalog',
    version: 1,
    name: catalogName(file),
    source: file,
  };
  const requirements: Requirement[] = [];
  const skipped: SkippedRow[] = [];
  const notes: ImportNote[] = [];
  for (const table of vendorTables(markdown, file)) {
    const columns = table.header.map(headerColumn);
    let above: { row: number; source: string[]; destination: string[] } | undefined;
    for (const row of table.rows) {
      const r = interpretRow(table, columns, row, above);
      if (r.ends) above = { row: row.row, ...r.ends };
      const skip = (reason: string): void => {
        const { cells } = placeCells(columns, row);
        const text = (column: Column): string => (cells[column] ?? []).join('; ');
        skipped.push({
          section: table.section,
          table: table.table,
          row: row.row,
          line: row.line,
          cells: row.cells.slice(0, Math.max(row.written, 1)).map((c) => c.join('; ')),
          source: text('source'),
          destination: text('destination'),
          port: text('port'),
          protocol: text('protocol'),
          reason,
        });
      };
      if (!r.requirement) {
        skip(r.reason ?? 'unreadable row');
        continue;
      }
      const problems = loaderProblems(r.requirement, header);
      if (problems.length > 0) {
        skip(`the row reads as a requirement the catalog cannot hold: ${problems.join('; ')}`);
        continue;
      }
      requirements.push(r.requirement);
      if (r.note) notes.push({ table: table.table, row: row.row, line: row.line, message: r.note });
    }
  }
  return { catalog: { ...header, requirements }, skipped, notes };
}

/** The columns that make a table one of the vendor's: without them no row can be a requirement. */
const REQUIRED_COLUMNS: readonly Column[] = ['source', 'destination', 'port', 'protocol'];

/**
 * The document's tables, or an input error when it is not a vendor document at all: empty, binary
 * (or not UTF-8), without one table that has Source, Destination, Port and Protocol columns, or
 * with such tables but not one row in them.
 */
function vendorTables(markdown: string, file: string): VendorTable[] {
  const problem = (message: string): InputError => new InputError([{ file, field: '', message }]);
  // NUL never occurs in text, and U+FFFD is what decoding bytes that are not UTF-8 leaves behind
  // (UTF-16 text is full of NULs); the bytes themselves are not echoed.
  if (markdown.includes('\0') || markdown.includes('\uFFFD')) {
    throw problem('not a Markdown document: the file holds binary data or text that is not UTF-8');
  }
  if (markdown.trim() === '') throw problem("the document is empty: expected the vendor's Markdown tables");
  const tables = readVendorTables(markdown);
  const readable = tables.filter((t) => {
    const columns = t.header.map(headerColumn);
    return REQUIRED_COLUMNS.every((c) => columns.includes(c));
  });
  if (readable.length === 0) {
    const found =
      tables.length === 0 ? 'no Markdown table' : `${tables.length} Markdown table(s), none of them`;
    throw problem(
      `${found} with Source, Destination, Port and Protocol columns: this is not a vendor document in the Markdown-table format`,
    );
  }
  const rows = readable.reduce((sum, t) => sum + t.rows.length, 0);
  if (rows === 0) {
    // A header alone would import as an empty catalog, which `--catalog` rejects, and diff as
    // "everything removed": neither says what is wrong, which is that the document holds no rows.
    throw problem(
      `${readable.length} table(s) with Source, Destination, Port and Protocol columns, but no rows under their headers: expected the vendor's requirements as table rows`,
    );
  }
  return tables;
}

/** The file's name without folders or extension; here rather than node:path so a browser can import. */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/(.)\.[^.]*$/, '$1');
}

function catalogName(file: string): string {
  const name = baseName(file)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name || 'imported';
}

// --- Output -------------------------------------------------------------------------------------

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function whereRow(s: { table: number; row: number; line: number }): string {
  return `line ${s.line}, table ${s.table}, row ${s.row}`;
}

/**
 * The skipped rows and repairs of an import, one line each, as `file:line: …` for stderr, with
 * control characters from the document written out visibly.
 *
 * @example
 * process.stderr.write(formatImportReport(result));
 */
export function formatImportReport(result: ImportResult): string {
  const file = result.catalog.source;
  const lines = [
    ...result.skipped.map(
      (s) => `${file}:${s.line}: skipped table ${s.table}, row ${s.row} (${s.section}): ${oneLine(s.reason)}`,
    ),
    ...result.notes.map(
      (n) => `${file}:${n.line}: note: table ${n.table}, row ${n.row}: ${oneLine(n.message)}`,
    ),
  ];
  return lines.map((l) => `${printable(l)}\n`).join('');
}

/**
 * The imported catalog as YAML in the catalog file format (it loads with `--catalog`), with the
 * skipped rows and repairs as comments at the top.
 *
 * @example
 * writeFileSync('catalog.yaml', formatImport(importVendorDocument(text, file)));
 */
export function formatImport(result: ImportResult): string {
  const { catalog, skipped, notes } = result;
  const comment = [
    ` Imported by portplan from ${catalog.source}: ${catalog.requirements.length} requirement(s), ${skipped.length} row(s) skipped.`,
  ];
  if (skipped.length > 0) {
    comment.push(' Skipped rows (not in this catalog):');
    for (const s of skipped) {
      comment.push(`   ${whereRow(s)} (${s.section}): ${oneLine(s.reason)}`);
      comment.push(`     cells: ${s.cells.map(oneLine).join(' | ')}`);
    }
  }
  if (notes.length > 0) {
    comment.push(' Rows read with a repair:');
    for (const n of notes) comment.push(`   ${whereRow(n)}: ${oneLine(n.message)}`);
  }
  const doc = new Document(catalog);
  // A control character in a comment would reach whoever prints the file, and a line separator
  // would end the comment: the cells are written out visibly instead.
  doc.commentBefore = comment.map(printable).join('\n');
  // Short lists and the small mappings read best on one line, as in the built-in catalog.
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? '');
      const value = pair.value;
      if (isSeq(value) && ['from', 'to', 'ports', 'alternatives', 'default'].includes(key)) value.flow = true;
      if (isMap(value) && ['ref', 'when', 'choice', 'portApps'].includes(key)) value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 110, flowCollectionPadding: false });
}
