// aws-sg and aws-sg-json: the Terraform parsed by HashiCorp's HCL parser and checked against the AWS
// provider's documented arguments, the JSON against the EC2 API's documented shape, hostile text kept inert.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWS_SCHEMAS, DESCRIPTION, DOCUMENT, PEERS } from '../../test/cloud-schemas.js';
import { hclValue, parseTerraform, resourcesOf, terraformProblems } from '../../test/terraform.js';
import { builtinCatalog } from '../catalog/read.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import { type FirewallInput, type FirewallTarget, headerLines, prepareFirewall } from './_firewall.js';
import { awsSg, securityGroupPermissions, sgDescription } from './aws-sg.js';
import { awsSgJson } from './aws-sg-json.js';
import { FIREWALLS } from './registry.js';

const INVENTORY = loadInventory(
  `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }, { name: sc-02, address: "2001:db8::12" }]
services: { dns: [10.0.0.53, "2001:db8::53"] }
clients: [10.99.0.0/24, 10.99.1.10-10.99.1.40]
sources:
  vmware: [{ name: vc01, vcenter: vc01.corp.example, esxi: [10.30.0.4, 10.30.0.5, 10.30.0.6, 10.30.0.7] }]
  physical: [{ name: web01, host: 10.50.0.5 }]
  mssql: [{ name: sql01, host: 10.60.0.7 }]
`,
  'site.yaml',
);
const PLAN = planInventory(builtinCatalog(), INVENTORY);
const RULES = aggregateRules(PLAN.openings);

function inputFor(target: FirewallTarget, host: string): FirewallInput {
  const options = { chainMode: 'host' as const, region: PLAN.region, host };
  const prepared = prepareFirewall(target, PLAN, RULES, options, FIREWALLS);
  const info = { version: '0.0.0', inventory: 'site.yaml', catalog: PLAN.catalog, connectors: [host] };
  return { ...prepared, header: headerLines(target, info, prepared, options), options };
}

const text = (target: FirewallTarget, input: FirewallInput) => [...target.render(input)].join('');

describe('aws-sg', () => {
  it('writes Terraform the HCL parser reads, with only the arguments the provider documents', async () => {
    const parsed = await parseTerraform(text(awsSg, inputFor(awsSg, 'sc-01')));
    expect(terraformProblems(parsed, AWS_SCHEMAS)).toEqual([]);
    const egress = resourcesOf(parsed, 'aws_vpc_security_group_egress_rule');
    const ingress = resourcesOf(parsed, 'aws_vpc_security_group_ingress_rule');
    for (const { body } of [...egress, ...ingress]) {
      // One destination each, as the provider requires, and ports for TCP and UDP.
      expect(PEERS.filter((p) => p in body)).toHaveLength(1);
      expect(body).toMatchObject({ security_group_id: `\${var.security_group_id}` });
      expect(['tcp', 'udp']).toContain(body.ip_protocol);
      expect(body.from_port).toBeTypeOf('number');
      expect(hclValue(body.description)).toMatch(DESCRIPTION);
    }
    const peers = egress.map(
      ({ body }) => `${body.ip_protocol}/${body.from_port} ${body.cidr_ipv4 ?? body.prefix_list_id}`,
    );
    // Four ESXi hosts in a row are one CIDR; the S3 data path is the region's prefix list.
    expect(peers).toContain('tcp/902 10.30.0.4/30');
    expect(peers).toContain(`tcp/443 \${data.aws_ec2_managed_prefix_list.s3.id}`);
    expect(parsed.data?.aws_ec2_managed_prefix_list?.s3?.[0]).toEqual({ name: 'com.amazonaws.us-west-2.s3' });
    // A range of clients becomes the CIDRs that cover it exactly; a port range is one rule.
    const sources = ingress.map(({ body }) => `${body.from_port}-${body.to_port} ${body.cidr_ipv4}`);
    expect(sources).toContain('80-80 10.99.1.10/31');
    expect(sources).toContain('80-80 10.99.1.40/32');
    expect(sources).toContain('11113-11113 10.60.0.7/32');
  });

  it("writes IPv6 rules for an IPv6 connector's security group", async () => {
    const parsed = await parseTerraform(text(awsSg, inputFor(awsSg, 'sc-02')));
    const egress = resourcesOf(parsed, 'aws_vpc_security_group_egress_rule');
    expect(egress.map(({ body }) => body.cidr_ipv6)).toContain('2001:db8::53/128');
  });

  it('takes each opening once, naming every rule that needs it', () => {
    const input = inputFor(awsSg, 'sc-01');
    const rule = input.rules.find(
      (r) => r.direction === 'out' && r.ports.includes(443) && r.destinations.some((d) => d.kind === 'block'),
    );
    if (!rule) throw new Error('no outgoing 443 rule to an address');
    const twice = securityGroupPermissions([rule, { ...rule, id: 'r999' }]);
    expect(twice).toHaveLength(securityGroupPermissions([rule]).length);
    expect(twice[0]?.rules).toEqual([rule.id, 'r999']);
    // A port range is one rule, from its first port to its last.
    const ranged = securityGroupPermissions([{ ...rule, ports: [], portRanges: [[11113, 11117]] }]);
    expect(ranged.map((p) => [p.fromPort, p.toPort])).toContainEqual([11113, 11117]);
  });

  it('keeps a description to the characters and length AWS allows', () => {
    expect(sgDescription("r001 x (1.1): Cohesity's cloud")).toBe('r001 x (1.1): Cohesitys cloud');
    expect(sgDescription(`a"b\\c\n\${d}%{e}`)).toBe(`a b c \${d} {e}`);
    expect(sgDescription('x'.repeat(300))).toHaveLength(255);
  });

  it('keeps hostile comments and header lines inert: the same resources, nothing injected', async () => {
    const input = inputFor(awsSg, 'sc-01');
    const count = (p: Awaited<ReturnType<typeof parseTerraform>>) =>
      resourcesOf(p, 'aws_vpc_security_group_egress_rule').length +
      resourcesOf(p, 'aws_vpc_security_group_ingress_rule').length;
    const expected = count(await parseTerraform(text(awsSg, input)));
    const hostile = fc.string({
      unit: fc.constantFrom(
        '"',
        '\\',
        '\n',
        '\r',
        '$',
        '{',
        '}',
        '%',
        '#',
        '*/',
        '\u2028',
        'a',
        ' ',
        '=',
        ']',
      ),
    });
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (comment, line) => {
        const evil = {
          ...input,
          header: [line, ...input.header],
          rules: input.rules.map((r) => ({ ...r, comment })),
        };
        const parsed = await parseTerraform(text(awsSg, evil));
        expect(terraformProblems(parsed, AWS_SCHEMAS)).toEqual([]);
        expect(count(parsed)).toBe(expected);
        for (const { body } of resourcesOf(parsed, 'aws_vpc_security_group_egress_rule'))
          expect(hclValue(body.description)).toBe(sgDescription(comment));
      }),
      { numRuns: 40 },
    );
  });
});

describe('aws-sg-json', () => {
  it('writes --cli-input-json documents of the shape the EC2 API documents', () => {
    const doc = DOCUMENT.parse(JSON.parse(text(awsSgJson, inputFor(awsSgJson, 'sc-01'))));
    const s3 = doc.egress.IpPermissions.flatMap((p) => p.PrefixListIds ?? []);
    expect(s3.map((p) => p.PrefixListId)).toEqual(['com.amazonaws.us-west-2.s3']);
    expect(doc.portplan.usage.join('\n')).toMatch(
      /describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com\.amazonaws\.us-west-2\.s3/,
    );
    expect(doc.ingress.IpPermissions.some((p) => p.FromPort === 11117 && p.ToPort === 11117)).toBe(true);
    // The same openings as the Terraform, grouped by protocol and ports as the API groups them.
    const ranges = (dir: 'egress' | 'ingress') =>
      doc[dir].IpPermissions.reduce(
        (n, p) =>
          n + (p.IpRanges?.length ?? 0) + (p.Ipv6Ranges?.length ?? 0) + (p.PrefixListIds?.length ?? 0),
        0,
      );
    const permissions = securityGroupPermissions(inputFor(awsSg, 'sc-01').rules);
    expect(ranges('egress')).toBe(permissions.filter((p) => p.direction === 'egress').length);
    expect(ranges('ingress')).toBe(permissions.filter((p) => p.direction === 'ingress').length);
  });

  it('keeps hostile comments inside JSON strings', () => {
    const input = inputFor(awsSgJson, 'sc-01');
    fc.assert(
      fc.property(fc.string(), (comment) => {
        const evil = { ...input, header: [comment], rules: input.rules.map((r) => ({ ...r, comment })) };
        const doc = DOCUMENT.parse(JSON.parse(text(awsSgJson, evil)));
        expect(doc.portplan.header[0]).toBe(comment);
      }),
      { numRuns: 50 },
    );
  });
});
