// Reading an input file whole, with a failure reported as an input error naming the file.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * The text of `path`, or an {@link InputError} `path: cannot read WHAT: reason`.
 *
 * @example
 * readInputFile('site.yaml', 'inventory');
 */
export function readInputFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(
      [{ file: path, field: '', message: `cannot read ${what}: ${(cause as Error).message}` }],
      {
        cause,
      },
    );
  }
}
