// What an audit prints: the JSON contract (docs/audit-json.md), a table and Markdown — per flow,
// then findings, then fixes.
import { markdownCell, markdownTable, textTable } from '../common/tables.js';
import { formatEnd } from '../plan/ends.js';
import { type AuditReport, type FlowAudit, originText } from './audit.js';
import type { Origin } from './model.js';

/** Version of the audit JSON contract (docs/audit-json.md). */
export const AUDIT_VERSION = 1;

export const AUDIT_FORMATS = ['table', 'json', 'markdown'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** Verdict counts, required and optional apart. */
export function auditSummary(report: AuditReport): {
  required: Record<string, number>;
  optional: Record<string, number>;
} {
  const required: Record<string, number> = {};
  const optional: Record<string, number> = {};
  for (const f of report.flows) {
    const c = f.required ? required : optional;
    c[f.verdict] = (c[f.verdict] ?? 0) + 1;
  }
  return { required, optional };
}

const portsOf = (f: FlowAudit) =>
  f.ports === 'any'
    ? 'any'
    : [...f.ports.map(String), ...f.portRanges.map(([a, b]) => `${a}-${b}`)].join(',');

/** The audit JSON contract: see docs/audit-json.md. */
export function auditJson(report: AuditReport): string {
  const origin = (o: Origin) => ({
    file: o.file,
    ...(o.line !== undefined ? { line: o.line } : {}),
    ...(o.id !== undefined ? { id: o.id } : {}),
    text: o.text,
  });
  const doc = {
    format: 'portplan-audit',
    version: AUDIT_VERSION,
    passed: report.passed,
    ruleset: report.ruleset,
    ...(report.at !== undefined ? { at: report.at } : {}),
    summary: auditSummary(report),
    verdicts: report.flows.map((f) => ({
      flow: f.flow,
      required: f.required,
      ports: f.ports,
      ...(f.portRanges.length > 0 ? { portRanges: f.portRanges } : {}),
      hook: f.hook,
      verdict: f.verdict,
      rule: f.rules[0] ? origin(f.rules[0]) : null,
      rules: f.rules.map(origin),
      notAllowed: f.gaps.map((g) => ({ ...g, rule: origin(g.rule) })),
      dependsOn: f.dependsOn,
      fixes: f.fixes,
    })),
    skipped: report.skipped,
    findings: report.findings.map((x) => ({
      ...x,
      rule: origin(x.rule),
      ...(x.coveredBy ? { coveredBy: x.coveredBy.map(origin) } : {}),
    })),
    fixes: report.fixes.map((x) => ({ ...x, before: origin(x.before) })),
    unreadable: report.unreadable.map((u) => ({ origin: origin(u.origin), why: u.why })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Parts not allowed a table cell lists before "and N more". */
const GAPS_SHOWN = 3;

/** What a verdict's last cell says: the deciding rules, and what is not allowed and why. */
function detail(f: FlowAudit): string[] {
  const lines: string[] = [];
  if (f.verdict === 'allowed' || f.verdict === 'blocked') lines.push(...f.rules.map(originText));
  if (f.verdict === 'partial' || f.verdict === 'depends-on') {
    // A name's verdict cut by address can have many parts: the first few say enough; JSON has all.
    for (const g of f.gaps.slice(0, GAPS_SHOWN))
      lines.push(
        `${g.verdict === 'blocked' ? 'blocked' : 'undecided'}: ${g.from} → ${g.to} ${g.ports} by ${originText(g.rule)}`,
      );
  }
  if (f.gaps.length > GAPS_SHOWN)
    lines.push(`… and ${f.gaps.length - GAPS_SHOWN} more parts (the JSON lists all)`);
  if (f.dependsOn.length > 0) lines.push(`depends on: ${f.dependsOn.join('; ')}`);
  if (f.fixes.length > 0) lines.push(`fix: ${f.fixes.map((i) => `#${i + 1}`).join(', ')}`);
  return lines;
}

const cells = (f: FlowAudit) => [
  formatEnd(f.flow.from),
  formatEnd(f.flow.to),
  `${portsOf(f)}/${f.flow.transport}`,
  f.flow.requirement,
  f.required ? f.verdict : `${f.verdict} (optional)`,
];

function fixLines(report: AuditReport): string[] {
  return report.fixes.flatMap((x, i) => [
    `#${i + 1} allow ${x.opens.transport} ${x.opens.ports} from ${x.opens.from} to ${x.opens.to}: ${x.where}`,
    ...x.lines.map((l) => `    ${l}`),
    ...x.notes.map((n) => `    (${n})`),
  ]);
}

function summaryLine(report: AuditReport): string {
  const { required, optional } = auditSummary(report);
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ') || 'none';
  const skipped = report.skipped.length > 0 ? ` Not audited: ${report.skipped.length} flows.` : '';
  return `Required: ${counts(required)}. Optional: ${counts(optional)}.${skipped} ${report.passed ? 'Every required flow is allowed.' : 'Some required flows are not allowed.'}`;
}

/** A table of every verdict, then the findings, then the fixes. */
export function auditTable(report: AuditReport, width?: number): string {
  const out = [
    `Ruleset ${report.ruleset.file} (${report.ruleset.format})${report.at ? `, the host firewall of ${report.at}` : ', a firewall between the hosts'}`,
    textTable(
      ['FROM', 'TO', 'PORTS', 'REQUIREMENT', 'VERDICT', 'RULE / WHY'],
      report.flows.map((f) => [...cells(f), detail(f)]),
      width,
    ).trimEnd(),
    summaryLine(report),
  ];
  if (report.unreadable.length > 0)
    out.push('', 'Unreadable:', ...report.unreadable.map((u) => `- ${originText(u.origin)}: ${u.why}`));
  if (report.findings.length > 0)
    out.push('', 'Findings:', ...report.findings.map((x) => `- ${originText(x.rule)} ${x.message}`));
  if (report.fixes.length > 0) out.push('', 'Fixes:', ...fixLines(report));
  return `${out.join('\n')}\n`;
}

/** The same in Markdown, for a change ticket. */
export function auditMarkdown(report: AuditReport): string {
  const out = [
    `Ruleset \`${report.ruleset.file}\` (${report.ruleset.format})${report.at ? `, the host firewall of ${report.at}` : ', a firewall between the hosts'}`,
    '',
    markdownTable(
      ['From', 'To', 'Ports', 'Requirement', 'Verdict', 'Rule / why'],
      report.flows.map((f) => [...cells(f), detail(f)]),
    ).trimEnd(),
    '',
    summaryLine(report),
  ];
  if (report.unreadable.length > 0)
    out.push(
      '',
      '### Unreadable',
      '',
      ...report.unreadable.map((u) => `- ${markdownCell(`${originText(u.origin)}: ${u.why}`)}`),
    );
  if (report.findings.length > 0)
    out.push(
      '',
      '### Findings',
      '',
      ...report.findings.map((x) => `- ${markdownCell(`${originText(x.rule)} ${x.message}`)}`),
    );
  if (report.fixes.length > 0) {
    out.push('', '### Fixes', '');
    report.fixes.forEach((x, i) => {
      out.push(
        `${i + 1}. Allow ${x.opens.transport} ${x.opens.ports} from ${x.opens.from} to ${x.opens.to}: ${markdownCell(x.where)}`,
      );
      if (x.lines.length > 0) out.push('', '   ```', ...x.lines.map((l) => `   ${l}`), '   ```', '');
      for (const n of x.notes) out.push(`   - ${markdownCell(n)}`);
    });
  }
  return `${out.join('\n')}\n`;
}
