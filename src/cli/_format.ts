// Choosing an output format: --format, else -o's extension, else a table on a terminal and JSON on a pipe.

import { UsageError } from '../errors.js';
import type { Target } from '../targets/_target.js';
import { type Io, oneOf } from './_io.js';

/** The lines of help text that list a registry's formats, each with its summary. */
export function formatHelp(targets: readonly Target[]): string {
  return targets.map((t) => `                             ${t.name.padEnd(9)} ${t.summary}`).join('\n');
}

/**
 * The target for `--format`, or for `-o FILE`'s extension (`plan.csv` is CSV), or the default: a
 * table for a person at a terminal, JSON for a program reading a pipe or a file.
 */
export function chooseTarget(
  targets: readonly Target[],
  format: string | undefined,
  output: string | undefined,
  io: Io,
): Target {
  const names = targets.map((t) => t.name);
  const named = oneOf('format', format, names);
  if (named) {
    const chosen = targets.find((t) => t.name === named) as Target;
    const other = output && targets.find((t) => t !== chosen && output.toLowerCase().endsWith(t.extension));
    if (other)
      io.stderr(
        `portplan: warning: writing ${chosen.name} into ${output}, whose extension says ${other.name}\n`,
      );
    return chosen;
  }
  if (output && output !== '-') {
    const lower = output.toLowerCase();
    const byExtension = targets.find((t) => lower.endsWith(t.extension));
    if (byExtension) return byExtension;
    if (/\.[a-z0-9]+$/i.test(output) && !lower.endsWith('.yaml') && !lower.endsWith('.yml')) {
      throw new UsageError(
        `-o ${output}: cannot tell the format from the extension; give --format (${names.join(', ')}) or use ${targets.map((t) => t.extension).join(', ')}`,
      );
    }
    return targets.find((t) => t.name === 'json') ?? (targets[0] as Target);
  }
  const fallback = io.isTTY ? 'table' : 'json';
  return targets.find((t) => t.name === fallback) ?? (targets[0] as Target);
}
