// Turn the CLI's `file:line:column: field: message` lines back into Problems, for fixture tables.
import type { Problem } from '../src/errors.js';

/** `file:line:column: field: message` back into a Problem (field is one token without spaces; syntax errors have none). */
export function parseProblem(line: string): Problem {
  const m = /^([^:]+):([0-9]+):([0-9]+): (?:([^\s:]+): )?(.*)$/.exec(line);
  if (!m) throw new Error(`not a problem line: ${line}`);
  return {
    file: m[1] ?? '',
    position: { line: Number(m[2]), column: Number(m[3]) },
    field: m[4] ?? '',
    message: m[5] ?? '',
  };
}
