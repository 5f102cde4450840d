// Output helpers: CSV quoting, port lists, and the plan JSON envelope.
import { describe, expect, it } from 'vitest';
import { markdownCell } from '../common/tables.js';
import { csvField, formatPorts, planToJson } from './format.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('formatPorts', () => {
  it('lists ports and ranges, or any', () => {
    expect(formatPorts([80, 443])).toBe('80, 443');
    expect(formatPorts([53], [[1000, 2000]])).toBe('53, 1000-2000');
    expect(formatPorts('any')).toBe('any');
  });
});

describe('markdownCell', () => {
  it('escapes pipes, asterisks, backslashes and angle brackets, and joins lines with <br>', () => {
    expect(markdownCell('a|b *c* \\d <e>')).toBe('a\\|b \\*c\\* \\\\d &lt;e>');
    expect(markdownCell(['x', 'y'])).toBe('x<br>y');
  });
});

describe('planToJson', () => {
  it('wraps flows in a versioned envelope, with rules only when asked', () => {
    const plan = {
      catalog: { name: 'c', source: 's' },
      region: 'us-east-1',
      flows: [],
      openings: [],
      warnings: ['w'],
    };
    expect(JSON.parse(planToJson(plan))).toEqual({
      format: 'portplan-plan',
      version: 1,
      catalog: { name: 'c', source: 's' },
      region: 'us-east-1',
      warnings: ['w'],
      flows: [],
    });
    expect(JSON.parse(planToJson(plan, [])).rules).toEqual([]);
  });
});
