// The cisco-asa target: every line one of the ASA command forms written here, names and remarks within limits.
import { describe, expect, it } from 'vitest';
import { hostileRule, MIXED, renderInventory, renderText } from './_appliance-cases.js';
import { ACL_NAME, ASA_NAME, ciscoAsa, remark } from './cisco-asa.js';

// The command forms portplan writes, from the Cisco ASA Series Command Reference
// (https://www.cisco.com/c/en/us/td/docs/security/asa/asa-cli-reference/): `object network`
// with host, subnet (IPv4 address and mask, or IPv6 prefix), range and fqdn; `object-group
// network` with network-object object; `object-group service NAME tcp|udp` with port-object eq or
// range; `access-list NAME remark TEXT` (at most 100 characters) and `access-list NAME extended
// permit PROTOCOL SOURCE DESTINATION [object-group SERVICE]`.
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]{0,63}';
const V4 = '\\d{1,3}(?:\\.\\d{1,3}){3}';
const V6 = '[0-9a-f:]+';
const END = `(?:any|object ${NAME}|object-group ${NAME})`;
const TOP = [
  /^! [^\n]*$/,
  new RegExp(`^object network (${NAME})$`),
  new RegExp(`^object-group network (${NAME})$`),
  new RegExp(`^object-group service (${NAME}) (?:tcp|udp)$`),
  new RegExp(`^access-list ${ACL_NAME} remark [\\x20-\\x7e]{1,100}$`),
  new RegExp(`^access-list ${ACL_NAME} extended permit (?:tcp|udp) ${END} ${END}(?: object-group ${NAME})?$`),
];
const INSIDE: Readonly<Record<string, readonly RegExp[]>> = {
  'object network': [
    new RegExp(`^ host (?:${V4}|${V6})$`),
    new RegExp(`^ subnet (?:${V4} ${V4}|${V6}/\\d{1,3})$`),
    new RegExp(`^ range (?:${V4} ${V4}|${V6} ${V6})$`),
    /^ fqdn [A-Za-z0-9.-]+$/,
  ],
  'object-group network': [new RegExp(`^ network-object object ${NAME}$`)],
  'object-group service': [/^ port-object (?:eq \d+|range \d+ \d+)$/],
};

function parse(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  const names: string[] = [];
  let mode: string | undefined;
  for (const line of text.slice(0, -1).split('\n')) {
    if (line.startsWith(' ')) {
      expect(mode && INSIDE[mode]?.some((r) => r.test(line)), `${mode}: ${line}`).toBe(true);
      continue;
    }
    const form = TOP.find((r) => r.test(line));
    expect(form, line).toBeDefined();
    mode = /^(object network|object-group network|object-group service)/.exec(line)?.[1];
    const name = form?.exec(line)?.[1];
    if (name) {
      expect(name).toMatch(ASA_NAME);
      names.push(name);
    }
  }
  return names;
}

describe('cisco-asa', () => {
  it('writes only the forms of its grammar, for IPv4, IPv6, ranges and host names', () => {
    const text = renderInventory(ciscoAsa, MIXED);
    const names = parse(text);
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
