// The one error family of portplan: a base class with a fixed code, one subclass per kind of failure.
import { printable } from './common/printable.js';

/** Where in an input file a problem is, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** One problem found in an input file: what the CLI prints as `file:line:column: field: message`. */
export interface Problem {
  file: string;
  position?: Position;
  /** Dotted path of the field, e.g. `sources.vmware[0].esxi[2]`; empty for the whole document. */
  field: string;
  message: string;
}

/** Base of every error portplan throws on purpose. */
export class PortplanError extends Error {
  readonly code: string = 'PORTPLAN_ERROR';
  /** Exit status the CLI uses for this error. */
  readonly exitCode: number = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    // Messages quote flags, values and file names as given: each line is made printable, so an
    // escape sequence in an argument is shown, not run by the terminal.
    super(message.split('\n').map(printable).join('\n'), options);
    this.name = new.target.name;
  }
}

/** A flag or argument the CLI cannot accept. */
export class UsageError extends PortplanError {
  override readonly code = 'PORTPLAN_USAGE';
}

/** A catalog and an inventory that each load but cannot be planned together. */
export class PlanError extends PortplanError {
  override readonly code = 'PORTPLAN_PLAN';
}

/** An input file (inventory, catalog, vendor document) that cannot be used, with every problem found in it. */
export class InputError extends PortplanError {
  override readonly code = 'PORTPLAN_INPUT';
  constructor(
    readonly problems: readonly Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems.map(formatProblem).join('\n'), options);
  }
}

/**
 * `file:line:column: field: message`, the format editors and terminals link to. Control characters
 * from the input (a key `regoin\x1b[2J`, a file name) are written out visibly, never sent raw.
 */
export function formatProblem(p: Problem): string {
  const where = p.position ? `${p.file}:${p.position.line}:${p.position.column}` : p.file;
  return printable(p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`);
}
