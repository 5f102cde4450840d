// Benchmark: the plan of generated 20,000- and 100,000-host inventories, CLI start-up, and JSON written as a stream.
// Run: npm run bench (it builds dist/ first). Results are written down in bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInventory } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/portplan.js');
const RSS = join(ROOT, 'bench/rss.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 20_000);
// Each 100,000-host run takes seconds: fewer of them keep the whole benchmark to a few minutes.
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 5);
const LARGE_HOSTS = Number(process.env.BENCH_LARGE_HOSTS ?? 100_000);
const STREAM_RUNS = Number(process.env.BENCH_STREAM_RUNS ?? 3);
/** Issue 5, item 10: `plan --rules --format csv` of the large inventory. */
const TARGET = { ms: 2500, rssMiB: 500 };
const MiB = 1024 * 1024;

interface Sample {
  ms: number;
  /** CPU time of the process (user and system, all its threads): less moved by other work than wall time. */
  cpuMs: number;
  rssMiB: number;
  /** Bytes written to standard output (piped runs only). */
  bytes: number;
}

const peakRss = (stderr: string) =>
  Number(/portplan-bench-maxrss (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
const cpuTime = (stderr: string) => Number(/portplan-bench-cpu (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1000;

function run(args: string[]): Sample {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', RSS, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, cpuMs: cpuTime(r.stderr), rssMiB: peakRss(r.stderr), bytes: r.stdout.length };
}

/**
 * Run with standard output a pipe this process reads as fast as it comes and only counts, so the
 * output is never held whole on either side: the child's peak RSS is what writing to a pipe costs it.
 */
function runPiped(args: string[]): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', RSS, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (status !== 0) reject(new Error(`${args.join(' ')} failed (${status}): ${stderr}`));
      else resolve({ ms, cpuMs: cpuTime(stderr), rssMiB: peakRss(stderr), bytes });
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface Row {
  name: string;
  runs: number;
  ms: number;
  min: number;
  cpu: number;
  rss: number;
}

function measure(name: string, args: string[], runs = RUNS): Row {
  run(args); // warm the file cache
  const samples = Array.from({ length: runs }, () => run(args));
  return {
    name,
    runs,
    ms: median(samples.map((s) => s.ms)),
    min: Math.min(...samples.map((s) => s.ms)),
    cpu: median(samples.map((s) => s.cpuMs)),
    rss: Math.max(...samples.map((s) => s.rssMiB)),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'portplan-bench-'));
const inventoryOf = (hosts: number) => {
  const file = join(dir, `inventory-${hosts}.yaml`);
  writeFileSync(file, generateInventory({ hosts }));
  return file;
};
const plan = (inventory: string, ...flags: string[]) => [CLI, 'plan', inventory, ...flags];

try {
  const load = loadavg().map((l) => l.toFixed(2));
  const small = inventoryOf(HOSTS);
  const large = inventoryOf(LARGE_HOSTS);
  const out = (name: string) => join(dir, name);
  const rows = [
    measure('baseline: node -e 0', ['-e', '0']),
    measure('portplan --version', [CLI, '--version']),
    measure(
      `portplan plan (${HOSTS} hosts) --format csv`,
      plan(small, '--format', 'csv', '-o', out('a.csv')),
    ),
    measure(
      `portplan plan (${HOSTS} hosts) --rules --format csv`,
      plan(small, '--rules', '--format', 'csv', '-o', out('a.csv')),
    ),
    measure(
      `portplan plan (${LARGE_HOSTS} hosts) --rules --format csv`,
      plan(large, '--rules', '--format', 'csv', '-o', out('b.csv')),
      LARGE_RUNS,
    ),
    measure(
      `portplan plan (${LARGE_HOSTS} hosts) --format csv`,
      plan(large, '--format', 'csv', '-o', out('c.csv')),
      LARGE_RUNS,
    ),
    measure(
      `portplan plan (${LARGE_HOSTS} hosts) --format json`,
      plan(large, '--format', 'json', '-o', out('d.json')),
      LARGE_RUNS,
    ),
  ];
  const base = rows[0]?.ms ?? 1;
  console.log(`node ${process.version}; load average before the runs ${load.join(', ')} (1, 5, 15 min)`);
  console.log(
    'median and least wall time of the runs after one warm-up, median CPU time (user + system); peak RSS is the largest seen\n',
  );
  console.log('| command | runs | median ms | min ms | × baseline | CPU ms | peak RSS MiB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const cells = [r.runs, r.ms.toFixed(0), r.min.toFixed(0), (r.ms / base).toFixed(1), r.cpu.toFixed(0)];
    console.log(`| ${r.name} | ${cells.join(' | ')} | ${r.rss.toFixed(0)} |`);
  }
  const rules = rows[4] as Row;
  const met = rules.ms < TARGET.ms && rules.rss < TARGET.rssMiB;
  console.log(
    `\n${rules.name}: target under ${TARGET.ms} ms and ${TARGET.rssMiB} MB: ${met ? 'met' : 'NOT met'} ` +
      `(${(TARGET.ms / base).toFixed(1)} × this run's baseline)`,
  );

  // JSON as a stream: the plan is in memory whatever the format, so peak RSS grows with the
  // inventory; what must not grow with the output is a second copy of the whole text. CSV is written
  // the same way and is a quarter of JSON's size: if JSON's peak exceeded CSV's by about the JSON's
  // size, something would hold it whole. Peak RSS moves by tens of MB from run to run with when the
  // collector runs, so each cell is the median of a few runs.
  console.log(`\nPeak RSS (MiB, median of ${STREAM_RUNS} runs) against output size (MiB):\n`);
  console.log(
    '| hosts | JSON out | CSV out | JSON -o | JSON piped | CSV -o | CSV piped | JSON − CSV, piped |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const hosts of [LARGE_HOSTS / 4, LARGE_HOSTS / 2, LARGE_HOSTS].map(Math.round)) {
    const inventory = hosts === LARGE_HOSTS ? large : inventoryOf(hosts);
    const [jsonFile, csvFile] = [out(`s${hosts}.json`), out(`s${hosts}.csv`)];
    const peak = async (sample: () => Sample | Promise<Sample>) => {
      const samples: Sample[] = [];
      for (let i = 0; i < STREAM_RUNS; i++) samples.push(await sample());
      return { rss: median(samples.map((x) => x.rssMiB)), bytes: samples[0]?.bytes ?? 0 };
    };
    const json = await peak(() => run(plan(inventory, '--format', 'json', '-o', jsonFile)));
    const csv = await peak(() => run(plan(inventory, '--format', 'csv', '-o', csvFile)));
    const jsonPiped = await peak(() => runPiped(plan(inventory, '--format', 'json')));
    const csvPiped = await peak(() => runPiped(plan(inventory, '--format', 'csv')));
    const [jsonSize, csvSize] = [statSync(jsonFile).size, statSync(csvFile).size];
    if (jsonPiped.bytes !== jsonSize || csvPiped.bytes !== csvSize) {
      throw new Error(`piped and -o outputs differ in size for ${hosts} hosts`);
    }
    const cells = [jsonSize / MiB, csvSize / MiB, json.rss, jsonPiped.rss, csv.rss, csvPiped.rss];
    console.log(
      `| ${hosts} | ${[...cells, jsonPiped.rss - csvPiped.rss].map((x) => x.toFixed(0)).join(' | ')} |`,
    );
    rmSync(jsonFile);
    rmSync(csvFile);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
