// Run checkPlan over plans given as JSON on standard input, one run after another, and print their
// results with the process's active resources before the first and after the last: how the safety
// tests see, from inside a lab namespace, that a check leaves no socket or timer behind.
import { readFileSync } from 'node:fs';
import { type CheckOptions, checkPlan } from '../../src/check/check.js';
import type { Plan } from '../../src/plan/types.js';

interface Run {
  plan: Plan;
  options: CheckOptions;
}

const runs = JSON.parse(readFileSync(0, 'utf8')) as Run[];
const before = process.getActiveResourcesInfo();
const results = [];
for (const { plan, options } of runs) results.push(await checkPlan(plan, options));
// A socket closed in the last moment is gone after the loop's close phase, which follows the check
// phase: the second setImmediate runs after it. A leaked socket would still be listed then.
await new Promise((r) => setImmediate(() => setImmediate(r)));
const after = process.getActiveResourcesInfo();
// When the check was over: the caller times how long the process takes to exit after it.
process.stdout.write(JSON.stringify({ results, before, after, doneAt: Date.now() }));
