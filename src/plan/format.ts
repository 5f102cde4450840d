// Print a plan (flows, or aggregated rules) as a table, JSON, CSV or Markdown.
import type { Ref } from '../catalog/schema.js';
import { markdownTable, textTable } from '../common/tables.js';
import { type Flow, type FlowEnd, PLAN_VERSION, type Plan, type Rule } from './types.js';

export const PLAN_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** `SaaS Connector Management, table 1, row 3` */
export function formatRef(ref: Ref): string {
  return `${ref.section}, table ${ref.table}, row ${ref.row}`;
}

/** `443`, `80, 443`, `any`, `1000-2000` */
export function formatPorts(ports: number[] | 'any', ranges: [number, number][] = []): string {
  if (ports === 'any') return 'any';
  return [...ports.map(String), ...ranges.map(([a, b]) => `${a}-${b}`)].join(', ');
}

/** `sc-01 (10.20.0.11)`, or just the host when it has no name. */
export function formatEnd(e: FlowEnd): string {
  return e.name ? `${e.name} (${e.host})` : e.host;
}

/** The plan JSON contract: see docs/plan-json.md. */
export function planToJson(plan: Plan, rules?: Rule[]): string {
  const doc: Record<string, unknown> = {
    format: 'portplan-plan',
    version: PLAN_VERSION,
    catalog: plan.catalog,
    region: plan.region,
    flows: plan.flows,
  };
  if (rules) doc.rules = rules;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const FLOW_CSV_COLUMNS = [
  'source_name',
  'source_address',
  'source_role',
  'destination_name',
  'destination',
  'destination_role',
  'ports',
  'transport',
  'direction',
  'scope',
  'application',
  'purpose',
  'note',
  'requirement',
  'vendor_reference',
] as const;

const RULE_CSV_COLUMNS = [
  'rule',
  'source_names',
  'source_addresses',
  'destination_names',
  'destinations',
  'ports',
  'transport',
  'direction',
  'scope',
  'applications',
  'purpose',
  'note',
  'requirements',
  'vendor_references',
] as const;

function flowRow(f: Flow): string[] {
  return [
    f.from.name ?? '',
    f.from.host,
    f.from.role,
    f.to.name ?? '',
    f.to.host,
    f.to.role,
    formatPorts(f.ports, f.portRanges),
    f.transport,
    f.direction,
    f.scope,
    f.app,
    f.purpose,
    f.note ?? '',
    f.requirement,
    formatRef(f.ref),
  ];
}

function ruleRow(r: Rule, sep: string): string[] {
  return [
    r.id,
    r.sources.map((e) => e.name ?? '').join(sep),
    r.sources.map((e) => e.host).join(sep),
    r.destinations.map((e) => e.name ?? '').join(sep),
    r.destinations.map((e) => e.host).join(sep),
    formatPorts(r.ports, r.portRanges),
    r.transport,
    r.direction,
    r.scope,
    r.apps.join(', '),
    r.purpose,
    r.note ?? '',
    r.requirements.join(', '),
    r.refs.map(formatRef).join('; '),
  ];
}

/**
 * RFC 4180 (with Unix line ends): a field with a comma, quote or line break is quoted, quotes doubled. Written here rather
 * than with csv-stringify, which took 0.6 s of a 1.5 s budget on a 20,000-host plan (bench/README.md).
 */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function toCsv(header: readonly string[], rows: string[][]): string {
  let out = `${header.map(csvField).join(',')}\n`;
  for (const r of rows) out += `${r.map(csvField).join(',')}\n`;
  return out;
}

function flowCells(f: Flow): string[][] {
  return [
    [formatEnd(f.from)],
    [formatEnd(f.to)],
    [formatPorts(f.ports, f.portRanges)],
    [f.transport],
    [f.direction],
    [f.purpose],
    [`${f.ref.table}.${f.ref.row}`],
  ];
}

function ruleCells(r: Rule): string[][] {
  return [
    [r.id],
    r.sources.map(formatEnd),
    r.destinations.map(formatEnd),
    [formatPorts(r.ports, r.portRanges)],
    [r.transport],
    [r.direction],
    r.note ? [r.purpose, `(${r.note})`] : [r.purpose],
    [r.refs.map((x) => `${x.table}.${x.row}`).join(' ')],
  ];
}

const FLOW_HEADER = ['FROM', 'TO', 'PORTS', 'PROTO', 'DIR', 'PURPOSE', 'REF'];
const RULE_HEADER = ['RULE', 'SOURCES', 'DESTINATIONS', 'PORTS', 'PROTO', 'DIR', 'PURPOSE', 'REF'];

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
      return rules
        ? toCsv(
            RULE_CSV_COLUMNS,
            rules.map((r) => ruleRow(r, ' ')),
          )
        : toCsv(FLOW_CSV_COLUMNS, plan.flows.map(flowRow));
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
              'Purpose',
              'Vendor reference',
            ],
            rules.map((r) => [
              r.id,
              r.sources.map(formatEnd),
              r.destinations.map(formatEnd),
              formatPorts(r.ports, r.portRanges),
              r.transport,
              r.direction,
              r.note ? `${r.purpose} (${r.note})` : r.purpose,
              r.refs.map(formatRef).join('; '),
            ]),
          )
        : markdownTable(
            ['From', 'To', 'Ports', 'Transport', 'Direction', 'Scope', 'Purpose', 'Vendor reference'],
            plan.flows.map((f) => [
              formatEnd(f.from),
              formatEnd(f.to),
              formatPorts(f.ports, f.portRanges),
              f.transport,
              f.direction,
              f.scope,
              f.note ? `${f.purpose} (${f.note})` : f.purpose,
              formatRef(f.ref),
            ]),
          );
    default:
      return rules
        ? textTable(RULE_HEADER, rules.map(ruleCells))
        : textTable(FLOW_HEADER, plan.flows.map(flowCells));
  }
}
