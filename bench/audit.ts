// Benchmark: the audit's evaluation of a generated 50,000-rule iptables-save ruleset × 20,000 flows, indexed against linear.
// Run: npm run bench:audit. Results are written down in bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateRuleset } from './generate-ruleset.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS = join(ROOT, 'bench/rss.cjs');
const RULES = Number(process.env.BENCH_AUDIT_RULES ?? 50_000);
const FLOWS = Number(process.env.BENCH_AUDIT_FLOWS ?? 20_000);
const SEED = Number(process.env.BENCH_AUDIT_SEED ?? 1);
const RUNS = Number(process.env.BENCH_AUDIT_RUNS ?? 5);
/** The linear evaluation takes seconds a run: fewer of them keep the benchmark to about a minute. */
const LINEAR_RUNS = Number(process.env.BENCH_AUDIT_LINEAR_RUNS ?? 3);
/** Issue 8, Benchmark: the whole audit process, start to exit. */
const TARGET = { ms: 2000, rssMiB: 500 };

/** What the measured process prints (bench/audit-run.ts). */
interface Report {
  parser: string;
  rules: number;
  chains: number;
  flows: number;
  boxes: number;
  counts: Record<string, number>;
  digest: string;
  parseMs: number;
  loadFlowsMs: number;
  evaluateMs: number;
  parseCpuMs: number;
  evaluateCpuMs: number;
}

interface Sample {
  ms: number;
  cpuMs: number;
  rssMiB: number;
  report?: Report;
}

function run(args: string[]): Sample {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', RSS, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const out = r.stdout.trim();
  return {
    ms,
    cpuMs: Number(/portplan-bench-cpu (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) / 1000,
    rssMiB: Number(/portplan-bench-maxrss (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) / 1024,
    ...(out ? { report: JSON.parse(out) as Report } : {}),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const dir = mkdtempSync(join(tmpdir(), 'portplan-bench-audit-'));
try {
  const generated = performance.now();
  const { ruleset, flows, chains } = generateRuleset({ rules: RULES, flows: FLOWS, seed: SEED });
  const rulesFile = join(dir, 'filter.rules');
  const flowsFile = join(dir, 'flows.json');
  writeFileSync(rulesFile, ruleset);
  writeFileSync(flowsFile, JSON.stringify({ flows }));
  const generateMs = performance.now() - generated;
  // The measured program, bundled like the CLI (scripts/build.mjs): one file, no module loading.
  const program = join(dir, 'audit-run.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['./bench/audit-run.ts'],
    outfile: program,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as portplanRequire } from 'node:module'; const require = portplanRequire(import.meta.url);",
    },
  });

  const commands = {
    baseline: ['-e', '0'],
    indexed: [program, rulesFile, flowsFile, 'indexed'],
    linear: [program, rulesFile, flowsFile, 'linear'],
  };
  const loadBefore = loadavg().map((l) => l.toFixed(2));
  // One warm-up each (file cache), then the runs interleaved, so that a busier moment of a shared
  // machine falls on all three alike.
  run(commands.baseline);
  run(commands.indexed);
  const samples: Record<keyof typeof commands, Sample[]> = { baseline: [], indexed: [], linear: [] };
  for (let i = 0; i < Math.max(RUNS, LINEAR_RUNS); i++) {
    if (i < RUNS) samples.baseline.push(run(commands.baseline));
    if (i < RUNS) samples.indexed.push(run(commands.indexed));
    if (i < LINEAR_RUNS) samples.linear.push(run(commands.linear));
  }
  const loadAfter = loadavg().map((l) => l.toFixed(2));

  const reports = [...samples.indexed, ...samples.linear].map((s) => s.report as Report);
  const first = reports[0] as Report;
  const differ = reports.filter((r) => r.digest !== first.digest).length;
  if (differ > 0)
    throw new Error(`${differ} runs gave other verdicts than the first (indexed and linear must agree)`);

  console.log(
    `node ${process.version}; load average ${loadBefore.join(', ')} before the runs, ${loadAfter.join(', ')} after (1, 5, 15 min)`,
  );
  console.log(
    `ruleset: ${first.rules} rules in ${first.chains} chains (FORWARD and ${chains} user chains), ` +
      `${(ruleset.length / 1024 / 1024).toFixed(1)} MiB, seed ${SEED}; read by ${first.parser}`,
  );
  console.log(
    `flows: ${first.flows}, ${first.boxes} boxes decided; ` +
      `${Object.entries(first.counts)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}; ` +
      `indexed and linear verdicts and deciding rules identical in every run (digest ${first.digest}); generated in ${(generateMs / 1000).toFixed(1)} s\n`,
  );
  const base = median(samples.baseline.map((s) => s.ms));
  const indexedEval = median(samples.indexed.map((s) => s.report?.evaluateMs ?? Number.NaN));
  console.log(
    '| command | runs | median ms | min ms | × baseline | CPU ms | read ruleset ms (CPU) | evaluate ms (CPU) | evaluate × indexed | peak RSS MiB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const rows: [string, Sample[]][] = [
    ['baseline: node -e 0', samples.baseline],
    ['audit, indexed (evaluate)', samples.indexed],
    ['audit, linear first match (evaluateLinear)', samples.linear],
  ];
  for (const [name, ss] of rows) {
    const ms = median(ss.map((s) => s.ms));
    const evaluate = median(ss.map((s) => s.report?.evaluateMs ?? Number.NaN));
    const cells = [
      ss.length,
      ms.toFixed(0),
      Math.min(...ss.map((s) => s.ms)).toFixed(0),
      (ms / base).toFixed(1),
      median(ss.map((s) => s.cpuMs)).toFixed(0),
      ss[0]?.report
        ? `${median(ss.map((s) => s.report?.parseMs ?? 0)).toFixed(0)} (${median(ss.map((s) => s.report?.parseCpuMs ?? 0)).toFixed(0)})`
        : '',
      ss[0]?.report
        ? `${evaluate.toFixed(0)} (${median(ss.map((s) => s.report?.evaluateCpuMs ?? 0)).toFixed(0)})`
        : '',
      ss[0]?.report ? (evaluate / indexedEval).toFixed(1) : '',
      Math.max(...ss.map((s) => s.rssMiB)).toFixed(0),
    ];
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  const indexedMs = median(samples.indexed.map((s) => s.ms));
  const indexedRss = Math.max(...samples.indexed.map((s) => s.rssMiB));
  const met = indexedMs < TARGET.ms && indexedRss < TARGET.rssMiB;
  console.log(
    `\naudit of ${first.rules} rules × ${first.flows} flows, start to exit: ${indexedMs.toFixed(0)} ms, ${indexedRss.toFixed(0)} MiB; ` +
      `target under ${TARGET.ms} ms and ${TARGET.rssMiB} MB: ${met ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
