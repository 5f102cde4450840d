// Run probes as test/lab/run-probes.ts does, each task with its own private CAs to trust (`ca`, PEM
// text): the scheduler does not yet carry `--ca-file` to probers, so the runner hands it on.
import { readFileSync } from 'node:fs';
import { runProbes } from '../../src/check/scheduler.js';
import type { Prober, ProbeTarget } from '../../src/probe/_prober.js';
import { PROBERS } from '../../src/probe/registry.js';

interface Task {
  prober: string;
  target: ProbeTarget;
  ca?: string[];
}

const {
  tasks,
  timeoutMs = 1000,
  retries = 1,
} = JSON.parse(readFileSync(0, 'utf8')) as {
  tasks: Task[];
  timeoutMs?: number;
  retries?: number;
};
const withCa = (prober: Prober, ca: string[] | undefined): Prober =>
  ca
    ? { ...prober, probe: (target, options, context) => prober.probe(target, { ...options, ca }, context) }
    : prober;
const results = await runProbes(
  tasks.map((t, key) => {
    const prober = PROBERS.find((p) => p.name === t.prober);
    if (!prober) throw new Error(`no prober ${t.prober}`);
    return { key, prober: withCa(prober, t.ca), target: t.target };
  }),
  { timeoutMs, retries },
);
process.stdout.write(
  JSON.stringify(results.map((r) => ({ ...r.result, attempts: r.attempts, port: r.task.target.port }))),
);
