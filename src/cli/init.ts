// `portplan init [FILE]`: write a commented starter inventory.
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { STARTER_INVENTORY } from '../inventory/starter.js';
import { type Command, emit, parseFlags } from './_io.js';

const usage = `Usage: portplan init [FILE] [--force]

Write a commented starter inventory to FILE (default portplan.yaml; "-" for standard output).
An existing file is left alone unless --force is given.`;

export const command: Command = {
  summary: 'write a commented starter inventory',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { force: { type: 'boolean' } }, 'init');
    if (positionals.length > 1)
      throw new UsageError(
        `init: unexpected argument "${positionals[1]}" (run "portplan init --help" for its usage)`,
      );
    const file = positionals[0] ?? 'portplan.yaml';
    if (file !== '-' && existsSync(file) && !values.force) {
      throw new UsageError(`${file} exists; pass --force to replace it`);
    }
    await emit(STARTER_INVENTORY, file, io);
    if (file !== '-') io.stderr(`wrote ${file}; next: portplan plan ${file}\n`);
    return 0;
  },
};
