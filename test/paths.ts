// Paths tests share: the repo root, the built CLI, and the vendor document beside the repo.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = fileURLToPath(new URL('../bin/portplan.js', import.meta.url));
export const VENDOR_DOC = fileURLToPath(
  new URL('../../shared/reference/saas-connector-firewall-ports.md', import.meta.url),
);

/** The vendor document, read from ../shared/reference/; tests that need it fail plainly when it is absent. */
export function readVendorDocument(): string {
  if (!existsSync(VENDOR_DOC)) {
    throw new Error(
      `The vendor document is absent: expected ${VENDOR_DOC} (../shared/reference/ beside the repo, as in CI). ` +
        'Tests that compare the catalog with the document cannot run without it.',
    );
  }
  return readFileSync(VENDOR_DOC, 'utf8');
}
