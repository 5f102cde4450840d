// The connector's AWS security group rules as JSON for the AWS CLI: one `--cli-input-json` document
// for `aws ec2 authorize-security-group-egress`, one for `…-ingress`, and the header beside them.
import type { FirewallInput, FirewallTarget } from './_firewall.js';
import { awsSg, type SgPermission, securityGroupNotes, securityGroupPermissions } from './aws-sg.js';

/** `IpPermissions` items as the EC2 API takes them: one per protocol and port span, its peers listed. */
interface IpPermission {
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  IpRanges?: { CidrIp: string; Description: string }[];
  Ipv6Ranges?: { CidrIpv6: string; Description: string }[];
  PrefixListIds?: { PrefixListId: string; Description: string }[];
}

function ipPermissions(permissions: readonly SgPermission[]): IpPermission[] {
  const out = new Map<string, IpPermission>();
  for (const p of permissions) {
    const key = `${p.protocol} ${p.fromPort} ${p.toPort}`;
    let item = out.get(key);
    if (!item) {
      item = { IpProtocol: p.protocol, FromPort: p.fromPort, ToPort: p.toPort };
      out.set(key, item);
    }
    const Description = p.description;
    const peer = p.peer;
    if (peer.kind === 'prefix-list') {
      // The API takes a prefix list's ID (pl-…), which differs per region: the name stands in
      // its place until the usage lines swap the ID in.
      item.PrefixListIds = [...(item.PrefixListIds ?? []), { PrefixListId: peer.name, Description }];
    } else if (peer.kind === 'cidr4') {
      item.IpRanges = [...(item.IpRanges ?? []), { CidrIp: peer.cidr, Description }];
    } else item.Ipv6Ranges = [...(item.Ipv6Ranges ?? []), { CidrIpv6: peer.cidr, Description }];
  }
  return [...out.values()];
}

/** The shell lines that apply the document, the prefix list's ID swapped in where it has one. */
function usage(permissions: readonly SgPermission[]): string[] {
  const lists = [
    ...new Set(permissions.flatMap((p) => (p.peer.kind === 'prefix-list' ? [p.peer.name] : []))),
  ];
  const lines: string[] = [];
  const swaps: string[] = [];
  lists.forEach((name, i) => {
    lines.push(
      `PL${i}=$(aws ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=${name} --query 'PrefixLists[0].PrefixListId' --output text)`,
    );
    swaps.push(
      `--arg pl${i} "$PL${i}" '(.IpPermissions[].PrefixListIds[]? | select(.PrefixListId == "${name}") | .PrefixListId) |= $pl${i}'`,
    );
  });
  for (const direction of ['egress', 'ingress'] as const) {
    if (!permissions.some((p) => p.direction === direction)) continue;
    const doc =
      swaps.length > 0 ? `jq .${direction} FILE | jq ${swaps.join(' | jq ')}` : `jq .${direction} FILE`;
    lines.push(`aws ec2 authorize-security-group-${direction} --group-id sg-… --cli-input-json "$(${doc})"`);
  }
  return lines;
}

function* renderJson(input: FirewallInput): Iterable<string> {
  const permissions = securityGroupPermissions(input.rules);
  const doc = {
    portplan: {
      header: [...input.header, ...securityGroupNotes(permissions)],
      usage: usage(permissions),
    },
    egress: { IpPermissions: ipPermissions(permissions.filter((p) => p.direction === 'egress')) },
    ingress: { IpPermissions: ipPermissions(permissions.filter((p) => p.direction === 'ingress')) },
  };
  yield `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The rules of `aws-sg` as JSON for `aws ec2 authorize-security-group-egress` and `-ingress`:
 * `egress` and `ingress` each are a `--cli-input-json` document (`{"IpPermissions": […]}`; the
 * group is given with `--group-id`), `portplan` holds the header and the commands that apply them.
 */
export const awsSgJson: FirewallTarget = {
  ...awsSg,
  name: 'aws-sg-json',
  extension: '.json',
  summary: "the connector's AWS security group rules, as JSON for the AWS CLI",
  render: renderJson,
};
