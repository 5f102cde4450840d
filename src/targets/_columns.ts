// The columns of flows and rules, defined once: the table, CSV and Markdown each show the ones they name.
import { formatRef } from '../catalog/format.js';
import type { Ref } from '../catalog/schema.js';
import type { Cell } from '../common/tables.js';
import { formatEnd } from '../plan/ends.js';
import type { Flow, Plan, Rule } from '../plan/types.js';

/**
 * One column. A format shows the columns that carry its header: `title` for the table, `heading`
 * for Markdown, `csv` for CSV. A cell of several values is a list: the table stacks it, Markdown
 * breaks lines, CSV joins it with "; ".
 */
export interface Column<T> {
  readonly csv?: string;
  readonly title?: string;
  readonly heading?: string;
  readonly cell: (item: T) => Cell;
  /** The table's terse form, where it differs (`1.1 1.2` for the full references). */
  readonly brief?: (item: T) => Cell;
}

/** `443`, `80, 443`, `any`, `1000-2000` */
export function formatPorts(
  ports: readonly number[] | 'any',
  ranges: readonly (readonly [number, number])[] = [],
): string {
  if (ports === 'any') return 'any';
  return [...ports.map(String), ...ranges.map(([a, b]) => `${a}-${b}`)].join(', ');
}

/** What a host-scope rule shows where destinations go: each source reaches only itself. */
const SELF = '(each source itself)';

/** Ports and ranges as a list: `80`, `443`, `1000-2000`; `any` for every port. */
function portList(x: Pick<Flow, 'ports' | 'portRanges'>): string[] {
  if (x.ports === 'any') return ['any'];
  return [...x.ports.map(String), ...(x.portRanges ?? []).map(([a, b]) => `${a}-${b}`)];
}

/** `https`, or each port with its protocol where they differ: `111 portmapper`, `2049 nfs`. */
function flowApps(f: Flow): string[] {
  if (f.ports === 'any' || !f.portApps) return [f.app];
  return portList(f).map((p) => `${p} ${f.portApps?.[p] ?? f.app}`);
}

/** A rule's protocol, or each port with its protocol when it has several. */
function ruleApps(r: Rule): readonly string[] {
  return r.portApps ? Object.entries(r.portApps).map(([p, app]) => `${p} ${app}`) : r.apps;
}

/** A purpose (merged purposes one per line) with its note below. */
function purposeLines(item: { purpose: string; note?: string | undefined }): string[] {
  return [...item.purpose.split('; '), ...(item.note ? [`(${item.note})`] : [])];
}

/**
 * The text of each reference, made once per reference object: flows share their catalog's
 * reference objects, and a 20,000-host plan has few. Keyed by the object itself, so two catalogs
 * in one process never share an entry.
 */
function refTexts(): (refs: Flow['refs']) => string[] {
  const seen = new Map<Ref, string>();
  return (refs) =>
    refs.map((ref) => {
      let text = seen.get(ref);
      if (text === undefined) {
        text = formatRef(ref);
        seen.set(ref, text);
      }
      return text;
    });
}

/**
 * Numbered footnotes for the interpretations a listing's rows depend on, numbered in order of
 * first use; the table and Markdown print them below the rows.
 */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly notes: string[] = [];

  constructor(private readonly interpretations: Readonly<Record<string, string>>) {}

  /** `[1][2]` for the requirements among `requirements` that carry an interpretation, or ''. */
  mark(requirements: readonly string[]): string {
    let marks = '';
    for (const id of requirements) {
      const text = this.interpretations[id];
      if (text === undefined) continue;
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.notes.push(`${id}: ${text}`);
        this.numbers.set(id, n);
      }
      marks += `[${n}]`;
    }
    return marks;
  }
}

const refNumbers = (refs: Flow['refs']) => refs.map((x) => `${x.table}.${x.row}`).join(' ');

/** What flows and rules both have, and show in the same columns. */
type Shared = Pick<
  Rule,
  'ports' | 'portRanges' | 'transport' | 'direction' | 'scope' | 'purpose' | 'note' | 'requirements' | 'refs'
>;

/** The columns between the hosts and the application protocols. */
function openingColumns<T extends Shared>(): Column<T>[] {
  return [
    { csv: 'ports', cell: portList },
    { title: 'PORTS', heading: 'Ports', cell: (x) => formatPorts(x.ports, x.portRanges) },
    { csv: 'transport', title: 'PROTO', heading: 'Transport', cell: (x) => x.transport },
    { csv: 'direction', title: 'DIR', heading: 'Direction', cell: (x) => x.direction },
    { csv: 'scope', title: 'SCOPE', heading: 'Scope', cell: (x) => x.scope },
  ];
}

/**
 * The columns after the application protocols: why, where, how portplan read the vendor's rows,
 * and which rows. The table and Markdown mark interpreted rows with a footnote number; CSV, read
 * one line at a time, spells the interpretation out.
 */
function reasonColumns<T extends Shared>(plan: Plan, notes: Footnotes): Column<T>[] {
  const refs = refTexts();
  const interpretations = plan.interpretations ?? {};
  const refById = new Map<string, Ref>();
  for (const o of plan.openings) if (!refById.has(o.requirement)) refById.set(o.requirement, o.ref);
  const refOf = (id: string) => {
    const ref = refById.get(id);
    return ref ? (refs([ref])[0] as string) : '';
  };
  return [
    { csv: 'purpose', cell: (x) => x.purpose },
    { csv: 'note', cell: (x) => x.note ?? '' },
    {
      csv: 'interpretation',
      cell: (x) =>
        x.requirements.flatMap((id) => (interpretations[id] ? [`${id}: ${interpretations[id]}`] : [])),
    },
    {
      title: 'PURPOSE',
      heading: 'Purpose',
      cell: (x) => {
        const lines = purposeLines(x);
        const marks = notes.mark(x.requirements);
        if (marks) lines[lines.length - 1] += ` ${marks}`;
        return lines;
      },
    },
    { csv: 'requirements', cell: (x) => x.requirements },
    // Each reference names its requirement, so that no cell is matched with another by position.
    { csv: 'vendor_references', cell: (x) => x.requirements.map((id) => `${id}: ${refOf(id)}`) },
    {
      title: 'REF',
      heading: 'Vendor reference',
      cell: (x) => refs(x.refs),
      brief: (x) => refNumbers(x.refs),
    },
  ];
}

/** The columns of a flow, in the order every format shows them. */
export function flowColumns(plan: Plan, notes: Footnotes): Column<Flow>[] {
  return [
    { csv: 'source_name', cell: (f) => f.from.name ?? '' },
    { csv: 'source_address', cell: (f) => f.from.host },
    { csv: 'source_role', cell: (f) => f.from.role },
    { title: 'FROM', heading: 'From', cell: (f) => formatEnd(f.from) },
    { csv: 'destination_name', cell: (f) => f.to.name ?? '' },
    { csv: 'destination', cell: (f) => f.to.host },
    { csv: 'destination_role', cell: (f) => f.to.role },
    { title: 'TO', heading: 'To', cell: (f) => formatEnd(f.to) },
    ...openingColumns<Flow>(),
    { csv: 'application', cell: flowApps },
    ...reasonColumns<Flow>(plan, notes),
  ];
}

/** The columns of a rule: one line per rule in CSV, every multi-valued cell a list. */
export function ruleColumns(plan: Plan, notes: Footnotes): Column<Rule>[] {
  return [
    { csv: 'rule', title: 'RULE', heading: 'Rule', cell: (r) => r.id },
    { csv: 'sources', title: 'SOURCES', heading: 'Sources', cell: (r) => r.sources.map(formatEnd) },
    {
      csv: 'destinations',
      title: 'DESTINATIONS',
      heading: 'Destinations',
      cell: (r) => (r.self ? SELF : r.destinations.map(formatEnd)),
    },
    ...openingColumns<Rule>(),
    { csv: 'applications', cell: ruleApps },
    ...reasonColumns<Rule>(plan, notes),
  ];
}

/** Something done with a listing's columns and items, whatever their type. */
export type ListingUser<R> = <T>(columns: Column<T>[], items: readonly T[], notes: Footnotes) => R;

/** Call `use` with the rules' columns when there are rules, else with the flows'. */
export function withListing<R>(
  input: { plan: Plan; rules?: readonly Rule[] | undefined },
  use: ListingUser<R>,
): R {
  const notes = new Footnotes(input.plan.interpretations ?? {});
  return input.rules
    ? use(ruleColumns(input.plan, notes), input.rules, notes)
    : use(flowColumns(input.plan, notes), input.plan.flows, notes);
}
