// AWS security groups as `aws ec2 describe-security-groups` prints them (and portplan's own
// `render --target aws-sg-json`), compiled into one allow-only chain per direction.
import type { Chain, Interval, Match, ModelRule, Origin, Ruleset, RulesetFormat } from '../model.js';
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

/** Protocol names and numbers as `IpProtocol` has them, to the names the model uses. */
const PROTOCOLS: Readonly<Record<string, string>> = {
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmpv6',
  '58': 'icmpv6',
};

type Direction = 'ingress' | 'egress';

/** What a group holds in the export: its id and name, and each direction's permissions. */
interface Group {
  readonly id: string;
  readonly name?: string;
  readonly ingress: unknown[];
  readonly egress: unknown[];
}

/** The groups of a document: `SecurityGroups` from the CLI, or portplan's `{ingress, egress}`. */
function groupsOf(doc: unknown): Group[] | undefined {
  if (isObject(doc) && Array.isArray(doc.SecurityGroups)) {
    return doc.SecurityGroups.map((g, i) =>
      isObject(g)
        ? {
            id: typeof g.GroupId === 'string' ? g.GroupId : `SecurityGroups[${i}]`,
            ...(typeof g.GroupName === 'string' ? { name: g.GroupName } : {}),
            ingress: arrayOf(g.IpPermissions),
            egress: arrayOf(g.IpPermissionsEgress),
          }
        : { id: `SecurityGroups[${i}]`, ingress: [g], egress: [g] },
    );
  }
  if (isObject(doc) && (isObject(doc.ingress) || isObject(doc.egress))) {
    const perms = (d: unknown) => (isObject(d) ? arrayOf(d.IpPermissions) : []);
    return [
      { id: 'sg-…', name: 'portplan aws-sg-json', ingress: perms(doc.ingress), egress: perms(doc.egress) },
    ];
  }
  if (isObject(doc) && Array.isArray(doc.IpPermissions))
    return [{ id: 'sg-…', ingress: doc.IpPermissions, egress: [] }];
  return undefined;
}

/** The protocol and port part of a permission, or what cannot be read in it. */
function protocolMatch(p: Json): { match: Match; text: string } | { why: string } {
  const raw = p.IpProtocol;
  const proto =
    typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.toLowerCase() : undefined;
  if (proto === undefined) return { why: `IpProtocol ${shown(raw)} is not a protocol` };
  if (proto === '-1' || proto === 'all') return { match: {}, text: 'all traffic' };
  const name = PROTOCOLS[proto] ?? (/^\d{1,3}$/.test(proto) ? proto : undefined);
  if (name === undefined) return { why: `IpProtocol ${shown(raw)} is not a protocol` };
  if (name !== 'tcp' && name !== 'udp')
    // ICMP's FromPort/ToPort are a type and a code, and other protocols have no ports.
    return { match: { protocols: { names: [name] } }, text: name };
  const from = p.FromPort ?? -1;
  const to = p.ToPort ?? -1;
  if (from === -1 && to === -1) return { match: { protocols: { names: [name] } }, text: `${name} all ports` };
  if (
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < 0 ||
    from > to ||
    to > 65535
  )
    return { why: `ports ${shown(from)}-${shown(to)} are not a port range` };
  const ports: Interval = { lo: BigInt(from), hi: BigInt(to) };
  return {
    match: { protocols: { names: [name] }, dport: { intervals: [ports] } },
    text: from === to ? `${name} ${from}` : `${name} ${from}-${to}`,
  };
}

/** Each peer of a permission as an end alternative, with the words that name it. */
function peersOf(p: Json): { alt: EndAlternative[]; text: string }[] {
  const peers: { alt: EndAlternative[]; text: string }[] = [];
  const described = (e: Json, name: string) =>
    typeof e.Description === 'string' && e.Description !== '' ? `${name} "${e.Description}"` : name;
  for (const e of arrayOf(p.IpRanges))
    if (isObject(e))
      peers.push({
        alt: endAlternatives([{ address: String(e.CidrIp) }]),
        text: described(e, String(e.CidrIp)),
      });
  for (const e of arrayOf(p.Ipv6Ranges))
    if (isObject(e))
      peers.push({
        alt: endAlternatives([{ address: String(e.CidrIpv6) }]),
        text: described(e, String(e.CidrIpv6)),
      });
  for (const e of arrayOf(p.PrefixListIds))
    if (isObject(e)) {
      const id = String(e.PrefixListId);
      peers.push({
        alt: [{ unknown: `prefix list ${id}: its entries are not in this export` }],
        text: described(e, id),
      });
    }
  for (const e of arrayOf(p.UserIdGroupPairs))
    if (isObject(e)) {
      const id = String(e.GroupId ?? e.GroupName);
      peers.push({
        alt: [{ unknown: `security group ${id}: the addresses of its members are not in this export` }],
        text: described(e, id),
      });
    }
  return peers;
}

/**
 * The ruleset of the groups in a `describe-security-groups` document, optionally only `groups`
 * (ids or names): the union of what they allow, as when all of them are attached to the instance.
 */
export function parseAwsSecurityGroups(
  text: string,
  file: string,
  options: { groups?: readonly string[] } = {},
): Ruleset {
  const unreadable: { origin: Origin; why: string }[] = [];
  const sure: Record<Direction, ModelRule[]> = { ingress: [], egress: [] };
  const doubtful: Record<Direction, ModelRule[]> = { ingress: [], egress: [] };
  const add = (direction: Direction, rule: ModelRule) =>
    (rule.match.unknown || rule.action.kind === 'unknown' ? doubtful : sure)[direction].push(rule);
  // Whatever cannot be read might allow any flow: it is kept as an allow that depends on it.
  const cannotRead = (direction: Direction, origin: Origin, why: string) => {
    unreadable.push({ origin, why });
    add(direction, {
      match: { unknown: [`${origin.id ?? 'the file'}: ${why}`] },
      action: { kind: 'accept' },
      origin,
    });
  };
  const json = readJson(text);
  const all = 'value' in json ? groupsOf(json.value) : undefined;
  if (!all) {
    const why = 'error' in json ? json.error : 'no SecurityGroups in it';
    for (const d of ['ingress', 'egress'] as const) cannotRead(d, { file, text: shown(text, 80) }, why);
  }
  const wanted = options.groups;
  const groups = (all ?? []).filter(
    (g) => !wanted || wanted.includes(g.id) || (g.name !== undefined && wanted.includes(g.name)),
  );
  for (const g of groups) {
    const label = g.name ? `${g.id} (${g.name})` : g.id;
    for (const direction of ['ingress', 'egress'] as const) {
      g[direction].forEach((p, i) => {
        const id = `${g.id} ${direction}[${i}]`;
        if (!isObject(p)) {
          cannotRead(direction, { file, id, text: `${label} ${direction}: ${shown(p)}` }, 'not a permission');
          return;
        }
        const proto = protocolMatch(p);
        if ('why' in proto) {
          cannotRead(direction, { file, id, text: `${label} ${direction}: ${shown(p)}` }, proto.why);
          return;
        }
        // AWS matches the peer against the source of ingress and the destination of egress.
        for (const peer of peersOf(p)) {
          const origin: Origin = {
            file,
            id,
            text: `${label} ${direction}: allow ${proto.text} ${direction === 'ingress' ? 'from' : 'to'} ${peer.text}`,
          };
          const matches =
            direction === 'ingress'
              ? endMatches(proto.match, peer.alt, [{}])
              : endMatches(proto.match, [{}], peer.alt);
          for (const match of matches) add(direction, { match, action: { kind: 'accept' }, origin });
        }
      });
    }
  }
  const names = groups.map((g) => g.id).join(', ');
  const chain = (direction: Direction): Chain => ({
    name: direction,
    // An allow-only union does not depend on order: the certain allows go first, so that a doubt
    // decides only what nothing certain allows.
    rules: [...sure[direction], ...doubtful[direction]],
    policy: {
      verdict: 'drop',
      origin: {
        file,
        text:
          groups.length > 1
            ? `security groups ${names} (their union, as when all are attached to the instance): no rule allows it`
            : `security group ${names || '(none)'}: no ${direction} rule allows it`,
      },
    },
  });
  const ingress = chain('ingress');
  const egress = chain('egress');
  return {
    format: 'aws-sg',
    file,
    // The groups are the instance's own (`--at` that host): ingress meets flows into it, egress flows out.
    hooks: { input: [ingress], output: [egress] },
    chains: new Map([
      ['ingress', ingress],
      ['egress', egress],
    ]),
    unreadable,
    stateful: true,
  };
}

/**
 * AWS security groups (`aws ec2 describe-security-groups`): allow-only, stateful; ingress meets
 * flows into the host the groups are attached to, egress flows out of it.
 */
export const awsSg: RulesetFormat = {
  name: 'aws-sg',
  summary: 'AWS security groups: aws ec2 describe-security-groups JSON (or render --target aws-sg-json)',
  detect: (text) => /^\s*\{/.test(text) && /"(SecurityGroups|IpPermissions)"/.test(text),
  parse: (text, file) => parseAwsSecurityGroups(text, file),
};
