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
