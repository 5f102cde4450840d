// NSX Policy API gateway firewall policies (VMware Cloud on AWS: GET …/domains/{mgw|cgw}/
// gateway-policies/default, a list of them, the hierarchical /infra document, or portplan's own
// `render --target nsx` requests), with the groups and services they carry resolved.
import type { Action, Chain, Match, ModelRule, Origin, Ruleset, RulesetFormat, ValueSet } from '../model.js';
import {
  arrayOf,
  type EndAlternative,
  endAlternatives,
  endMatches,
  isObject,
  type Json,
  portInterval,
  readJson,
  shown,
} from './_cloud.js';

/**
 * NSX's predefined services (/infra/services/…) that a VMC gateway rule names most, with the
 * ports NSX defines for them; any other predefined service is an unknown match naming it.
 */
const PREDEFINED_SERVICES: Readonly<Record<string, readonly { protocol: string; ports?: string }[]>> = {
  HTTPS: [{ protocol: 'tcp', ports: '443' }],
  HTTP: [{ protocol: 'tcp', ports: '80' }],
  SSH: [{ protocol: 'tcp', ports: '22' }],
  DNS: [{ protocol: 'tcp', ports: '53' }],
  'DNS-UDP': [{ protocol: 'udp', ports: '53' }],
  NTP: [{ protocol: 'udp', ports: '123' }],
  LDAP: [{ protocol: 'tcp', ports: '389' }],
  'LDAP-over-SSL': [{ protocol: 'tcp', ports: '636' }],
  'ICMP-ALL': [{ protocol: 'icmp' }],
  ICMP_ALL: [{ protocol: 'icmp' }],
};

/** VMC's scope labels: the Management Gateway, and the Compute Gateway's interfaces. */
function gatewayOf(
  scope: readonly string[],
  policyPath: string,
): { key: string; name: string; only?: string } {
  const s = scope.find((x) => x !== 'ANY') ?? '';
  const domain = /\/domains\/([^/]+)\//.exec(policyPath)?.[1];
  if (s === '/infra/labels/mgw' || (!s && domain === 'mgw'))
    return { key: 'mgw', name: 'Management Gateway' };
  if (s.startsWith('/infra/labels/cgw') || (!s && domain === 'cgw')) {
    const iface = s.replace('/infra/labels/cgw-', '');
    return {
      key: 'cgw',
      name: 'Compute Gateway',
      // cgw-all is every uplink; cgw-vpn, cgw-public, cgw-direct-connect… only the traffic on one.
      ...(s && s !== '/infra/labels/cgw-all'
        ? { only: `applied to the Compute Gateway's ${iface} interface only: whether the flow uses it` }
        : {}),
    };
  }
  if (s) return { key: s, name: s.split('/').slice(-2).join(' ') };
  return { key: '*', name: `gateway policy in domain ${domain ?? '?'} (no scope)` };
}

interface Collected {
  readonly groups: Map<string, Json>;
  readonly services: Map<string, Json>;
  /** Rules with the path of the policy they belong to and that policy's sequence number. */
  readonly rules: { rule: Json; policy: string; policySeq: number; where: string }[];
}

/** Every Group, Service, GatewayPolicy and Rule in the document, wherever it sits. */
function collect(doc: unknown): Collected {
  const out: Collected = { groups: new Map(), services: new Map(), rules: [] };
  const seen = new Set<unknown>();
  const pathOf = (o: Json, requestPath: string | undefined): string | undefined =>
    typeof o.path === 'string' ? o.path : requestPath?.replace(/^\/policy\/api\/v1/, '');
  const walk = (v: unknown, requestPath: string | undefined, where: string, depth: number): void => {
    if (depth > 32 || seen.has(v)) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, undefined, `${where}[${i}]`, depth + 1);
      });
      return;
    }
    if (!isObject(v)) return;
    seen.add(v);
    // portplan's requests: `{ method, path, body }`, the body's place given by the path.
    if (isObject(v.body) && typeof v.path === 'string') {
      walk(v.body, v.path, `${where}.body`, depth + 1);
      return;
    }
    const type = v.resource_type;
    const path = pathOf(v, requestPath);
    const id = typeof v.id === 'string' ? v.id : undefined;
    if (type === 'Group') {
      for (const key of [path, id].filter((k): k is string => !!k)) out.groups.set(key, v);
    } else if (type === 'Service') {
      for (const key of [path, id && `/infra/services/${id}`].filter((k): k is string => !!k))
        out.services.set(key, v);
    } else if (type === 'GatewayPolicy' || (Array.isArray(v.rules) && type === undefined)) {
      const policy =
        path ??
        `/infra/domains/${/\/domains\/([^/]+)\//.exec(String(v.parent_path ?? ''))?.[1] ?? '?'}/gateway-policies/${id ?? '?'}`;
      const policySeq = typeof v.sequence_number === 'number' ? v.sequence_number : 0;
      arrayOf(v.rules).forEach((rule, i) => {
        out.rules.push({
          rule: isObject(rule) ? rule : { unreadable: rule },
          policy,
          policySeq,
          where: `${where}.rules[${i}]`,
        });
      });
    } else if (type === 'Rule') {
      const policy = (path ?? String(v.parent_path ?? '')).replace(/\/rules\/[^/]+$/, '');
      out.rules.push({ rule: v, policy, policySeq: 0, where });
      return;
    }
    for (const [k, x] of Object.entries(v)) if (k !== 'rules') walk(x, undefined, `${where}.${k}`, depth + 1);
  };
  walk(doc, undefined, '$', 0);
  return out;
}

/** One end of a rule: `ANY`, addresses written in it, or group paths resolved through the export. */
function endOf(values: readonly unknown[], groups: Map<string, Json>): EndAlternative[] {
  if (values.length === 0 || values.includes('ANY')) return [{}];
  const entries: ({ all: true } | { address: string } | { unknown: string })[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (typeof v !== 'string') {
      entries.push({ unknown: `the group ${shown(v, 60)}, which the audit cannot read` });
      return;
    }
    if (!v.startsWith('/')) {
      // The policy API takes addresses in place of groups.
      entries.push({ address: v });
      return;
    }
    const group = groups.get(v);
    const name = v.split('/').pop();
    if (!group || depth > 8) {
      entries.push({
        unknown: /\/domains\/mgw\/groups\/[A-Z-]+$/.test(v)
          ? `system group ${name}: its members (the SDDC's own appliances) are not in this export`
          : `group ${name}: its members are not in this export`,
      });
      return;
    }
    for (const e of arrayOf(group.expression)) {
      if (!isObject(e)) continue;
      if (e.resource_type === 'IPAddressExpression')
        for (const a of arrayOf(e.ip_addresses)) entries.push({ address: String(a) });
      else if (e.resource_type === 'PathExpression') for (const p of arrayOf(e.paths)) visit(p, depth + 1);
      else if (e.resource_type === 'ConjunctionOperator') {
        if (e.conjunction_operator !== 'OR')
          entries.push({
            unknown: `group ${name}: its members are given by a condition (${shown(e.conjunction_operator, 10)})`,
          });
      } else
        entries.push({
          unknown: `group ${name}: its members are given by ${shown(e.resource_type, 40)}, not by addresses`,
        });
    }
  };
  for (const v of values) visit(v, 0);
  return endAlternatives(entries);
}

/** The protocol-and-port matches of one service entry, or what cannot be read in it. */
function entryMatches(e: Json, name: string): Match[] | string {
  switch (e.resource_type) {
    case 'L4PortSetServiceEntry':
    case 'ALGTypeServiceEntry': {
      const protocol = String(e.l4_protocol ?? (e.alg ? 'TCP' : '')).toLowerCase();
      if (protocol !== 'tcp' && protocol !== 'udp')
        return `service ${name}: l4_protocol ${shown(e.l4_protocol, 20)}`;
      const ports = arrayOf(e.destination_ports).map(portInterval);
      if (ports.some((p) => p === undefined))
        return `service ${name}: destination ports ${shown(e.destination_ports, 60)}`;
      const sports = arrayOf(e.source_ports).map(portInterval);
      if (sports.some((p) => p === undefined))
        return `service ${name}: source ports ${shown(e.source_ports, 60)}`;
      const interval = (ps: typeof ports): ValueSet | undefined =>
        ps.length === 0 || ps.includes('all')
          ? undefined
          : { intervals: ps as Exclude<(typeof ps)[number], 'all' | undefined>[] };
      const dport = interval(ports);
      const sport = interval(sports);
      return [{ protocols: { names: [protocol] }, ...(dport ? { dport } : {}), ...(sport ? { sport } : {}) }];
    }
    case 'IPProtocolServiceEntry': {
      const n = e.protocol_number;
      return [{ protocols: { names: [n === 6 ? 'tcp' : n === 17 ? 'udp' : String(n)] } }];
    }
    case 'ICMPTypeServiceEntry':
      return [
        {
          protocols: {
            names: [
              String(e.protocol ?? 'icmp')
                .toLowerCase()
                .replace('icmpv4', 'icmp'),
            ],
          },
        },
      ];
    default:
      return `service ${name}: an entry of type ${shown(e.resource_type, 40)}`;
  }
}

/** The rule's services as protocol-and-port matches; unknown ones as matches that depend on them. */
function servicesOf(rule: Json, services: Map<string, Json>): Match[] {
  const paths = arrayOf(rule.services);
  const inline = arrayOf(rule.service_entries);
  if ((paths.length === 0 || paths.includes('ANY')) && inline.length === 0) return [{}];
  const out: Match[] = [];
  const fromEntries = (entries: unknown[], name: string, depth: number) => {
    for (const e of entries) {
      if (!isObject(e)) continue;
      if (
        e.resource_type === 'NestedServiceServiceEntry' &&
        typeof e.nested_service_path === 'string' &&
        depth < 8
      ) {
        fromService(e.nested_service_path, depth + 1);
        continue;
      }
      const m = entryMatches(e, name);
      if (typeof m === 'string') out.push({ unknown: [m] });
      else out.push(...m);
    }
  };
  const fromService = (path: unknown, depth: number) => {
    const p = String(path);
    const name = p.split('/').pop() ?? p;
    const service = services.get(p);
    if (service) return fromEntries(arrayOf(service.service_entries), name, depth);
    const predefined = p.startsWith('/infra/services/') ? PREDEFINED_SERVICES[name] : undefined;
    if (predefined) {
      for (const d of predefined) {
        const port = d.ports ? portInterval(d.ports) : undefined;
        out.push({
          protocols: { names: [d.protocol] },
          ...(port && port !== 'all' ? { dport: { intervals: [port] } } : {}),
        });
      }
      return;
    }
    out.push({ unknown: [`service ${name}: its ports are not in this export`] });
  };
  for (const p of paths) if (p !== 'ANY') fromService(p, 0);
  fromEntries(inline, 'inline', 0);
  return out;
}

const ACTIONS: Readonly<Record<string, Action>> = {
  ALLOW: { kind: 'accept' },
  DROP: { kind: 'drop' },
  REJECT: { kind: 'reject' },
};

/**
 * The ruleset of the gateway policies in an NSX Policy API document, optionally of one gateway
 * (`mgw`, `cgw`, or a Tier-0/1 path): every rule by policy and sequence number, first match, at
 * `forward` (a gateway stands between the hosts).
 */
export function parseNsx(text: string, file: string, options: { gateway?: string } = {}): Ruleset {
  const unreadable: { origin: Origin; why: string }[] = [];
  const json = readJson(text);
  const found = 'value' in json ? collect(json.value) : undefined;
  const byGateway = new Map<
    string,
    { name: string; rules: { seq: [number, number, number]; rules: ModelRule[] }[] }
  >();
  if (!found || found.rules.length === 0) {
    const why = 'error' in json ? json.error : 'no gateway policy rules in it';
    const origin = { file, text: shown(text, 80) };
    unreadable.push({ origin, why });
    byGateway.set('gateway', {
      name: 'gateway',
      rules: [{ seq: [0, 0, 0], rules: [{ match: {}, action: { kind: 'unknown', text: why }, origin }] }],
    });
  }
  found?.rules.forEach(({ rule, policy, policySeq, where }, order) => {
    const scope = arrayOf(rule.scope).map(String);
    const gw = gatewayOf(scope, policy);
    const seq = typeof rule.sequence_number === 'number' ? rule.sequence_number : -1;
    const id = String(rule.id ?? rule.display_name ?? where);
    const ends = (k: string) =>
      arrayOf(rule[k])
        .map((x) => (typeof x === 'string' ? x.split('/').pop() : shown(x, 30)))
        .join(',') || 'ANY';
    const origin: Origin = {
      file,
      id: `${gw.name} ${policy.split('/').pop()} #${rule.sequence_number ?? '?'} ${id}`,
      text: shown(
        `${gw.name} (${policy}) rule ${id}${rule.display_name && rule.display_name !== id ? ` "${rule.display_name}"` : ''}: ${rule.action ?? '?'} ${ends('source_groups')}${rule.sources_excluded ? ' (excluded)' : ''} → ${ends('destination_groups')}${rule.destinations_excluded ? ' (excluded)' : ''} services ${ends('services')}`,
        240,
      ),
    };
    if (rule.disabled === true) return;
    const entry = byGateway.get(gw.key) ?? { name: gw.name, rules: [] };
    byGateway.set(gw.key, entry);
    const problems: string[] = [];
    let action = typeof rule.action === 'string' ? ACTIONS[rule.action] : undefined;
    if (!action) {
      problems.push(`action ${shown(rule.action, 30)}`);
      action = { kind: 'unknown', text: `action ${shown(rule.action, 30)}` };
    }
    if (seq < 0) problems.push(`sequence_number ${shown(rule.sequence_number, 20)}`);
    if ('unreadable' in rule) problems.push('not a rule');
    if (problems.length > 0) {
      unreadable.push({ origin, why: `cannot read its ${problems.join(', ')}` });
      entry.rules.push({
        seq: [seq < 0 ? -1 : policySeq, seq, order],
        rules: [
          {
            match: {},
            action: { kind: 'unknown', text: `${id} (cannot read its ${problems.join(', ')})` },
            origin,
          },
        ],
      });
      return;
    }
    const unknown: string[] = [];
    if (gw.only) unknown.push(gw.only);
    if (rule.direction === 'IN' || rule.direction === 'OUT')
      unknown.push(`direction ${rule.direction}: which way the flow crosses the gateway's interface`);
    let src = endOf(arrayOf(rule.source_groups), found.groups);
    let dst = endOf(arrayOf(rule.destination_groups), found.groups);
    // An excluded end matches every address but its own: negated known blocks, in doubt otherwise.
    const exclude = (alts: EndAlternative[], side: string): EndAlternative[] => {
      const sets = alts.filter((a) => a.set);
      if (alts.every((a) => a.set) && sets.length === 1 && sets[0]?.set)
        return [{ set: { ...sets[0].set, negate: true } }];
      return [
        { unknown: `the excluded ${side} groups (all but their members), which the audit cannot read here` },
      ];
    };
    if (rule.sources_excluded === true) src = exclude(src, 'source');
    if (rule.destinations_excluded === true) dst = exclude(dst, 'destination');
    const rules: ModelRule[] = [];
    for (const service of servicesOf(rule, found.services)) {
      const base: Match = {
        ...service,
        ...(unknown.length > 0 || service.unknown
          ? { unknown: [...unknown, ...(service.unknown ?? [])] }
          : {}),
      };
      for (const match of endMatches(base, src, dst)) rules.push({ match, action, origin });
    }
    entry.rules.push({ seq: [policySeq, seq, order], rules });
  });
  // A rule that names no gateway (not even by its domain) could apply on any of them.
  const anywhere = byGateway.get('*');
  byGateway.delete('*');
  if (anywhere && byGateway.size === 0) byGateway.set('gateway', { name: 'gateway', rules: [] });
  const chains = new Map<string, Chain>();
  for (const [key, { name, rules: own }] of byGateway) {
    const rules = [...own, ...(anywhere?.rules ?? [])];
    const vmc = key === 'mgw' || key === 'cgw';
    const sorted = rules
      .sort((a, b) => a.seq[0] - b.seq[0] || a.seq[1] - b.seq[1] || a.seq[2] - b.seq[2])
      .flatMap((r) => r.rules);
    if (!vmc) {
      // A Tier-0/1 gateway's default rule is the operator's (NSX creates it as Allow).
      sorted.push({
        match: {},
        action: { kind: 'unknown', text: 'the default rule' },
        origin: { file, text: `${name}: its default rule (not in this export; NSX creates it as Allow)` },
      });
    }
    chains.set(key, {
      name: key,
      rules: sorted,
      policy: {
        verdict: 'drop',
        origin: {
          file,
          text: `${name}: no rule allows it (VMC's default Deny All rule, whether or not the export lists it)`,
        },
      },
    });
  }
  const keys = [...chains.keys()];
  const chosen = options.gateway ?? (keys.length === 1 ? keys[0] : undefined);
  let forward: Chain | undefined = chosen === undefined ? undefined : chains.get(chosen);
  if (!forward) {
    // A flow crosses one gateway, and the export cannot say which: each is in doubt until chosen.
    forward = {
      name: 'gateways',
      rules: [
        {
          match: {
            unknown: [
              chosen === undefined
                ? `which gateway the flow crosses (${keys.join(', ')}): the export holds several`
                : `gateway ${chosen}, which the export does not hold (it has ${keys.join(', ') || 'none'})`,
            ],
          },
          action: { kind: 'accept' },
          origin: { file, text: `the gateways of ${file}` },
        },
      ],
      policy: { verdict: 'drop', origin: { file, text: 'no gateway' } },
    };
  }
  return { format: 'nsx', file, hooks: { forward: [forward] }, chains, unreadable, stateful: true };
}

/**
 * The ruleset as met by a flow that crosses one gateway: `management` or `mgw`, `compute` or `cgw`
 * (the plan's `gateway` of a VMC flow), or a Tier-0/1 path; the whole ruleset when it has no such
 * gateway. An export of several gateways needs this: which one a flow crosses is not in it.
 */
export function nsxAtGateway(ruleset: Ruleset, gateway: string): Ruleset {
  const key = gateway === 'management' ? 'mgw' : gateway === 'compute' ? 'cgw' : gateway;
  const chain = ruleset.chains.get(key);
  return chain ? { ...ruleset, hooks: { forward: [chain] } } : ruleset;
}

/**
 * NSX / VMC on AWS gateway firewall policies (Policy API JSON): rules by sequence number, first
 * match, groups and services resolved where the export carries them; a gateway is between hosts.
 */
export const nsx: RulesetFormat = {
  name: 'nsx',
  summary: 'NSX / VMC gateway firewall policy: Policy API JSON (or render --target nsx)',
  detect: (text) =>
    /^\s*[[{]/.test(text) &&
    /"sequence_number"/.test(text) &&
    /"(GatewayPolicy|Rule|source_groups)"|gateway-policies/.test(text),
  parse: (text, file) => parseNsx(text, file),
  forFlow: (ruleset, flow) => (flow.gateway ? nsxAtGateway(ruleset, flow.gateway) : ruleset),
};
