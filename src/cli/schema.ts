// `portplan schema [inventory|catalog]`: print the JSON Schema editors use to complete and check files.
import { catalogJsonSchema } from '../catalog/schema.js';
import { UsageError } from '../errors.js';
import { inventoryJsonSchema } from '../inventory/schema.js';
import { type Command, nearest, parseFlags } from './_io.js';

const usage = `Usage: portplan schema [inventory|catalog]

Print the JSON Schema (draft 2020-12) of an inventory (default) or a catalog file. The same
schemas are in the repository as schema/inventory.schema.json and schema/catalog.schema.json.`;

export const command: Command = {
  summary: 'print the JSON Schema of inventory (or catalog) files',
  usage,
  run(argv, io) {
    const { positionals } = parseFlags(argv, {}, 'schema');
    if (positionals.length > 1)
      throw new UsageError(
        `schema: unexpected argument "${positionals[1]}" (run "portplan schema --help" for its usage)`,
      );
    const which = positionals[0] ?? 'inventory';
    if (which !== 'inventory' && which !== 'catalog') {
      const guess = nearest(which, ['inventory', 'catalog']);
      throw new UsageError(
        `schema: unknown kind "${which}"${guess ? `; did you mean "${guess}"?` : ''} (expected inventory or catalog)`,
      );
    }
    const schema = which === 'inventory' ? inventoryJsonSchema() : catalogJsonSchema();
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
};
