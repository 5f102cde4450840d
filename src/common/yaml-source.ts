// Load a YAML file against a zod schema, reporting every problem at once with line, column and field.
import { closest } from 'fastest-levenshtein';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type * as z from 'zod';
import { InputError, type Position, type Problem } from '../errors.js';

export type Path = readonly PropertyKey[];

/** Finds the position of a field in the parsed document (the nearest existing ancestor when it is missing). */
export type Locate = (path: Path, key?: boolean) => Position | undefined;

/** `sources.vmware[0].esxi[2]` */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** A short, quoted rendering of a value for messages ("got …"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/**
 * Parse `text` as YAML and validate it with `schema`. Extra semantic checks run only when the
 * schema passes, and get a locator to put their problems at the right line. Throws one
 * {@link InputError} listing every problem; returns the parsed value otherwise.
 *
 * @example
 * const inventory = loadYaml(text, 'site.yaml', inventorySchema);
 */
export function loadYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check?: (value: z.output<S>, locate: Locate) => Problem[],
): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors.map(
    (e): Problem => ({
      file,
      position: e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : undefined,
      field: '',
      message: `YAML syntax: ${e.message.split('\n')[0]}`,
    }),
  );
  if (syntax.length > 0) throw new InputError(syntax);

  const locate: Locate = (path, key = false) => {
    let node: unknown = doc.contents;
    let best: Node | undefined = doc.contents ?? undefined;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === part);
        if (!pair) break;
        if (last && key && pair.key && isScalar(pair.key)) return toPosition(pair.key, lineCounter);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
      } else break;
      if (node && typeof node === 'object' && 'range' in node) best = node as Node;
      else break;
    }
    return best ? toPosition(best, lineCounter) : { line: 1, column: 1 };
  };

  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, file, locate, schema));
    problems.sort(byPosition);
    throw new InputError(problems);
  }
  const problems = check ? check(result.data, locate) : [];
  if (problems.length > 0) throw new InputError(problems.sort(byPosition));
  return result.data;
}

function toPosition(node: Node, lineCounter: LineCounter): Position {
  const offset = node.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function byPosition(a: Problem, b: Problem): number {
  return (
    (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0)
  );
}

type Issue = z.core.$ZodIssue;

function issueToProblems(issue: Issue, file: string, locate: Locate, schema: z.ZodType): Problem[] {
  const path = issue.path as Path;
  const input = (issue as { input?: unknown }).input;
  const at = (p: Path, key = false): Problem => ({
    file,
    position: locate(p, key),
    field: formatPath(p),
    message: '',
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((k) => {
        const hint = allowed.length > 0 ? `; did you mean "${closest(k, allowed)}"?` : '';
        const list = allowed.length > 0 ? ` (expected one of: ${allowed.join(', ')})` : '';
        return { ...at([...path, k], true), message: `unknown field${hint}${hint ? '' : list}` };
      });
    }
    case 'invalid_type':
      if (input === undefined) {
        return [{ ...at(path), message: `required field is missing (expected ${issue.expected})` }];
      }
      return [
        { ...at(path), message: `expected ${expectedName(issue.expected)}, got ${describeValue(input)}` },
      ];
    case 'invalid_value':
      return [
        {
          ...at(path),
          message: `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => String(v)).join(', ')}, got ${describeValue(input)}`,
        },
      ];
    case 'too_small':
      return [
        {
          ...at(path),
          message:
            issue.origin === 'array'
              ? `expected at least ${issue.minimum} item(s)`
              : issue.origin === 'string'
                ? 'expected a non-empty value'
                : `expected at least ${issue.minimum}, got ${describeValue(input)}`,
        },
      ];
    case 'too_big':
      return [{ ...at(path), message: `expected at most ${issue.maximum}, got ${describeValue(input)}` }];
    default:
      return [{ ...at(path), message: issue.message }];
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'int':
      return 'a whole number';
    default:
      return `a ${expected}`;
  }
}

/** The keys an object schema at `path` accepts, for "did you mean". */
function allowedKeys(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  for (const part of [...path, '']) {
    current = unwrap(current);
    if (part === '') break;
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } })
      .def;
    if (def?.type === 'object' && typeof part === 'string') current = def.shape?.[part];
    else if (def?.type === 'array' && typeof part === 'number') current = def.element;
    else return [];
  }
  const def = (current as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  while (s?.def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(s.def.type ?? '')) {
    s = (s.def.innerType ?? s.def.in) as typeof s;
  }
  return s;
}
