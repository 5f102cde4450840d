// Palo Alto Networks PAN-OS: `set` commands for address, address-group and service objects and security rules.
import { formatBlock } from '../common/address.js';
import { cutText, endpointBase, objectName, oneLine, portList } from './_appliance.js';
import type { Endpoint, FirewallInput, FirewallRule, FirewallTarget } from './_firewall.js';

/**
 * Object and rule names: at most 63 characters, starting with a letter or digit, of letters,
 * digits, underscores, hyphens, periods and spaces (PAN-OS Administrator's Guide, "Objects >
 * Addresses": Name). portplan never writes the space, so names need no quoting.
 */
export const PAN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const NAME_CHARS = /[A-Za-z0-9._-]/;
const MAX_NAME = 63;
/** A rule's description: 255 characters in every PAN-OS release that documents a limit. */
const MAX_DESCRIPTION = 255;
/** A host name an `fqdn` address object takes. */
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

const name = (base: string) => objectName('pp-', base, MAX_NAME, NAME_CHARS);

/** A double-quoted CLI string: PAN-OS has no escape for `"` inside one, so it becomes `'`. */
const quoted = (text: string, max: number) => `"${cutText(oneLine(text, /["\\]/g), max)}"`;

/** The address object for an endpoint, or undefined for `any`. */
function addressObject(e: Endpoint): { name: string; line: string } | undefined {
  switch (e.kind) {
    case 'block': {
      const f = formatBlock(e.block);
      const n = name(endpointBase(e));
      const kind = f.kind === 'range' ? 'ip-range' : 'ip-netmask';
      return { name: n, line: `set address ${n} ${kind} ${f.host}` };
    }
    case 'fqdn': {
      if (!HOSTNAME.test(e.host)) throw new Error(`paloalto: not a host name: ${JSON.stringify(e.host)}`);
      const n = name(endpointBase(e));
      return { name: n, line: `set address ${n} fqdn ${e.host}` };
    }
    case 'any':
      return undefined;
    default:
      // Wildcards and prefix lists never reach here: the capabilities say so, prepareFirewall omits them.
      throw new Error(`paloalto: cannot write a ${e.kind} endpoint`);
  }
}

const members = (names: readonly string[]) => (names.length === 1 ? names[0] : `[ ${names.join(' ')} ]`);

/** The lines for every object and rule, objects first, each object once. */
export function* paloaltoLines(input: FirewallInput): Generator<string> {
  const objects = new Map<string, string>();
  const groups: string[] = [];
  /** Members → the group that holds them: rules with the same ends share one. */
  const grouped = new Map<string, string>();
  const services: string[] = [];
  const rules: string[] = [];
  const side = (rule: FirewallRule, ends: readonly Endpoint[], which: 'src' | 'dst'): string => {
    if (ends.some((e) => e.kind === 'any')) return 'any';
    const names = [
      ...new Set(
        ends.flatMap((e) => {
          const o = addressObject(e);
          if (!o) return [];
          objects.set(o.line, o.name);
          return [o.name];
        }),
      ),
    ];
    if (names.length === 1) return names[0] as string;
    const key = names.join(' ');
    const known = grouped.get(key);
    if (known) return known;
    const group = `pp-${rule.id}-${which}`;
    grouped.set(key, group);
    groups.push(`set address-group ${group} static ${members(names)}`);
    return group;
  };
  for (const rule of input.rules) {
    const source = side(rule, rule.sources, 'src');
    const destination = side(rule, rule.destinations, 'dst');
    const service = `pp-${rule.id}-${rule.transport}`;
    services.push(
      `set service ${service} protocol ${rule.transport} port ${portList(rule.ports, rule.portRanges, rule.anyPort).join(',')}`,
    );
    const at = `set rulebase security rules pp-${rule.id}`;
    rules.push(
      `${at} from any to any`,
      `${at} source ${source} destination ${destination}`,
      `${at} application any service ${service} action allow`,
      `${at} description ${quoted(rule.note ? `${rule.comment} (${rule.note})` : rule.comment, MAX_DESCRIPTION)}`,
    );
  }
  yield* [...objects.keys()].sort();
  yield* groups;
  yield* services;
  yield* rules;
}

/**
 * PAN-OS `set` commands, for pasting in configure mode: address objects (addresses, ranges, host
 * names), address groups, one service per rule, and security rules from any zone to any zone.
 *
 * @example
 * portplan render site.yaml --target paloalto -o paloalto.txt
 */
export const paloalto: FirewallTarget = {
  name: 'paloalto',
  extension: '.txt',
  summary: 'PAN-OS set commands: address, FQDN and service objects, security rules',
  supports: {
    fqdn: true,
    // An FQDN address object names one host; a wildcard takes a URL category and decrypted or
    // SNI-matched web traffic, which a port rule does not enforce.
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
      'zones: every rule is from any to any, narrowed by its addresses; put your zones in from/to where your policy requires them',
      'FQDN address objects are resolved by the firewall: it needs a DNS server (Device > Setup > Services)',
      'paste in configure mode, then commit',
    ])
      yield `# ${oneLine(line)}\n`;
    for (const line of paloaltoLines(input)) yield `${line}\n`;
  },
};
