// Fortinet FortiGate: FortiOS CLI for addresses (with FQDN and wildcard FQDN), groups, custom services and policies.
import { formatBlock } from '../common/address.js';
import { cutText, endpointBase, objectName, oneLine, portList } from './_appliance.js';
import type { Endpoint, FirewallInput, FirewallRule, FirewallTarget } from './_firewall.js';

/** Object names: at most 79 characters (FortiOS CLI Reference, `config firewall address`: name). */
export const FORTI_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,78}$/;
const NAME_CHARS = /[A-Za-z0-9._-]/;
const MAX_NAME = 79;
/** Policy `name` is at most 35 characters; `comments` at most 1023. */
const MAX_COMMENTS = 1023;
const HOSTNAME =
  /^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

const name = (base: string) => objectName('pp-', base, MAX_NAME, NAME_CHARS);

/** A double-quoted FortiOS string: backslash and double quote escaped with a backslash. */
export const fortiString = (text: string, max: number) =>
  `"${cutText(oneLine(text), max).replace(/[\\"]/g, (c) => `\\${c}`)}"`;

interface AddressObject {
  readonly name: string;
  readonly family: 4 | 6;
  readonly lines: readonly string[];
}

function addressObject(e: Endpoint): AddressObject | undefined {
  switch (e.kind) {
    case 'block': {
      const f = formatBlock(e.block);
      const n = name(endpointBase(e));
      const family = e.block.family;
      const [start, end] = f.host.split('-');
      if (f.kind === 'range')
        return { name: n, family, lines: ['set type iprange', `set start-ip ${start}`, `set end-ip ${end}`] };
      if (family === 6)
        return { name: n, family, lines: [`set ip6 ${f.kind === 'ip' ? `${f.host}/128` : f.host}`] };
      const [ip, bits] = (f.kind === 'ip' ? `${f.host}/32` : f.host).split('/');
      const mask = Number(bits) === 0 ? 0 : (0xffffffff << (32 - Number(bits))) >>> 0;
      const dotted = [24, 16, 8, 0].map((s) => (mask >>> s) & 255).join('.');
      return { name: n, family, lines: ['set type ipmask', `set subnet ${ip} ${dotted}`] };
    }
    case 'fqdn':
    case 'wildcard': {
      const host = e.kind === 'fqdn' ? e.host : e.pattern;
      if (!HOSTNAME.test(host)) throw new Error(`fortigate: not a host name: ${JSON.stringify(host)}`);
      // FortiOS 6.2.2 and later take a wildcard in an fqdn address: the addresses it learns from
      // DNS answers for matching names are loaded into the policies that use it.
      return { name: name(host), family: 4, lines: ['set type fqdn', `set fqdn "${host}"`] };
    }
    case 'any':
      return undefined;
    case 'prefix-list':
      throw new Error('fortigate: cannot write a prefix-list endpoint');
  }
}

const quotedNames = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' ');

/** The CLI blocks for every object and policy, objects first, each once. */
export function* fortigateLines(input: FirewallInput): Generator<string> {
  const objects = { 4: new Map<string, AddressObject>(), 6: new Map<string, AddressObject>() };
  const groups = { 4: new Map<string, string>(), 6: new Map<string, string>() };
  const services: string[] = [];
  const policies: string[] = [];
  /** Per family, the one name a policy uses for an end: `all`, an object, a group, or none. */
  const side = (rule: FirewallRule, ends: readonly Endpoint[], which: string) => {
    if (ends.some((e) => e.kind === 'any')) return { 4: 'all', 6: 'all' };
    const names: Record<4 | 6, string[]> = { 4: [], 6: [] };
    for (const e of ends) {
      const o = addressObject(e);
      if (!o) continue;
      objects[o.family].set(o.name, o);
      if (!names[o.family].includes(o.name)) names[o.family].push(o.name);
    }
    const one = (family: 4 | 6): string | undefined => {
      const list = names[family];
      if (list.length <= 1) return list[0];
      const key = list.join(' ');
      const known = groups[family].get(key);
      if (known) return known;
      const group = `pp-${rule.id}-${which}${family === 6 ? '6' : ''}`;
      groups[family].set(key, group);
      return group;
    };
    return { 4: one(4), 6: one(6) };
  };
  const groupMembers = { 4: new Map<string, string>(), 6: new Map<string, string>() };
  for (const rule of input.rules) {
    const src = side(rule, rule.sources, 'src');
    const dst = side(rule, rule.destinations, 'dst');
    const service = `pp-${rule.id}-${rule.transport}`;
    services.push(
      `    edit "${service}"`,
      `        set ${rule.transport}-portrange ${portList(rule.ports, rule.portRanges, rule.anyPort).join(' ')}`,
      '    next',
    );
    const v4 = src[4] && dst[4];
    const v6 = src[6] && dst[6];
    const comment = rule.note ? `${rule.comment} (${rule.note})` : rule.comment;
    policies.push(
      '    edit 0',
      `        set name "pp-${rule.id}"`,
      '        set srcintf "any"',
      '        set dstintf "any"',
      ...(v4 ? [`        set srcaddr "${src[4]}"`, `        set dstaddr "${dst[4]}"`] : []),
      ...(v6 ? [`        set srcaddr6 "${src[6]}"`, `        set dstaddr6 "${dst[6]}"`] : []),
      '        set action accept',
      '        set schedule "always"',
      `        set service "${service}"`,
      `        set comments ${fortiString(comment, MAX_COMMENTS)}`,
      '    next',
    );
  }
  for (const family of [4, 6] as const)
    for (const [key, group] of groups[family]) groupMembers[family].set(group, key);
  for (const family of [4, 6] as const) {
    if (objects[family].size === 0) continue;
    yield `config firewall ${family === 4 ? 'address' : 'address6'}`;
    for (const o of [...objects[family].values()].sort((a, b) => a.name.localeCompare(b.name))) {
      yield `    edit "${o.name}"`;
      for (const l of o.lines) yield `        ${l}`;
      yield '    next';
    }
    yield 'end';
  }
  for (const family of [4, 6] as const) {
    if (groupMembers[family].size === 0) continue;
    yield `config firewall ${family === 4 ? 'addrgrp' : 'addrgrp6'}`;
    for (const [group, key] of groupMembers[family]) {
      yield `    edit "${group}"`;
      yield `        set member ${quotedNames(key.split(' '))}`;
      yield '    next';
    }
    yield 'end';
  }
  if (services.length > 0) yield* ['config firewall service custom', ...services, 'end'];
  if (policies.length > 0) yield* ['config firewall policy', ...policies, 'end'];
}

/**
 * FortiOS CLI, for a CLI session or a script: `firewall address`/`address6` (subnets, ranges,
 * FQDN and wildcard FQDN objects), address groups, one custom service per rule, and accept
 * policies from interface any to any.
 *
 * @example
 * portplan render site.yaml --target fortigate -o fortigate.conf
 */
export const fortigate: FirewallTarget = {
  name: 'fortigate',
  extension: '.conf',
  summary: 'FortiOS CLI: addresses (incl. FQDN and wildcard FQDN), custom services, policies',
  supports: {
    fqdn: true,
    wildcardFqdn: true,
    ipv6: true,
    portRanges: true,
    anyPort: true,
    hostScope: false,
    comments: true,
  },
  enforcement: () => 'network',
  *render(input) {
    for (const line of [
      ...input.header,
      'interfaces: every policy is from interface any to any, narrowed by its addresses; put your interfaces in srcintf/dstintf where your policy requires them',
      'FQDN and wildcard FQDN addresses (FortiOS 6.2.2 or later) are filled from DNS: the FortiGate needs a DNS server, and wildcard ones learn addresses from the DNS answers it sees',
      'host names are IPv4 (address) objects; IPv6 policies (srcaddr6/dstaddr6, FortiOS 6.4 or later) are written where both ends have IPv6 addresses',
    ])
      yield `# ${oneLine(line)}\n`;
    for (const line of fortigateLines(input)) yield `${line}\n`;
  },
};
