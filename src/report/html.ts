// `report` as one self-contained HTML page: summary, diagram, rules, check results and audit verdicts, with print CSS.

import { diagramGraph } from '../diagram/graph.js';
import { colourByResults } from '../diagram/results.js';
import { escapeXml as escapeHtml, renderSvg } from '../diagram/svg.js';
import { aggregateRules } from '../plan/aggregate.js';
import type { Plan } from '../plan/types.js';
import { Footnotes, ruleColumns } from '../targets/_columns.js';
import type { AuditReport, CheckReport, Origin, ResultFlow } from './results.js';

export { escapeHtml };

/** What a report shows: the plan, the inventory's name, and the check and audit results given. */
export interface ReportInput {
  readonly plan: Plan;
  /** The inventory file's name, as given. */
  readonly inventory: string;
  readonly check?: CheckReport | undefined;
  readonly audit?: AuditReport | undefined;
}

// No scripts, no fonts, no loads: the policy forbids anything a stray attribute might fetch.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; }
nav { margin: .5rem 0 1rem; }
nav a { margin-right: 1rem; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.summary dt { font-weight: 600; }
dl.summary dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
code, pre { font: 12px/1.3 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
pre { white-space: pre-wrap; word-break: break-all; margin: 0; }
.diagram { overflow: auto; border: 1px solid #ccc; }
.diagram svg { display: block; max-width: 100%; height: auto; }
.status { font-weight: 600; }
.ok { color: #2e7d32; }
.fail { color: #c62828; }
.unknown { color: #616161; }
.optional { color: #616161; }
.warnings li { color: #8a4b00; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .diagram { overflow: visible; border: none; break-inside: avoid; page-break-inside: avoid; }
  .diagram svg { width: 100%; max-height: 170mm; }
  table { font-size: 8pt; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
}
`;

const e = escapeHtml;

/** A cell: a string, or several values one per line. */
function cell(value: string | readonly string[]): string {
  return typeof value === 'string' ? e(value) : value.map(e).join('<br>');
}

function table(headings: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const head = `<thead><tr>${headings.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}>\n${head}\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

const STATUS_OF: Record<string, 'ok' | 'fail' | 'unknown'> = {
  ok: 'ok',
  allowed: 'ok',
  skipped: 'unknown',
  'open|filtered': 'unknown',
  'depends-on': 'unknown',
};

function status(outcome: string | undefined): string {
  const text = outcome ?? '';
  return `<span class="status ${STATUS_OF[text] ?? 'fail'}">${e(text)}</span>`;
}

const endText = (end: ResultFlow['from']): string =>
  end?.name ? `${end.name} (${end.host ?? ''})` : (end?.host ?? '');

const requirementsOf = (flow: ResultFlow | undefined): string[] => [
  ...(flow?.requirements ?? (flow?.requirement ? [flow.requirement] : [])),
];

const originText = (o: Origin | null | undefined): string =>
  o ? [o.file && `${o.file}${o.line ? `:${o.line}` : ''}`, o.id, o.text].filter(Boolean).join(' — ') : '';

/** `key: value` per line; nested values as JSON. */
function evidenceText(evidence: Record<string, unknown> | undefined): string[] {
  return Object.entries(evidence ?? {}).map(
    ([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
}

function summaryCounts(summary: Record<string, Record<string, number>> | undefined): string {
  return Object.entries(summary ?? {})
    .filter(([, counts]) => Object.keys(counts).length > 0)
    .map(
      ([part, counts]) =>
        `${part}: ${Object.entries(counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}`,
    )
    .join('; ');
}

const passedText = (passed: boolean | undefined): string =>
  passed === undefined
    ? ''
    : passed
      ? '<span class="status ok">passed</span>'
      : '<span class="status fail">failed</span>';

function summarySection(input: ReportInput, rules: number): string {
  const { plan, check, audit } = input;
  const items: [string, string][] = [
    ['Inventory', e(input.inventory)],
    ['Catalog', `${e(plan.catalog.name)} (${e(plan.catalog.source)})`],
    ['Region', e(plan.region)],
    ['Flows', String(plan.flows.length)],
    ['Rules', String(rules)],
  ];
  if (check)
    items.push(['Check', `${passedText(check.passed)} ${e(check.file)}: ${e(summaryCounts(check.summary))}`]);
  if (audit) {
    const ruleset = audit.ruleset
      ? ` (ruleset ${audit.ruleset.file ?? ''}, ${audit.ruleset.format ?? ''})`
      : '';
    const at = audit.at ? ` at ${audit.at}` : '';
    items.push([
      'Audit',
      `${passedText(audit.passed)} ${e(audit.file + ruleset + at)}: ${e(summaryCounts(audit.summary))}`,
    ]);
  }
  const warnings = plan.warnings.length
    ? `<h3>Warnings</h3>\n<ul class="warnings">\n${plan.warnings.map((w) => `<li>${e(w.message)}</li>`).join('\n')}\n</ul>\n`
    : '';
  return `<section id="summary">\n<h2>Summary</h2>\n<dl class="summary">\n${items
    .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
    .join('\n')}\n</dl>\n${warnings}</section>\n`;
}

function rulesSection(plan: Plan, rules: ReturnType<typeof aggregateRules>): string {
  const notes = new Footnotes(plan.interpretations ?? {});
  const shown = ruleColumns(plan, notes).filter((c) => c.heading !== undefined);
  const body = table(
    shown.map((c) => c.heading as string),
    rules.map((r) => shown.map((c) => cell(c.cell(r)))),
    'rules',
  );
  const footnotes = notes.notes.length
    ? `<ol class="footnotes">\n${notes.notes.map((n) => `<li>${e(n)}</li>`).join('\n')}\n</ol>\n`
    : '';
  return `<section id="rules">\n<h2>Rules</h2>\n${body}${footnotes}</section>\n`;
}

function checkSection(check: CheckReport): string {
  const rows = check.rows.map((r) => [
    cell(requirementsOf(r.flow)) + (r.required === false ? ' <span class="optional">(optional)</span>' : ''),
    cell(endText(r.flow?.from)),
    cell(r.address ? [endText(r.flow?.to), `address ${r.address}`] : endText(r.flow?.to)),
    cell(`${r.port ?? ''}/${r.transport ?? ''}${r.app ? ` ${r.app}` : ''}`),
    status(r.outcome),
    cell(evidenceText(r.evidence)),
  ]);
  return `<section id="check">\n<h2>Check results</h2>\n<p>${passedText(check.passed)} ${e(check.file)}: ${e(
    summaryCounts(check.summary),
  )}</p>\n${table(['Requirement', 'From', 'To', 'Port', 'Outcome', 'Evidence'], rows, 'check')}</section>\n`;
}

function auditSection(audit: AuditReport): string {
  const rows = audit.rows.map((r) => {
    const parts = [
      ...(r.notAllowed ?? []).map(
        (p) => `not allowed (${p.verdict ?? ''}): ${p.from ?? ''} → ${p.to ?? ''} ${p.ports ?? ''}`,
      ),
      ...(r.dependsOn ?? []).map((d) => `depends on ${d}`),
    ];
    const fixes = (r.fixes ?? [])
      .map((i) => `<a href="#fix-${Number(i)}">fix ${Number(i) + 1}</a>`)
      .join(' ');
    return [
      cell(requirementsOf(r.flow)) +
        (r.required === false ? ' <span class="optional">(optional)</span>' : ''),
      cell(endText(r.flow?.from)),
      cell(endText(r.flow?.to)),
      cell(
        `${Array.isArray(r.ports) ? r.ports.join(', ') : String(r.ports ?? '')}/${r.flow?.transport ?? ''}`,
      ),
      cell(r.hook ?? ''),
      status(r.verdict),
      cell([originText(r.rule), ...parts]),
      fixes,
    ];
  });
  const fixes = audit.fixes
    .map((f, i) => {
      const opens = f.opens
        ? `${f.opens.from ?? ''} → ${f.opens.to ?? ''} ${f.opens.ports ?? ''}/${f.opens.transport ?? ''}`
        : '';
      const lines = f.lines?.length ? `<pre>${f.lines.map(e).join('\n')}</pre>\n` : '';
      const notes = f.notes?.length ? `<ul>${f.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>\n` : '';
      return `<li id="fix-${i}"><p><strong>Opens ${e(opens)}</strong>${f.target ? ` (${e(f.target)})` : ''}: ${e(
        f.where ?? '',
      )}</p>\n${lines}${notes}</li>`;
    })
    .join('\n');
  const findings = audit.findings.length
    ? `<h3>Findings</h3>\n${table(
        ['Kind', 'Rule', 'Message'],
        audit.findings.map((f) => [cell(f.kind ?? ''), cell(originText(f.rule)), cell(f.message ?? '')]),
        'findings',
      )}`
    : '';
  return `<section id="audit">\n<h2>Audit verdicts</h2>\n<p>${passedText(audit.passed)} ${e(audit.file)}: ${e(
    summaryCounts(audit.summary),
  )}</p>\n${table(
    ['Requirement', 'From', 'To', 'Ports', 'Hook', 'Verdict', 'Decided by', 'Fix'],
    rows,
    'audit',
  )}${fixes ? `<h3>Fixes</h3>\n<ol class="fixes">\n${fixes}\n</ol>\n` : ''}${findings}</section>\n`;
}

/**
 * One self-contained HTML document (no scripts, styles inline, nothing fetched) for a
 * change-approval board: every string from the inventory, catalog and results is escaped.
 *
 * @example
 * const html = await renderReport({ plan, inventory: 'site.yaml' });
 */
export async function renderReport(input: ReportInput): Promise<string> {
  const { plan, check, audit } = input;
  const rules = aggregateRules(plan.openings);
  const graph = diagramGraph(plan);
  for (const given of [check, audit])
    if (given) colourByResults(graph, given.edges, `${given.kind} ${given.file}`);
  const svg = (await renderSvg(graph)).replace(/^<\?xml[^?]*\?>\n?/, '');
  const nav = [
    ['summary', 'Summary'],
    ['diagram', 'Diagram'],
    ['rules', 'Rules'],
    ...(check ? [['check', 'Check results']] : []),
    ...(audit ? [['audit', 'Audit verdicts']] : []),
  ]
    .map(([id, text]) => `<a href="#${id}">${text}</a>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>portplan report: ${e(input.inventory)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Firewall openings: ${e(input.inventory)}</h1>
<nav>${nav}</nav>
${summarySection(input, rules.length)}<section id="diagram">
<h2>Diagram</h2>
<div class="diagram">
${svg.trimEnd()}
</div>
</section>
${rulesSection(plan, rules)}${check ? checkSection(check) : ''}${audit ? auditSection(audit) : ''}</body>
</html>
`;
}
