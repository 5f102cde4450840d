// Plain-text tables: padding, stacked cells, and wrapping to a terminal's width.
import { describe, expect, it } from 'vitest';
import { textTable, wrapLine } from './tables.js';

describe('wrapLine', () => {
  it('breaks at spaces, and cuts a word longer than the column', () => {
    expect(wrapLine('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapLine('short', 10)).toEqual(['short']);
    expect(wrapLine('a verylongword b', 5)).toEqual(['a', 'veryl', 'ongwo', 'rd b']);
    expect(wrapLine('helios-data.cohesity.com', 12)).toEqual(['helios-data.', 'cohesity.com']);
    expect(wrapLine('', 5)).toEqual(['']);
  });
});

describe('textTable', () => {
  it('pads columns and stacks cells of several lines', () => {
    expect(textTable(['A', 'B'], [['1', ['x', 'y']]])).toBe('A  B\n1  x\n   y\n');
  });

  it('leaves a table that fits as it is', () => {
    expect(textTable(['A', 'B'], [['1', 'two words']], 80)).toBe(textTable(['A', 'B'], [['1', 'two words']]));
  });

  it('narrows the widest column first and wraps its cells within it', () => {
    const rows = [['r1', 'alpha beta gamma delta epsilon', 'x']];
    expect(textTable(['ID', 'PURPOSE', 'REF'], rows, 24)).toBe(
      ['ID  PURPOSE          REF', 'r1  alpha beta       x', '    gamma delta', '    epsilon', ''].join('\n'),
    );
  });

  it('keeps words whole when the table fits that way', () => {
    const out = textTable(['ID', 'TEXT'], [['connector', 'alpha beta gamma']], 21);
    expect(out).toBe(['ID         TEXT', 'connector  alpha beta', '           gamma', ''].join('\n'));
  });

  it('cuts long words at dots and hyphens, down to the headers, when it cannot', () => {
    const out = textTable(['HOST', 'P'], [['*.s3.us-west-2.amazonaws.com', '443']], 20);
    expect(out).toBe(['HOST             P', '*.s3.us-west-2.  443', 'amazonaws.com', ''].join('\n'));
    // Headers wider than the terminal: the table overflows rather than cut the headers.
    expect(textTable(['IDENTIFIER', 'X'], [['a', 'b']], 5).split('\n')[0]).toBe('IDENTIFIER  X');
  });
});
