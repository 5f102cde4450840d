// Tests of address classification: what an inventory or catalog may name, and the injection attempts it must refuse.
import { describe, expect, it } from 'vitest';
import { classifyAddress, isFqdnPattern, isHostname, isIp, placeholders } from './address.js';

/** Characters that mean something to a shell, PowerShell, cmd, a firewall's CLI or a config file. */
const METACHARACTERS = [
  ';',
  '|',
  '&',
  '$',
  '`',
  "'",
  '"',
  '\\',
  ' ',
  '\n',
  '\r',
  '\t',
  '<',
  '>',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '*',
  '?',
  '!',
  '#',
  '%',
  '^',
  '~',
  '=',
  '+',
  ',',
  '@',
  ':',
  '/',
  '\0',
];

/** Letters that look like ASCII but are not, and invisible characters. */
const LOOK_ALIKES = [
  ['Cyrillic a', 'vc\u0430nter.corp.example'],
  ['Greek omicron', 'vc\u03bf1.corp.example'],
  ['Kelvin sign', '\u212a8s.corp.example'],
  ['long s', '\u017fql01.corp.example'],
  ['dotless i', 'hyperv-\u0131.corp.example'],
  ['fullwidth letters', '\uff56\uff43\uff10\uff11.corp.example'],
  ['fullwidth semicolon', 'vc01\uff1breboot'],
  ['fullwidth full stop', 'vc01\uff0ecorp.example'],
  ['ideographic full stop', 'vc01\u3002corp.example'],
  ['non-breaking space', 'vc01\u00a0corp.example'],
  ['zero-width space', 'vc01\u200b.corp.example'],
  ['soft hyphen', 'vc\u00ad01.corp.example'],
  ['right-to-left override', 'vc01\u202e.corp.example'],
  ['en dash', 'vc\u201301.corp.example'],
  ['Roman numeral one', 'vc0\u2170.corp.example'],
] as const;

const EXPECTED = 'expected an IP address, CIDR, range (first-last) or hostname, got';

describe('classifyAddress', () => {
  it.each([
    ['10.20.0.11', 'ip'],
    ['0.0.0.0', 'ip'],
    ['255.255.255.255', 'ip'],
    ['2001:db8::11', 'ip'],
    ['::1', 'ip'],
    ['::', 'ip'],
    ['::ffff:10.0.0.1', 'ip'],
    ['2001:DB8:0:0:0:0:0:11', 'ip'],
    ['10.30.0.0/28', 'cidr'],
    ['10.30.0.5/32', 'cidr'],
    ['0.0.0.0/0', 'cidr'],
    ['2001:db8::/32', 'cidr'],
    ['2001:db8::11/128', 'cidr'],
    ['::/0', 'cidr'],
    ['10.30.0.1-10.30.0.9', 'range'],
    ['10.30.0.1-10.30.0.1', 'range'],
    ['2001:db8::1-2001:db8::ff', 'range'],
    ['vc01', 'hostname'],
    ['vc01.corp.example', 'hostname'],
    ['VC01.Corp.Example', 'hostname'],
    ['vc01.corp.example.', 'hostname'],
    ['esx-01.corp.example', 'hostname'],
    ['1-2', 'hostname'],
    ['xn--bcher-kva.example', 'hostname'],
    [`${'a'.repeat(63)}.example`, 'hostname'],
  ])('%s is a %s', (address, kind) => {
    expect(classifyAddress(address)).toEqual({ kind });
  });

  it.each([
    ['10.30.0.5/28', '"10.30.0.5/28" has host bits set; the network is 10.30.0.0/28'],
    ['2001:db8::1/64', '"2001:db8::1/64" has host bits set; the network is 2001:db8::/64'],
    ['10.0.0.0/33', 'prefix length /33 is longer than 32 bits in "10.0.0.0/33"'],
    ['2001:db8::/129', 'prefix length /129 is longer than 128 bits in "2001:db8::/129"'],
    ['10.0.0.9-10.0.0.1', 'range "10.0.0.9-10.0.0.1" ends before it starts'],
    ['2001:db8::ff-2001:db8::1', 'range "2001:db8::ff-2001:db8::1" ends before it starts'],
    ['10.0.0.1-2001:db8::1', 'range "10.0.0.1-2001:db8::1" mixes IPv4 and IPv6'],
    ['', `${EXPECTED} ""`],
    ['10.0.0', `${EXPECTED} "10.0.0"`],
    ['10.0.0.256', `${EXPECTED} "10.0.0.256"`],
    ['010.0.0.1', `${EXPECTED} "010.0.0.1"`],
    ['0x0a.0.0.1', `${EXPECTED} "0x0a.0.0.1"`],
    ['10.0.0.1.5', `${EXPECTED} "10.0.0.1.5"`],
    ['1.2.3.4/', `${EXPECTED} "1.2.3.4/"`],
    ['/24', `${EXPECTED} "/24"`],
    ['10.0.0.0/08', `${EXPECTED} "10.0.0.0/08"`],
    ['10.0.0.0/24/8', `${EXPECTED} "10.0.0.0/24/8"`],
    ['vc01.corp.example/24', `${EXPECTED} "vc01.corp.example/24"`],
    ['10.0.0.1-', `${EXPECTED} "10.0.0.1-"`],
    ['10.0.0.1-10.0.0.5-10.0.0.9', `${EXPECTED} "10.0.0.1-10.0.0.5-10.0.0.9"`],
    ['10.0.0.1 - 10.0.0.5', `${EXPECTED} "10.0.0.1 - 10.0.0.5"`],
    ['fe80::1%eth0', `${EXPECTED} "fe80::1%eth0"`],
    ['2001:db8:::1', `${EXPECTED} "2001:db8:::1"`],
    ['123', `${EXPECTED} "123"`],
    ['-vc01.corp.example', `${EXPECTED} "-vc01.corp.example"`],
    ['vc01-.corp.example', `${EXPECTED} "vc01-.corp.example"`],
    ['vc01..corp.example', `${EXPECTED} "vc01..corp.example"`],
    ['*.corp.example', `${EXPECTED} "*.corp.example"`],
    [`${'a'.repeat(64)}.example`, `${EXPECTED} "${'a'.repeat(57)}..."`],
    ['vc01; rm -rf /', `${EXPECTED} "vc01; rm -rf /"`],
    ['$(reboot)', `${EXPECTED} "$(reboot)"`],
    ['`reboot`', `${EXPECTED} "\`reboot\`"`],
    ['vc01\nreboot', `${EXPECTED} "vc01\\nreboot"`],
    ['10.0.0.1;reboot', `${EXPECTED} "10.0.0.1;reboot"`],
    ['10.0.0.0/24 -j ACCEPT', `${EXPECTED} "10.0.0.0/24 -j ACCEPT"`],
  ])('rejects %j', (address, error) => {
    expect(classifyAddress(address)).toEqual({ error });
  });
});

describe('isHostname and isFqdnPattern refuse injection', () => {
  const positions = (c: string) => [
    `vc01${c}reboot.corp.example`,
    `${c}vc01.corp.example`,
    `vc01.corp.example${c}`,
  ];

  it.each(METACHARACTERS.map((c) => [JSON.stringify(c), c]))('refuses %s anywhere in a name', (_, c) => {
    for (const name of positions(c)) {
      expect(isHostname(name)).toBe(false);
      expect(isFqdnPattern(name)).toBe(false);
      expect(classifyAddress(name)).toHaveProperty('error');
    }
  });

  it.each(LOOK_ALIKES)('refuses a name with a %s', (_, name) => {
    expect(isHostname(name)).toBe(false);
    expect(isFqdnPattern(name)).toBe(false);
    expect(classifyAddress(name)).toEqual({ error: `${EXPECTED} ${JSON.stringify(name)}` });
  });

  it('refuses a name that only ends in a newline', () => {
    expect(isHostname('vc01.corp.example\n')).toBe(false);
  });
});

describe('isHostname', () => {
  it('follows RFC 1123 and keeps numbers out of the top label', () => {
    expect(isHostname('a')).toBe(true);
    expect(isHostname('3com.example')).toBe(true);
    expect(isHostname(`${'a'.repeat(63)}.example`)).toBe(true);
    expect(isHostname(`${'a'.repeat(64)}.example`)).toBe(false);
    expect(isHostname(`${'a.'.repeat(125)}abc`)).toBe(true);
    expect(isHostname(`${'a.'.repeat(125)}abc.`)).toBe(true);
    expect(isHostname(`${'a.'.repeat(126)}ab`)).toBe(false);
    expect(isHostname('')).toBe(false);
    expect(isHostname('.')).toBe(false);
    expect(isHostname('10.0.0.1')).toBe(false);
    expect(isHostname('vc_01.corp.example')).toBe(false);
  });
});

describe('isFqdnPattern and placeholders', () => {
  it('allows a leading wildcard label and {placeholders}', () => {
    expect(isFqdnPattern('*.s3.{region}.amazonaws.com')).toBe(true);
    expect(isFqdnPattern('helios.cohesity.com')).toBe(true);
    expect(isFqdnPattern('s3-{region}.amazonaws.com')).toBe(true);
    expect(placeholders('*.s3.{region}.amazonaws.com')).toEqual(['region']);
    expect(placeholders('{a}.{b2}.example')).toEqual(['a', 'b2']);
    expect(placeholders('helios.cohesity.com')).toEqual([]);
  });

  it.each([
    'a.*.example',
    '*',
    '*.',
    '*..',
    '**.example',
    '*example.com',
    '*.*.example',
    '{Region}.example',
    '{}.example',
    '{1}.example',
    '{region.example',
    '*.s3.{region}.amazonaws.com;reboot',
  ])('refuses %j', (pattern) => {
    expect(isFqdnPattern(pattern)).toBe(false);
  });
});

describe('isIp', () => {
  it.each([
    ['10.0.0.1', true],
    ['2001:db8::1', true],
    ['::ffff:10.0.0.1', true],
    ['10.0.0.01', false],
    ['1.2.3', false],
    ['fe80::1%eth0', false],
    ['fe80::1%25eth0', false],
    ['10.0.0.0/8', false],
    ['vc01.corp.example', false],
  ])('%j → %s', (address, ip) => {
    expect(isIp(address)).toBe(ip);
  });
});
