// Check and audit results laid on a diagram's edges: each edge coloured by the outcomes of the flows it draws.
import { UsageError } from '../errors.js';
import type { FlowEnd } from '../plan/types.js';
import { type DiagramEdge, type DiagramGraph, endHolds, type Status } from './graph.js';

/** One result reduced to what matching needs: the flow (requirement, from, to, transport) and its status. */
export interface EdgeResult {
  readonly requirements: readonly string[];
  readonly from: Pick<FlowEnd, 'host' | 'kind'>;
  readonly to: Pick<FlowEnd, 'host' | 'kind'>;
  readonly transport: string;
  readonly status: Status;
}

interface FlowJson {
  requirement?: string;
  requirements?: string[];
  from?: { host?: string; kind?: FlowEnd['kind'] };
  to?: { host?: string; kind?: FlowEnd['kind'] };
  transport?: string;
}

// Skipped and open|filtered prove nothing either way (docs/check-json.md); depends-on hangs on what the ruleset does not say.
const CHECK_STATUS = (outcome: string): Status =>
  outcome === 'ok' ? 'ok' : outcome === 'skipped' || outcome === 'open|filtered' ? 'unknown' : 'fail';
const AUDIT_STATUS = (verdict: string): Status =>
  verdict === 'allowed' ? 'ok' : verdict === 'depends-on' ? 'unknown' : 'fail';

function toResult(flow: FlowJson | undefined, status: Status): EdgeResult | undefined {
  if (!flow?.from?.host || !flow.to?.host || !flow.transport) return undefined;
  return {
    requirements: flow.requirements ?? (flow.requirement ? [flow.requirement] : []),
    from: { host: flow.from.host, kind: flow.from.kind ?? 'hostname' },
    to: { host: flow.to.host, kind: flow.to.kind ?? 'hostname' },
    transport: flow.transport,
    status,
  };
}

/**
 * The required results of a `portplan check --format json` (docs/check-json.md) or `portplan audit
 * --format json` (docs/audit-json.md) output; `file` names it in errors.
 */
export function readResults(text: string, file: string, expected: 'check' | 'audit'): EdgeResult[] {
  let doc: { format?: string; results?: unknown[]; verdicts?: unknown[] };
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new UsageError(`--${expected} ${file}: not JSON (${(cause as Error).message})`, { cause });
  }
  if (doc?.format !== `portplan-${expected}`)
    throw new UsageError(
      `--${expected} ${file}: not a "portplan ${expected} --format json" output (its "format" is not "portplan-${expected}")`,
    );
  const items = (expected === 'check' ? doc.results : doc.verdicts) ?? [];
  const results: EdgeResult[] = [];
  for (const item of items as { flow?: FlowJson; required?: boolean; outcome?: string; verdict?: string }[]) {
    if (item.required === false) continue;
    const status =
      expected === 'check' ? CHECK_STATUS(String(item.outcome)) : AUDIT_STATUS(String(item.verdict));
    const result = toResult(item.flow, status);
    if (result) results.push(result);
  }
  return results;
}

const RANK: Record<Status, number> = { unknown: 0, ok: 1, fail: 2 };

/**
 * Colour a graph's edges by results: an edge takes the results whose flow serves one of its
 * requirements, on its transport, between ends it draws (the same host, or inside its CIDR or
 * range). Any failure makes it `fail`; else any ok makes it `ok`; else `unknown`. `source` names
 * the input in the legend.
 */
export function colourByResults(graph: DiagramGraph, results: readonly EdgeResult[], source: string): void {
  const byRequirement = new Map<string, DiagramEdge[]>();
  for (const edge of graph.edges)
    for (const r of edge.requirements) {
      const list = byRequirement.get(r) ?? [];
      list.push(edge);
      byRequirement.set(r, list);
    }
  for (const result of results) {
    const seen = new Set<DiagramEdge>();
    for (const r of result.requirements)
      for (const edge of byRequirement.get(r) ?? []) {
        if (seen.has(edge) || edge.transport !== result.transport) continue;
        seen.add(edge);
        const holds = edge.ends.some(
          (pair) =>
            endHolds(pair.from, result.from.host, result.from.kind) &&
            endHolds(pair.to, result.to.host, result.to.kind),
        );
        if (holds && (edge.status === undefined || RANK[result.status] > RANK[edge.status]))
          edge.status = result.status;
      }
  }
  graph.coloured = [...(graph.coloured ?? []), source];
}
