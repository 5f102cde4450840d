// `portplan report INVENTORY`: one self-contained HTML page for a change-approval board.
import { loadInventory } from '../inventory/load.js';
import { planInventory } from '../plan/plan.js';
import { renderReport } from '../report/html.js';
import { readAuditReport, readCheckReport } from '../report/results.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import { type Command, emit, guardOutput, parseFlags, positionals, readInput } from './_io.js';

const usage = `Usage: portplan report INVENTORY [options]

Write one self-contained HTML page (no scripts, styles inline, nothing fetched from a network) for a
change-approval board: a summary (inventory, catalog, counts of flows and rules, check and audit
results), the diagram (as "portplan diagram" draws it, coloured by --check and --audit), the rules
table, every check result with its evidence and every audit verdict with the fixes that let it
through. It prints on A4 landscape: the navigation hidden, no table row split across pages, the
diagram fitted to the page. INVENTORY "-" reads standard input.

Options:
  --check FILE             include a "portplan check --format json" output
  --audit FILE             include a "portplan audit --format json" output
  --catalog FILE           use this catalog instead of the built-in one
  -o, --output FILE        write to FILE (all or nothing) instead of standard output`;

export const command: Command = {
  summary: 'one self-contained HTML page: summary, diagram, rules, check and audit results',
  usage,
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        output: { type: 'string', short: 'o' },
        check: { type: 'string' },
        audit: { type: 'string' },
        ...CATALOG_FLAG,
      },
      'report',
    );
    const [file] = positionals(args, ['INVENTORY'], 'report') as [string];
    guardOutput(values.output, [file, values.check, values.audit, ...catalogInputs(values.catalog)]);
    const catalog = chooseCatalog(values.catalog, io);
    const input = readInput(file, 'inventory', io);
    const plan = planInventory(catalog, loadInventory(input.text, input.name));
    const check = values.check ? readInput(values.check, 'check results', io) : undefined;
    const audit = values.audit ? readInput(values.audit, 'audit results', io) : undefined;
    const html = await renderReport({
      plan,
      inventory: input.name,
      check: check && readCheckReport(check.text, check.name),
      audit: audit && readAuditReport(audit.text, audit.name),
    });
    await emit(html, values.output, io);
    for (const warning of plan.warnings) io.stderr(`portplan: warning: ${warning.message}\n`);
    return 0;
  },
};
