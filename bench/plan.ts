// Benchmark: plan + CSV for a generated 20,000-host inventory, and CLI start-up, with a bare-node baseline.
// Run: npm run bench (after npm run build). Results are written down in bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInventory } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/portplan.js');
const RSS = join(ROOT, 'bench/rss.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 20_000);

interface Sample {
  ms: number;
  rssMiB: number;
}

function run(args: string[]): Sample {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', RSS, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const kib = Number(/portplan-bench-maxrss (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, rssMiB: kib / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function measure(name: string, args: string[]) {
  run(args); // warm the file cache
  const samples = Array.from({ length: RUNS }, () => run(args));
  return {
    name,
    ms: median(samples.map((s) => s.ms)),
    min: Math.min(...samples.map((s) => s.ms)),
    rss: Math.max(...samples.map((s) => s.rssMiB)),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'portplan-bench-'));
try {
  const inventory = join(dir, 'inventory.yaml');
  writeFileSync(inventory, generateInventory({ hosts: HOSTS }));
  const out = join(dir, 'plan.csv');
  const rows = [
    measure('baseline: node -e 0', ['-e', '0']),
    measure('portplan --version', [CLI, '--version']),
    measure(`portplan plan (${HOSTS} hosts) --format csv`, [
      CLI,
      'plan',
      inventory,
      '--format',
      'csv',
      '-o',
      out,
    ]),
    measure(`portplan plan (${HOSTS} hosts) --rules --format csv`, [
      CLI,
      'plan',
      inventory,
      '--rules',
      '--format',
      'csv',
      '-o',
      out,
    ]),
  ];
  const base = rows[0]?.ms ?? 1;
  console.log(`node ${process.version}, ${RUNS} runs each, median wall time; peak RSS is the largest seen\n`);
  console.log('| command | median ms | min ms | × baseline | peak RSS MiB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.ms.toFixed(0)} | ${r.min.toFixed(0)} | ${(r.ms / base).toFixed(1)} | ${r.rss.toFixed(0)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
