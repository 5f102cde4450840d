// Azure rules for the connector, as Terraform: NSG security rules (azurerm_network_security_rule) for
// rows between addresses, and Azure Firewall policy rules for rows that name hosts or wildcards.
import type { App } from '../catalog/schema.js';
import { type AddressBlock, uniteBlocks } from '../common/address.js';
import {
  blockCidrs,
  type Endpoint,
  type FirewallInput,
  type FirewallRule,
  type FirewallTarget,
} from './_firewall.js';
import { hclArguments, hclComment, hclList, hclName, hclString } from './_hcl.js';

/** NSG rule priorities: the first one given, the last Azure allows for a user's rule. */
const PRIORITY_FIRST = 100;
const PRIORITY_LAST = 4096;
/** An NSG rule's description holds at most this many characters. */
const DESCRIPTION_MAX = 140;
/** Azure names (NSG rules, rule collection groups) hold at most this many characters. */
const NAME_MAX = 80;

/** One NSG security rule, `*` meaning any. */
interface NsgRule {
  readonly name: string;
  readonly rules: string;
  readonly direction: 'Inbound' | 'Outbound';
  readonly protocol: 'Tcp' | 'Udp';
  readonly ports: readonly string[] | '*';
  readonly sources: readonly string[] | '*';
  readonly destinations: readonly string[] | '*';
  readonly description: string;
  /** The rule's whole comment, for the line above it (the description is cut at 140). */
  readonly comment: string;
}

/** One Azure Firewall policy rule for a row whose destination is a name. */
interface FirewallPolicyRule {
  readonly kind: 'application' | 'network';
  readonly name: string;
  readonly description: string;
  readonly sources: readonly string[] | '*';
  readonly fqdns: readonly string[];
  /** Application rules: Http/Https and a port each; network rules: the protocol and ports. */
  readonly protocols: readonly { type: 'Http' | 'Https'; port: number }[] | readonly ('TCP' | 'UDP')[];
  readonly ports: readonly string[];
}

/**
 * An Azure resource name from any text: letters, digits, `_`, `.` and `-`, starting with a letter
 * or digit and ending with a letter, digit or `_`, at most 80 characters; a short hash of the
 * text is added when cleaning changed it, so two different texts never share a name.
 */
export function azureName(text: string): string {
  let name = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  if (name !== text || name === '') name = `${name.slice(0, NAME_MAX - 9)}-${hash(text)}`;
  if (!/^[A-Za-z0-9]/.test(name)) name = `pp-${name}`;
  name = name.slice(0, NAME_MAX);
  return /[A-Za-z0-9_]$/.test(name) ? name : `${name.slice(0, NAME_MAX - 1)}_`;
}

/**
 * FNV-1a (32 bits) of the text's UTF-16 code units, in hex: enough to tell names apart, and free of
 * node: modules so the targets bundle for a browser.
 */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A description Azure takes: at most 140 characters (UTF-16 units, no character cut in half), on one line. */
function description(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  const cut = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').slice(0, DESCRIPTION_MAX);
  // A cut between the two halves of a character (an emoji) would leave half of it: drop that half.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The CIDRs of the address ends of one family, `*` when an end is any address. */
function prefixes(ends: readonly Endpoint[], family: 4 | 6): string[] | '*' {
  if (ends.some((e) => e.kind === 'any')) return '*';
  const blocks = ends.flatMap((e) => (e.kind === 'block' && e.block.family === family ? [e.block] : []));
  return uniteBlocks<AddressBlock>(blocks, (b) => b).flatMap(({ block }) => blockCidrs(block));
}

const isAddress = (e: Endpoint) => e.kind === 'block' || e.kind === 'any';
const families = (ends: readonly Endpoint[]) =>
  new Set(ends.flatMap((e) => (e.kind === 'block' ? [e.block.family] : [])));

function portList(rule: FirewallRule): string[] | '*' {
  if (rule.anyPort) return '*';
  return [...rule.ports.map(String), ...rule.portRanges.map(([a, b]) => `${a}-${b}`)];
}

/** The application protocol a port of `rule` speaks. */
function appOf(rule: FirewallRule, port: number): App | undefined {
  return rule.portApps?.[String(port)] ?? (rule.apps?.length === 1 ? rule.apps[0] : undefined);
}

/** What a rule becomes in Azure: NSG rules, Firewall policy rules, and what neither can say. */
function azureRules(rules: readonly FirewallRule[]) {
  const nsg: Omit<NsgRule, 'name'>[] = [];
  const firewall: FirewallPolicyRule[] = [];
  const omitted: string[] = [];
  for (const rule of rules) {
    if (rule.direction === 'lateral') continue;
    const direction = rule.direction === 'out' ? 'Outbound' : 'Inbound';
    const protocol = rule.transport === 'tcp' ? 'Tcp' : 'Udp';
    const addressed = rule.destinations.filter(isAddress);
    const fams = new Set([...families(rule.sources), ...families(addressed)]);
    for (const family of fams.size === 0 ? [4 as const] : ([4, 6] as const).filter((f) => fams.has(f))) {
      if (addressed.length === 0) break;
      const sources = prefixes(rule.sources, family);
      const destinations = prefixes(addressed, family);
      if (sources.length === 0 || destinations.length === 0) continue;
      nsg.push({
        rules: `${rule.id}${family === 6 ? '-v6' : ''}-${rule.direction}`,
        direction,
        protocol,
        ports: portList(rule),
        sources,
        destinations,
        description: description(rule.comment),
        comment: rule.comment,
      });
    }
    // Names are destinations only (namesAsDestinationOnly): the Firewall's part of outgoing rows.
    const hosts = rule.destinations.flatMap((e) => (e.kind === 'fqdn' ? [e.host] : []));
    const wildcards = rule.destinations.flatMap((e) => (e.kind === 'wildcard' ? [e.pattern] : []));
    if (hosts.length + wildcards.length === 0) continue;
    const sources = (() => {
      const all = [4, 6].flatMap((f) => prefixes(rule.sources, f as 4 | 6));
      return all.includes('*') ? '*' : all;
    })();
    const web: { type: 'Http' | 'Https'; port: number }[] = [];
    const other: string[] = [];
    for (const port of rule.ports) {
      const app = rule.transport === 'tcp' ? appOf(rule, port) : undefined;
      if (app === 'https') web.push({ type: 'Https', port });
      else if (app === 'http') web.push({ type: 'Http', port });
      else other.push(String(port));
    }
    other.push(...rule.portRanges.map(([a, b]) => `${a}-${b}`));
    if (rule.anyPort) other.push('*');
    if (web.length > 0)
      firewall.push({
        kind: 'application',
        name: azureName(`pp-${rule.id}-web`),
        description: description(rule.comment),
        sources,
        fqdns: [...hosts, ...wildcards],
        protocols: web,
        ports: [],
      });
    if (other.length > 0) {
      if (hosts.length > 0)
        firewall.push({
          kind: 'network',
          name: azureName(`pp-${rule.id}`),
          description: description(rule.comment),
          sources,
          fqdns: hosts,
          protocols: [rule.transport === 'tcp' ? 'TCP' : 'UDP'],
          ports: other,
        });
      for (const w of wildcards)
        omitted.push(
          `${rule.id} ${w} on ${rule.transport}/${other.join(',')}: Azure Firewall takes wildcards only in application rules (HTTP, HTTPS)`,
        );
    }
  }
  return { nsg, firewall, omitted };
}

/** NSG priorities in plan order: every 10 from 100 while they fit, every 1 when not. */
function priorities(n: number): number[] {
  const step = PRIORITY_FIRST + 10 * (n - 1) <= PRIORITY_LAST ? 10 : 1;
  const fit = Math.min(n, Math.floor((PRIORITY_LAST - PRIORITY_FIRST) / step) + 1);
  return Array.from({ length: fit }, (_, i) => PRIORITY_FIRST + i * step);
}

const list = (v: readonly string[] | '*') => (v === '*' ? hclString('*') : hclList(v));

function* variable(name: string, text: string, extra: [string, string][] = []): Iterable<string> {
  yield `\nvariable ${hclString(name)} {\n`;
  for (const l of hclArguments(
    [['description', hclString(text)], ['type', extra.length ? 'number' : 'string'], ...extra],
    '  ',
  ))
    yield `${l}\n`;
  yield '}\n';
}

const NOTES = [
  "NSG rules: attach the network security group to the connector's NIC or subnet. Its default rules (AllowVnetInBound, AllowVnetOutBound, AllowInternetOutBound, priorities 65000-65001) allow more than these: the rules here restrict traffic only above a Deny rule of your own (e.g. priority 4096).",
  'Azure Firewall rules (azurerm_firewall_policy_rule_collection_group) carry the rows that name hosts and wildcards: they act only on traffic routed through the firewall (a route table sending the connector subnet to it), and an NSG that denies outbound traffic must still let those rows reach the firewall.',
  'Application rules pass HTTPS by its TLS server name and HTTP by its Host header; network rules with destination_fqdns need DNS proxy on the firewall policy (dns { proxy_enabled = true }) and the connector using the firewall as its DNS server.',
];

function* renderAzure(input: FirewallInput): Iterable<string> {
  const { nsg, firewall, omitted } = azureRules(input.rules);
  const priority = priorities(nsg.length);
  for (const line of input.header) yield `${hclComment(line)}\n`;
  const more = [
    ...omitted,
    ...nsg
      .slice(priority.length)
      .map((r) => `${r.rules}: no NSG priority left between ${PRIORITY_FIRST} and ${PRIORITY_LAST}`),
  ];
  if (more.length > 0) {
    yield `${hclComment('also not expressed here, by Azure:')}\n`;
    for (const m of more) yield `${hclComment(`  ${m}`)}\n`;
  }
  for (const line of NOTES) yield `${hclComment(line)}\n`;
  yield* variable('resource_group_name', 'The resource group of the network security group');
  yield* variable(
    'network_security_group_name',
    "The network security group on the connector's NIC or subnet",
  );
  if (firewall.length > 0) {
    yield* variable('firewall_policy_id', 'The ID of the Azure Firewall policy the connector traffic passes');
    yield* variable(
      'firewall_rule_collection_group_priority',
      'Where the rule collection group goes in the policy (100-65000)',
      [['default', '1000']],
    );
  }
  for (const [i, r] of nsg.slice(0, priority.length).entries()) {
    const name = azureName(`pp-${r.rules}`);
    yield `\n${hclComment(r.comment)}\n`;
    yield `resource "azurerm_network_security_rule" ${hclString(hclName(name))} {\n`;
    const ports: [string, string] =
      r.ports === '*'
        ? ['destination_port_range', hclString('*')]
        : ['destination_port_ranges', hclList(r.ports)];
    const src: [string, string] =
      r.sources === '*'
        ? ['source_address_prefix', hclString('*')]
        : ['source_address_prefixes', list(r.sources)];
    const dst: [string, string] =
      r.destinations === '*'
        ? ['destination_address_prefix', hclString('*')]
        : ['destination_address_prefixes', list(r.destinations)];
    for (const l of hclArguments(
      [
        ['name', hclString(name)],
        ['resource_group_name', 'var.resource_group_name'],
        ['network_security_group_name', 'var.network_security_group_name'],
        ['description', hclString(r.description)],
        ['priority', String(priority[i])],
        ['direction', hclString(r.direction)],
        ['access', hclString('Allow')],
        ['protocol', hclString(r.protocol)],
        ['source_port_range', hclString('*')],
        ports,
        src,
        dst,
      ],
      '  ',
    ))
      yield `${l}\n`;
    yield '}\n';
  }
  if (firewall.length === 0) return;
  const host = input.options.host ?? 'connector';
  yield `\n${hclComment('The rows that name hosts and wildcards, for the Azure Firewall the connector traffic is routed through')}\n`;
  yield 'resource "azurerm_firewall_policy_rule_collection_group" "portplan" {\n';
  for (const l of hclArguments(
    [
      ['name', hclString(azureName(`portplan-${host}`))],
      ['firewall_policy_id', 'var.firewall_policy_id'],
      ['priority', 'var.firewall_rule_collection_group_priority'],
    ],
    '  ',
  ))
    yield `${l}\n`;
  const collections = [
    { block: 'application_rule_collection', name: 'portplan-web', priority: 100, kind: 'application' },
    { block: 'network_rule_collection', name: 'portplan-names', priority: 200, kind: 'network' },
  ] as const;
  for (const c of collections) {
    const mine = firewall.filter((f) => f.kind === c.kind);
    if (mine.length === 0) continue;
    yield `\n  ${c.block} {\n`;
    for (const l of hclArguments(
      [
        ['name', hclString(c.name)],
        ['priority', String(c.priority)],
        ['action', hclString('Allow')],
      ],
      '    ',
    ))
      yield `${l}\n`;
    for (const f of mine) {
      yield '\n    rule {\n';
      const args: [string, string][] = [
        ['name', hclString(f.name)],
        ['description', hclString(f.description)],
        ['source_addresses', list(f.sources)],
        ['destination_fqdns', hclList(f.fqdns)],
      ];
      if (f.kind === 'network')
        args.push(['protocols', hclList(f.protocols as string[])], ['destination_ports', hclList(f.ports)]);
      for (const l of hclArguments(args, '      ')) yield `${l}\n`;
      if (f.kind === 'application')
        for (const p of f.protocols as { type: string; port: number }[]) {
          yield '      protocols {\n';
          for (const l of hclArguments(
            [
              ['type', hclString(p.type)],
              ['port', String(p.port)],
            ],
            '        ',
          ))
            yield `${l}\n`;
          yield '      }\n';
        }
      yield '    }\n';
    }
    yield '  }\n';
  }
  yield '}\n';
}

/**
 * The connector's Azure rules as Terraform (azurerm provider): `azurerm_network_security_rule`
 * for rows between addresses, priorities from 100 in plan order; rows that name hosts or
 * wildcards as Azure Firewall policy rules in one `azurerm_firewall_policy_rule_collection_group`
 * (application rules for HTTP and HTTPS, network rules with `destination_fqdns` for the rest).
 * The names are destinations only: a named source is omitted, or resolved with `--resolve`.
 */
export const azureNsg: FirewallTarget = {
  name: 'azure-nsg',
  extension: '.tf',
  summary: "the connector's Azure NSG rules, and Azure Firewall rules for names, as Terraform",
  supports: {
    // Names and wildcards are carried by the Azure Firewall part, not by the NSG rules.
    fqdn: true,
    wildcardFqdn: true,
    ipv6: true,
    portRanges: true,
    anyPort: true,
    hostScope: false,
    comments: true,
    namesAsDestinationOnly: true,
  },
  enforcement: () => 'connector',
  render: renderAzure,
};
