// Check and audit JSON read whole for the report: the diagram's edge results plus every row's evidence, verdict and fix.
import { type EdgeResult, readResults } from '../diagram/results.js';

/** A flow as check and audit JSON carry it (docs/plan-json.md), the fields the report shows. */
export interface ResultFlow {
  readonly requirement?: string;
  readonly requirements?: readonly string[];
  readonly from?: { host?: string; name?: string };
  readonly to?: { host?: string; name?: string };
  readonly transport?: string;
}

/** An origin of an audit rule or policy (docs/audit-json.md). */
export interface Origin {
  readonly file?: string;
  readonly line?: number;
  readonly id?: string;
  readonly text?: string;
}

/** One result of `portplan check --format json` (docs/check-json.md). */
export interface CheckRow {
  readonly flow?: ResultFlow;
  readonly address?: string;
  readonly port?: number;
  readonly transport?: string;
  readonly app?: string;
  readonly required?: boolean;
  readonly outcome?: string;
  readonly evidence?: Record<string, unknown>;
}

/** One verdict of `portplan audit --format json` (docs/audit-json.md). */
export interface AuditRow {
  readonly flow?: ResultFlow & { ports?: unknown };
  readonly required?: boolean;
  readonly ports?: unknown;
  readonly hook?: string;
  readonly verdict?: string;
  readonly rule?: Origin | null;
  readonly notAllowed?: readonly { from?: string; to?: string; ports?: string; verdict?: string }[];
  readonly dependsOn?: readonly string[];
  readonly fixes?: readonly number[];
}

/** A change that lets a blocked flow through (docs/audit-json.md, Fix). */
export interface AuditFix {
  readonly where?: string;
  readonly chain?: string;
  readonly lines?: readonly string[];
  readonly target?: string;
  readonly notes?: readonly string[];
  readonly opens?: { from?: string; to?: string; transport?: string; ports?: string };
}

/** A check run as the report shows it. */
export interface CheckReport {
  readonly kind: 'check';
  readonly file: string;
  readonly passed?: boolean;
  readonly summary?: Record<string, Record<string, number>>;
  readonly rows: readonly CheckRow[];
  readonly edges: readonly EdgeResult[];
}

/** An audit as the report shows it. */
export interface AuditReport {
  readonly kind: 'audit';
  readonly file: string;
  readonly passed?: boolean;
  readonly ruleset?: { file?: string; format?: string };
  readonly at?: string;
  readonly summary?: Record<string, Record<string, number>>;
  readonly rows: readonly AuditRow[];
  readonly fixes: readonly AuditFix[];
  readonly findings: readonly { kind?: string; rule?: Origin; message?: string }[];
  readonly edges: readonly EdgeResult[];
}

const list = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);

/**
 * A `portplan check --format json` output, checked as `diagram --check` checks it (the same
 * reader and messages), with its rows kept for the report; `file` names it in errors.
 */
export function readCheckReport(text: string, file: string): CheckReport {
  const edges = readResults(text, file, 'check');
  const doc = JSON.parse(text) as Record<string, unknown>;
  return {
    kind: 'check',
    file,
    passed: doc.passed as boolean | undefined,
    summary: doc.summary as CheckReport['summary'],
    rows: list<CheckRow>(doc.results),
    edges,
  };
}

/** A `portplan audit --format json` output, read as {@link readCheckReport} reads a check's. */
export function readAuditReport(text: string, file: string): AuditReport {
  const edges = readResults(text, file, 'audit');
  const doc = JSON.parse(text) as Record<string, unknown>;
  return {
    kind: 'audit',
    file,
    passed: doc.passed as boolean | undefined,
    ruleset: doc.ruleset as AuditReport['ruleset'],
    ...(typeof doc.at === 'string' ? { at: doc.at } : {}),
    summary: doc.summary as AuditReport['summary'],
    rows: list<AuditRow>(doc.verdicts),
    fixes: list<AuditFix>(doc.fixes),
    findings: list<AuditReport['findings'][number]>(doc.findings),
    edges,
  };
}
