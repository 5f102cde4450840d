// What an address in an inventory or catalog may be: IP, CIDR, range, hostname or (catalog only) FQDN pattern.
import ipaddr from 'ipaddr.js';

export type AddressKind = 'ip' | 'cidr' | 'range' | 'hostname' | 'fqdn-pattern' | 'any';

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const PLACEHOLDER = /\{[a-z][a-zA-Z0-9]*\}/g;

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const DOTTED_QUAD = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

/** Four decimal octets, no leading zeros (a regular expression: ipaddr.js took 0.15 s on 20,000 hosts). */
function isIPv4(s: string): boolean {
  return DOTTED_QUAD.test(s);
}

function isIPv6(s: string): boolean {
  // A zone (fe80::1%eth0) names an interface of one machine; no firewall rule or security group takes one.
  return s.includes(':') && !s.includes('%') && ipaddr.IPv6.isValid(s);
}

/** An IPv4 (dotted quad, no leading zeros) or IPv6 address (without a zone). */
export function isIp(s: string): boolean {
  return isIPv4(s) || isIPv6(s);
}

/** A DNS hostname (RFC 1123 labels; not all-numeric at the top level, so it cannot pass for an IPv4 typo). */
export function isHostname(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  if (!labels.every((l) => LABEL.test(l))) return false;
  return !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}

/** A hostname whose first label may be `*` and whose labels may hold `{placeholders}`. */
export function isFqdnPattern(s: string): boolean {
  // The wildcard stands for one label in front of a name, never for the whole name (`*.`).
  const concrete = s.replace(/^\*\./, '').replace(PLACEHOLDER, 'placeholder');
  return isHostname(concrete) && !concrete.includes('*');
}

/** Placeholders used in an FQDN pattern, e.g. `region` in `*.s3.{region}.amazonaws.com`. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[0].slice(1, -1));
}

/**
 * Why `name` cannot stand for the wildcard `pattern` (a name of the pattern's own fixed part or
 * under it, with no wildcard), or undefined when it can. Placeholders compare as written, so a
 * catalog's `{region}` pattern takes a `{region}` name.
 *
 * @example
 * sampleProblem('*.s3.{region}.amazonaws.com', 's3.{region}.amazonaws.com') // undefined
 * sampleProblem('*.cloudfront.net', 'example.com') // 'expected cloudfront.net or a name under it, got "example.com"'
 */
export function sampleProblem(pattern: string, name: string): string | undefined {
  const suffix = pattern.replace(/^\*\./, '').toLowerCase();
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 57)}...` : name);
  if (name.includes('*') || !isFqdnPattern(name))
    return `expected a concrete host name (no wildcard) for ${pattern}, got ${shown}`;
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n !== suffix && !n.endsWith(`.${suffix}`)) return `expected ${suffix} or a name under it, got ${shown}`;
  return undefined;
}

/**
 * Classify an address as written in an inventory, or explain why it is not one.
 *
 * @example
 * classifyAddress('10.30.0.0/28') // { kind: 'cidr' }
 * classifyAddress('vc01; rm -rf /') // { error: 'expected an IP address, CIDR, range (first-last) or hostname, got "vc01; rm -rf /"' }
 */
export function classifyAddress(s: string): { kind: AddressKind } | { error: string } {
  const shown = JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
  const expected = `expected an IP address, CIDR, range (first-last) or hostname, got ${shown}`;
  if (isIp(s)) return { kind: 'ip' };
  if (s.includes('/')) {
    const [addr, bits, extra] = s.split('/');
    if (extra !== undefined || !addr || !bits || !/^(0|[1-9][0-9]{0,2})$/.test(bits) || !isIp(addr))
      return { error: expected };
    const max = isIPv4(addr) ? 32 : 128;
    if (Number(bits) > max) return { error: `prefix length /${bits} is longer than ${max} bits in ${shown}` };
    const [, len] = ipaddr.parseCIDR(s);
    const network = ipaddr.IPv4.isValidFourPartDecimal(addr)
      ? ipaddr.IPv4.networkAddressFromCIDR(s)
      : ipaddr.IPv6.networkAddressFromCIDR(s);
    if (network.toString() !== ipaddr.parse(addr).toString()) {
      return { error: `${shown} has host bits set; the network is ${network.toString()}/${len}` };
    }
    return { kind: 'cidr' };
  }
  if (s.includes('-') && !isHostname(s)) {
    const [first, last, extra] = s.split('-');
    if (extra !== undefined || !first || !last || !isIp(first) || !isIp(last)) return { error: expected };
    const a = ipaddr.parse(first);
    const b = ipaddr.parse(last);
    if (a.kind() !== b.kind()) return { error: `range ${shown} mixes IPv4 and IPv6` };
    if (compareBytes(a.toByteArray(), b.toByteArray()) > 0) {
      return { error: `range ${shown} ends before it starts` };
    }
    return { kind: 'range' };
  }
  if (isHostname(s)) return { kind: 'hostname' };
  return { error: expected };
}

function compareBytes(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function canonicalIp(s: string): string {
  return isIPv4(s) ? s : ipaddr.parse(s).toString();
}

/**
 * One spelling per address, so that `2001:DB8:0::53` and `2001:db8::53`, or `NTP.corp.example.`
 * and `ntp.corp.example`, are one host. Takes an address `classifyAddress` accepts.
 *
 * @example
 * addressKey('2001:DB8:0::53/128') // '2001:db8::53/128'
 */
export function addressKey(s: string, kind: AddressKind): string {
  switch (kind) {
    case 'ip':
      return canonicalIp(s);
    case 'cidr': {
      const [addr = '', bits = ''] = s.split('/');
      return `${canonicalIp(addr)}/${Number(bits)}`;
    }
    case 'range': {
      const [first = '', last = ''] = s.split('-');
      return `${canonicalIp(first)}-${canonicalIp(last)}`;
    }
    case 'hostname':
    case 'fqdn-pattern':
      return s.toLowerCase().replace(/\.$/, '');
    default:
      // Every address: never the same as a host that happens to be named "any".
      return '(any)';
  }
}

/** 4 or 6 for addresses, CIDRs and ranges; undefined for names, which may resolve to either. */
export function addressFamily(s: string, kind: AddressKind): 4 | 6 | undefined {
  if (kind !== 'ip' && kind !== 'cidr' && kind !== 'range') return undefined;
  return s.includes(':') ? 6 : 4;
}

/** An address that stands for every address of its family: a /0, or a range from the first to the last. */
export function coversEverything(s: string, kind: AddressKind): boolean {
  if (kind === 'cidr') return s.endsWith('/0');
  if (kind !== 'range') return false;
  const [first = '', last = ''] = s.split('-');
  const bytes = (ip: string) => ipaddr.parse(ip).toByteArray();
  return bytes(first).every((b) => b === 0) && bytes(last).every((b) => b === 255);
}

/** The addresses an IP, CIDR or range stands for: every integer from `first` to `last` of one family. */
export interface AddressBlock {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

function ipToBigInt(ip: string): { family: 4 | 6; value: bigint } {
  if (isIPv4(ip)) {
    // Four octets as one unsigned 32-bit number (`>>> 0`), without ipaddr.js: 20,000 hosts are parsed.
    const [a = 0, b = 0, c = 0, d = 0] = ip.split('.').map(Number);
    return { family: 4, value: BigInt((((a << 24) | (b << 16) | (c << 8) | d) >>> 0) as number) };
  }
  let value = 0n;
  for (const byte of ipaddr.parse(ip).toByteArray()) value = (value << 8n) | BigInt(byte);
  return { family: 6, value };
}

function bigIntToIp(family: 4 | 6, value: bigint): string {
  if (family === 4) {
    const n = Number(value);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  const bytes: number[] = new Array(16);
  for (let i = 15, v = value; i >= 0; i--, v >>= 8n) bytes[i] = Number(v & 255n);
  return ipaddr.fromByteArray(bytes).toString();
}

/**
 * The block of addresses an IP, CIDR or range stands for; undefined for names and `any`, which
 * stand for no known set of addresses. Takes an address `classifyAddress` accepts.
 *
 * @example
 * addressBlock('10.0.0.0/30', 'cidr') // { family: 4, first: 167772160n, last: 167772163n }
 */
export function addressBlock(s: string, kind: AddressKind): AddressBlock | undefined {
  switch (kind) {
    case 'ip': {
      const { family, value } = ipToBigInt(s);
      return { family, first: value, last: value };
    }
    case 'cidr': {
      const [addr = '', bits = ''] = s.split('/');
      const { family, value } = ipToBigInt(addr);
      const size = 1n << BigInt(BITS[family] - Number(bits));
      return { family, first: value, last: value + size - 1n };
    }
    case 'range': {
      const [from = '', to = ''] = s.split('-');
      const first = ipToBigInt(from);
      return { family: first.family, first: first.value, last: ipToBigInt(to).value };
    }
    default:
      return undefined;
  }
}

/** Address order: IPv4 before IPv6, then by first address (a sort by it keeps equal starts in their order). */
export function compareBlocks(a: AddressBlock, b: AddressBlock): number {
  return a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
}

/**
 * Items united where their blocks overlap or touch (`10.0.0.0/25` and `10.0.0.128/25` make one
 * block), in address order, IPv4 before IPv6, each united block with the items it is made of. The
 * blocks hold exactly the addresses of the items, no more.
 *
 * @example
 * uniteBlocks(['10.0.0.1', '10.0.0.2-10.0.0.9'], (s) => addressBlock(s, classify(s)))
 * // [{ block: 10.0.0.1–10.0.0.9, members: ['10.0.0.1', '10.0.0.2-10.0.0.9'] }]
 */
export function uniteBlocks<T>(
  items: readonly T[],
  blockOf: (item: T) => AddressBlock,
): { block: AddressBlock; members: T[] }[] {
  const sorted = items
    .map((item) => ({ item, block: blockOf(item) }))
    .sort((a, b) => compareBlocks(a.block, b.block));
  const out: { block: AddressBlock; members: T[] }[] = [];
  let run: { block: AddressBlock; members: T[] } | undefined;
  for (const { item, block } of sorted) {
    if (run && run.block.family === block.family && block.first <= run.block.last + 1n) {
      if (block.last > run.block.last) run.block.last = block.last;
      run.members.push(item);
    } else {
      run = { block: { ...block }, members: [item] };
      out.push(run);
    }
  }
  return out;
}

/**
 * How a block is written: one address as itself, an exactly aligned block as a CIDR, anything else
 * as a range `first-last` (one line a reader can check, where the CIDRs covering it exactly could
 * be dozens; a target that takes only CIDRs splits it when it renders).
 *
 * @example
 * formatBlock(addressBlock('10.0.0.0-10.0.3.255', 'range')) // { host: '10.0.0.0/22', kind: 'cidr' }
 */
export function formatBlock(b: AddressBlock): { host: string; kind: 'ip' | 'cidr' | 'range' } {
  const first = bigIntToIp(b.family, b.first);
  if (b.first === b.last) return { host: first, kind: 'ip' };
  const size = b.last - b.first + 1n;
  if ((size & (size - 1n)) === 0n && b.first % size === 0n) {
    const prefix = BITS[b.family] - (size.toString(2).length - 1);
    return { host: `${first}/${prefix}`, kind: 'cidr' };
  }
  return { host: `${first}-${bigIntToIp(b.family, b.last)}`, kind: 'range' };
}

/**
 * The addresses an IP, CIDR or range stands for, the first `max` of them, and how many there are.
 * An IPv4 CIDR larger than a /31 leaves out its network and broadcast addresses, which no host has.
 *
 * @example
 * hostAddresses('10.0.0.0/29', 'cidr', 3) // { addresses: ['10.0.0.1', '10.0.0.2', '10.0.0.3'], total: 6n }
 */
export function hostAddresses(
  s: string,
  kind: AddressKind,
  max: number,
): { addresses: string[]; total: bigint } {
  const block = addressBlock(s, kind);
  if (!block) return { addresses: [], total: 0n };
  let { first, last } = block;
  if (kind === 'cidr' && block.family === 4 && last - first > 1n) {
    first += 1n;
    last -= 1n;
  }
  const addresses: string[] = [];
  for (let v = first; v <= last && addresses.length < max; v++) addresses.push(bigIntToIp(block.family, v));
  return { addresses, total: last - first + 1n };
}
