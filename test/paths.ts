// Paths tests share: the repo root, the built CLI, the made-up vendor document, and the real one when it is found.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = fileURLToPath(new URL('../bin/portplan.js', import.meta.url));

/** The made-up document in the vendor's table format that import and diff are tested on. */
export const FIXTURE_DOC = fileURLToPath(new URL('fixtures/vendor-doc/firewall-ports.md', import.meta.url));

/** Where CI keeps the real vendor document: ../shared/reference/ beside the repo. */
export const SHARED_VENDOR_DOC = fileURLToPath(
  new URL('../../shared/reference/saas-connector-firewall-ports.md', import.meta.url),
);

/** The environment variable that names the real vendor document, or `none` to skip the tests that need it. */
export const VENDOR_DOC_ENV = 'PORTPLAN_VENDOR_DOC';

/** The real vendor document's path, or why the tests that compare with it are skipped. */
export type VendorDocument = { found: true; path: string } | { found: false; skip: string };

/**
 * Find the real vendor document: `PORTPLAN_VENDOR_DOC` when set (`none` skips on purpose), else
 * ../shared/reference/ beside the repo. A path the variable names that does not exist throws:
 * whoever set it asked for the comparison, so it must not be skipped quietly.
 */
export function findVendorDocument(
  env: Record<string, string | undefined> = process.env,
  shared: string = SHARED_VENDOR_DOC,
): VendorDocument {
  const named = env[VENDOR_DOC_ENV];
  if (named === 'none') {
    return { found: false, skip: `${VENDOR_DOC_ENV}=none` };
  }
  if (named) {
    const path = resolve(named);
    if (!existsSync(path)) {
      throw new Error(
        `${VENDOR_DOC_ENV}=${named}: no such file (set it to the vendor document, or to "none")`,
      );
    }
    return { found: true, path };
  }
  if (existsSync(shared)) return { found: true, path: shared };
  return {
    found: false,
    skip: `${shared} is absent and ${VENDOR_DOC_ENV} is not set`,
  };
}

/** The line `npm test` prints once when the comparison with the real document does not run. */
export function vendorSkipLine(doc: VendorDocument): string | undefined {
  return doc.found
    ? undefined
    : `Skipped the tests against the real vendor document: ${doc.skip} (see README, Development).`;
}

/** The real vendor document, found once per test file. */
export const VENDOR: VendorDocument = findVendorDocument();

/**
 * The real vendor document's text, for tests inside `describe.skipIf(!VENDOR.found)`. vitest runs a
 * skipped describe's body to list its tests, so read it in `beforeAll` or a test, not in the body.
 */
export function readVendorDocument(): string {
  if (!VENDOR.found) throw new Error(`The vendor document is not available: ${VENDOR.skip}`);
  return readFileSync(VENDOR.path, 'utf8');
}

/**
 * A made-up vendor document's text: by default the whole document; `kubernetes-section.md` is a
 * section of a workload portplan does not know, to append to it.
 */
export function readFixtureDocument(name = 'firewall-ports.md'): string {
  return readFileSync(new URL(`fixtures/vendor-doc/${name}`, import.meta.url), 'utf8');
}
