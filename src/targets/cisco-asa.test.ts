// The cisco-asa target: every line one of the ASA command forms (test/appliance-grammar.ts), names and remarks within limits.
import { describe, expect, it } from 'vitest';
import { parseCiscoAsa as parse } from '../../test/appliance-grammar.js';
import { hostileRule, MIXED, renderInventory, renderText } from './_appliance-cases.js';
import { ciscoAsa, remark } from './cisco-asa.js';

describe('cisco-asa', () => {
  it('writes only the forms of its grammar, for IPv4, IPv6, ranges and host names', () => {
    const text = renderInventory(ciscoAsa, MIXED);
    const { names } = parse(text);
    expect(new Set(names).size).toBe(names.length);
    expect(text).toMatch(/^ subnet 2001:db8:30::\/120$/m);
    expect(text).toMatch(/^ range 10\.99\.1\.10 10\.99\.1\.40$/m);
    expect(text).toMatch(/^ fqdn vc01\.corp\.example$/m);
    expect(text).toMatch(/^ subnet 10\.30\.0\.0 255\.255\.255\.240$/m);
  });

  it('keeps hostile names and remarks on their own line, within 100 printable characters', () => {
    const text = renderText(ciscoAsa, [hostileRule()]);
    parse(text);
    expect(text.split('\n').filter((l) => l.includes('extended permit'))).toHaveLength(1);
    expect(remark('a\nb')).toBe('a b');
    expect(remark('x'.repeat(300))).toHaveLength(100);
    expect(text).toMatch(/^ port-object range 11113 11117$/m);
  });
});
