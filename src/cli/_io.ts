// What every verb shares: flag parsing that fails as a usage error, enum flags, and all-or-nothing output.
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { readInputFile } from '../common/read.js';
import { InputError, PortplanError, UsageError } from '../errors.js';

/** Where a verb writes; tests and the entry point pass the process's streams. */
export interface Io {
  /**
   * Write to standard output. A promise back means "wait for it before writing more": the reader
   * of a pipe is behind, and output made meanwhile would pile up in memory.
   */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard output is a terminal: tables by default, fitted to `width`. */
  isTTY: boolean;
  /** The terminal's columns, when standard output is one. */
  width?: number | undefined;
  /** Standard input, read whole (for `-` as a file name). */
  stdin?: () => string;
}

/** A verb of the CLI: its help text and what it does. Exit status: 0 fine, 1 some flow failed, 2 input error. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The nearest of `choices` to `given`, when it is near enough to be a typo. */
export function nearest(given: string, choices: readonly string[]): string | undefined {
  if (choices.length === 0) return undefined;
  const best = closest(given, [...choices]);
  return distance(given, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * `util.parseArgs`, strict, with errors turned into a short {@link UsageError}: an unknown flag
 * names the nearest known one, and points at `--help` rather than printing the whole usage.
 */
export function parseFlags<O extends Options>(argv: string[], options: O, verb: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (cause) {
    const e = cause as Error & { code?: string };
    const help = `run "portplan ${verb} --help" for its options`;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'(-[^']*)'/.exec(e.message)?.[1] ?? '?';
      const known = Object.entries(options).flatMap(([name, o]) => [
        `--${name}`,
        ...(o.short ? [`-${o.short}`] : []),
      ]);
      const guess = nearest(flag.split('=')[0] as string, known);
      throw new UsageError(
        `${verb}: unknown option ${flag}${guess ? `; did you mean ${guess}?` : ''} (${help})`,
        { cause },
      );
    }
    throw new UsageError(`${verb}: ${e.message.replace(/\.$/, '')} (${help})`, { cause });
  }
}

/** Check that a flag's value is among `choices`, naming the nearest when it is a typo. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    const guess = nearest(value, choices);
    throw new UsageError(
      `--${flag}: unknown value "${value}"${guess ? `; did you mean "${guess}"?` : ''} (expected one of: ${choices.join(', ')})`,
    );
  }
  return value as T;
}

export function manyOf<T extends string>(
  flag: string,
  values: string[] | undefined,
  choices: readonly T[],
): T[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => oneOf(flag, v, choices) as T);
}

/** Exactly `count` positional arguments, or a usage error naming what is missing. */
export function positionals(given: string[], names: string[], verb: string): string[] {
  if (given.length !== names.length) {
    const what =
      given.length < names.length
        ? `missing ${names.slice(given.length).join(', ')}`
        : `unexpected argument "${given[names.length]}"`;
    throw new UsageError(`${verb}: ${what} (run "portplan ${verb} --help" for its usage)`);
  }
  return given;
}

/** The text of an input file, or of standard input for `-`; `what` names it in the message. */
export function readInput(file: string, what: string, io: Io): { text: string; name: string } {
  if (file !== '-') return { text: readInputFile(file, what), name: file };
  try {
    return { text: io.stdin ? io.stdin() : readFileSync(0, 'utf8'), name: '<stdin>' };
  } catch (cause) {
    const message = `cannot read ${what}: ${(cause as Error).message}`;
    throw new InputError([{ file: '<stdin>', field: '', message }], { cause });
  }
}

/**
 * Refuse an output file that is one of the inputs (the same file, whatever the path says: compared
 * by device and inode, so links and `./` spellings count; `-` is standard input, which may be a
 * file too). Checked before any work, so a `plan site.yaml -o site.yaml` leaves the inventory as
 * it was.
 */
export function guardOutput(output: string | undefined, inputs: readonly (string | undefined)[]): void {
  if (!output || output === '-') return;
  let out: { dev: number; ino: number };
  try {
    out = statSync(output);
  } catch {
    return; // A file that does not exist yet is no input.
  }
  for (const input of inputs) {
    if (!input) continue;
    let s: { dev: number; ino: number; isFile(): boolean };
    try {
      s = input === '-' ? fstatSync(0) : statSync(input);
    } catch {
      continue; // Not readable: the read reports it.
    }
    if (input === '-' && !s.isFile()) continue;
    if (s.dev === out.dev && s.ino === out.ino) {
      const what = input === '-' ? 'standard input' : `the input file ${input}`;
      throw new UsageError(`-o ${output} is ${what}; refusing to write over it`);
    }
  }
}

/**
 * Write `output` (a string, or pieces as a target yields them) to `file` whole or not at all — a
 * temporary file renamed into place — or to standard output piece by piece, making the next piece
 * only once standard output has taken the last: a 100,000-host plan's 250 MB of JSON is never held
 * whole (bench/README.md).
 */
export async function emit(
  output: string | Iterable<string> | AsyncIterable<string>,
  file: string | undefined,
  io: Io,
): Promise<void> {
  const pieces = typeof output === 'string' ? [output] : output;
  if (!file || file === '-') {
    // A synchronous source is read without for-await's extra turn of the event loop per piece.
    if (Symbol.asyncIterator in pieces) for await (const piece of pieces) await io.stdout(piece);
    else for (const piece of pieces) await io.stdout(piece);
    return;
  }
  // Through a symbolic link to the file it names, as a shell's > would: the link stays a link.
  let target = file;
  try {
    if (lstatSync(file).isSymbolicLink()) target = realpathSync(file);
  } catch {
    // No such file yet: written where it is named.
  }
  const tmp = `${target}.portplan-${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    for await (const piece of pieces) writeFileSync(fd, piece);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (cause) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    // A failure to make the output (a plan that cannot be rendered) is reported as itself.
    if (cause instanceof PortplanError || !(cause instanceof Error) || !('syscall' in cause)) throw cause;
    // The message names the file asked for, not the temporary one beside it.
    const reason = (cause as Error).message.replaceAll(tmp, target);
    throw new UsageError(`cannot write ${file}: ${reason}`, { cause });
  }
}

/** portplan's version, from its package.json (the same file in the repo and in the built CLI). */
export function portplanVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
