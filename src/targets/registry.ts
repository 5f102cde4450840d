// The one list of output targets: --format choices, help text, docs and contract tests all come from here.
import type { FirewallTarget } from './_firewall.js';
import type { Target } from './_target.js';
import { awsSg } from './aws-sg.js';
import { awsSgJson } from './aws-sg-json.js';
import { azureNsg } from './azure-nsg.js';
import { csv } from './csv.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { table } from './table.js';

/** Every target, in the order help text lists them. Adding a target is one file and one line here. */
export const TARGETS: readonly Target[] = [table, json, csv, markdown];

/**
 * Every firewall language `portplan render --target` writes, in the order help text lists them.
 * Adding one is one file, one line here and its goldens in test/golden/render/<name>/.
 */
export const FIREWALLS: readonly FirewallTarget[] = [awsSg, awsSgJson, azureNsg];

/** The names `--format` accepts. */
export const TARGET_NAMES: readonly string[] = TARGETS.map((t) => t.name);

/** The target called `name`, if there is one. */
export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}
