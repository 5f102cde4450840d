// iptables and nftables outputs: goldens of the examples, and every output checked by the real
// tools in a fresh network namespace (iptables-restore --test, ip6tables-restore --test, nft -c),
// hostile comments loaded for real and read back.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../src/catalog/read.js';
import { loadInventory } from '../src/inventory/load.js';
import { aggregateRules } from '../src/plan/aggregate.js';
import { planInventory } from '../src/plan/plan.js';
import { type FirewallOptions, type FirewallRule, prepareFirewall } from '../src/targets/_firewall.js';
import { IPV6_PREFIX, iptables } from '../src/targets/iptables.js';
import { nftables } from '../src/targets/nftables.js';
import { FIREWALLS } from '../src/targets/registry.js';
import { portplan } from './cli.js';

const ns = `ppnf${process.pid}${randomBytes(2).toString('hex')}`;
const run = (args: string[], input?: string) =>
  execFileSync('ip', ['netns', 'exec', ns, ...args], {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });

/** The IPv6 part of an iptables output, as the header tells the admin to extract it. */
const ipv6Part = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(IPV6_PREFIX))
    .map((l) => l.slice(IPV6_PREFIX.length))
    .join('\n');

/** Check an output with the real tool; throws with the tool's message when it refuses it. */
function validate(target: string, text: string): void {
  if (target === 'nftables') {
    run(['nft', '-c', '-f', '-'], text);
    return;
  }
  run(['iptables-restore', '--test'], text);
  const v6 = ipv6Part(text);
  if (v6) run(['ip6tables-restore', '--test'], `${v6}\n`);
}

const CASES = [
  { name: 'small', args: ['examples/small.yaml', '--connector', 'sc-01'] },
  { name: 'small-forward', args: ['examples/small.yaml', '--chain-mode', 'forward'] },
  { name: 'large', args: ['examples/large.yaml', '--connector', 'sc-01'] },
];

const V6 = `cloud: { region: us-west-2 }
connectors:
  - { name: sc-01, address: "2001:db8:20::11" }
  - { name: sc-02, address: 10.20.0.12 }
  - { name: sc-03, address: "2001:db8:20::13" }
services: { dns: ["2001:db8::53", 10.0.0.53] }
clients: ["2001:db8:99::/64", 10.99.1.10-10.99.1.40]
sources:
  vmware: [{ name: vc01, vcenter: "2001:db8:30::5", esxi: ["2001:db8:30::10-2001:db8:30::1f"] }]
  physical: [{ name: web01, host: 10.50.0.5 }, { name: web02, host: "2001:db8:50::5" }]
`;

/** Rules of an inventory as a target gets them, with `options`. */
function prepared(text: string, target: typeof iptables, options: FirewallOptions) {
  const plan = planInventory(builtinCatalog(), loadInventory(text, 'site.yaml'));
  return prepareFirewall(target, plan, aggregateRules(plan.openings), options, FIREWALLS);
}

const HOST: FirewallOptions = { chainMode: 'host', region: 'us-west-2', host: 'sc-01' };
const FORWARD: FirewallOptions = { chainMode: 'forward', region: 'us-west-2' };
const HOSTILE =
  'r999 x (1.1): "; -j DROP\n*nat\nCOMMIT\n\\" } flush ruleset; # \u00e9\u0000 `rm -rf /` $(id)';

function renderText(
  target: typeof iptables,
  rules: readonly FirewallRule[],
  options: FirewallOptions,
): string {
  return [...target.render({ rules, omitted: [], header: ['header\nCOMMIT', '*nat'], options })].join('');
}

beforeAll(() => {
  execFileSync('ip', ['netns', 'add', ns]);
});
afterAll(() => {
  try {
    execFileSync('ip', ['netns', 'del', ns]);
  } catch {
    // Already removed.
  }
});

describe.each([
  { target: 'iptables', ext: '.rules' },
  { target: 'nftables', ext: '.nft' },
])('render --target $target', ({ target, ext }) => {
  it.each(CASES)('renders $name as the golden, and the real tool accepts it', async ({ name, args }) => {
    const r = portplan(['render', ...args, '--target', target]);
    expect(r.status).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`golden/render/${target}/${name}${ext}`);
    validate(target, r.stdout);
  });

  it('renders IPv6 and mixed inventories the real tool accepts, in both chain modes', () => {
    const t = target === 'iptables' ? iptables : nftables;
    for (const options of [HOST, FORWARD]) {
      const text = renderText(t, prepared(V6, t, options).rules, options);
      expect(text).toMatch(/2001:db8/);
      validate(target, text);
    }
  });
});

describe('iptables', () => {
  it('splits multiport at 15 ports, a range counting as two, and writes address ranges with iprange', () => {
    const { rules } = prepared(V6, iptables, FORWARD);
    const base = rules.find((r) => r.id === 'r015') as FirewallRule;
    const many: FirewallRule = {
      ...base,
      ports: Array.from({ length: 14 }, (_, i) => 1000 + i),
      portRanges: [[2000, 2010]],
    };
    const text = renderText(iptables, [many], FORWARD);
    const groups = text
      .split('\n')
      .filter((l) => l.startsWith('-A PORTPLAN-FWD') && l.endsWith('-j ACCEPT'))
      .map((l) => /--dports? (\S+)/.exec(l)?.[1]);
    expect(groups).toEqual([
      '1000,1001,1002,1003,1004,1005,1006,1007,1008,1009,1010,1011,1012,1013',
      '2000:2010',
    ]);
    validate('iptables', text);
    const all = renderText(iptables, rules, FORWARD);
    expect(all).toContain('-m iprange --src-range 10.99.1.10-10.99.1.40');
    validate('iptables', all);
  });

  it('keeps a hostile comment inside its quotes: loaded for real, it reads back as one comment', () => {
    const { rules } = prepared(V6, iptables, FORWARD);
    const hostile = rules.map((r) => ({ ...r, comment: HOSTILE }));
    const text = renderText(iptables, hostile, FORWARD);
    run(['iptables-restore', '--noflush'], text);
    run(['ip6tables-restore', '--noflush'], `${ipv6Part(text)}\n`);
    const saved = run(['iptables-save']);
    // No other table, no DROP, and the comment's characters read back, made printable.
    expect(saved).not.toMatch(/^\*nat|-j DROP$/m);
    expect(saved.match(/ -j ACCEPT/g)?.length).toBe(
      text.split('\n').filter((l) => /^-A .* -j ACCEPT$/.test(l)).length,
    );
    expect(saved).toContain('flush ruleset; # ?? `rm -rf /` $(id)');
    expect(run(['ip6tables-save'])).toContain('PORTPLAN-FWD');
    run(['iptables', '-D', 'FORWARD', '-j', 'PORTPLAN-FWD']);
  });

  it('opens host-scope rows on the loopback interface only, in host mode', () => {
    const inventory = `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }]
sources: { physical: [{ name: web01, host: 10.50.0.5 }] }
`;
    const options: FirewallOptions = { ...HOST, host: 'web01' };
    const text = renderText(iptables, prepared(inventory, iptables, options).rules, options);
    expect(text).toMatch(/^-A PORTPLAN-OUT -o lo -p tcp -m tcp --dport 59999 /m);
    expect(text).toMatch(/^-A PORTPLAN-IN -i lo -p tcp -m tcp --dport 59999 /m);
    expect(text).toMatch(/^-A PORTPLAN-IN -s 10.20.0.11\/32 -p tcp -m tcp --dport 50051 /m);
    validate('iptables', text);
  });
});

describe('nftables', () => {
  it('keeps a hostile comment inside its quotes: loaded for real, the table holds only its rules', () => {
    const { rules } = prepared(V6, nftables, FORWARD);
    const hostile = rules.map((r) => ({ ...r, comment: HOSTILE }));
    const text = renderText(nftables, hostile, FORWARD);
    run(['nft', '-f', '-'], text);
    // Loading twice replaces the table: the reload is idempotent.
    run(['nft', '-f', '-'], text);
    const listed = run(['nft', 'list', 'ruleset']);
    expect(listed.match(/^table inet .*/gm)).toEqual(['table inet portplan {']);
    expect(listed).not.toMatch(/^\s*drop$/m);
    expect(listed.match(/ accept comment /g)?.length).toBe(text.match(/ accept comment /g)?.length);
    expect(listed).toContain(
      "r999 x (1.1): '; -j DROP?*nat?COMMIT?\\' } flush ruleset; # ?? `rm -rf /` $(id)",
    );
    run(['nft', 'delete', 'table', 'inet', 'portplan']);
  });

  it('puts addresses and ports in named sets, IPv4 and IPv6 in one inet table', () => {
    const text = renderText(nftables, prepared(V6, nftables, FORWARD).rules, FORWARD);
    expect(text).toMatch(/set \w+_src6 \{\n\t\ttype ipv6_addr\n\t\tflags interval/);
    expect(text).toMatch(/set \w+_tcp_ports \{\n\t\ttype inet_service/);
    expect(text).toContain('type filter hook forward priority filter; policy accept;');
    expect(text.match(/^table inet portplan \{$/gm)?.length).toBe(1);
  });
});
