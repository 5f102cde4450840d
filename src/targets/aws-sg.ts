// AWS security group rules for the connector, as Terraform: one aws_vpc_security_group_egress_rule
// or _ingress_rule per address block (CIDR or prefix list) and port or port range.
import { type AddressBlock, uniteBlocks } from '../common/address.js';
import type { Transport } from '../plan/types.js';
import {
  blockCidrs,
  type Endpoint,
  type FirewallInput,
  type FirewallOptions,
  type FirewallRule,
  type FirewallTarget,
} from './_firewall.js';
import { hclArguments, hclComment, hclName, hclString } from './_hcl.js';

/** AWS's default quota of inbound, and of outbound, rules per security group (adjustable). */
export const SG_RULES_QUOTA = 60;

/** The longest description a security group rule takes. */
const DESCRIPTION_MAX = 255;

/** One security group rule: one peer, one protocol, one port or range. */
export interface SgPermission {
  readonly direction: 'egress' | 'ingress';
  readonly protocol: Transport;
  readonly fromPort: number;
  readonly toPort: number;
  /** The other end: an IPv4 or IPv6 CIDR, or a provider-maintained prefix list (by name). */
  readonly peer:
    | { readonly kind: 'cidr4' | 'cidr6'; readonly cidr: string }
    | { readonly kind: 'prefix-list'; readonly name: string; readonly stands: string };
  /** The plan rules it stands for: two rules may need the same opening, which AWS takes once. */
  readonly rules: readonly string[];
  /** The first rule's comment, in the characters AWS allows in a description. */
  readonly description: string;
}

/**
 * `text` in the characters AWS allows in a security group rule description (a-z, A-Z, 0-9,
 * spaces and `._-:/()#,@[]+=;{}!$*`), at most 255 of them: an apostrophe is dropped, anything else
 * becomes a space.
 *
 * @example
 * sgDescription("r001 x (1.1): Cohesity's cloud") // 'r001 x (1.1): Cohesitys cloud'
 */
export function sgDescription(text: string): string {
  // `&` is in some versions of the API reference and not others: left out.
  const clean = text
    .replace(/['\u2019]/g, '')
    .replace(/[^a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return clean.slice(0, DESCRIPTION_MAX).trimEnd();
}

/** The other end of each rule in security group terms: CIDRs covering its blocks, or a prefix list. */
function peers(ends: readonly Endpoint[]): SgPermission['peer'][] {
  const blocks: AddressBlock[] = [];
  const out: SgPermission['peer'][] = [];
  for (const e of ends) {
    switch (e.kind) {
      case 'block':
        blocks.push(e.block);
        break;
      case 'any':
        blocks.push(
          { family: 4, first: 0n, last: 2n ** 32n - 1n },
          { family: 6, first: 0n, last: 2n ** 128n - 1n },
        );
        break;
      case 'prefix-list':
        out.push({ kind: 'prefix-list', name: e.id, stands: e.stands });
        break;
      case 'fqdn':
      case 'wildcard':
        // prepareFirewall never hands names to a target whose capabilities lack them.
        throw new Error(`aws-sg: a security group cannot name ${e.kind === 'fqdn' ? e.host : e.pattern}`);
    }
  }
  // Neighbouring addresses (ESXi hosts one after another) become one CIDR, not one rule each.
  const united = uniteBlocks(blocks, (b) => b).flatMap(({ block }) =>
    blockCidrs(block).map((cidr) => ({
      kind: block.family === 4 ? ('cidr4' as const) : ('cidr6' as const),
      cidr,
    })),
  );
  return [...united, ...out];
}

function portSpans(rule: FirewallRule): [number, number][] {
  if (rule.anyPort) return [[0, 65535]];
  return [
    ...rule.ports.map((p): [number, number] => [p, p]),
    ...rule.portRanges.map(([a, b]): [number, number] => [a, b]),
  ];
}

const peerKey = (p: SgPermission['peer']) => (p.kind === 'prefix-list' ? `pl ${p.name}` : p.cidr);

/**
 * The connector's security group rules: egress for its outgoing rows (to their destinations),
 * ingress for the rows that end on it (from their sources), each opening once, in plan order.
 */
export function securityGroupPermissions(rules: readonly FirewallRule[]): SgPermission[] {
  const byKey = new Map<string, { permission: SgPermission; rules: string[] }>();
  for (const rule of rules) {
    if (rule.direction === 'lateral') continue;
    const direction = rule.direction === 'out' ? 'egress' : 'ingress';
    const other = peers(direction === 'egress' ? rule.destinations : rule.sources);
    for (const [fromPort, toPort] of portSpans(rule)) {
      for (const peer of other) {
        const key = `${direction} ${rule.transport} ${fromPort}-${toPort} ${peerKey(peer)}`;
        const seen = byKey.get(key);
        if (seen) {
          if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
          continue;
        }
        const ids = [rule.id];
        byKey.set(key, {
          permission: {
            direction,
            protocol: rule.transport,
            fromPort,
            toPort,
            peer,
            rules: ids,
            description: sgDescription(rule.comment),
          },
          rules: ids,
        });
      }
    }
  }
  return [...byKey.values()].map((v) => v.permission);
}

/** The S3 prefix list AWS keeps for a region, for the only wildcard it stands for. */
export function s3PrefixList(pattern: string, options: FirewallOptions): Endpoint | undefined {
  if (pattern.toLowerCase() !== `*.s3.${options.region}.amazonaws.com`) return undefined;
  return { kind: 'prefix-list', id: `com.amazonaws.${options.region}.s3`, stands: pattern };
}

/** Notes every security group output carries after the plan's header. */
export function securityGroupNotes(permissions: readonly SgPermission[]): string[] {
  const notes = [
    'A new security group allows all outbound traffic until its default egress rule (0.0.0.0/0, all protocols) is removed: the egress rules here restrict the connector only once it is.',
    'Security groups are stateful: replies need no rule of their own.',
  ];
  for (const direction of ['egress', 'ingress'] as const) {
    const n = permissions.filter((p) => p.direction === direction).length;
    if (n > SG_RULES_QUOTA)
      notes.push(
        `${n} ${direction} rules: more than the default quota of ${SG_RULES_QUOTA} per security group; raise the quota (Service Quotas, "Inbound or outbound rules per security group") or split them over more security groups`,
      );
  }
  return notes;
}

const portLabel = (p: SgPermission) =>
  p.fromPort === p.toPort ? `${p.fromPort}` : `${p.fromPort}_${p.toPort}`;
const peerLabel = (p: SgPermission['peer']) => (p.kind === 'prefix-list' ? 'pl_s3' : p.cidr);

/** The data source name of a prefix list looked up by name (`com.amazonaws.us-west-2.s3` → `s3`). */
const prefixListData = (name: string) => hclName(name.split('.').at(-1) ?? name);

function* renderTerraform(input: FirewallInput): Iterable<string> {
  const permissions = securityGroupPermissions(input.rules);
  for (const line of input.header) yield `${hclComment(line)}\n`;
  for (const line of securityGroupNotes(permissions)) yield `${hclComment(line)}\n`;
  yield `${hclComment('Apply: terraform apply -var security_group_id=sg-… (the security group of the connector)')}\n\n`;
  yield 'variable "security_group_id" {\n';
  yield* hclArguments(
    [
      ['description', hclString("The ID of the connector's security group (sg-…)")],
      ['type', 'string'],
    ],
    '  ',
  ).map((l) => `${l}\n`);
  yield '}\n';
  const lists = [
    ...new Set(permissions.flatMap((p) => (p.peer.kind === 'prefix-list' ? [p.peer.name] : []))),
  ];
  for (const name of lists) {
    yield `\n${hclComment(`The list of addresses AWS keeps for ${name}`)}\n`;
    yield `data "aws_ec2_managed_prefix_list" ${hclString(prefixListData(name))} {\n`;
    yield `  name = ${hclString(name)}\n}\n`;
  }
  for (const p of permissions) {
    const name = hclName(`${p.direction}_${p.protocol}_${portLabel(p)}_${peerLabel(p.peer)}`);
    const peer: [string, string] =
      p.peer.kind === 'prefix-list'
        ? ['prefix_list_id', `data.aws_ec2_managed_prefix_list.${prefixListData(p.peer.name)}.id`]
        : [p.peer.kind === 'cidr4' ? 'cidr_ipv4' : 'cidr_ipv6', hclString(p.peer.cidr)];
    const stands = p.peer.kind === 'prefix-list' ? ` (for ${p.peer.stands})` : '';
    yield `\n${hclComment(`${p.rules.join(' ')}: ${p.direction} ${p.protocol}/${p.fromPort === p.toPort ? p.fromPort : `${p.fromPort}-${p.toPort}`} ${p.peer.kind === 'prefix-list' ? p.peer.name : p.peer.cidr}${stands}`)}\n`;
    yield `resource "aws_vpc_security_group_${p.direction}_rule" ${hclString(name)} {\n`;
    yield* hclArguments(
      [
        ['security_group_id', 'var.security_group_id'],
        ['description', hclString(p.description)],
        ['ip_protocol', hclString(p.protocol)],
        ['from_port', String(p.fromPort)],
        ['to_port', String(p.toPort)],
        peer,
      ],
      '  ',
    ).map((l) => `${l}\n`);
    yield '}\n';
  }
}

/**
 * The connector's security group as Terraform (`aws_vpc_security_group_egress_rule` /
 * `_ingress_rule`, AWS provider 5+). Security groups name addresses only: host names are omitted
 * (or resolved with `--resolve`), wildcards too except the region's S3 data path, which AWS's
 * managed prefix list `com.amazonaws.{region}.s3` stands for. The same rules as JSON for the AWS
 * CLI: `aws-sg-json`.
 */
export const awsSg: FirewallTarget = {
  name: 'aws-sg',
  extension: '.tf',
  summary: "the connector's AWS security group rules, as Terraform",
  supports: {
    fqdn: false,
    wildcardFqdn: false,
    ipv6: true,
    portRanges: true,
    anyPort: true,
    hostScope: false,
    comments: true,
  },
  enforcement: () => 'connector',
  provided: s3PrefixList,
  render: renderTerraform,
};
