// `portplan audit INVENTORY --ruleset FILE`: does an exported ruleset let the plan's flows through, by which rule, and the fix.
import { auditRuleset, isHost } from '../audit/audit.js';
import { detectFormat, FORMATS } from '../audit/formats/registry.js';
import { AUDIT_FORMATS, auditJson, auditMarkdown, auditTable } from '../audit/report.js';
import { InputError, UsageError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { planInventory } from '../plan/plan.js';
import { FIREWALLS } from '../targets/registry.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import { type Command, emit, guardOutput, oneOf, parseFlags, positionals, readInput } from './_io.js';

const formatHelp = () =>
  FORMATS.length > 0
    ? FORMATS.map((f) => `                             ${f.name.padEnd(14)} ${f.summary}`).join('\n')
    : '                             (none registered yet)';

const usage = () => `Usage: portplan audit INVENTORY --ruleset FILE [options]

Ask an exported firewall ruleset, without touching the network, whether it lets each flow of the
plan through: allowed, blocked, partial (which ports or addresses are not) or depends-on (a name
the ruleset can only match by address, an ipset, a group), each with the rule or policy that
decides it (file and line, handle or id). Then the rules broader than the plan needs and the rules
that can never match, and for each blocked or partial flow the rules to add, in the ruleset's own
language, and where.

Options:
  --ruleset FILE             the exported ruleset ("-" reads standard input)
  --ruleset-format F         its format, when detection should not decide:
${formatHelp()}
  --at HOST                  the ruleset is this inventory host's own firewall: flows into it meet
                             its input chains, flows out of it its output chains, and other flows
                             are not its business. Without --at it is a firewall between the hosts
                             (forward chains)
  --format F                 ${AUDIT_FORMATS.join(' | ')} (default: table on a terminal, json otherwise)
  --catalog FILE             use this catalog instead of the built-in one
  -o, --output FILE          write to FILE (all or nothing) instead of standard output

Exit status: 0 every required flow is allowed; 1 some required flow is blocked, partial or
depends on something the ruleset does not say; 2 usage or input error. Optional ports (chronyc's
323/udp) are reported but never fail the audit.`;

export const command: Command = {
  summary: 'does an exported ruleset allow each flow, by which rule; findings and the fix',
  get usage() {
    return usage();
  },
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(
      argv,
      {
        ruleset: { type: 'string' },
        'ruleset-format': { type: 'string' },
        at: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        ...CATALOG_FLAG,
      },
      'audit',
    );
    const [file] = positionals(args, ['INVENTORY'], 'audit') as [string];
    if (values.ruleset === undefined) throw new UsageError('audit: --ruleset FILE is required');
    if (file === '-' && values.ruleset === '-')
      throw new UsageError('audit: the inventory and the ruleset cannot both be standard input');
    const format =
      oneOf('format', values.format, AUDIT_FORMATS) ?? (io.isTTY && !values.output ? 'table' : 'json');
    const names = FORMATS.map((f) => f.name);
    const known = names.length > 0 ? names.join(', ') : 'none is registered yet';
    if (values['ruleset-format'] !== undefined) {
      if (names.length === 0)
        throw new UsageError(`--ruleset-format: unknown value "${values['ruleset-format']}" (${known})`);
      oneOf('ruleset-format', values['ruleset-format'], names);
    }
    guardOutput(values.output, [file, values.ruleset, ...catalogInputs(values.catalog)]);
    const catalog = chooseCatalog(values.catalog, io);
    const input = readInput(file, 'inventory', io);
    const inventory = loadInventory(input.text, input.name);
    const source = readInput(values.ruleset, 'ruleset', io);
    const rulesetFormat = detectFormat(source.text, values['ruleset-format']);
    if (!rulesetFormat) {
      throw new InputError([
        {
          file: source.name,
          field: '',
          message: `cannot tell which firewall export this is; give --ruleset-format (${known})`,
        },
      ]);
    }
    const plan = planInventory(catalog, inventory);
    const at = values.at;
    if (at !== undefined && !plan.flows.some((f) => isHost(f.from, at) || isHost(f.to, at))) {
      throw new UsageError(`audit: --at ${at}: no flow of the plan starts or ends at that host`);
    }
    const ruleset = rulesetFormat.parse(source.text, source.name);
    const optional = new Map(
      catalog.requirements.map((r) => [r.id, (r.optional ?? []).flatMap((o) => o.ports)] as const),
    );
    const report = auditRuleset(plan, ruleset, {
      ...(at !== undefined ? { at } : {}),
      optionalPorts: (id) => optional.get(id) ?? [],
      targets: FIREWALLS,
    });
    const width = io.isTTY && !values.output ? io.width : undefined;
    const output =
      format === 'json'
        ? auditJson(report)
        : format === 'markdown'
          ? auditMarkdown(report)
          : auditTable(report, width);
    await emit(output, values.output, io);
    if (ruleset.unreadable.length > 0)
      io.stderr(
        `portplan: warning: ${ruleset.unreadable.length} lines of ${source.name} could not be read: the verdicts they could touch say "depends on"\n`,
      );
    return report.passed ? 0 : 1;
  },
};
