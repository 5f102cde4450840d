// `portplan catalog`: show the requirements; `catalog import DOC.md` and `catalog diff DOC.md` read a vendor document.
import { countDifferences, diffCatalogs, formatCatalogDiff } from '../catalog/diff.js';
import { formatImport, formatImportReport, importVendorDocument } from '../catalog/import.js';
import { WORKLOADS } from '../catalog/schema.js';
import { readInputFile } from '../common/read.js';
import { UsageError } from '../errors.js';
import { TARGETS } from '../targets/registry.js';
import { CATALOG_FLAG, catalogInputs, chooseCatalog } from './_catalog.js';
import { chooseTarget, formatHelp } from './_format.js';
import { type Command, emit, guardOutput, manyOf, nearest, oneOf, parseFlags, positionals } from './_io.js';

/** The targets that can list a catalog: the registry decides, not this file. */
const LISTINGS = TARGETS.filter((t) => t.renderCatalog);

const usage = `Usage: portplan catalog [--workload W] [--format F] [--wide] [--catalog FILE] [-o FILE]
       portplan catalog import DOC.md [-o FILE]
       portplan catalog diff DOC.md [--format text|json] [--catalog FILE] [-o FILE]

Show the requirements of the catalog, each with the vendor document section, table and row it
comes from. "import" reads a vendor document in the same Markdown-table format and prints the
catalog it implies; rows it cannot interpret are listed on standard error and at the top of the
output. "diff" compares a vendor document with the catalog and lists added (+), removed (-) and
changed (~) requirements, and rows it cannot interpret (?) with their hosts and ports.

Exit status of import and diff: 0 the document was read whole (diff: and agrees with the
catalog); 1 some row could not be interpreted (diff: or the two differ); 2 the document cannot
be read (missing, empty, binary, or without a table with Source, Destination, Port and Protocol
columns) or a usage error.

Options:
  --workload W      only this workload (repeatable): ${WORKLOADS.join(', ')}
  --format F        the output format (default: by -o's extension; else table on a terminal, json
                    otherwise); for diff, text (default) or json:
${formatHelp(LISTINGS)}
  --wide            do not wrap table cells to the terminal's width
  --catalog FILE    use this catalog instead of the built-in one ("-": standard input)
  -o, --output FILE write to FILE (all or nothing) instead of standard output; never over a
                    file being read`;

const FLAGS = {
  workload: { type: 'string', multiple: true },
  format: { type: 'string' },
  wide: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  ...CATALOG_FLAG,
} as const;

/**
 * The flags each form takes. The three forms share one parse (a flag may come before the
 * sub-verb), so a flag one of them would silently ignore is rejected here instead.
 */
const TAKES: Record<'show' | 'import' | 'diff', readonly (keyof typeof FLAGS)[]> = {
  show: ['workload', 'format', 'wide', 'catalog', 'output'],
  import: ['output'],
  diff: ['format', 'catalog', 'output'],
};

function rejectUnused(form: keyof typeof TAKES, values: Partial<Record<keyof typeof FLAGS, unknown>>): void {
  for (const flag of Object.keys(FLAGS) as (keyof typeof FLAGS)[]) {
    if (values[flag] !== undefined && !TAKES[form].includes(flag)) {
      const name = form === 'show' ? 'catalog' : `catalog ${form}`;
      throw new UsageError(`${name} does not take --${flag} (run "portplan catalog --help" for its usage)`);
    }
  }
}

export const command: Command = {
  summary: 'the vendor requirements, with their references; import or diff a vendor document',
  usage,
  async run(argv, io) {
    const { values, positionals: args } = parseFlags(argv, FLAGS, 'catalog');
    if (args[0] !== undefined && args[0] !== 'import' && args[0] !== 'diff') {
      const guess = nearest(args[0], ['import', 'diff']);
      throw new UsageError(
        `catalog: unknown sub-command "${args[0]}"${guess ? `; did you mean "${guess}"?` : ''} (expected import or diff, or none to show the catalog)`,
      );
    }
    if (args[0] === 'import') {
      rejectUnused('import', values);
      const [, doc] = positionals(args, ['import', 'DOC.md'], 'catalog import');
      guardOutput(values.output, [doc]);
      const result = importVendorDocument(readInputFile(doc as string, 'document'), doc as string);
      await emit(formatImport(result), values.output, io);
      io.stderr(formatImportReport(result));
      return result.skipped.length > 0 ? 1 : 0;
    }
    if (args[0] === 'diff') {
      rejectUnused('diff', values);
      const [, doc] = positionals(args, ['diff', 'DOC.md'], 'catalog diff');
      guardOutput(values.output, [doc, ...catalogInputs(values.catalog)]);
      const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
      const result = importVendorDocument(readInputFile(doc as string, 'document'), doc as string);
      const diff = diffCatalogs(chooseCatalog(values.catalog, io), result.catalog, result.skipped);
      await emit(formatCatalogDiff(diff, format), values.output, io);
      io.stderr(formatImportReport(result));
      return countDifferences(diff) > 0 ? 1 : 0;
    }
    rejectUnused('show', values);
    positionals(args, [], 'catalog');
    const target = chooseTarget(LISTINGS, values.format, values.output, io);
    const workloads = manyOf('workload', values.workload, WORKLOADS);
    guardOutput(values.output, catalogInputs(values.catalog));
    const catalog = chooseCatalog(values.catalog, io);
    const shown = {
      ...catalog,
      requirements: catalog.requirements.filter(
        (r) => workloads.length === 0 || workloads.includes(r.workload),
      ),
    };
    const width = io.isTTY && !values.output && !values.wide ? io.width : undefined;
    await emit(target.renderCatalog?.(shown, { width }) ?? [], values.output, io);
    return 0;
  },
};
