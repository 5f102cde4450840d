// Build dist/ once before the suite, so end-to-end tests run the real `portplan` binary. A failed
// build does not stop unit tests; the end-to-end tests report it (see test/cli.ts). Also says, once
// for the whole run, when the tests against the real vendor document are skipped (test/paths.ts).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findVendorDocument, vendorSkipLine } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    buildError: string;
  }
}

export default function setup(project: TestProject): void {
  // Throws when PORTPLAN_VENDOR_DOC names a missing file, which stops the run before any test.
  const skipped = vendorSkipLine(findVendorDocument());
  if (skipped) console.log(skipped);
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    project.provide('buildError', '');
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    project.provide('buildError', `npm run build failed:\n${e.stdout ?? ''}${e.stderr ?? ''}` || e.message);
  }
}
