// What a check prints: the JSON contract (docs/check-json.md), JSON lines, a table, and a summary with next steps.
import { markdownCell, markdownTable, textTable } from '../common/tables.js';
import { formatEnd } from '../plan/ends.js';
import type { CheckResult } from './check.js';

/** Version of the check JSON contract (docs/check-json.md). */
export const CHECK_VERSION = 1;

export const CHECK_FORMATS = ['table', 'json', 'jsonl', 'markdown', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Outcome counts, required and optional apart, and whether every required probe that ran is ok. */
export function summarize(results: readonly CheckResult[]): {
  required: Record<string, number>;
  optional: Record<string, number>;
  passed: boolean;
} {
  const tally = new Tally();
  for (const r of results) tally.add(r);
  return tally.summary();
}

/** {@link summarize} one result at a time, for results that are written out and not kept. */
export class Tally {
  readonly #required: Record<string, number> = {};
  readonly #optional: Record<string, number> = {};
  #passed = true;

  add(r: CheckResult): void {
    const counts = r.required ? this.#required : this.#optional;
    counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    // Skipped probes prove nothing either way and do not fail the check (another source's flows, a
    // wildcard no name answers for), except those the deadline cut off: what was asked for was not done.
    if (r.required && r.outcome !== 'ok' && !(r.outcome === 'skipped' && r.evidence.deadline !== true))
      this.#passed = false;
  }

  summary(): { required: Record<string, number>; optional: Record<string, number>; passed: boolean } {
    return { required: { ...this.#required }, optional: { ...this.#optional }, passed: this.#passed };
  }
}

/** One sentence a network engineer can act on, for a result that is not ok. */
export function nextStep(r: CheckResult): string {
  const from = formatEnd(r.flow.from);
  const name = typeof r.evidence.name === 'string' ? r.evidence.name : undefined;
  const where = name && r.address ? `${name} (${r.address})` : r.address || formatEnd(r.flow.to);
  const what = `${r.port}/${r.transport}`;
  // An open-ended flow's outcome is its stand-ins': the words name the one to fix.
  if (r.evidence.representedBy) return String(r.evidence.detail ?? '');
  switch (r.outcome) {
    case 'filtered':
      return `something between ${from} and ${where} drops ${what}: open it (${r.rule ? `rule ${r.rule}` : r.flow.requirement})`;
    case 'refused':
      return `${where} answered, but nothing listens on ${what}: start the service or check the port`;
    case 'reset':
      return `${where} reset the connection on ${what}: a firewall or the service refused it after connecting`;
    case 'unreachable':
      return `no route from ${from} to ${where}, or a firewall rejects ${what}: check routing and reject rules`;
    case 'dns-failed':
      return `${String(r.evidence.name ?? r.flow.to.host)} does not resolve through ${String((r.evidence.dnsServers as string[] | undefined)?.join(', ') ?? 'the DNS servers')}: fix DNS first`;
    case 'tls-intercepted':
      return `a TLS-inspecting proxy answers for ${where}: exempt it from inspection`;
    case 'tls-failed':
      return `the TLS handshake with ${where} on ${what} failed: ${String(r.evidence.detail ?? '')}`;
    case 'unexpected-service':
      return `${where} on ${what} is not ${r.app}: ${String(r.evidence.detail ?? r.evidence.banner ?? '')}`;
    case 'open|filtered':
      return `${where} stayed silent on ${what}: nothing proves it open or closed`;
    default:
      return String(r.evidence.detail ?? '');
  }
}

/** The check JSON contract: see docs/check-json.md. */
export function* checkJson(results: readonly CheckResult[]): Generator<string> {
  const { required, optional, passed } = summarize(results);
  const head = { format: 'portplan-check', version: CHECK_VERSION, passed, summary: { required, optional } };
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "results": [`;
  for (const [i, r] of results.entries()) {
    yield `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(r, null, 2).replaceAll('\n', '\n    ')}`;
  }
  yield results.length > 0 ? '\n  ]\n}\n' : ']\n}\n';
}

/** A probe's cells in the table and in Markdown, ending with `last`. */
function resultCells(r: CheckResult, last: string): string[] {
  const outcome = r.required ? r.outcome : `${r.outcome} (optional)`;
  return [
    formatEnd(r.flow.from),
    formatEnd(r.flow.to),
    r.address || '-',
    `${r.port}/${r.transport}`,
    r.app,
    outcome,
    last,
  ];
}

/** A table of every probe, then the summary and the next steps for what failed. */
export function checkTable(results: readonly CheckResult[], width?: number): string {
  const rows = results.map((r) =>
    resultCells(
      r,
      r.outcome === 'ok'
        ? [
            r.evidence.banner,
            r.evidence.latencyMs === undefined ? undefined : `${Math.round(Number(r.evidence.latencyMs))} ms`,
          ]
            .filter(Boolean)
            .join(', ')
        : nextStep(r),
    ),
  );
  const table = textTable(
    ['FROM', 'TO', 'ADDRESS', 'PORT', 'APP', 'OUTCOME', 'EVIDENCE / NEXT STEP'],
    rows,
    width,
  );
  const { required, optional, passed } = summarize(results);
  const steps = diagnosis(results);
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ') || 'none';
  return `${table}\nRequired: ${counts(required)}. Optional: ${counts(optional)}.\n${passed ? 'Every required probe that ran is ok.' : `Some required probes failed. By flow, the first layer that fails:\n${steps.map((l) => `- ${l}`).join('\n')}`}\n`;
}

/**
 * For each flow with a required failure, the first layer that fails (DNS, then transport, then TLS,
 * then the application) and what to do: fixing a later layer first is wasted work.
 */
export function diagnosis(results: readonly CheckResult[]): string[] {
  const order: Record<string, number> = { dns: 0, transport: 1, tls: 2, application: 3 };
  const worst = new Map<string, CheckResult>();
  for (const r of results) {
    // An open-ended flow fails where its stand-ins do, and those are listed already.
    if (!r.required || !r.layer || r.evidence.representedBy) continue;
    const key = `${formatEnd(r.flow.from)}|${formatEnd(r.flow.to)}|${r.transport}|${r.port}`;
    const seen = worst.get(key);
    if (!seen || (order[r.layer] ?? 9) < (order[seen.layer ?? ''] ?? 9)) worst.set(key, r);
  }
  return [...worst.values()].map((r) => `${r.layer} (${r.outcome}): ${nextStep(r)}`);
}

const xml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/**
 * JUnit XML for CI dashboards: a test suite per requirement, a test case per probe; a required
 * failure is a <failure>, a skipped probe (or a failed optional one) a <skipped>.
 */
export function checkJunit(results: readonly CheckResult[]): string {
  const suites = new Map<string, CheckResult[]>();
  for (const r of results) suites.set(r.flow.requirement, [...(suites.get(r.flow.requirement) ?? []), r]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = results.filter((r) => r.required && r.outcome !== 'ok' && r.outcome !== 'skipped').length;
  lines.push(`<testsuites name="portplan check" tests="${results.length}" failures="${failures}">`);
  for (const [requirement, list] of suites) {
    const failed = list.filter((r) => r.required && r.outcome !== 'ok' && r.outcome !== 'skipped').length;
    const skipped = list.filter((r) => r.outcome === 'skipped' || (!r.required && r.outcome !== 'ok')).length;
    lines.push(
      `  <testsuite name="${xml(requirement)}" tests="${list.length}" failures="${failed}" skipped="${skipped}">`,
    );
    for (const r of list) {
      const name = `${formatEnd(r.flow.from)} -> ${r.address || formatEnd(r.flow.to)} ${r.port}/${r.transport} ${r.app}`;
      const time = typeof r.evidence.latencyMs === 'number' ? (r.evidence.latencyMs / 1000).toFixed(3) : '0';
      lines.push(`    <testcase classname="${xml(requirement)}" name="${xml(name)}" time="${time}">`);
      if (r.outcome === 'skipped' || (!r.required && r.outcome !== 'ok')) {
        lines.push(`      <skipped message="${xml(`${r.outcome}: ${String(r.evidence.detail ?? '')}`)}"/>`);
      } else if (r.outcome !== 'ok') {
        lines.push(`      <failure type="${xml(r.outcome)}" message="${xml(nextStep(r))}"/>`);
      }
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

/** A Markdown table of the probes and the diagnosis, for a change ticket. */
export function checkMarkdown(results: readonly CheckResult[]): string {
  const rows = results.map((r) => resultCells(r, r.outcome === 'ok' ? '' : nextStep(r)));
  const steps = diagnosis(results);
  return (
    markdownTable(['From', 'To', 'Address', 'Port', 'App', 'Outcome', 'Next step'], rows) +
    (steps.length
      ? `\nBy flow, the first layer that fails:\n\n${steps.map((l) => `- ${markdownCell(l)}`).join('\n')}\n`
      : '')
  );
}
