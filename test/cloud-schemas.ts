// The cloud providers' documented shapes the cloud targets are checked against: Terraform
// arguments of the AWS and azurerm providers, and the EC2 API's --cli-input-json document.
import { z } from 'zod';
import type { BlockSchema } from './terraform.js';

// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_egress_rule
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule
const SG_RULE = {
  doc: 'registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_egress_rule',
  required: ['security_group_id'],
  optional: [
    'cidr_ipv4',
    'cidr_ipv6',
    'description',
    'from_port',
    'ip_protocol',
    'prefix_list_id',
    'referenced_security_group_id',
    'tags',
    'to_port',
  ],
};
export const AWS_SCHEMAS = {
  resource: { aws_vpc_security_group_egress_rule: SG_RULE, aws_vpc_security_group_ingress_rule: SG_RULE },
  data: {
    // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ec2_managed_prefix_list
    aws_ec2_managed_prefix_list: {
      doc: 'registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ec2_managed_prefix_list',
      required: [],
      optional: ['id', 'name', 'filter'],
    },
  },
};
export const PEERS = ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'];

// The characters the EC2 API allows in a rule description, up to 255 of them:
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpRange.html
export const DESCRIPTION = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=;{}!$*]{0,255}$/;

// `--cli-input-json` for authorize-security-group-egress/-ingress without GroupId (given with
// --group-id): https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeSecurityGroupEgress.html
// and https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html
const described = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, Description: z.string().regex(DESCRIPTION) });
const IP_PERMISSION = z.strictObject({
  IpProtocol: z.enum(['tcp', 'udp']),
  FromPort: z.number().int().min(0).max(65535),
  ToPort: z.number().int().min(0).max(65535),
  IpRanges: z.array(described({ CidrIp: z.string().regex(/^[\d.]+\/\d+$/) })).optional(),
  Ipv6Ranges: z.array(described({ CidrIpv6: z.string().regex(/^[\da-f:]+\/\d+$/) })).optional(),
  PrefixListIds: z.array(described({ PrefixListId: z.string() })).optional(),
});
const CLI_INPUT = z.strictObject({ IpPermissions: z.array(IP_PERMISSION) });
export const DOCUMENT = z.strictObject({
  portplan: z.strictObject({ header: z.array(z.string()), usage: z.array(z.string()) }),
  egress: CLI_INPUT,
  ingress: CLI_INPUT,
});

// https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule
const NSG_RULE = {
  doc: 'registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule',
  required: [
    'name',
    'resource_group_name',
    'network_security_group_name',
    'protocol',
    'access',
    'priority',
    'direction',
  ],
  optional: [
    'description',
    'source_port_range',
    'source_port_ranges',
    'destination_port_range',
    'destination_port_ranges',
    'source_address_prefix',
    'source_address_prefixes',
    'source_application_security_group_ids',
    'destination_address_prefix',
    'destination_address_prefixes',
    'destination_application_security_group_ids',
  ],
};
// https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/firewall_policy_rule_collection_group
const GROUP_DOC =
  'registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/firewall_policy_rule_collection_group';
const collection = (rule: Omit<BlockSchema, 'doc'>) => ({
  doc: GROUP_DOC,
  required: ['name', 'action', 'priority', 'rule'],
  optional: [],
  blocks: { rule: { doc: GROUP_DOC, ...rule } },
});
const RULE_GROUP = {
  doc: GROUP_DOC,
  required: ['name', 'firewall_policy_id', 'priority'],
  optional: [],
  blocks: {
    application_rule_collection: collection({
      required: ['name'],
      optional: [
        'description',
        'http_headers',
        'source_addresses',
        'source_ip_groups',
        'destination_addresses',
        'destination_urls',
        'destination_fqdns',
        'destination_fqdn_tags',
        'terminate_tls',
        'web_categories',
      ],
      blocks: { protocols: { doc: GROUP_DOC, required: ['type', 'port'], optional: [] } },
    }),
    network_rule_collection: collection({
      required: ['name', 'protocols', 'destination_ports'],
      optional: [
        'description',
        'source_addresses',
        'source_ip_groups',
        'destination_addresses',
        'destination_ip_groups',
        'destination_fqdns',
      ],
    }),
  },
};
export const AZURE_SCHEMAS = {
  resource: {
    azurerm_network_security_rule: NSG_RULE,
    azurerm_firewall_policy_rule_collection_group: RULE_GROUP,
  },
};
// Azure resource names: 1-80 characters, letters, digits, `_`, `.`, `-`; a letter or digit first; a
// letter, digit or `_` last.
export const AZURE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/;
