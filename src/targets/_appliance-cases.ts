// Rules the appliance targets' syntax tests share: the examples' plans and a hostile rule.
import { builtinCatalog } from '../catalog/read.js';
import { addressBlock } from '../common/address.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import { type FirewallInput, type FirewallRule, type FirewallTarget, prepareFirewall } from './_firewall.js';
import { FIREWALLS } from './registry.js';

const OPTIONS = { chainMode: 'host' as const, region: 'us-west-2' };

/** A name and comment that try to end a quoted string, a line, or a command. */
export const HOSTILE = '"; delete rulebase\n\rset x "\\" \' ? [ ] {} end\u0000 </a> …';

/** A rule with hostile names and comment, IPv4 and IPv6, ranges, many ports and host names. */
export function hostileRule(): FirewallRule {
  const v4 = addressBlock('10.0.0.1-10.0.0.9', 'range') as never;
  const v6 = addressBlock('2001:db8::/64', 'cidr') as never;
  return {
    id: 'r001',
    direction: 'out',
    local: false,
    transport: 'tcp',
    ports: Array.from({ length: 20 }, (_, i) => 1000 + i),
    portRanges: [[11113, 11117]],
    anyPort: false,
    sources: [
      { kind: 'block', block: v4, text: '10.0.0.1-10.0.0.9', name: HOSTILE },
      { kind: 'block', block: v6, text: '2001:db8::/64', name: HOSTILE.repeat(20) },
    ],
    destinations: [{ kind: 'fqdn', host: 'vc01.corp.example', name: HOSTILE }, { kind: 'any' }],
    requirements: ['x'],
    workloads: ['management'],
    refs: [],
    purpose: HOSTILE,
    note: HOSTILE,
    comment: HOSTILE.repeat(40),
  };
}

/** The whole text a target renders for `input`'s rules, with a hostile header too. */
export function renderText(target: FirewallTarget, rules: readonly FirewallRule[]): string {
  const input: FirewallInput = { rules, omitted: [], header: [`h ${HOSTILE}`], options: OPTIONS };
  return [...target.render(input)].join('');
}

/** What `target` renders for an inventory's plan. */
export function renderInventory(target: FirewallTarget, yaml: string): string {
  const plan = planInventory(builtinCatalog(), loadInventory(yaml, 'site.yaml'));
  const prepared = prepareFirewall(target, plan, aggregateRules(plan.openings), OPTIONS, FIREWALLS);
  return renderText(target, prepared.rules);
}

/** An inventory with IPv4 and IPv6 connectors, ranges, and every kind of data source. */
export const MIXED = `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 10.20.0.11 }, { name: sc-06, address: "2001:db8:20::6" }]
services: { dns: [10.0.0.53, "2001:db8::53"], chronycMonitoring: true }
clients: [10.99.1.10-10.99.1.40]
sources:
  vmware: [{ name: vc01, vcenter: vc01.corp.example, esxi: [10.30.0.0/28, "2001:db8:30::/120"] }]
  hyperv: [{ name: hv01, host: hv01.corp.example, guests: [10.40.0.0/24] }]
  physical: [{ name: web01, host: 10.50.0.5 }]
  oracle: [{ name: ora01, host: ora01.corp.example, os: linux }]
  nas: [{ name: nas01, host: 10.60.0.5, protocols: [nfs, smb, snapshot-api] }]
`;
