// Where the tests find the real vendor document, and when they skip the comparison with it.
import { describe, expect, it } from 'vitest';
import { FIXTURE_DOC, findVendorDocument, vendorSkipLine } from './paths.js';

const ABSENT = '/nonexistent/shared/reference/saas-connector-firewall-ports.md';

describe('findVendorDocument', () => {
  it('uses ../shared/reference/ beside the repo when PORTPLAN_VENDOR_DOC is not set', () => {
    expect(findVendorDocument({}, FIXTURE_DOC)).toEqual({ found: true, path: FIXTURE_DOC });
    expect(findVendorDocument({ PORTPLAN_VENDOR_DOC: '' }, FIXTURE_DOC)).toEqual({
      found: true,
      path: FIXTURE_DOC,
    });
  });

  it('skips, with one line saying why, when nothing names the document and none is beside the repo', () => {
    const doc = findVendorDocument({}, ABSENT);
    expect(doc).toEqual({ found: false, skip: `${ABSENT} is absent and PORTPLAN_VENDOR_DOC is not set` });
    expect(vendorSkipLine(doc)).toBe(
      `Skipped the tests against the real vendor document: ${ABSENT} is absent and PORTPLAN_VENDOR_DOC is not set (see README, Development).`,
    );
  });

  it('uses the file PORTPLAN_VENDOR_DOC names, before the one beside the repo', () => {
    expect(findVendorDocument({ PORTPLAN_VENDOR_DOC: FIXTURE_DOC }, ABSENT)).toEqual({
      found: true,
      path: FIXTURE_DOC,
    });
    expect(vendorSkipLine({ found: true, path: FIXTURE_DOC })).toBeUndefined();
  });

  it('skips on purpose with PORTPLAN_VENDOR_DOC=none, even when the document is beside the repo', () => {
    expect(findVendorDocument({ PORTPLAN_VENDOR_DOC: 'none' }, FIXTURE_DOC)).toEqual({
      found: false,
      skip: 'PORTPLAN_VENDOR_DOC=none',
    });
  });

  it('fails loudly when PORTPLAN_VENDOR_DOC names a file that does not exist', () => {
    expect(() => findVendorDocument({ PORTPLAN_VENDOR_DOC: '/nonexistent/doc.md' }, FIXTURE_DOC)).toThrow(
      'PORTPLAN_VENDOR_DOC=/nonexistent/doc.md: no such file (set it to the vendor document, or to "none")',
    );
  });
});
