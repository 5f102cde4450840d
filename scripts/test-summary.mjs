// The closing line of scripts/test.sh from vitest's JSON report: tests passed and failed, where a
// test file that failed to load (no test in it could fail, since none ran) counts as one failure.
// Usage: node scripts/test-summary.mjs REPORT.json; exit 1 when anything failed or nothing ran.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  // No report means vitest itself did not finish: that is a failure, whatever it printed.
  console.log(`tests: no report from vitest (${e.message})`);
  process.exit(1);
}

// A file whose own status is failed while none of its tests failed never ran its tests: an import
// error, a syntax error, a throwing describe() or beforeAll(). vitest's numFailedTests misses it.
const unloaded = (report.testResults ?? []).filter(
  (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
);
for (const f of unloaded) {
  const reason = String(f.message ?? '').split('\n')[0] || 'no message';
  console.log(`failed to run (counted as 1 failed): ${f.name}: ${reason}`);
}
const failed = report.numFailedTests + unloaded.length;
const skipped = report.numPendingTests + report.numTodoTests;
// No test at all means vitest stopped before running any (a global setup that threw, say).
const none = report.numTotalTests === 0 ? ' (no test ran)' : '';
console.log(
  `tests: ${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${none}`,
);
if (failed > 0 || report.numTotalTests === 0) process.exit(1);
