// The target registry's contract, run for every entry; and the helpers the listings share.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/read.js';
import { csvField } from '../common/csv.js';
import { markdownCell } from '../common/tables.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { formatPorts } from './_columns.js';
import { renderToString } from './_target.js';
import { FIREWALLS, TARGET_NAMES, TARGETS } from './registry.js';

const EMPTY: Plan = {
  catalog: { name: 'c', source: 's' },
  region: 'us-east-1',
  flows: [],
  openings: [],
  interpretations: {},
  warnings: [{ message: 'w' }],
};

const V6 = loadInventory(
  [
    'cloud: { region: eu-west-1 }',
    'connectors: [{ name: sc-v6, address: "2001:db8::11" }]',
    'services: { dns: ["2001:db8::53"] }',
    'sources:',
    '  vmware: [{ vcenter: "2001:db8:1::5", esxi: ["2001:db8:2::/120"] }]',
  ].join('\n'),
  'v6.yaml',
);

describe('the target registry', () => {
  it('has unique names and extensions', () => {
    expect(new Set(TARGET_NAMES).size).toBe(TARGETS.length);
    expect(new Set(TARGETS.map((t) => t.extension)).size).toBe(TARGETS.length);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))('%s has golden cases for flows and rules', (_, t) => {
    for (const name of ['small', 'small-rules']) {
      expect(existsSync(new URL(`../../test/golden/plan/${name}${t.extension}`, import.meta.url))).toBe(true);
    }
  });
});

describe.each(TARGETS.map((t) => [t.name, t] as const))('target %s', (_, target) => {
  it('renders an empty plan and empty rules without failing, ending in a line break', () => {
    for (const rules of [undefined, []]) {
      const out = renderToString(target, { plan: EMPTY, rules });
      expect(out.endsWith('\n')).toBe(true);
    }
  });

  it('renders IPv6 ends, CIDRs and wildcard FQDNs as written', () => {
    const plan = planInventory(builtinCatalog(), V6);
    const out = renderToString(target, { plan, rules: aggregateRules(plan.openings) });
    expect(out).toContain('2001:db8::11');
    expect(out).toContain('2001:db8:2::/120');
    expect(out).toContain('*.s3.eu-west-1.amazonaws.com');
  });

  it('yields the same output in pieces as the whole', () => {
    const plan = planInventory(builtinCatalog(), V6);
    const pieces = [...target.render({ plan })];
    expect(pieces.join('')).toBe(renderToString(target, { plan }));
  });
});

describe('json', () => {
  it('is byte for byte JSON.stringify of the documented envelope, rules only when asked', () => {
    const plan = planInventory(builtinCatalog(), V6);
    const json = TARGETS.find((t) => t.name === 'json');
    if (!json) throw new Error('no json target');
    for (const rules of [undefined, aggregateRules(plan.openings), []]) {
      const doc = {
        format: 'portplan-plan',
        version: 2,
        catalog: plan.catalog,
        region: plan.region,
        warnings: plan.warnings,
        interpretations: plan.interpretations,
        flows: plan.flows,
        ...(rules ? { rules } : {}),
      };
      expect(renderToString(json, { plan, rules })).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
    expect(JSON.parse(renderToString(json, { plan: EMPTY }))).toEqual({
      format: 'portplan-plan',
      version: 2,
      catalog: { name: 'c', source: 's' },
      region: 'us-east-1',
      warnings: [{ message: 'w' }],
      interpretations: {},
      flows: [],
    });
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('formatPorts', () => {
  it('lists ports and ranges, or any', () => {
    expect(formatPorts([80, 443])).toBe('80, 443');
    expect(formatPorts([53], [[1000, 2000]])).toBe('53, 1000-2000');
    expect(formatPorts('any')).toBe('any');
  });
});

describe('markdownCell', () => {
  it('escapes pipes, asterisks, backslashes and angle brackets, and joins lines with <br>', () => {
    expect(markdownCell('a|b *c* \\d <e>')).toBe('a\\|b \\*c\\* \\\\d &lt;e>');
    expect(markdownCell(['x', 'y'])).toBe('x<br>y');
  });
});

/** How each firewall target's output is validated by the tests: the docs say it, and every target has one. */
const VALIDATION: Record<string, string> = {
  iptables:
    'the real `iptables-restore --test` and `ip6tables-restore --test` in a network namespace, and real traffic through a namespace router (every required flow passes, unneeded ones are blocked)',
  nftables: 'the real `nft -c -f` in a network namespace, and real traffic through a namespace router',
  'aws-sg':
    "HCL parsed by HashiCorp's parser (@cdktf/hcl2json); every resource's arguments against the AWS provider's documented ones (no terraform runs here)",
  'aws-sg-json': "a schema of the EC2 API's documented IpPermissions shape",
  'azure-nsg':
    "HCL parsed by HashiCorp's parser (@cdktf/hcl2json); every resource's arguments against the azurerm provider's documented ones",
  nsx: 'the documented NSX Policy API request shapes: paths, ids, resource types, field lengths, the 15-port limit, references',
  paloalto: 'a grammar of the PAN-OS set commands it writes, from the CLI reference (no appliance runs here)',
  fortigate: 'a grammar of the FortiOS CLI blocks it writes, from the CLI reference (no appliance runs here)',
  'cisco-asa': 'a grammar of the ASA commands it writes, from the command reference (no appliance runs here)',
  'windows-firewall':
    'a PowerShell grammar (tree-sitter-powershell): no parse errors, only New-NetFirewallRule and Remove-NetFirewallRule with known parameters, every string single-quoted (no PowerShell runs here)',
  squid: 'the real `squid -k parse` on a configuration that includes it, with no warning',
};

describe('docs/targets.md', () => {
  it('says how every firewall target is checked', () => {
    for (const t of FIREWALLS) expect(VALIDATION[t.name], t.name).toBeDefined();
  });

  it('is the registry as a table (regenerated by `npx vitest run -u`)', async () => {
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    const lines = [
      '# Output targets',
      '',
      'Generated from `src/targets/registry.ts` by `src/targets/registry.test.ts`; do not edit by hand.',
      '`--format NAME` picks a target; without it, `-o FILE` picks the one whose extension FILE has.',
      '',
      '| name | extension | what it is | FQDNs | IPv6 | port ranges | any port | host scope |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...TARGETS.map(
        (t) =>
          `| \`${t.name}\` | \`${t.extension}\` | ${t.summary} | ${yes(t.supports.fqdn)} | ${yes(t.supports.ipv6)} | ${yes(t.supports.portRanges)} | ${yes(t.supports.anyPort)} | ${yes(t.supports.hostScope)} |`,
      ),
      '',
      '## Firewall targets',
      '',
      "`portplan render INVENTORY --target NAME` writes the plan in a firewall's own language. What each",
      'can express, target × feature; a row that needs what a target lacks is written another way',
      '(addresses resolved with `--resolve`, a provider-maintained prefix list) or listed in the',
      "output's header as not expressed, naming the targets that can express it: never dropped silently.",
      '',
      '| target | enforced | what it writes | FQDN | wildcard FQDN | IPv6 | port ranges | any port | host-local rows | comments |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...FIREWALLS.map((t) => {
        const c = t.supports;
        const where = [
          ...new Set([
            t.enforcement({ chainMode: 'host', region: '' }),
            t.enforcement({ chainMode: 'forward', region: '' }),
          ]),
        ].join(' or ');
        return `| \`${t.name}\` | ${where} | ${t.summary} | ${[c.fqdn, c.wildcardFqdn, c.ipv6, c.portRanges, c.anyPort, c.hostScope, c.comments].map(yes).join(' | ')} |`;
      }),
      '',
      '## How each firewall output is checked here',
      '',
      'Each target has goldens of both example inventories (test/golden/render/), and a property test',
      'feeds hostile names and comments through every target (test/render-hostile.test.ts). Beyond those:',
      '',
      '| target | checked by |',
      '| --- | --- |',
      ...FIREWALLS.map((t) => `| \`${t.name}\` | ${VALIDATION[t.name] ?? 'NOT CHECKED'} |`),
      '',
      'Enforced: `host`, on one machine for its own traffic (`--connector`, `--chain-mode host`);',
      "`connector`, the connector's own security group (egress and ingress); `network`, a firewall",
      'between hosts (every row that crosses the network).',
      '',
    ];
    await expect(lines.join('\n')).toMatchFileSnapshot('../../docs/targets.md');
  });
});

describe('two catalogs in one process', () => {
  it("each plan's outputs carry its own catalog's references, never another's", () => {
    const builtin = builtinCatalog();
    const renamed = {
      ...builtin,
      requirements: builtin.requirements.map((r) => ({
        ...r,
        ref: { ...r.ref, section: `Renamed ${r.ref.table}` },
      })),
    };
    for (const target of TARGETS) {
      const first = renderToString(target, { plan: planInventory(builtin, V6) });
      const second = renderToString(target, { plan: planInventory(renamed, V6) });
      expect(first, target.name).not.toContain('Renamed');
      if (target.name !== 'table') expect(second, target.name).toContain('Renamed 1');
      expect(second, target.name).not.toContain('SaaS Connector Management');
    }
  });
});
