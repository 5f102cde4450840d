// Load a YAML file against a zod schema, reporting every problem at once with line, column and field.
import { closest, distance } from 'fastest-levenshtein';
import jsyaml from 'js-yaml';
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

/**
 * Characters JSON.stringify leaves as they are but a terminal or editor acts on: C1 controls,
 * line and paragraph separators, and bidi controls that reorder the text shown around them.
 */
const UNSHOWN = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** A short, quoted rendering of a value for messages ("got …"), with every control character escaped. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown).replace(
      UNSHOWN,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty mapping' : 'a mapping';
  return String(value);
}

/**
 * Parse `text` as YAML and validate it with `schema`. Extra semantic checks (`check`) run when the
 * schema passes, and get a locator to put their problems at the right line; when it does not,
 * `partial` may check the parts of the raw value that are valid on their own, so that every problem
 * is reported at once. Throws one {@link InputError} listing every problem; returns the parsed
 * value otherwise.
 *
 * @example
 * const inventory = loadYaml(text, 'site.yaml', inventorySchema);
 */
export function loadYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check?: (value: z.output<S>, locate: Locate) => Problem[],
  partial?: (raw: unknown, locate: Locate) => Problem[],
): z.output<S> {
  const fast = loadValid(text, schema, check);
  return fast.ok ? fast.value : loadWithPositions(text, file, schema, check, partial);
}

/**
 * The fast path for a file that is valid: js-yaml parses a large inventory several times faster
 * than yaml's Document API (bench/README.md). Both read YAML 1.2's core schema, and duplicate keys
 * are errors in both. Anything wrong sends the file down {@link loadWithPositions}, which finds
 * every problem with its position.
 */
function loadValid<S extends z.ZodType>(
  text: string,
  schema: S,
  check: ((value: z.output<S>, locate: Locate) => Problem[]) | undefined,
): { ok: true; value: z.output<S> } | { ok: false } {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) ?? {};
  } catch {
    return { ok: false };
  }
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false };
  if (check && check(result.data, () => undefined).length > 0) return { ok: false };
  return { ok: true, value: result.data };
}

/** Parse with source positions and report every problem found, or return the value if there is none. */
export function loadWithPositions<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check?: (value: z.output<S>, locate: Locate) => Problem[],
  partial?: (raw: unknown, locate: Locate) => Problem[],
): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): Position => {
    // An error found at the very end (an unclosed bracket) points at the end of the last line, not past it.
    const at = offset >= text.length && text.endsWith('\n') ? text.length - 1 : offset;
    const { line, col } = lineCounter.linePos(at);
    return { line, column: col };
  };
  // The parser's own duplicate-key error names neither the key nor the first occurrence; duplicateKeys does.
  const syntax = doc.errors
    .filter((e) => e.code !== 'DUPLICATE_KEY')
    .map(
      (e): Problem => ({
        file,
        position: position(e.pos[0]),
        field: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      }),
    );
  syntax.push(...duplicateKeys(doc.contents, [], file, position));
  if (syntax.length > 0) throw new InputError(syntax.sort(byPosition));

  const locate: Locate = (path, key = false) => {
    let node: unknown = doc.contents;
    let best: Node | undefined = doc.contents ?? undefined;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        // Keys are compared as text: `2049: nfs` has a numeric key, but zod reports the path as "2049".
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(part));
        if (!pair) break;
        if (last && key && pair.key && isScalar(pair.key)) return toPosition(pair.key, position);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
      } else break;
      if (node && typeof node === 'object' && 'range' in node) best = node as Node;
      else break;
    }
    return best ? toPosition(best, position) : { line: 1, column: 1 };
  };

  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const result = schema.safeParse(value, { reportInput: true, error: defaultMessage });
  if (!result.success) {
    // A misspelt key ("conectors") also leaves its field missing; "did you mean" on the key says both.
    const suggested = new Set(
      result.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.flatMap((k) => {
              const best = suggestKey(k, allowedKeys(schema, issue.path as Path));
              return best === undefined ? [] : [formatPath([...(issue.path as Path), best])];
            })
          : [],
      ),
    );
    const problems = result.error.issues
      .filter((i) => !(isMissing(i) && suggested.has(formatPath(i.path as Path))))
      .flatMap((issue) => issueToProblems(issue, file, locate, schema));
    if (partial) problems.push(...partial(value, locate));
    throw new InputError(problems.sort(byPosition));
  }
  const problems = check ? check(result.data, locate) : [];
  if (problems.length > 0) throw new InputError(problems.sort(byPosition));
  return result.data;
}

function toPosition(node: Node, position: (offset: number) => Position): Position {
  return position(node.range?.[0] ?? 0);
}

function byPosition(a: Problem, b: Problem): number {
  return (
    (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0)
  );
}

/** Every key given twice in one mapping, at the second occurrence, naming the first. */
function duplicateKeys(
  node: unknown,
  path: PropertyKey[],
  file: string,
  position: (offset: number) => Position,
): Problem[] {
  const problems: Problem[] = [];
  if (isMap(node)) {
    const first = new Map<string, Position>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && isScalar(pair.key)) {
        const at = toPosition(pair.key, position);
        const earlier = first.get(key);
        if (earlier) {
          problems.push({
            file,
            position: at,
            field: formatPath([...path, key]),
            message: `duplicate field (first given on line ${earlier.line})`,
          });
        } else first.set(key, at);
      }
      problems.push(...duplicateKeys(pair.value, key === undefined ? path : [...path, key], file, position));
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries())
      problems.push(...duplicateKeys(item, [...path, i], file, position));
  }
  return problems;
}

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/**
 * portplan's wording for zod's issues; a message given in a schema takes precedence. The value
 * the user gave (", got …") is added by issueToProblems, for these and for the schema's own.
 */
function defaultMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedName(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${issue.values.map(describeValue).join('')}`
        : `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') {
        return Number(issue.minimum) === 1
          ? 'expected at least one item'
          : `expected at least ${issue.minimum} items`;
      }
      if (issue.origin === 'string') return 'expected a non-empty value';
      return `expected at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      return `expected at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? `expected text matching ${issue.pattern}`
        : `expected a valid ${issue.format}`;
    case 'invalid_key':
      return 'unexpected key';
    case 'invalid_union':
      return 'expected one of the forms this field allows';
    default:
      return undefined;
  }
}

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
        const best = suggestKey(k, allowed);
        const hint =
          best !== undefined
            ? `; did you mean "${best}"?`
            : allowed.length > 0
              ? ` (expected one of: ${allowed.join(', ')})`
              : '';
        return { ...at([...path, k], true), message: `unknown field${hint}` };
      });
    }
    case 'invalid_type':
      if (isMissing(issue)) {
        return [{ ...at(path), message: `required field is missing; ${issue.message}` }];
      }
      break;
    case 'invalid_union': {
      // When one alternative has the right shape and only its details are wrong, those details are
      // the useful message ("to[1].role: expected one of dns, ntp"), not "expected one of the forms".
      const shaped = issue.errors.filter((branch) => !branch.every(wrongShape));
      const only = shaped.length === 1 ? shaped[0] : undefined;
      if (only) {
        return only.flatMap((inner) =>
          issueToProblems({ ...inner, path: [...path, ...inner.path] } as Issue, file, locate, schema),
        );
      }
      break;
    }
    case 'invalid_key':
      // zod puts the key's own issues inside; the key is what the user wrote wrong.
      return [
        {
          ...at(path, true),
          message: `${issue.issues[0]?.message ?? issue.message}, got ${describeValue(input)}`,
        },
      ];
  }
  const got = issue.code !== 'custom' && input !== undefined && !issue.message.includes(', got ');
  return [{ ...at(path), message: got ? `${issue.message}, got ${describeValue(input)}` : issue.message }];
}

/** An issue saying the value is not of this alternative's kind at all (a list for a string, "x" for "any"). */
function wrongShape(issue: Issue): boolean {
  return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
}

/** The allowed key an unknown one is a near miss of; a far guess ("cloud" for "foo") misleads. */
function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const best = closest(key, allowed as string[]);
  return distance(key, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
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
