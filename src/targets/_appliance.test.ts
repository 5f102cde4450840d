// The appliance targets' shared helpers: names within limits that never collide, text on one line.
import { describe, expect, it } from 'vitest';
import { cutText, objectName, oneLine } from './_appliance.js';

describe('objectName', () => {
  it('keeps a clean name and hashes a changed one', () => {
    const chars = /[A-Za-z0-9._-]/;
    expect(objectName('pp-', 'sc-01', 63, chars)).toBe('pp-sc-01');
    const a = objectName('pp-', '2001:db8::/64', 63, chars);
    expect(a).toMatch(/^pp-2001_db8___64-[0-9a-f]{6}$/);
    expect(objectName('pp-', '2001_db8::/64', 63, chars)).not.toBe(a);
    const long = objectName('pp-', 'x'.repeat(200), 63, chars);
    expect(long).toHaveLength(63);
    expect(objectName('pp-', `${'x'.repeat(200)}y`, 63, chars)).not.toBe(long);
  });
});

describe('oneLine and cutText', () => {
  it('turn line breaks and control characters into spaces, and cut by characters', () => {
    expect(oneLine('a\nb\r\u0000c\u2028d"e', /"/g)).toBe("a b  c d'e");
    expect(cutText('abcdef', 4)).toBe('abc…');
    expect([...cutText('😀'.repeat(10), 4)]).toHaveLength(4);
  });
});
