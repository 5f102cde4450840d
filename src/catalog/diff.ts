// Compare two catalogs by the vendor's facts (hosts, ports, transports, conditions), matching rows by content.
import { distance } from 'fastest-levenshtein';
import { printable, printableJson } from '../common/printable.js';
import { formatRef } from './format.js';
import type { SkippedRow } from './import.js';
import { endpointRole } from './roles.js';
import type { Catalog, Endpoint, PortItem, Requirement } from './schema.js';

/** One fact that differs between two matched requirements, each side rendered as text. */
export interface FieldChange {
  field: string;
  base: string;
  next: string;
}

/** A requirement of the base catalog matched with one of the next catalog whose facts differ. */
export interface ChangedRequirement {
  base: Requirement;
  next: Requirement;
  changes: FieldChange[];
}

/** What {@link diffCatalogs} finds. */
export interface CatalogDiff {
  /** Only in the next catalog. */
  added: Requirement[];
  /** Only in the base catalog. */
  removed: Requirement[];
  changed: ChangedRequirement[];
  /** Rows of the next document that could not be read as requirements: differences nobody can rule out. */
  unread: SkippedRow[];
}

/** The facts compared, in the order changes are reported; ids, purposes, apps and notes are not facts. */
const FACTS = [
  'workload',
  'section',
  'from',
  'to',
  'ports',
  'choice',
  'optional',
  'transport',
  'scope',
  'when',
  'gateway',
] as const;
type Fact = (typeof FACTS)[number];
type Facts = Record<Fact, string>;

const NONE = '(none)';

function formatEndpoint(e: Endpoint): string {
  return typeof e === 'string' ? e : `${e.role} (default ${e.default.join(', ')})`;
}

function portKey(p: PortItem): number {
  return typeof p === 'number' ? p : Number(p.split('-')[0]);
}

function formatPorts(ports: 'any' | readonly PortItem[]): string {
  if (ports === 'any') return 'any';
  return [...ports]
    .sort((a, b) => portKey(a) - portKey(b) || String(a).localeCompare(String(b)))
    .map(String)
    .join(', ');
}

/** The facts of a requirement as text; lists are sorted, since the document's order within a cell means nothing. */
function factsOf(r: Requirement): Facts {
  return {
    workload: r.workload,
    section: r.ref.section,
    from: r.from.map(formatEndpoint).sort().join(', '),
    to: r.to.map(formatEndpoint).sort().join(', '),
    ports: formatPorts(r.ports),
    choice: r.choice ? `${formatPorts(r.choice.alternatives)} by ${r.choice.setting}` : NONE,
    optional:
      r.optional && r.optional.length > 0
        ? r.optional
            .map((o) => `${formatPorts(o.ports)} when ${o.when}`)
            .sort()
            .join('; ')
        : NONE,
    transport: r.transport,
    scope: r.scope,
    when: r.when
      ? Object.entries(r.when)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${k}=${v}`)
          .sort()
          .join(', ') || NONE
      : NONE,
    gateway: r.gateway ?? NONE,
  };
}

function changesBetween(a: Facts, b: Facts): FieldChange[] {
  return FACTS.filter((f) => a[f] !== b[f]).map((field) => ({ field, base: a[field], next: b[field] }));
}

interface Side {
  requirement: Requirement;
  facts: Facts;
  /** The kinds of destination: each role, `any`, or `host` for a named host or address. */
  toKinds: string;
  matched: boolean;
}

/** What kind of end an endpoint is: a renamed host stays a `host`, a vCenter never becomes one. */
function endKind(e: Endpoint): string {
  return endpointRole(e) ?? (e === 'any' ? 'any' : 'host');
}

const same =
  (...fields: Fact[]) =>
  (a: Side, b: Side): boolean =>
    fields.every((f) => a.facts[f] === b.facts[f]);

// The passes, strictest first: identical facts; same ends (ports or transport changed); same source,
// ports and transport and the same kind of destination (a renamed host). All within one section:
// a change is the same requirement changed, so rows of other sections or roles are removed and added.
const PASSES: ((a: Side, b: Side) => boolean)[] = [
  same(...FACTS),
  same('section', 'from', 'to'),
  (a, b) =>
    a.toKinds === b.toKinds && same('section', 'from', 'ports', 'choice', 'optional', 'transport')(a, b),
];

/** How far apart two paired requirements are: fields changed, then how much their text changed, then rows moved. */
function pairCost(b: Requirement, n: Requirement, changes: FieldChange[]): number[] {
  const edits = changes.reduce((sum, c) => sum + distance(c.base, c.next), 0);
  const moved = Math.abs(b.ref.table - n.ref.table) * 1000 + Math.abs(b.ref.row - n.ref.row);
  return [changes.length, edits, moved];
}

function compareCosts(a: number[], b: number[]): number {
  for (const [i, x] of a.entries()) {
    const d = x - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Compare two catalogs by the facts the vendor document states: section, source, destination,
 * ports, transport, scope, conditions and gateway. Requirements are matched by content, so a
 * removed row does not make the rows after it look changed. `unread` are the rows of the next
 * document its import could not read; they are part of the diff, since nothing says they agree.
 *
 * @example
 * const { catalog, skipped } = importVendorDocument(text, file);
 * const diff = diffCatalogs(builtinCatalog(), catalog, skipped);
 */
export function diffCatalogs(base: Catalog, next: Catalog, unread: readonly SkippedRow[] = []): CatalogDiff {
  const side = (r: Requirement): Side => ({
    requirement: r,
    facts: factsOf(r),
    toKinds: [...new Set(r.to.map(endKind))].sort().join(', '),
    matched: false,
  });
  const bases = base.requirements.map(side);
  const nexts = next.requirements.map(side);
  const changed: ChangedRequirement[] = [];
  for (const pass of PASSES) {
    // Best pairs first, over the whole pass, so a row never takes the partner a closer row needs.
    const candidates: { b: Side; n: Side; changes: FieldChange[]; cost: number[] }[] = [];
    for (const b of bases) {
      if (b.matched) continue;
      for (const n of nexts) {
        if (n.matched || !pass(b, n)) continue;
        const changes = changesBetween(b.facts, n.facts);
        candidates.push({ b, n, changes, cost: pairCost(b.requirement, n.requirement, changes) });
      }
    }
    candidates.sort((x, y) => compareCosts(x.cost, y.cost));
    for (const { b, n, changes } of candidates) {
      if (b.matched || n.matched) continue;
      b.matched = true;
      n.matched = true;
      if (changes.length > 0) changed.push({ base: b.requirement, next: n.requirement, changes });
    }
  }
  const order = new Map(base.requirements.map((r, i) => [r, i]));
  changed.sort((a, b) => (order.get(a.base) ?? 0) - (order.get(b.base) ?? 0));
  return {
    added: nexts.filter((n) => !n.matched).map((n) => n.requirement),
    removed: bases.filter((b) => !b.matched).map((b) => b.requirement),
    changed,
    unread: [...unread],
  };
}

/** The number of differences in a diff: 0 means the document and the catalog agree. */
export function countDifferences(diff: CatalogDiff): number {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.unread.length;
}

/** One line saying what a requirement opens, e.g. `connector → esxi 902/tcp (platform=on-prem)`. */
function summary(r: Requirement): string {
  const f = factsOf(r);
  let text = `${f.from} → ${f.to} ${f.ports}/${f.transport}`;
  if (f.choice !== NONE) text += ` (or ${f.choice})`;
  if (f.optional !== NONE) text += ` (optional ${f.optional})`;
  const extra = [f.scope === 'host' ? 'on the host' : '', f.when !== NONE ? f.when : ''];
  if (f.gateway !== NONE) extra.push(`${f.gateway} gateway`);
  const shown = extra.filter((e) => e !== '');
  return shown.length > 0 ? `${text} [${shown.join('; ')}]` : text;
}

/** An unread row as written, e.g. `SaaS Connector → api.example.test 6443/TCP: not read: why`. */
function unreadSummary(s: SkippedRow): string {
  const ends = s.source || s.destination ? `${s.source || '?'} → ${s.destination || '?'} ` : '';
  const ports = s.port || s.protocol ? `${s.port || '?'}/${s.protocol || '?'}` : s.cells.join(' | ');
  return `${ends}${ports}: not read: ${s.reason.replace(/\s+/g, ' ')}`;
}

/**
 * Render a catalog diff: `text` has one line per difference (`+` added, `-` removed, `~` a changed
 * field with `base → next`, `?` a row that could not be read, with its hosts, ports and why), each
 * with the row it comes from; `json` is the diff itself. Control characters from the document are
 * written out visibly (`\x1b`, `\u202e`) in both.
 *
 * @example
 * process.stdout.write(formatCatalogDiff(diff, 'text'));
 */
export function formatCatalogDiff(diff: CatalogDiff, format: 'text' | 'json'): string {
  if (format === 'json') return `${printableJson(JSON.stringify(diff, null, 2))}\n`;
  const { added, removed, changed, unread } = diff;
  if (countDifferences(diff) === 0) {
    return 'No differences: the document and the catalog agree.\n';
  }
  const lines: string[] = [];
  for (const c of changed) {
    const moved =
      c.base.ref.table !== c.next.ref.table || c.base.ref.row !== c.next.ref.row
        ? `; now table ${c.next.ref.table}, row ${c.next.ref.row}`
        : '';
    for (const change of c.changes) {
      lines.push(
        `~ ${c.base.id} (${formatRef(c.base.ref)}${moved}): ${change.field}: ${change.base} → ${change.next}`,
      );
    }
  }
  for (const r of added) lines.push(`+ ${formatRef(r.ref)}: ${summary(r)}`);
  for (const r of removed) lines.push(`- ${r.id} (${formatRef(r.ref)}): ${summary(r)}`);
  for (const s of unread) lines.push(`? ${formatRef(s)} (line ${s.line}): ${unreadSummary(s)}`);
  const counts = `${added.length} added, ${removed.length} removed, ${changed.length} changed`;
  lines.push(unread.length > 0 ? `${counts}, ${unread.length} not read` : counts);
  // The document's cells reach the terminal: their control characters are written out, not sent.
  return lines.map((l) => `${printable(l)}\n`).join('');
}
