// `portplan diagram INVENTORY`: the plan as a picture (SVG) or as Mermaid or Graphviz text.
import { extname } from 'node:path';
import { renderDiagram } from '../diagram/diagram.js';
import { DIAGRAM_FORMATS } from '../diagram/formats.js';
import { COLLAPSE_CONNECTORS, COLLAPSE_HOSTS, type DiagramGraph } from '../diagram/graph.js';
import { colourByResults, readResults } from '../diagram/results.js';
import { loadInventory } from '../inventory/load.js';
import { planInventory } from '../plan/plan.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import { type Command, emit, guardOutput, oneOf, parseFlags, positionals, readInput } from './_io.js';

const names = DIAGRAM_FORMATS.map((f) => f.name);

const usage = `Usage: portplan diagram INVENTORY [options]

Draw the plan: connectors in the middle, Cohesity's cloud endpoints on the right, DNS/NTP, clients
and data sources (grouped by workload) on the left. One edge per rule and pair of nodes, labelled
with its ports and transport: outbound solid with a filled head, inbound dashed with an open head,
lateral dotted; host-local rules (scope host) as a badge on their host (a self-loop in Mermaid and
DOT). With more than ${COLLAPSE_HOSTS} data-source, client and DNS/NTP entries, hosts collapse into one node per
workload and role (with a count, ranges and CIDRs included), and edges between two nodes merge per
transport and direction; more than ${COLLAPSE_CONNECTORS} connectors collapse into one node.
INVENTORY "-" reads standard input.

Options:
  --format F               ${names.join(', ')} (default: by -o's extension, else svg):
${DIAGRAM_FORMATS.map((f) => `                             ${f.name.padEnd(8)} ${f.description}`).join('\n')}
  --check FILE             colour edges by a "portplan check --format json" output
  --audit FILE             colour edges by a "portplan audit --format json" output: green ok or
                           allowed, red failed, blocked or partial, grey skipped, open|filtered or
                           depends-on (a failure wins over ok, ok over grey), light grey no result;
                           results match edges by requirement, transport and from/to hosts
  --catalog FILE           use this catalog instead of the built-in one
  -o, --output FILE        write to FILE (all or nothing) instead of standard output`;

export const command: Command = {
  summary: 'the plan as a picture: SVG, Mermaid or Graphviz DOT',
  usage,
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        check: { type: 'string' },
        audit: { type: 'string' },
        ...CATALOG_FLAG,
      },
      'diagram',
    );
    const [file] = positionals(args, ['INVENTORY'], 'diagram') as [string];
    const byExtension = values.output
      ? DIAGRAM_FORMATS.find((f) => f.extension === extname(values.output ?? '').toLowerCase())?.name
      : undefined;
    const format = oneOf('format', values.format, names) ?? byExtension ?? 'svg';
    guardOutput(values.output, [file, values.check, values.audit, ...catalogInputs(values.catalog)]);
    const catalog = chooseCatalog(values.catalog, io);
    const input = readInput(file, 'inventory', io);
    const plan = planInventory(catalog, loadInventory(input.text, input.name));
    const inputs = (['check', 'audit'] as const).flatMap((kind) => {
      const given = values[kind];
      if (!given) return [];
      const read = readInput(given, `${kind} results`, io);
      return [{ source: `${kind} ${read.name}`, results: readResults(read.text, read.name, kind) }];
    });
    const colour = (graph: DiagramGraph) => {
      for (const input of inputs) colourByResults(graph, input.results, input.source);
    };
    await emit(await renderDiagram(plan, format, inputs.length > 0 ? colour : undefined), values.output, io);
    for (const warning of plan.warnings) io.stderr(`portplan: warning: ${warning.message}\n`);
    return 0;
  },
};
