// The audit against the kernel, a long run: seeded random iptables rulesets loaded into a namespace
// router, real connections across it, and every flow's audit verdict compared with what the kernel did.
//
//   sudo npx tsx scripts/audit-kernel-proof.ts [--seed N] [--rulesets R] [--flows F] [--timeout MS] [--print]
//
// Seeds N, N+1, … N+R-1 (default: a random N, printed first, 200 rulesets, 40 flows each, 1500 ms).
// Every disagreement is printed with its seed; `--seed S --rulesets 1 --print` reproduces one and
// prints its ruleset. Exit 0 when the audit agreed on every flow, 1 when not. Needs root (network
// namespaces), iptables-restore and node; it adds no route out of 198.18.0.0/15 and removes what it made.
import { randomRuleset } from '../test/lab/iptables-random.js';
import { createRouter, type Disagreement, proveSeed } from '../test/lab/kernel-proof.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`--${name} takes a whole number\n`);
    process.exit(2);
  }
  return value;
}

const seed = option('seed', Math.floor(Math.random() * 1_000_000));
const rulesets = option('rulesets', 200);
const flows = option('flows', 40);
const timeout = option('timeout', 1500);
const print = process.argv.includes('--print');

process.stdout.write(`seeds ${seed}..${seed + rulesets - 1}, ${flows} flows each\n`);
const router = await createRouter();
const disagreements: Disagreement[] = [];
let checked = 0;
const started = Date.now();
try {
  for (let s = seed; s < seed + rulesets; s++) {
    if (print) process.stdout.write(`${randomRuleset(s)}\n`);
    const found = proveSeed(router, s, flows, timeout);
    checked += flows;
    for (const d of found) {
      disagreements.push(d);
      process.stdout.write(
        `seed ${d.seed}: ${d.flow.from} > ${d.flow.to} ${d.flow.port}/${d.flow.transport}: kernel ${d.kernel}, audit ${d.audit} (${d.deciding.join('; ')})\n`,
      );
    }
    if ((s - seed + 1) % 20 === 0) process.stdout.write(`… ${s - seed + 1} rulesets, ${checked} flows\n`);
  }
} finally {
  router.remove();
}
process.stdout.write(
  `${checked} flows over ${rulesets} rulesets in ${((Date.now() - started) / 1000).toFixed(1)} s: ${
    disagreements.length === 0
      ? 'the audit agreed with the kernel on every one'
      : `${disagreements.length} disagreements`
  }\n`,
);
process.exit(disagreements.length === 0 ? 0 : 1);
