// The long run of the nft-json kernel proof: `npx tsx test/lab/nft-proof.ts SEED [ROUNDS] [FLOWS]`
// tries seeds SEED, SEED+1, … and prints every disagreement with the seed that reproduces it.
import { createRouterLab, generateRuleset, proveSeed } from './nft-random.js';

const [seedArg = '1', roundsArg = '50', flowsArg = '60'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const first = Number(seedArg);
const rounds = Number(roundsArg);
const flows = Number(flowsArg);
if (!Number.isInteger(first) || !Number.isInteger(rounds) || !Number.isInteger(flows)) {
  console.error('usage: tsx test/lab/nft-proof.ts SEED [ROUNDS] [FLOWS]');
  process.exit(2);
}
if (process.argv.includes('--print')) {
  process.stdout.write(generateRuleset(first));
  process.exit(0);
}
const lab = await createRouterLab();
let failed = 0;
let checked = 0;
let passed = 0;
try {
  for (let seed = first; seed < first + rounds; seed++) {
    const { disagreements, results, ruleset } = proveSeed(lab, seed, flows);
    checked += flows;
    passed += results.filter((f) => f.passed).length;
    if (disagreements.length > 0) {
      failed++;
      console.log(`seed ${seed}: ${disagreements.length} disagreement(s)\n${ruleset}`);
      for (const d of disagreements)
        console.log(
          `  ${d.flow.from} > ${d.flow.to} ${d.flow.port}/${d.flow.transport}: kernel ${d.kernel}, audit ${d.audit}`,
        );
    }
  }
} finally {
  lab.remove();
}
console.log(
  `${rounds} rulesets, ${checked} flows (${passed} passed the kernel): ${failed === 0 ? 'the audit agrees with the kernel on every one' : `${failed} ruleset(s) disagree`}`,
);
process.exit(failed === 0 ? 0 : 1);
