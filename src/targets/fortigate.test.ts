// The fortigate target: every line one of the FortiOS CLI forms written here, in its block, names within limits.
import { describe, expect, it } from 'vitest';
import { hostileRule, MIXED, renderInventory, renderText } from './_appliance-cases.js';
import { FORTI_NAME, fortigate, fortiString } from './fortigate.js';

// The statement forms portplan writes, per `config` block, from the FortiOS CLI Reference
// (https://docs.fortinet.com/document/fortigate/7.4.0/cli-reference: config firewall address,
// address6, addrgrp, addrgrp6, service custom, policy) and the wildcard FQDN cookbook page
// (https://docs.fortinet.com/document/fortigate/6.2.0/cookbook/217973). Strings are double-quoted
// with `\"` and `\\` as the only escapes.
const NAME = '"([A-Za-z0-9][A-Za-z0-9._-]{0,78})"';
const STRING = '"(?:[^"\\\\\\p{Cc}]|\\\\["\\\\])*"';
const V4 = '\\d{1,3}(?:\\.\\d{1,3}){3}';
const V6 = '[0-9a-f:]+';
const PORTS = '\\d+(?:-\\d+)?(?: \\d+(?:-\\d+)?)*';
const SETS: Readonly<Record<string, readonly RegExp[]>> = {
  'firewall address': [
    /^set type (?:ipmask|iprange|fqdn)$/,
    new RegExp(`^set subnet ${V4} ${V4}$`),
    new RegExp(`^set (?:start|end)-ip ${V4}$`),
    /^set fqdn "(?:\*\.)?[A-Za-z0-9.-]+"$/,
  ],
  'firewall address6': [
    /^set type iprange$/,
    new RegExp(`^set ip6 ${V6}/\\d{1,3}$`),
    new RegExp(`^set (?:start|end)-ip ${V6}$`),
  ],
  'firewall addrgrp': [new RegExp(`^set member ${NAME}(?: ${NAME})*$`)],
  'firewall addrgrp6': [new RegExp(`^set member ${NAME}(?: ${NAME})*$`)],
  'firewall service custom': [new RegExp(`^set (?:tcp|udp)-portrange ${PORTS}$`)],
  'firewall policy': [
    /^set name "pp-r\d{3,}[A-Za-z0-9-]*"$/,
    /^set (?:srcintf|dstintf) "any"$/,
    new RegExp(`^set (?:srcaddr|dstaddr|srcaddr6|dstaddr6) (?:"all"|${NAME})$`),
    /^set action accept$/,
    /^set schedule "always"$/,
    new RegExp(`^set service ${NAME}$`),
    new RegExp(`^set comments ${STRING}$`, 'u'),
  ],
};

/** Parses the whole output as config blocks of edits; returns the names it defines. */
function parse(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  const names: string[] = [];
  let block: string | undefined;
  let inEdit = false;
  for (const line of text.slice(0, -1).split('\n')) {
    if (block === undefined) {
      if (/^# [^\n]*$/.test(line)) continue;
      block = /^config (.+)$/.exec(line)?.[1];
      expect(block && block in SETS, line).toBe(true);
    } else if (!inEdit) {
      if (line === 'end') block = undefined;
      else {
        const m = /^ {4}edit (?:0|"([^"]+)")$/.exec(line);
        expect(m, line).not.toBeNull();
        if (m?.[1]) {
          expect(m[1]).toMatch(FORTI_NAME);
          names.push(m[1]);
        }
        inEdit = true;
      }
    } else if (line === '    next') inEdit = false;
    else {
      expect(line.startsWith('        '), line).toBe(true);
      expect(
        SETS[block]?.some((r) => r.test(line.slice(8))),
        `${block}: ${line}`,
      ).toBe(true);
    }
  }
  expect(block).toBeUndefined();
  return names;
}

describe('fortigate', () => {
  it('writes only the forms of its grammar, for IPv4, IPv6, ranges, host names and wildcards', () => {
    const text = renderInventory(fortigate, MIXED);
    const names = parse(text);
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
