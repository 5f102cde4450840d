// What every verb shares: flag parsing that fails as a usage error, enum flags, and all-or-nothing output.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

/** Where a verb writes; tests and the entry point pass the process's streams. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** A verb of the CLI: its help text and what it does. Exit status: 0 fine, 1 some flow failed, 2 input error. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs`, strict, with errors turned into {@link UsageError}. */
export function parseFlags<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError(`${(cause as Error).message}\n\n${usage}`, { cause });
  }
}

/** Check that a flag's value(s) are among `choices`. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag}: expected one of ${choices.join(', ')}, got "${value}"`);
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
export function positionals(given: string[], names: string[], usage: string): string[] {
  if (given.length !== names.length) {
    const what =
      given.length < names.length
        ? `missing ${names.slice(given.length).join(', ')}`
        : `unexpected argument "${given[names.length]}"`;
    throw new UsageError(`${what}\n\n${usage}`);
  }
  return given;
}

/** Write `text` to `file` whole or not at all (a temporary file renamed into place), or to stdout. */
export function emit(text: string, file: string | undefined, io: Io): void {
  if (!file || file === '-') {
    io.stdout(text);
    return;
  }
  const tmp = `${file}.portplan-${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (cause) {
    rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${file}: ${(cause as Error).message}`, { cause });
  }
}
