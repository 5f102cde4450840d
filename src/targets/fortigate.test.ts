// The fortigate target: every line one of the FortiOS CLI forms (test/appliance-grammar.ts), in its block, names within limits.
import { describe, expect, it } from 'vitest';
import { parseFortigate as parse } from '../../test/appliance-grammar.js';
import { hostileRule, MIXED, renderInventory, renderText } from './_appliance-cases.js';
import { fortigate, fortiString } from './fortigate.js';

describe('fortigate', () => {
  it('writes only the forms of its grammar, for IPv4, IPv6, ranges, host names and wildcards', () => {
    const text = renderInventory(fortigate, MIXED);
    const { names } = parse(text);
    expect(new Set(names).size).toBe(names.length);
    expect(text).toContain('        set fqdn "*.cloudfront.net"');
    expect(text).toContain('        set ip6 2001:db8:30::/120');
    expect(text).toMatch(/set start-ip 10\.99\.1\.10\n {8}set end-ip 10\.99\.1\.40/);
    expect(text).toMatch(/set srcaddr6 "[^"]+"\n {8}set dstaddr6/);
  });

  it('keeps hostile names and comments inside names and escaped strings', () => {
    const text = renderText(fortigate, [hostileRule()]);
    parse(text);
    expect(text.split('\n').filter((l) => l.startsWith('config '))).toHaveLength(4);
    expect(fortiString('a"b\\c\nd', 100)).toBe('"a\\"b\\\\c d"');
    expect(text).toMatch(/set tcp-portrange 1000 1001 .* 1019 11113-11117$/m);
  });
});
