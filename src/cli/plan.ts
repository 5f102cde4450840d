// `portplan plan INVENTORY`: the flows (or, with --rules, the aggregated rules) an inventory needs.
import { WORKLOADS } from '../catalog/schema.js';
import { readInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { formatPlan, PLAN_FORMATS } from '../plan/format.js';
import { planInventory } from '../plan/plan.js';
import { CATALOG_FLAG, chooseCatalog } from './_catalog.js';
import { type Command, emit, manyOf, oneOf, parseFlags, positionals } from './_io.js';

const usage = `Usage: portplan plan INVENTORY [options]

Expand the catalog over an inventory: one flow per source host, destination and transport, with
every requirement it serves. With --rules, merge into the fewest rules that open nothing more than
needed (one rule per purpose). Warnings (what the plan leaves out, and why) go to standard error.

Options:
  --rules                  aggregate flows into rules for a change ticket
  --format F               ${PLAN_FORMATS.join(' | ')} (default: table on a terminal, json otherwise)
  --connector NAME         only flows to or from this connector (repeatable)
  --workload W             only this workload (repeatable): ${WORKLOADS.join(', ')}
  --direction D            out (from a connector), in (to a connector) or lateral (neither)
  --scope S                network (crosses a firewall) or host (stays on one machine)
  --catalog FILE           use this catalog instead of the built-in one
  -o, --output FILE        write to FILE (all or nothing) instead of standard output`;

export const command: Command = {
  summary: 'what must be opened, between which of your hosts',
  usage,
  run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        rules: { type: 'boolean' },
        format: { type: 'string' },
        connector: { type: 'string', multiple: true },
        workload: { type: 'string', multiple: true },
        direction: { type: 'string', multiple: true },
        scope: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        ...CATALOG_FLAG,
      },
      usage,
    );
    const [file] = positionals(args, ['INVENTORY'], usage);
    const format =
      oneOf('format', values.format, PLAN_FORMATS) ?? (io.isTTY && !values.output ? 'table' : 'json');
    const filter = {
      connectors: (values.connector ?? []).flatMap((c) => c.split(',')),
      workloads: manyOf('workload', values.workload, WORKLOADS),
      directions: manyOf('direction', values.direction, ['out', 'in', 'lateral'] as const),
      scopes: manyOf('scope', values.scope, ['network', 'host'] as const),
    };
    const catalog = chooseCatalog(values.catalog);
    const inventory = readInventory(file as string);
    const plan = planInventory(catalog, inventory, filter);
    emit(
      formatPlan(plan, format, values.rules ? aggregateRules(plan.openings) : undefined),
      values.output,
      io,
    );
    for (const warning of plan.warnings) io.stderr(`portplan: warning: ${warning}\n`);
    return 0;
  },
};
