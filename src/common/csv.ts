// CSV fields as RFC 4180 quotes them, safe to open in a spreadsheet.

/**
 * A field with a comma, quote or line break is quoted, quotes doubled; a field a spreadsheet would
 * run as a formula (= + - @ first) gets a leading `'`. Written here rather than with csv-stringify,
 * which took 0.6 s of a 1.5 s budget on a 20,000-host plan (bench/README.md).
 */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
