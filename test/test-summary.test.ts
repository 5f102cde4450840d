// scripts/test-summary.mjs, the closing line of `npm test`, on the report of a real vitest run over broken test files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './paths.js';

const SUMMARY = join(ROOT, 'scripts/test-summary.mjs');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

function summarize(report: string): { status: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [SUMMARY, report], { encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.trimEnd().split('\n') };
}

describe('the closing line of npm test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-summary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Run vitest on `files` (name → source) in a directory of their own and return its JSON report's path. */
  function runVitest(name: string, files: Record<string, string>): string {
    const root = join(dir, name);
    const report = join(root, 'report.json');
    mkdirSync(root, { recursive: true });
    // globals: the files live outside the repo, where `import 'vitest'` would not resolve.
    writeFileSync(
      join(root, 'vitest.config.mjs'),
      "export default { test: { include: ['*.check.mjs'], globals: true } };\n",
    );
    for (const [file, source] of Object.entries(files)) writeFileSync(join(root, file), source);
    spawnSync(
      process.execPath,
      [
        VITEST,
        'run',
        '--root',
        root,
        '--config',
        join(root, 'vitest.config.mjs'),
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      { encoding: 'utf8', cwd: root },
    );
    return report;
  }

  it('counts a test file that fails to load as a failure, beside the failed and skipped tests', () => {
    const report = runVitest('mixed', {
      'broken.check.mjs': "import './missing-module.mjs';\ntest('never runs', () => {});\n",
      'failing.check.mjs': "test('fails', () => { throw new Error('no'); });\n",
      'passing.check.mjs': "test('passes', () => {});\ntest.skip('later', () => {});\n",
    });
    const r = summarize(report);
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^failed to run \(counted as 1 failed\): .*broken\.check\.mjs: Cannot find module '\.\/missing-module\.mjs'/,
      ),
      'tests: 1 passed, 2 failed, 1 skipped',
    ]);
    expect(r.status).toBe(1);
  });

  it('says "0 failed" and exits 0 only when every file ran and every test passed', () => {
    const r = summarize(runVitest('green', { 'passing.check.mjs': "test('passes', () => {});\n" }));
    expect(r).toEqual({ status: 0, lines: ['tests: 1 passed, 0 failed'] });
  });

  it('fails when vitest left no report, or a report with no tests', () => {
    const missing = summarize(join(dir, 'no-such-report.json'));
    expect(missing.status).toBe(1);
    expect(missing.lines).toEqual([expect.stringMatching(/^tests: no report from vitest \(ENOENT/)]);
    const empty = join(dir, 'empty.json');
    writeFileSync(
      empty,
      JSON.stringify({
        numPassedTests: 0,
        numFailedTests: 0,
        numPendingTests: 0,
        numTodoTests: 0,
        numTotalTests: 0,
        testResults: [],
      }),
    );
    expect(summarize(empty)).toEqual({ status: 1, lines: ['tests: 0 passed, 0 failed (no test ran)'] });
  });
});
