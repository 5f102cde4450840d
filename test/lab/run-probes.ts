// Run probes given as JSON on standard input and print their results: how tests probe from inside a
// lab namespace, since a Node process cannot move itself into one.
import { readFileSync } from 'node:fs';
import { runProbes } from '../../src/check/scheduler.js';
import type { ProbeTarget } from '../../src/probe/_prober.js';
import { PROBERS } from '../../src/probe/registry.js';

interface Task {
  prober: string;
  target: ProbeTarget;
  query?: string;
}

interface Settings {
  tasks: Task[];
  timeoutMs?: number;
  retries?: number;
  concurrency?: number;
  deadlineMs?: number;
}
const input = JSON.parse(readFileSync(0, 'utf8')) as Settings | Task[];
const settings: Settings = Array.isArray(input) ? { tasks: input } : input;
const { tasks, timeoutMs = 1000, retries = 1, concurrency, deadlineMs } = settings;
const results = await runProbes(
  tasks.map((t, key) => {
    const prober = PROBERS.find((p) => p.name === t.prober);
    if (!prober) throw new Error(`no prober ${t.prober}`);
    return { key, prober, target: t.target, ...(t.query ? { query: t.query } : {}) };
  }),
  { timeoutMs, retries, ...(concurrency ? { concurrency } : {}), ...(deadlineMs ? { deadlineMs } : {}) },
);
process.stdout.write(
  JSON.stringify(
    results.map((r) => ({
      ...r.result,
      attempts: r.attempts,
      address: r.task.target.address,
      port: r.task.target.port,
    })),
  ),
);
