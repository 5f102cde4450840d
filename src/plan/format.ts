// Print a plan (flows, or aggregated rules) as a table, JSON, CSV or Markdown.
import { formatRef } from '../catalog/format.js';
import { markdownTable, textTable } from '../common/tables.js';
import { type Flow, type FlowEnd, PLAN_VERSION, type Plan, type Rule } from './types.js';

export const PLAN_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** What a host-scope rule shows where destinations go: each source reaches only itself. */
const SELF = '(each source itself)';

/** `443`, `80, 443`, `any`, `1000-2000` */
export function formatPorts(ports: number[] | 'any', ranges: [number, number][] = []): string {
  if (ports === 'any') return 'any';
  return [...ports.map(String), ...ranges.map(([a, b]) => `${a}-${b}`)].join(', ');
}

/** `sc-01 (10.20.0.11)`, or just the host when it has no name. */
export function formatEnd(e: FlowEnd): string {
  return e.name ? `${e.name} (${e.host})` : e.host;
}

/** `https`, or per port where they differ: `111 portmapper, 2049 nfs`. */
function formatApps(f: Flow): string {
  if (f.ports === 'any' || !f.portApps) return f.app;
  return f.ports.map((p) => `${p} ${f.portApps?.[String(p)] ?? f.app}`).join(', ');
}

function refNumbers(refs: Flow['refs']): string {
  return refs.map((x) => `${x.table}.${x.row}`).join(' ');
}

/** The plan JSON contract: see docs/plan-json.md. */
export function planToJson(plan: Plan, rules?: Rule[]): string {
  const doc: Record<string, unknown> = {
    format: 'portplan-plan',
    version: PLAN_VERSION,
    catalog: plan.catalog,
    region: plan.region,
    warnings: plan.warnings,
    flows: plan.flows,
  };
  if (rules) doc.rules = rules;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * RFC 4180 (with Unix line ends): a field with a comma, quote or line break is quoted, quotes
 * doubled; a field a spreadsheet would run as a formula (= + - @ first) gets a leading `'`.
 * Written here rather than with csv-stringify, which took 0.6 s of a 1.5 s budget on a
 * 20,000-host plan (bench/README.md).
 */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header line, then a line per item, each cell made by its column. */
function toCsv<T>(columns: [name: string, cell: (item: T) => string][], items: T[]): string {
  const cells = columns.map(([, cell]) => cell);
  const lines = [columns.map(([name]) => csvField(name)).join(',')];
  const row: string[] = new Array(cells.length);
  for (const item of items) {
    for (let i = 0; i < cells.length; i++) row[i] = csvField((cells[i] as (item: T) => string)(item));
    lines.push(row.join(','));
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * `Section, table 1, row 3; …` for a list of references. Flows that serve the same requirements
 * share the text, and a 20,000-host plan has few such sets, so each is written once.
 */
const refsText = (() => {
  const seen = new Map<string, string>();
  return (refs: Flow['refs']): string => {
    const key = refs.map((r) => `${r.table}.${r.row}`).join(' ');
    let text = seen.get(key);
    if (text === undefined) {
      text = refs.map(formatRef).join('; ');
      seen.set(key, text);
    }
    return text;
  };
})();

/** Columns of a flow: header, then the cell for CSV, Markdown and the table. */
const FLOW_COLUMNS: [csv: string, (f: Flow) => string][] = [
  ['source_name', (f) => f.from.name ?? ''],
  ['source_address', (f) => f.from.host],
  ['source_role', (f) => f.from.role],
  ['destination_name', (f) => f.to.name ?? ''],
  ['destination', (f) => f.to.host],
  ['destination_role', (f) => f.to.role],
  ['ports', (f) => formatPorts(f.ports, f.portRanges)],
  ['transport', (f) => f.transport],
  ['direction', (f) => f.direction],
  ['scope', (f) => f.scope],
  ['application', formatApps],
  ['purpose', (f) => f.purpose],
  ['note', (f) => f.note ?? ''],
  ['requirements', (f) => f.requirements.join(' ')],
  ['vendor_references', (f) => refsText(f.refs)],
];

/** Names and addresses of rule ends, one per host in the same order; `-` for a host with no name. */
const names = (ends: FlowEnd[]) => ends.map((e) => e.name ?? '-').join(' ');
const hosts = (ends: FlowEnd[]) => ends.map((e) => e.host).join(' ');

const RULE_COLUMNS: [csv: string, (r: Rule) => string][] = [
  ['rule', (r) => r.id],
  ['source_names', (r) => names(r.sources)],
  ['source_addresses', (r) => hosts(r.sources)],
  ['destination_names', (r) => (r.self ? '' : names(r.destinations))],
  ['destinations', (r) => (r.self ? 'self' : hosts(r.destinations))],
  ['ports', (r) => formatPorts(r.ports, r.portRanges)],
  ['transport', (r) => r.transport],
  ['direction', (r) => r.direction],
  ['scope', (r) => r.scope],
  ['applications', (r) => r.apps.join(' ')],
  ['purpose', (r) => r.purpose],
  ['note', (r) => r.note ?? ''],
  ['requirements', (r) => r.requirements.join(' ')],
  ['vendor_references', (r) => refsText(r.refs)],
];

/** A purpose (merged purposes one per line) with its note below, for the table. */
const withNote = (purpose: string, note: string | undefined) => [
  ...purpose.split('; '),
  ...(note ? [`(${note})`] : []),
];

function flowCells(f: Flow): (string | string[])[] {
  return [
    formatEnd(f.from),
    formatEnd(f.to),
    formatPorts(f.ports, f.portRanges),
    f.transport,
    f.direction,
    f.scope,
    withNote(f.purpose, f.note),
    refNumbers(f.refs),
  ];
}

function ruleCells(r: Rule): (string | string[])[] {
  return [
    r.id,
    r.sources.map(formatEnd),
    r.self ? SELF : r.destinations.map(formatEnd),
    formatPorts(r.ports, r.portRanges),
    r.transport,
    r.direction,
    r.scope,
    withNote(r.purpose, r.note),
    refNumbers(r.refs),
  ];
}

const FLOW_HEADER = ['FROM', 'TO', 'PORTS', 'PROTO', 'DIR', 'SCOPE', 'PURPOSE', 'REF'];
const RULE_HEADER = ['RULE', 'SOURCES', 'DESTINATIONS', 'PORTS', 'PROTO', 'DIR', 'SCOPE', 'PURPOSE', 'REF'];

/**
 * Print the plan's flows (or, given rules, the rules) in one of {@link PLAN_FORMATS}.
 *
 * @example
 * process.stdout.write(formatPlan(plan, 'csv'));
 */
export function formatPlan(plan: Plan, format: PlanFormat, rules?: Rule[]): string {
  switch (format) {
    case 'json':
      return planToJson(plan, rules);
    case 'csv':
      return rules ? toCsv(RULE_COLUMNS, rules) : toCsv(FLOW_COLUMNS, plan.flows);
    case 'markdown':
      return rules
        ? markdownTable(
            [
              'Rule',
              'Sources',
              'Destinations',
              'Ports',
              'Transport',
              'Direction',
              'Scope',
              'Purpose',
              'Vendor reference',
            ],
            rules.map((r) => [
              ...ruleCells(r).slice(0, -2),
              r.note ? `${r.purpose} (${r.note})` : r.purpose,
              r.refs.map(formatRef).join('; '),
            ]),
          )
        : markdownTable(
            ['From', 'To', 'Ports', 'Transport', 'Direction', 'Scope', 'Purpose', 'Vendor reference'],
            plan.flows.map((f) => [
              ...flowCells(f).slice(0, -2),
              f.note ? `${f.purpose} (${f.note})` : f.purpose,
              f.refs.map(formatRef).join('; '),
            ]),
          );
    default:
      return rules
        ? textTable(RULE_HEADER, rules.map(ruleCells))
        : textTable(FLOW_HEADER, plan.flows.map(flowCells));
  }
}
