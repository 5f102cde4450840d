// `portplan plan INVENTORY`: the flows (or, with --rules, the aggregated rules) an inventory needs.
import { WORKLOADS } from '../catalog/schema.js';
import { loadInventory } from '../inventory/load.js';
import { aggregateRules } from '../plan/aggregate.js';
import { planInventory } from '../plan/plan.js';
import { TARGETS } from '../targets/registry.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import { chooseTarget, formatHelp } from './_format.js';
import { type Command, emit, guardOutput, manyOf, parseFlags, positionals, readInput } from './_io.js';

const usage = `Usage: portplan plan INVENTORY [options]

Expand the catalog over an inventory: one flow per source host, destination and transport, with
every requirement it serves. With --rules, merge into the fewest rules that open nothing more than
needed (one rule per purpose). Warnings (what the plan leaves out, and why) go to standard error.
INVENTORY "-" reads standard input.

Options:
  --rules                  aggregate flows into rules for a change ticket
  --format F               the output format (default: by -o's extension; else table on a
                           terminal, json otherwise):
${formatHelp(TARGETS)}
  --wide                   do not wrap table cells to the terminal's width
  --connector NAME         only flows to or from this connector (repeatable)
  --workload W             only this workload (repeatable): ${WORKLOADS.join(', ')}
  --direction D            out (from a connector), in (to a connector) or lateral (neither)
  --scope S                network (crosses a firewall) or host (stays on one machine)
  --catalog FILE           use this catalog instead of the built-in one
  -o, --output FILE        write to FILE (all or nothing) instead of standard output; never
                           over the inventory or catalog being read`;

export const command: Command = {
  summary: 'what must be opened, between which of your hosts',
  usage,
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        rules: { type: 'boolean' },
        format: { type: 'string' },
        wide: { type: 'boolean' },
        connector: { type: 'string', multiple: true },
        workload: { type: 'string', multiple: true },
        direction: { type: 'string', multiple: true },
        scope: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        ...CATALOG_FLAG,
      },
      'plan',
    );
    const [file] = positionals(args, ['INVENTORY'], 'plan') as [string];
    const target = chooseTarget(TARGETS, values.format, values.output, io);
    const filter = {
      connectors: (values.connector ?? []).flatMap((c) => c.split(',')),
      workloads: manyOf('workload', values.workload, WORKLOADS),
      directions: manyOf('direction', values.direction, ['out', 'in', 'lateral'] as const),
      scopes: manyOf('scope', values.scope, ['network', 'host'] as const),
    };
    guardOutput(values.output, [file, ...catalogInputs(values.catalog)]);
    const catalog = chooseCatalog(values.catalog, io);
    const input = readInput(file, 'inventory', io);
    const plan = planInventory(catalog, loadInventory(input.text, input.name), filter);
    const rules = values.rules ? aggregateRules(plan.openings) : undefined;
    const width = io.isTTY && !values.output && !values.wide ? io.width : undefined;
    await emit(target.render({ plan, rules }, { width }), values.output, io);
    for (const warning of plan.warnings) io.stderr(`portplan: warning: ${warning.message}\n`);
    return 0;
  },
};
