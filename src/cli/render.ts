// `portplan render INVENTORY --target T`: the plan's rules in one firewall's own language.
import { UsageError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import { resolveName } from '../probe/dns.js';
import {
  type FirewallOptions,
  type FirewallTarget,
  headerLines,
  prepareFirewall,
  type Resolution,
} from '../targets/_firewall.js';
import { FIREWALLS } from '../targets/registry.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import {
  type Command,
  emit,
  guardOutput,
  oneOf,
  parseFlags,
  portplanVersion,
  positionals,
  readInput,
} from './_io.js';

const targetHelp = () =>
  FIREWALLS.map((t) => `                           ${t.name.padEnd(17)} ${t.summary}`).join('\n');

const usage = () => `Usage: portplan render INVENTORY --target T [options]

Write the plan's rules in one firewall's own language, with a header saying what it covers, from
which inventory and catalog, and what it could not express and why (with the targets that can).
INVENTORY "-" reads standard input. Capabilities of each target: docs/targets.md.

Options:
  --target T               the firewall language:
${targetHelp()}
  --connector NAME         only rules to or from this connector (repeatable); the host a host
                           firewall (iptables/nftables --chain-mode host) or a security group is for
  --chain-mode M           iptables, nftables: host (the connector's own INPUT/OUTPUT, with its
                           loopback rows) or forward (a router between hosts; default host)
  --resolve                resolve host names the target cannot name through the inventory's DNS
                           servers now, and write their addresses (stamped: addresses change)
  --catalog FILE           use this catalog instead of the built-in one
  -o, --output FILE        write to FILE (all or nothing) instead of standard output; never
                           over the inventory or catalog being read`;

/** How long --resolve waits for the DNS servers, per name. */
const RESOLVE_TIMEOUT_MS = 3000;

export const command: Command = {
  summary: "the change in your firewall's own language",
  get usage() {
    return usage();
  },
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        target: { type: 'string' },
        connector: { type: 'string', multiple: true },
        'chain-mode': { type: 'string' },
        resolve: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        ...CATALOG_FLAG,
      },
      'render',
    );
    const [file] = positionals(args, ['INVENTORY'], 'render') as [string];
    const names = FIREWALLS.map((t) => t.name);
    const name = oneOf('target', values.target, names);
    if (!name) throw new UsageError(`render: --target T is required (one of: ${names.join(', ')})`);
    const target = FIREWALLS.find((t) => t.name === name) as FirewallTarget;
    const chainMode = oneOf('chain-mode', values['chain-mode'], ['host', 'forward'] as const) ?? 'host';
    const connectors = (values.connector ?? []).flatMap((c) => c.split(','));
    guardOutput(values.output, [file, ...catalogInputs(values.catalog)]);
    const catalog = chooseCatalog(values.catalog, io);
    const input = readInput(file, 'inventory', io);
    const inventory = loadInventory(input.text, input.name);
    const plan = planInventory(catalog, inventory, { connectors });
    const rules = aggregateRules(plan.openings);
    const all = inventory.connectors.map((c) => c.name);
    const host = connectors.length === 1 ? connectors[0] : all.length === 1 ? all[0] : undefined;
    const base: FirewallOptions = { chainMode, region: plan.region, ...(host ? { host } : {}) };
    const where = target.enforcement(base);
    if ((where === 'host' || where === 'connector') && !target.selects && !host) {
      throw new UsageError(
        `render: --target ${name}${where === 'host' ? ` --chain-mode ${chainMode}` : ''} is for one connector: give --connector NAME (one of: ${all.join(', ')})`,
      );
    }
    let options = base;
    if (values.resolve) {
      // Names the target cannot write itself, resolved as the connector would: through the
      // inventory's DNS servers, not this machine's resolver.
      const first = prepareFirewall(target, plan, rules, base, FIREWALLS);
      const wanted = first.unnamed;
      const servers = inventory.services.dns ?? ['8.8.8.8'];
      const addresses = new Map<string, string[]>();
      await Promise.all(
        wanted.map(async (n) => {
          const r = await resolveName(n, servers, 'udp', AbortSignal.timeout(RESOLVE_TIMEOUT_MS));
          addresses.set(n, 'addresses' in r ? [...new Set(r.addresses)].sort() : []);
        }),
      );
      const resolution: Resolution = {
        at: new Date().toISOString(),
        addresses: new Map([...addresses].sort(([a], [b]) => a.localeCompare(b))),
      };
      options = { ...base, resolution };
      io.stderr(
        `portplan: warning: ${addresses.size} names resolved at ${resolution.at} through ${servers.join(', ')}: addresses behind names change; render again before applying\n`,
      );
    }
    const prepared = prepareFirewall(target, plan, rules, options, FIREWALLS);
    const header = headerLines(
      target,
      {
        version: portplanVersion(),
        inventory: input.name,
        catalog: plan.catalog,
        connectors,
      },
      prepared,
      options,
    );
    await emit(
      target.render({ rules: prepared.rules, omitted: prepared.omitted, header, options }),
      values.output,
      io,
    );
    if (prepared.omitted.length > 0) {
      const rulesLeft = new Set(prepared.omitted.map((o) => o.rule)).size;
      io.stderr(
        `portplan: warning: ${name} cannot express ${prepared.omitted.length} parts of ${rulesLeft} rules: the output's header lists them, with the targets that can\n`,
      );
    }
    for (const warning of plan.warnings) io.stderr(`portplan: warning: ${warning.message}\n`);
    return 0;
  },
};
