// The one list of output targets: --format choices, help text, docs and contract tests all come from here.
import type { FirewallTarget } from './_firewall.js';
import type { Target } from './_target.js';
import { awsSg } from './aws-sg.js';
import { awsSgJson } from './aws-sg-json.js';
import { azureNsg } from './azure-nsg.js';
import { ciscoAsa } from './cisco-asa.js';
import { csv } from './csv.js';
import { fortigate } from './fortigate.js';
import { iptables } from './iptables.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { nftables } from './nftables.js';
import { nsx } from './nsx.js';
import { paloalto } from './paloalto.js';
import { squid } from './squid.js';
import { table } from './table.js';
import { windowsFirewall } from './windows-firewall.js';

/** Every target, in the order help text lists them. Adding a target is one file and one line here. */
export const TARGETS: readonly Target[] = [table, json, csv, markdown];

/**
 * Every firewall language `portplan render --target` writes, in the order help text lists them.
 * Adding one is one file, one line here and its goldens in test/golden/render/<name>/.
 */
export const FIREWALLS: readonly FirewallTarget[] = [
  iptables,
  nftables,
  awsSg,
  awsSgJson,
  azureNsg,
  nsx,
  paloalto,
  fortigate,
  ciscoAsa,
  windowsFirewall,
  squid,
];

/** The names `--format` accepts. */
export const TARGET_NAMES: readonly string[] = TARGETS.map((t) => t.name);

/** The target called `name`, if there is one. */
export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}
