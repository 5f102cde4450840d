// `portplan catalog`: show the requirements; `catalog import DOC.md` and `catalog diff DOC.md` read a vendor document.
import { countDifferences, diffCatalogs, formatCatalogDiff } from '../catalog/diff.js';
import { CATALOG_FORMATS, formatCatalog } from '../catalog/format.js';
import { formatImport, formatImportReport, importVendorDocument } from '../catalog/import.js';
import { WORKLOADS } from '../catalog/schema.js';
import { readInputFile } from '../common/read.js';
import { UsageError } from '../errors.js';
import { CATALOG_FLAG, chooseCatalog } from './_catalog.js';
import { type Command, emit, manyOf, oneOf, parseFlags, positionals } from './_io.js';

const usage = `Usage: portplan catalog [--workload W] [--format ${CATALOG_FORMATS.join('|')}] [--catalog FILE] [-o FILE]
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
  --format F        output format
  --catalog FILE    use this catalog instead of the built-in one
  -o, --output FILE write to FILE (all or nothing) instead of standard output`;

const FLAGS = {
  workload: { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  ...CATALOG_FLAG,
} as const;

/**
 * The flags each form takes. The three forms share one parse (a flag may come before the
 * sub-verb), so a flag one of them would silently ignore is rejected here instead.
 */
const TAKES: Record<'show' | 'import' | 'diff', readonly (keyof typeof FLAGS)[]> = {
  show: ['workload', 'format', 'catalog', 'output'],
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
  run(argv, io) {
    const { values, positionals: args } = parseFlags(argv, FLAGS, 'catalog');
    if (args[0] === 'import') {
      rejectUnused('import', values);
      const [, doc] = positionals(args, ['import', 'DOC.md'], 'catalog import');
      const result = importVendorDocument(readInputFile(doc as string, 'document'), doc as string);
      emit(formatImport(result), values.output, io);
      io.stderr(formatImportReport(result));
      return result.skipped.length > 0 ? 1 : 0;
    }
    if (args[0] === 'diff') {
      rejectUnused('diff', values);
      const [, doc] = positionals(args, ['diff', 'DOC.md'], 'catalog diff');
      const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
      const result = importVendorDocument(readInputFile(doc as string, 'document'), doc as string);
      const diff = diffCatalogs(chooseCatalog(values.catalog), result.catalog, result.skipped);
      emit(formatCatalogDiff(diff, format), values.output, io);
      io.stderr(formatImportReport(result));
      return countDifferences(diff) > 0 ? 1 : 0;
    }
    rejectUnused('show', values);
    positionals(args, [], 'catalog');
    const format =
      oneOf('format', values.format, CATALOG_FORMATS) ?? (io.isTTY && !values.output ? 'table' : 'json');
    const workloads = manyOf('workload', values.workload, WORKLOADS);
    const catalog = chooseCatalog(values.catalog);
    const shown = {
      ...catalog,
      requirements: catalog.requirements.filter(
        (r) => workloads.length === 0 || workloads.includes(r.workload),
      ),
    };
    emit(formatCatalog(shown, format, io.isTTY && !values.output ? io.width : undefined), values.output, io);
    return 0;
  },
};
