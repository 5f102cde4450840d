// Cisco ASA: network objects (host, subnet, range, FQDN), object-groups and one extended access list.
import { formatBlock } from '../common/address.js';
import { endpointBase, objectName, oneLine } from './_appliance.js';
import type { Endpoint, FirewallInput, FirewallRule, FirewallTarget } from './_firewall.js';

/** Object and object-group names: at most 64 characters (ASA command reference, `object network`). */
export const ASA_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const NAME_CHARS = /[A-Za-z0-9._-]/;
const MAX_NAME = 64;
/** An access-list remark is at most 100 characters. */
export const MAX_REMARK = 100;
/** The access list portplan writes; bind it with `access-group` where the site needs it. */
export const ACL_NAME = 'PORTPLAN-SAAS-CONNECTOR';
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

const name = (base: string) => objectName('pp-', base, MAX_NAME, NAME_CHARS);

/** Remark text: printable ASCII on one line, at most 100 characters. */
export function remark(text: string): string {
  const ascii = oneLine(text)
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
  return ascii.length <= MAX_REMARK ? ascii : `${ascii.slice(0, MAX_REMARK - 3)}...`;
}

function mask(bits: number): string {
  const m = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
}

function networkObject(e: Endpoint): { name: string; lines: string[] } | undefined {
  switch (e.kind) {
    case 'block': {
      const f = formatBlock(e.block);
      const n = name(endpointBase(e));
      let body: string;
      if (f.kind === 'ip') body = `host ${f.host}`;
      else if (f.kind === 'range') body = `range ${f.host.split('-').join(' ')}`;
      else {
        const [ip, bits] = f.host.split('/');
        body = e.block.family === 6 ? `subnet ${f.host}` : `subnet ${ip} ${mask(Number(bits))}`;
      }
      return { name: n, lines: [`object network ${n}`, ` ${body}`] };
    }
    case 'fqdn': {
      if (!HOSTNAME.test(e.host)) throw new Error(`cisco-asa: not a host name: ${JSON.stringify(e.host)}`);
      const n = name(e.host);
      return { name: n, lines: [`object network ${n}`, ` fqdn ${e.host}`] };
    }
    case 'any':
      return undefined;
    default:
      throw new Error(`cisco-asa: cannot write a ${e.kind} endpoint`);
  }
}

/** The configuration lines: objects, object-groups, then the access list with a remark per rule. */
export function* ciscoAsaLines(input: FirewallInput): Generator<string> {
  const objects = new Map<string, string[]>();
  const groups: string[] = [];
  const grouped = new Map<string, string>();
  const acl: string[] = [];
  const side = (rule: FirewallRule, ends: readonly Endpoint[], which: string): string => {
    if (ends.some((e) => e.kind === 'any')) return 'any';
    const names = [
      ...new Set(
        ends.flatMap((e) => {
          const o = networkObject(e);
          if (!o) return [];
          objects.set(o.name, o.lines);
          return [o.name];
        }),
      ),
    ];
    if (names.length === 1) return `object ${names[0]}`;
    const key = names.join(' ');
    const known = grouped.get(key);
    if (known) return `object-group ${known}`;
    const group = `pp-${rule.id}-${which}`;
    grouped.set(key, group);
    groups.push(`object-group network ${group}`, ...names.map((n) => ` network-object object ${n}`));
    return `object-group ${group}`;
  };
  for (const rule of input.rules) {
    const src = side(rule, rule.sources, 'src');
    const dst = side(rule, rule.destinations, 'dst');
    let ports = '';
    if (!rule.anyPort) {
      const service = `pp-${rule.id}-${rule.transport}`;
      groups.push(
        `object-group service ${service} ${rule.transport}`,
        ...rule.ports.map((p) => ` port-object eq ${p}`),
        ...rule.portRanges.map(([a, b]) => ` port-object range ${a} ${b}`),
      );
      ports = ` object-group ${service}`;
    }
    acl.push(
      `access-list ${ACL_NAME} remark ${remark(rule.comment)}`,
      ...(rule.note ? [`access-list ${ACL_NAME} remark ${remark(rule.note)}`] : []),
      `access-list ${ACL_NAME} extended permit ${rule.transport} ${src} ${dst}${ports}`,
    );
  }
  for (const [, lines] of [...objects].sort(([a], [b]) => a.localeCompare(b))) yield* lines;
  yield* groups;
  yield* acl;
}

/**
 * Cisco ASA configuration: network objects (host, subnet, range, FQDN), network and service
 * object-groups, and one extended access list of permits with a remark per rule. IPv4 and IPv6
 * share the list (ASA 9.0 and later).
 *
 * @example
 * portplan render site.yaml --target cisco-asa -o asa.cfg
 */
export const ciscoAsa: FirewallTarget = {
  name: 'cisco-asa',
  extension: '.cfg',
  summary: 'Cisco ASA object-groups and an extended access list, FQDN objects where ASA takes them',
  supports: {
    fqdn: true,
    // An FQDN object names one host name; ASA has no wildcard form for it.
    wildcardFqdn: false,
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
      `access list: ${ACL_NAME}; bind it with access-group on the interface that sees the traffic first (not written here)`,
      'FQDN objects need DNS on the ASA: dns domain-lookup on an interface and a dns server-group with a name server',
      'IPv4 and IPv6 share the extended access list (ASA 9.0 or later); any matches both',
    ])
      yield `! ${oneLine(line)}\n`;
    for (const line of ciscoAsaLines(input)) yield `${line}\n`;
  },
};
