// The measured process of bench/audit.ts: read a ruleset and plan-like flows, evaluate every flow at FORWARD, print a summary.
// Usage (bundled by bench/audit.ts): node audit-run.mjs RULESET FLOWS.json indexed|linear
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { evaluate, evaluateLinear, type FlowQuery, flowVerdict } from '../src/audit/evaluate.js';
import { detectFormat } from '../src/audit/formats/registry.js';
import type { Interval } from '../src/audit/model.js';
import { addressBlock } from '../src/common/address.js';
import type { BenchFlow } from './generate-ruleset.js';

const [file, flowsFile, mode] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
/** CPU time of this thread and the collector's (user + system), ms: less moved than wall time by a busy machine. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cpuStarted = cpu();
const text = readFileSync(file, 'utf8');
const format = detectFormat(text);
if (format?.name !== 'iptables-save')
  throw new Error(`${file}: the iptables-save parser did not recognise it`);
const ruleset = format.parse(text, file);
const parsed = performance.now();
const cpuParsed = cpu();

const block = (host: string): Interval => {
  const b = addressBlock(host, host.includes('/') ? 'cidr' : 'ip');
  if (!b) throw new Error(`not an address: ${host}`);
  return { lo: b.first, hi: b.last };
};
/** Consecutive ports as one interval, as a flow's ports are asked about. */
const intervals = (ports: readonly number[]): Interval[] => {
  const out: { lo: bigint; hi: bigint }[] = [];
  for (const p of [...ports].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && BigInt(p) <= last.hi + 1n) last.hi = BigInt(p) > last.hi ? BigInt(p) : last.hi;
    else out.push({ lo: BigInt(p), hi: BigInt(p) });
  }
  return out;
};
const flows = (JSON.parse(readFileSync(flowsFile, 'utf8')) as { flows: BenchFlow[] }).flows;
const queries: FlowQuery[] = flows.map((f) => ({
  family: 4,
  src: block(f.from.host),
  dst: block(f.to.host),
  protocol: f.transport,
  ports: intervals(f.ports),
}));
const loaded = performance.now();
const cpuLoaded = cpu();

const run = mode === 'linear' ? evaluateLinear : evaluate;
const counts: Record<string, number> = {};
const digest = createHash('sha256');
let boxes = 0;
for (const q of queries) {
  const decisions = run(ruleset, 'forward', q);
  boxes += decisions.length;
  const v = flowVerdict(decisions);
  counts[v.verdict] = (counts[v.verdict] ?? 0) + 1;
  digest.update(`${v.verdict} ${v.deciding.map((o) => o.line ?? o.text).join(',')}\n`);
}
const done = performance.now();
const cpuDone = cpu();

const rules = [...ruleset.chains.values()].reduce((n, c) => n + c.rules.length, 0);
console.log(
  JSON.stringify({
    parser: `${format.name} (registry)`,
    rules,
    chains: ruleset.chains.size,
    flows: queries.length,
    boxes,
    counts,
    digest: digest.digest('hex').slice(0, 16),
    parseMs: parsed - started,
    loadFlowsMs: loaded - parsed,
    evaluateMs: done - loaded,
    parseCpuMs: cpuParsed - cpuStarted,
    evaluateCpuMs: cpuDone - cpuLoaded,
  }),
);
