// azure-nsg: the Terraform parsed by HashiCorp's HCL parser and checked against the azurerm provider's
// documented arguments; names to the Firewall part, priorities in order, hostile text kept inert.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AZURE_SCHEMAS, AZURE_NAME as NAME } from '../../test/cloud-schemas.js';
import {
  hclValue,
  type Parsed,
  parseTerraform,
  resourcesOf,
  terraformProblems,
} from '../../test/terraform.js';
import { builtinCatalog } from '../catalog/read.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import { type FirewallInput, headerLines, prepareFirewall } from './_firewall.js';
import { azureName, azureNsg } from './azure-nsg.js';
import { FIREWALLS } from './registry.js';

const INVENTORY = loadInventory(
  `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }, { name: sc-02, address: "2001:db8::12" }]
services: { dns: [10.0.0.53, "2001:db8::53"], ntp: [ntp.corp.example], supportChannelPort: 443 }
clients: [10.99.0.0/24, 10.99.1.10-10.99.1.40]
sources:
  vmware: [{ name: vc01, vcenter: vc01.corp.example, esxi: [10.30.0.4, 10.30.0.5, 10.30.0.6, 10.30.0.7] }]
  physical: [{ name: web01, host: 10.50.0.5 }]
  oracle: [{ name: ora01, host: ora01.corp.example, os: linux }]
`,
  'site.yaml',
);
const PLAN = planInventory(builtinCatalog(), INVENTORY);
const RULES = aggregateRules(PLAN.openings);

function inputFor(host: string): FirewallInput {
  const options = { chainMode: 'host' as const, region: PLAN.region, host };
  const prepared = prepareFirewall(azureNsg, PLAN, RULES, options, FIREWALLS);
  const info = { version: '0.0.0', inventory: 'site.yaml', catalog: PLAN.catalog, connectors: [host] };
  return { ...prepared, header: headerLines(azureNsg, info, prepared, options), options };
}

const render = (input: FirewallInput) => [...azureNsg.render(input)].join('');
const nsgRules = (p: Parsed) => resourcesOf(p, 'azurerm_network_security_rule').map((r) => r.body);
type Body = Record<string, unknown>;
function firewallRules(p: Parsed, kind: 'application' | 'network'): Body[] {
  const group = resourcesOf(p, 'azurerm_firewall_policy_rule_collection_group')[0]?.body;
  const collections = (group?.[`${kind}_rule_collection`] ?? []) as Body[];
  return collections.flatMap((c) => c.rule as Body[]);
}

describe('azure-nsg', () => {
  it('writes Terraform the HCL parser reads, with only the arguments the provider documents', async () => {
    const parsed = await parseTerraform(render(inputFor('sc-01')));
    expect(terraformProblems(parsed, AZURE_SCHEMAS)).toEqual([]);
    const nsg = nsgRules(parsed);
    // Priorities in plan order from 100, every 10.
    expect(nsg.map((r) => r.priority)).toEqual(nsg.map((_, i) => 100 + 10 * i));
    for (const r of nsg) {
      expect(r.name).toMatch(NAME);
      expect(String(hclValue(r.description)).length).toBeLessThanOrEqual(140);
      expect(r).toMatchObject({ access: 'Allow', source_port_range: '*' });
      expect(['Tcp', 'Udp']).toContain(r.protocol);
      expect(['Inbound', 'Outbound']).toContain(r.direction);
      // One of each pair, as the provider requires.
      for (const pair of [
        ['destination_port_range', 'destination_port_ranges'],
        ['source_address_prefix', 'source_address_prefixes'],
        ['destination_address_prefix', 'destination_address_prefixes'],
      ])
        expect(pair.filter((k) => k in r)).toHaveLength(1);
    }
    const esxi = nsg.find((r) => (r.destination_port_ranges as string[]).includes('902'));
    expect(esxi?.destination_address_prefixes).toEqual(['10.30.0.4/30']);
    const clients = nsg.find(
      (r) => r.direction === 'Inbound' && (r.destination_port_ranges as string[]).includes('80'),
    );
    expect(clients?.source_address_prefixes).toEqual([
      '10.99.0.0/24',
      '10.99.1.10/31',
      '10.99.1.12/30',
      '10.99.1.16/28',
      '10.99.1.32/29',
      '10.99.1.40/32',
    ]);
  });

  it('writes names as Azure Firewall rules: HTTPS as application rules, the rest as network rules', async () => {
    const parsed = await parseTerraform(render(inputFor('sc-01')));
    const app = firewallRules(parsed, 'application');
    const net = firewallRules(parsed, 'network');
    const fqdns = (rules: Body[]) => rules.flatMap((r) => r.destination_fqdns as string[]);
    expect(fqdns(app)).toEqual(
      expect.arrayContaining([
        'helios.cohesity.com',
        '*.cloudfront.net',
        '*.s3.us-west-2.amazonaws.com',
        'vc01.corp.example',
      ]),
    );
    for (const r of app) expect(r.protocols).toEqual([{ type: 'Https', port: 443 }]);
    // The support channel is SSH over 443: not TLS, so a network rule, not an application rule.
    expect(fqdns(app)).not.toContain('rt.cohesity.com');
    expect(net.find((r) => (r.destination_fqdns as string[]).includes('rt.cohesity.com'))).toMatchObject({
      protocols: ['TCP'],
      destination_ports: ['443'],
    });
    expect(net.find((r) => (r.destination_fqdns as string[]).includes('ntp.corp.example'))).toMatchObject({
      protocols: ['UDP'],
      destination_ports: ['123'],
    });
    // Azure Firewall matches destination names only: a named source is an omission.
    const input = inputFor('sc-01');
    expect(input.omitted.find((o) => o.what === 'ora01 (ora01.corp.example)')?.why).toMatch(
      /names hosts only as destinations/,
    );
  });

  it('writes IPv6 rules apart from IPv4 ones', async () => {
    const parsed = await parseTerraform(render(inputFor('sc-02')));
    const dns = nsgRules(parsed).filter((r) => (r.destination_port_ranges as string[]).includes('53'));
    expect(dns.map((r) => r.destination_address_prefixes)).toContainEqual(['2001:db8::53/128']);
    for (const r of dns) expect(r.source_address_prefixes).toEqual(['2001:db8::12/128']);
  });

  it('allocates priorities every 1 when every 10 does not fit, and lists what does not fit at all', () => {
    const input = inputFor('sc-01');
    const one = input.rules.find((r) => r.destinations.some((d) => d.kind === 'block'));
    if (!one) throw new Error('no rule to an address');
    const many = (n: number) =>
      render({ ...input, rules: Array.from({ length: n }, (_, i) => ({ ...one, id: `r${i}` })) });
    const priorities = (text: string) =>
      [...text.matchAll(/^ {2}priority\s+= (\d+)$/gm)].map((m) => Number(m[1]));
    expect(priorities(many(400)).at(-1)).toBe(4090);
    const dense = priorities(many(401));
    expect(dense.slice(0, 2)).toEqual([100, 101]);
    const full = many(4000);
    expect(priorities(full)).toHaveLength(3997);
    expect(full).toMatch(/^# {3}r3997-out: no NSG priority left between 100 and 4096$/m);
  });

  it('derives Azure names safely', () => {
    expect(azureName('pp-r001-out')).toBe('pp-r001-out');
    for (const hostile of ['', '-x', 'a b', 'x.', `"; rm -rf /`, 'é'.repeat(100)])
      expect(azureName(hostile)).toMatch(NAME);
    expect(azureName('a b')).not.toBe(azureName('a-b'));
  });

  it('cuts a description at 140 characters without cutting a character in half', async () => {
    const input = inputFor('sc-01');
    const comment = `${'x'.repeat(139)}\u{1F600}${'y'.repeat(10)}`;
    const text = render({ ...input, rules: input.rules.map((r) => ({ ...r, comment })) });
    expect(text).not.toMatch(/[\uD800-\uDFFF]/u);
    const descriptions = nsgRules(await parseTerraform(text)).map((r) => r.description);
    expect(new Set(descriptions)).toEqual(new Set(['x'.repeat(139)]));
  });

  it('keeps hostile comments, header lines and connector names inert', async () => {
    const input = inputFor('sc-01');
    const base = await parseTerraform(render(input));
    const counts = (p: Parsed) => [
      nsgRules(p).length,
      firewallRules(p, 'application').length,
      firewallRules(p, 'network').length,
    ];
    const hostile = fc.string({
      unit: fc.constantFrom('"', '\\', '\n', '\r', '$', '{', '}', '%', '#', '\u2028', 'a', ' ', '=', ']'),
    });
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (comment, line) => {
        const evil = {
          ...input,
          header: [line],
          options: { ...input.options, host: line },
          rules: input.rules.map((r) => ({ ...r, comment })),
        };
        const parsed = await parseTerraform(render(evil));
        expect(terraformProblems(parsed, AZURE_SCHEMAS)).toEqual([]);
        expect(counts(parsed)).toEqual(counts(base));
        const group = resourcesOf(parsed, 'azurerm_firewall_policy_rule_collection_group')[0]?.body;
        expect(group?.name).toMatch(NAME);
        for (const r of nsgRules(parsed))
          expect(hclValue(r.description)).toBe(comment.replace(/[\n\r\u2028]+/g, ' ').slice(0, 140));
      }),
      { numRuns: 40 },
    );
  });
});
