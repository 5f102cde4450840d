// Tests of address classification: what an inventory or catalog may name, and the injection attempts it must refuse.
import { describe, expect, it } from 'vitest';
import {
  type AddressBlock,
  addressBlock,
  classifyAddress,
  formatBlock,
  hostAddresses,
  isFqdnPattern,
  isHostname,
  isIp,
  placeholders,
  uniteBlocks,
} from './address.js';

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

/** The block an address as written stands for (the test's own shorthand: it must be an address). */
function block(s: string): AddressBlock {
  const c = classifyAddress(s);
  if (!('kind' in c)) throw new Error(c.error);
  const b = addressBlock(s, c.kind);
  if (!b) throw new Error(`${s} is not an address`);
  return b;
}

describe('addressBlock', () => {
  it.each([
    ['10.0.0.1', 4, 167772161n, 167772161n],
    ['255.255.255.255', 4, 4294967295n, 4294967295n],
    ['0.0.0.0/0', 4, 0n, 4294967295n],
    ['10.30.0.0/22', 4, 169738240n, 169739263n],
    ['10.0.0.250-10.0.1.3', 4, 167772410n, 167772419n],
    ['2001:db8::1', 6, 0x20010db8000000000000000000000001n, 0x20010db8000000000000000000000001n],
    ['2001:db8::/120', 6, 0x20010db8000000000000000000000000n, 0x20010db80000000000000000000000ffn],
    ['::-::2', 6, 0n, 2n],
  ])('%s is family %i, %i to %i', (s, family, first, last) => {
    expect(block(s)).toEqual({ family, first, last });
  });

  it.each([
    ['vc01.corp.example', 'hostname'],
    ['*.s3.{region}.amazonaws.com', 'fqdn-pattern'],
    ['any', 'any'],
  ] as const)('%s stands for no known addresses', (s, kind) => {
    expect(addressBlock(s, kind)).toBeUndefined();
  });
});

describe('uniteBlocks', () => {
  const unite = (list: string[]) =>
    uniteBlocks(list, block).map((u) => ({ block: formatBlock(u.block).host, members: u.members }));

  it('unites addresses, CIDRs and ranges that touch or overlap, in address order, each with its members', () => {
    expect(unite(['10.0.0.3', '10.0.0.0/31', '10.0.0.2', '10.0.1.0/24', '10.0.0.200-10.0.1.9'])).toEqual([
      { block: '10.0.0.0/30', members: ['10.0.0.0/31', '10.0.0.2', '10.0.0.3'] },
      { block: '10.0.0.200-10.0.1.255', members: ['10.0.0.200-10.0.1.9', '10.0.1.0/24'] },
    ]);
  });

  it('keeps blocks a single address apart from each other apart', () => {
    expect(unite(['10.0.0.1', '10.0.0.3']).map((u) => u.block)).toEqual(['10.0.0.1', '10.0.0.3']);
  });

  it('never unites IPv4 with IPv6, even where the numbers touch', () => {
    expect(unite(['::ffff:ffff', '0.0.0.0', '::1']).map((u) => u.block)).toEqual([
      '0.0.0.0',
      '::1',
      '::ffff:ffff',
    ]);
  });

  it('unites 1,024 consecutive addresses listed one by one into one /22', () => {
    const list = Array.from({ length: 1024 }, (_, i) => `10.30.${i >> 8}.${i & 255}`).reverse();
    expect(unite(list).map((u) => u.block)).toEqual(['10.30.0.0/22']);
  });
});

describe('formatBlock', () => {
  it.each([
    ['10.0.0.7', '10.0.0.7', 'ip'],
    ['10.0.0.0-10.0.0.255', '10.0.0.0/24', 'cidr'],
    ['10.0.0.4-10.0.0.7', '10.0.0.4/30', 'cidr'],
    ['0.0.0.0-255.255.255.255', '0.0.0.0/0', 'cidr'],
    ['10.0.0.2-10.0.0.5', '10.0.0.2-10.0.0.5', 'range'],
    ['10.0.0.1-10.0.0.254', '10.0.0.1-10.0.0.254', 'range'],
    ['10.0.0.0-10.0.1.127', '10.0.0.0-10.0.1.127', 'range'],
    ['2001:db8::-2001:db8::ff', '2001:db8::/120', 'cidr'],
    ['2001:db8::1-2001:db8::ff', '2001:db8::1-2001:db8::ff', 'range'],
    ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '::/0', 'cidr'],
  ])('%s is written %s (%s)', (s, host, kind) => {
    const written = formatBlock(block(s));
    expect(written).toEqual({ host, kind });
    // What is written stands for exactly the same addresses: never broader.
    expect(block(written.host)).toEqual(block(s));
  });
});

describe('hostAddresses', () => {
  it('lists the host addresses of a block up to a limit, with how many there are', () => {
    expect(hostAddresses('10.0.0.0/29', 'cidr', 3)).toEqual({
      addresses: ['10.0.0.1', '10.0.0.2', '10.0.0.3'],
      total: 6n,
    });
    expect(hostAddresses('10.0.0.4/31', 'cidr', 9)).toEqual({
      addresses: ['10.0.0.4', '10.0.0.5'],
      total: 2n,
    });
    expect(hostAddresses('10.0.0.7-10.0.0.8', 'range', 9)).toEqual({
      addresses: ['10.0.0.7', '10.0.0.8'],
      total: 2n,
    });
    expect(hostAddresses('2001:db8::/126', 'cidr', 9).addresses).toEqual([
      '2001:db8::',
      '2001:db8::1',
      '2001:db8::2',
      '2001:db8::3',
    ]);
    expect(hostAddresses('10.0.0.1', 'ip', 9)).toEqual({ addresses: ['10.0.0.1'], total: 1n });
    expect(hostAddresses('db.example', 'hostname', 9)).toEqual({ addresses: [], total: 0n });
  });
});
