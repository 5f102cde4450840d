// The columns of flows and rules, defined once: the table, CSV and Markdown each show the ones they name.
import { formatRef } from '../catalog/format.js';
import type { Cell } from '../common/tables.js';
import type { Flow, FlowEnd, Rule } from '../plan/types.js';

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

/** `sc-01 (10.20.0.11)`, or just the host when it has no name. */
export function formatEnd(e: FlowEnd): string {
  return e.name ? `${e.name} (${e.host})` : e.host;
}

/** What a host-scope rule shows where destinations go: each source reaches only itself. */
const SELF = '(each source itself)';

/** `https`, or per port where they differ: `111 portmapper, 2049 nfs`. */
function formatApps(f: Flow): string {
  if (f.ports === 'any' || !f.portApps) return f.app;
  return f.ports.map((p) => `${p} ${f.portApps?.[String(p)] ?? f.app}`).join(', ');
}

/** A purpose (merged purposes one per line) with its note below. */
function purposeLines(item: { purpose: string; note?: string | undefined }): string[] {
  return [...item.purpose.split('; '), ...(item.note ? [`(${item.note})`] : [])];
}

/**
 * The text of each distinct list of references, made once: flows that serve the same requirements
 * share it, and a 20,000-host plan has few such lists. Keyed by the references themselves (section
 * included), so two catalogs in one process never share an entry.
 */
function refTexts(): (refs: Flow['refs']) => string[] {
  const seen = new Map<Flow['refs'], string[]>();
  return (refs) => {
    let text = seen.get(refs);
    if (text === undefined) {
      text = refs.map(formatRef);
      seen.set(refs, text);
    }
    return text;
  };
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
    { csv: 'ports', title: 'PORTS', heading: 'Ports', cell: (x) => formatPorts(x.ports, x.portRanges) },
    { csv: 'transport', title: 'PROTO', heading: 'Transport', cell: (x) => x.transport },
    { csv: 'direction', title: 'DIR', heading: 'Direction', cell: (x) => x.direction },
    { csv: 'scope', title: 'SCOPE', heading: 'Scope', cell: (x) => x.scope },
  ];
}

/** The columns after the application protocols: why, where, and which vendor rows. */
function reasonColumns<T extends Shared>(): Column<T>[] {
  const refs = refTexts();
  return [
    { csv: 'purpose', cell: (x) => x.purpose },
    { csv: 'note', cell: (x) => x.note ?? '' },
    { title: 'PURPOSE', heading: 'Purpose', cell: purposeLines },
    { csv: 'requirements', cell: (x) => x.requirements },
    {
      csv: 'vendor_references',
      title: 'REF',
      heading: 'Vendor reference',
      cell: (x) => refs(x.refs),
      brief: (x) => refNumbers(x.refs),
    },
  ];
}

/** The columns of a flow, in the order every format shows them. */
export function flowColumns(): Column<Flow>[] {
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
    { csv: 'application', cell: formatApps },
    ...reasonColumns<Flow>(),
  ];
}

/** The columns of a rule: one line per rule in CSV, every multi-valued cell a list. */
export function ruleColumns(): Column<Rule>[] {
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
    { csv: 'applications', cell: (r) => r.apps },
    ...reasonColumns<Rule>(),
  ];
}

/** Something done with a listing's columns and items, whatever their type. */
export type ListingUser<R> = <T>(columns: Column<T>[], items: readonly T[]) => R;

/** Call `use` with the rules' columns when there are rules, else with the flows'. */
export function withListing<R>(
  input: { plan: { readonly flows: readonly Flow[] }; rules?: readonly Rule[] | undefined },
  use: ListingUser<R>,
): R {
  return input.rules ? use(ruleColumns(), input.rules) : use(flowColumns(), input.plan.flows);
}
