// Tests of printable and printableJson: every kind of control character written out, the rest left alone.
import { describe, expect, it } from 'vitest';
import { formatProblem, UsageError } from '../errors.js';
import { printable, printableJson } from './printable.js';

describe('printable', () => {
  it.each([
    ['an ANSI clear-screen', 'regoin\x1b[2J', 'regoin\\x1b[2J'],
    ['a window-title sequence with BEL', 'Witness\x1b]0;pwned\x07', 'Witness\\x1b]0;pwned\\x07'],
    ['NUL, tab, newline and carriage return', 'a\0b\tc\nd\re', 'a\\x00b\\x09c\\x0ad\\x0de'],
    ['DEL and a C1 CSI', 'x\x7fy\u009bz', 'x\\x7fy\\x9bz'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['bidi overrides and isolates', 'vc01\u202eelpmaxe\u2066\u2069', 'vc01\\u202eelpmaxe\\u2066\\u2069'],
    ['marks that reorder text', '\u061c\u200e\u200f', '\\u061c\\u200e\\u200f'],
    ['printable text, accents and emoji', 'Zürich → 10.0.0.1 ✓ 🙂', 'Zürich → 10.0.0.1 ✓ 🙂'],
  ])('writes out %s', (_, input, shown) => {
    expect(printable(input)).toBe(shown);
  });
});

describe('printableJson', () => {
  it('escapes what JSON.stringify leaves raw, keeps the layout, and means the same value', () => {
    const value = { cell: 'Witness\x1b]0;pwned\x07 \u202eok\u009b\u2028' };
    const json = printableJson(JSON.stringify(value, null, 2));
    expect(json).toBe('{\n  "cell": "Witness\\u001b]0;pwned\\u0007 \\u202eok\\u009b\\u2028"\n}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('formatProblem', () => {
  it('writes out control characters of the file, field and message', () => {
    expect(
      formatProblem({
        file: 'site\x1b.yaml',
        position: { line: 2, column: 3 },
        field: 'cloud.regoin\x1b[2J',
        message: 'unknown field \u202e',
      }),
    ).toBe('site\\x1b.yaml:2:3: cloud.regoin\\x1b[2J: unknown field \\u202e');
  });
});

describe('PortplanError', () => {
  it('writes out control characters of its message, line by line', () => {
    expect(new UsageError('unknown value "\x1b[31mred"\nsecond line \u202e').message).toBe(
      'unknown value "\\x1b[31mred"\nsecond line \\u202e',
    );
  });
});
