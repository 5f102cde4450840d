// Azure network security groups as `az network nsg show` prints them (or the ARM resource, rules
// nested in `properties`), compiled into one priority-ordered chain per direction.
import type { Action, Chain, Interval, Match, ModelRule, Origin, Ruleset, RulesetFormat } from '../model.js';
import {
  arrayOf,
  type EndAlternative,
  endAlternatives,
  endMatches,
  isObject,
  type Json,
  readJson,
  shown,
} from './_cloud.js';

/**
 * Azure's default rules, as documented ("Network security groups", Default security rules): every
 * NSG has them, below the user's rules; an export without `defaultSecurityRules` gets these.
 */
const DEFAULT_RULES: readonly Json[] = [
  {
    name: 'AllowVnetInBound',
    priority: 65000,
    direction: 'Inbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: 'VirtualNetwork',
  },
  {
    name: 'AllowAzureLoadBalancerInBound',
    priority: 65001,
    direction: 'Inbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: 'AzureLoadBalancer',
    destinationAddressPrefix: '*',
  },
  {
    name: 'DenyAllInBound',
    priority: 65500,
    direction: 'Inbound',
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
  },
  {
    name: 'AllowVnetOutBound',
    priority: 65000,
    direction: 'Outbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: 'VirtualNetwork',
  },
  {
    name: 'AllowInternetOutBound',
    priority: 65001,
    direction: 'Outbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: 'Internet',
  },
  {
    name: 'DenyAllOutBound',
    priority: 65500,
    direction: 'Outbound',
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
  },
].map((r) => ({ ...r, sourcePortRange: '*', destinationPortRange: '*' }));

/** A rule's fields wherever the export puts them: at the top (`az`) or under `properties` (ARM). */
const fieldsOf = (r: Json): Json => (isObject(r.properties) ? { ...r, ...r.properties } : r);

/** A field's singular and plural forms together (`sourceAddressPrefix` and `…Prefixes`). */
function both(r: Json, singular: string): unknown[] {
  const one = r[singular];
  return [
    ...(one === undefined || one === null || one === '' ? [] : [one]),
    ...arrayOf(r[`${singular}es`] ?? r[`${singular}s`]),
  ];
}

/** An address prefix: `*`, `Any` and 0.0.0.0/0 are everything; a CIDR or IP; else a service tag. */
function addressEntry(v: unknown): { all: true } | { address: string } | { unknown: string } {
  const s = typeof v === 'string' ? v.trim() : '';
  if (s === '*' || /^any$/i.test(s)) return { all: true };
  if (/^[\d.]+(\/\d+)?$/.test(s) || s.includes(':')) return { address: s };
  if (/^[A-Za-z][\w.-]*$/.test(s)) return { unknown: `service tag ${s}: depends on what the tag holds` };
  return { unknown: `the address prefix ${shown(v, 60)}, which the audit cannot read` };
}

function endOf(r: Json, side: 'source' | 'destination'): EndAlternative[] {
  const entries = both(r, `${side}AddressPrefix`).map(addressEntry);
  for (const asg of arrayOf(r[`${side}ApplicationSecurityGroups`])) {
    const id = isObject(asg) && typeof asg.id === 'string' ? asg.id.split('/').pop() : shown(asg, 60);
    entries.push({ unknown: `application security group ${id}: its members are not in this export` });
  }
  // A rule names each end one way or another; a rule with none matches every address there.
  return entries.length === 0 ? [{}] : endAlternatives(entries);
}

/** A port field's values as intervals, `all`, or what cannot be read. */
function portsOf(r: Json, field: string): Interval[] | 'all' | { why: string } {
  const values = both(r, field);
  if (values.length === 0) return 'all';
  const out: Interval[] = [];
  for (const v of values) {
    const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
    const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(s);
    if (s === '*') return 'all';
    if (!m?.[1] || Number(m[1]) > Number(m[2] ?? m[1]) || Number(m[2] ?? m[1]) > 65535)
      return { why: `${field} ${shown(v, 40)} is not a port or range` };
    out.push({ lo: BigInt(m[1]), hi: BigInt(m[2] ?? m[1]) });
  }
  return out;
}

const PROTOCOLS: Readonly<Record<string, string>> = {
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
  esp: 'esp',
  ah: 'ah',
};

interface Compiled {
  readonly direction: 'Inbound' | 'Outbound' | undefined;
  readonly priority: number | undefined;
  readonly rules: ModelRule[];
}

/** One NSG rule: its direction, priority and model rules, or an unreadable entry. */
function compile(
  raw: unknown,
  where: string,
  file: string,
  fromDefaults: string | undefined,
  unreadable: { origin: Origin; why: string }[],
): Compiled {
  const r = isObject(raw) ? fieldsOf(raw) : {};
  const name = typeof r.name === 'string' ? r.name : where;
  const priority = typeof r.priority === 'number' && Number.isInteger(r.priority) ? r.priority : undefined;
  const dir = typeof r.direction === 'string' ? r.direction.toLowerCase() : '';
  const direction = dir === 'inbound' ? 'Inbound' : dir === 'outbound' ? 'Outbound' : undefined;
  const access = typeof r.access === 'string' ? r.access.toLowerCase() : '';
  const protocol = typeof r.protocol === 'string' ? r.protocol.toLowerCase() : '';
  const problems: string[] = [];
  if (!isObject(raw)) problems.push('not a rule');
  if (priority === undefined) problems.push(`priority ${shown(r.priority, 20)} is not a number`);
  if (!direction) problems.push(`direction ${shown(r.direction, 20)} is neither Inbound nor Outbound`);
  let action: Action =
    access === 'allow'
      ? { kind: 'accept' }
      : access === 'deny'
        ? { kind: 'drop' }
        : { kind: 'unknown', text: `access ${shown(r.access, 20)}` };
  if (action.kind === 'unknown') problems.push(`access ${shown(r.access, 20)} is neither Allow nor Deny`);
  const base: { protocols?: Match['protocols']; unknown?: string[] } = {};
  if (protocol !== '*' && protocol !== 'any') {
    const p = PROTOCOLS[protocol];
    if (p) base.protocols = { names: [p] };
    else problems.push(`protocol ${shown(r.protocol, 20)} is not one Azure has`);
  }
  const dport = portsOf(r, 'destinationPortRange');
  const sport = portsOf(r, 'sourcePortRange');
  for (const p of [dport, sport]) if (typeof p === 'object' && 'why' in p) problems.push(p.why);
  const text = `${r.direction ?? '?'} ${r.priority ?? '?'} ${name}: ${r.access ?? '?'} ${r.protocol ?? '?'} from ${both(r, 'sourceAddressPrefix').join(',') || '*'}:${both(r, 'sourcePortRange').join(',') || '*'} to ${both(r, 'destinationAddressPrefix').join(',') || '*'}:${both(r, 'destinationPortRange').join(',') || '*'}`;
  const origin: Origin = {
    file,
    id: `${name} (priority ${r.priority ?? '?'})`,
    text: shown(fromDefaults ? `${text} (${fromDefaults})` : text, 240),
  };
  if (problems.length > 0) {
    unreadable.push({ origin, why: problems.join('; ') });
    // What a rule cannot be read to do, it may do to anything its direction sees.
    action = { kind: 'unknown', text: `${name}: ${problems.join('; ')}` };
    return { direction, priority, rules: [{ match: {}, action, origin }] };
  }
  const match: Match = {
    ...base,
    ...(Array.isArray(dport) ? { dport: { intervals: dport } } : {}),
    ...(Array.isArray(sport) ? { sport: { intervals: sport } } : {}),
  };
  const rules = endMatches(match, endOf(r, 'source'), endOf(r, 'destination')).map((m) => ({
    match: m,
    action,
    origin,
  }));
  return { direction, priority, rules };
}

/** The rule lists of a document: `az network nsg show`, the ARM resource, or a bare list of rules. */
function listsOf(doc: unknown): { rules: unknown[]; defaults: unknown[] | undefined } | undefined {
  if (Array.isArray(doc)) return { rules: doc, defaults: undefined };
  if (!isObject(doc)) return undefined;
  const d = isObject(doc.properties) ? { ...doc, ...doc.properties } : doc;
  if (!('securityRules' in d) && !('defaultSecurityRules' in d)) return undefined;
  const defaults = arrayOf(d.defaultSecurityRules);
  return { rules: arrayOf(d.securityRules), defaults: defaults.length > 0 ? defaults : undefined };
}

/**
 * The ruleset of one NSG: per direction, its rules and the default rules by priority, first match.
 * Inbound meets flows into the host or subnet the NSG is on, outbound flows out of it.
 */
export function parseAzureNsg(text: string, file: string): Ruleset {
  const unreadable: { origin: Origin; why: string }[] = [];
  const json = readJson(text);
  const lists = 'value' in json ? listsOf(json.value) : undefined;
  const compiled: Compiled[] = [];
  if (!lists) {
    const origin = { file, text: shown(text, 80) };
    const why = 'error' in json ? json.error : 'no securityRules in it';
    unreadable.push({ origin, why });
    compiled.push({
      direction: undefined,
      priority: undefined,
      rules: [{ match: {}, action: { kind: 'unknown', text: why }, origin }],
    });
  } else {
    lists.rules.forEach((r, i) => {
      compiled.push(compile(r, `securityRules[${i}]`, file, undefined, unreadable));
    });
    const defaults = lists.defaults ?? DEFAULT_RULES;
    const note = lists.defaults
      ? undefined
      : "Azure's documented default rule: the export has no defaultSecurityRules";
    defaults.forEach((r, i) => {
      compiled.push(compile(r, `defaultSecurityRules[${i}]`, file, note, unreadable));
    });
  }
  const chain = (direction: 'Inbound' | 'Outbound'): Chain => ({
    name: direction,
    // A rule whose priority cannot be read could stand anywhere: it goes first, where it decides
    // everything it could touch as "depends on" it.
    rules: compiled
      .filter((c) => c.direction === direction || c.direction === undefined)
      .map((c, order) => ({ c, order }))
      .sort((a, b) => (a.c.priority ?? -1) - (b.c.priority ?? -1) || a.order - b.order)
      .flatMap(({ c }) => c.rules),
    policy: {
      verdict: 'drop',
      origin: {
        file,
        text: `${direction}: below every rule (Azure's DenyAll${direction === 'Inbound' ? 'InBound' : 'OutBound'})`,
      },
    },
  });
  const inbound = chain('Inbound');
  const outbound = chain('Outbound');
  return {
    format: 'azure-nsg',
    file,
    hooks: { input: [inbound], output: [outbound] },
    chains: new Map([
      ['Inbound', inbound],
      ['Outbound', outbound],
    ]),
    unreadable,
    stateful: true,
  };
}

/** Azure network security groups (`az network nsg show`): priority order per direction, default rules included. */
export const azureNsg: RulesetFormat = {
  name: 'azure-nsg',
  summary: 'Azure network security group: az network nsg show JSON (securityRules and defaultSecurityRules)',
  detect: (text) =>
    /^\s*[[{]/.test(text) &&
    /"(securityRules|defaultSecurityRules)"|"direction"\s*:\s*"(Inbound|Outbound)"/i.test(text),
  parse: parseAzureNsg,
};
