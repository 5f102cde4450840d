// Load a YAML file against a zod schema, reporting every problem at once with line, column and field.
import { closest, distance } from 'fastest-levenshtein';
import jsyaml from 'js-yaml';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import type * as z from 'zod';
import { InputError, type Position, type Problem } from '../errors.js';
import { printableJson } from './printable.js';

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

/** A short, quoted rendering of a value for messages ("got …"), with every control character escaped. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return printableJson(JSON.stringify(shown));
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty mapping' : 'a mapping';
  return String(value);
}

/**
 * How far aliases may multiply a file: yaml's `maxAliasCount` (about the number of values the
 * aliases add). A valid file reuses an anchor a few times; a "billion laughs" file nests aliases
 * of aliases to expand a few lines into gigabytes.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** YAML 1.2's core schema plus `<<` merge keys, which yaml reads with `merge: true`. */
const FAST_SCHEMA = jsyaml.CORE_SCHEMA.extend({
  implicit: [(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge],
});

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
  const source = readableText(text, file);
  const fast = loadValid(source, schema, check);
  return fast.ok ? fast.value : loadWithPositions(source, file, schema, check, partial);
}

/**
 * The text without its byte-order mark (editors do not count it as a column), or one problem when
 * it is not UTF-8 text: a binary or UTF-16 file would otherwise give screens of errors quoting
 * unprintable bytes. `readFileSync(path, 'utf8')` turns bytes that are not UTF-8 into U+FFFD.
 */
function readableText(text: string, file: string): string {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const refuse = (offset: number, message: string): never => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    throw new InputError([
      { file, position: { line, column: offset - before.lastIndexOf('\n') }, field: '', message },
    ]);
  };
  if (looksLikeUtf16(text)) refuse(0, 'the file is UTF-16 text; portplan reads UTF-8: save it as UTF-8');
  if (source.includes('\u0000'))
    refuse(0, 'not a text file (it holds NUL bytes); expected YAML text in UTF-8');
  const invalid = source.indexOf('\uFFFD');
  if (invalid >= 0) refuse(invalid, 'not UTF-8 text (these bytes are not UTF-8); save the file as UTF-8');
  return source;
}

/** Text whose first characters alternate with NULs: ASCII written as UTF-16, after its byte-order mark if any. */
function looksLikeUtf16(text: string): boolean {
  // The byte-order mark (FF FE or FE FF) is not UTF-8, so it was read as two U+FFFD.
  const head = (text.startsWith('\uFFFD\uFFFD') ? text.slice(2) : text).slice(0, 64);
  if (head.length < 4) return false;
  return [0, 1].some((parity) => [...head].every((c, i) => (c === '\u0000') === (i % 2 === parity)));
}

/**
 * The fast path for a file that is valid: js-yaml parses a large inventory several times faster
 * than yaml's Document API (bench/README.md). Both read YAML 1.2's core schema with merge keys,
 * and duplicate keys are errors in both. Anything wrong sends the file down
 * {@link loadWithPositions}, which finds every problem with its position.
 */
function loadValid<S extends z.ZodType>(
  text: string,
  schema: S,
  check: ((value: z.output<S>, locate: Locate) => Problem[]) | undefined,
): { ok: true; value: z.output<S> } | { ok: false } {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: FAST_SCHEMA }) ?? {};
  } catch {
    return { ok: false };
  }
  // js-yaml shares one object between an anchor and its aliases, so an alias bomb loads at once,
  // and would be expanded by the schema: let yaml, which counts aliases, judge a file that big.
  if (exceeds(value, text.length + MAX_ALIAS_EXPANSION)) return { ok: false };
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false };
  if (check && check(result.data, () => undefined).length > 0) return { ok: false };
  return { ok: true, value: result.data };
}

/** Whether a value, with every shared object counted each time it appears, has more than `budget` values. */
function exceeds(value: unknown, budget: number): boolean {
  const stack = [value];
  let count = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (++count > budget) return true;
    // One push at a time: spreading a list of 100,000 hosts into push() overflows the call stack.
    if (item !== null && typeof item === 'object') for (const child of Object.values(item)) stack.push(child);
  }
  return false;
}

/** Parse with source positions and report every problem found, or return the value if there is none. */
export function loadWithPositions<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check?: (value: z.output<S>, locate: Locate) => Problem[],
  partial?: (raw: unknown, locate: Locate) => Problem[],
): z.output<S> {
  const source = readableText(text, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  const position = (offset: number): Position => {
    // An error found at the very end (an unclosed bracket) points at the end of the last line, not past it.
    const at = offset >= source.length && source.endsWith('\n') ? source.length - 1 : offset;
    const { line, col } = lineCounter.linePos(at);
    return { line, column: col };
  };
  const syntax = syntaxProblems(doc, source, file, position);
  if (syntax.length > 0) throw new InputError(syntax.sort(byPosition));

  const locate: Locate = (path, key = false) => {
    let node: unknown = doc.contents;
    let best: Node | undefined = doc.contents ?? undefined;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      node = resolveAlias(doc, node);
      if (isMap(node)) {
        const pair = findPair(doc, node, String(part), new Set());
        if (!pair) break;
        if (last && key && pair.key && isScalar(pair.key)) return toPosition(pair.key, position);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
      } else break;
      node = resolveAlias(doc, node);
      if (node && typeof node === 'object' && 'range' in node) best = node as Node;
      else break;
    }
    return best ? toPosition(best, position) : { line: 1, column: 1 };
  };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }) ?? {};
  } catch (error) {
    // yaml throws a ReferenceError when the aliases expand past maxAliasCount.
    if (!(error instanceof ReferenceError)) throw error;
    throw new InputError(
      [
        {
          file,
          position: firstAlias(doc, position),
          field: '',
          message: `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values (aliases of aliases, an "alias bomb"?); write the values out instead`,
        },
      ],
      { cause: error },
    );
  }
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

/**
 * The problems that stop a file being read at all: YAML syntax, duplicate keys, aliases without an
 * anchor. A tab in the indentation derails the parser into errors on every later line, so it is
 * reported once, with the lines it is on, instead of those.
 */
function syntaxProblems(
  doc: Document,
  source: string,
  file: string,
  position: (offset: number) => Position,
): Problem[] {
  const at = (offset: number, message: string): Problem => ({
    file,
    position: position(offset),
    field: '',
    message: `YAML syntax: ${message}`,
  });
  const firstTab = doc.errors.find((e) => e.code === 'TAB_AS_INDENT');
  if (firstTab) {
    // The parser stops flagging tabs once it is lost, so the lines are found in the text.
    const lines = source.split('\n').flatMap((line, i) => (/^[ ]*\t[ \t]*[^\s#]/.test(line) ? [i + 1] : []));
    const shown =
      lines.length > 10 ? `${lines.slice(0, 10).join(', ')} and ${lines.length - 10} more` : lines.join(', ');
    const where = lines.length > 1 ? `the tabs on lines ${shown}` : 'the tab';
    return [
      at(
        firstTab.pos[0],
        `a tab in the indentation; YAML indents with spaces only: replace ${where} with spaces`,
      ),
    ];
  }
  // The parser's own duplicate-key error names neither the key nor the first occurrence; duplicateKeys does.
  const problems = doc.errors
    .filter((e) => e.code !== 'DUPLICATE_KEY')
    .map((e) =>
      e.code === 'MULTIPLE_DOCS'
        ? at(
            e.pos[0],
            'a second YAML document starts here; a portplan file holds one: join them, or move the second to a file of its own',
          )
        : at(e.pos[0], e.message.split('\n')[0] ?? ''),
    );
  problems.push(...duplicateKeys(doc.contents, [], file, position));
  visit(doc, {
    Alias(_, alias) {
      if (!alias.resolve(doc)) {
        problems.push(
          at(alias.range?.[0] ?? 0, `alias *${alias.source} has no anchor &${alias.source} before it`),
        );
      }
    },
    Pair(_, pair) {
      if (!isMergeKey(pair as Pair)) return;
      const value = resolveAlias(doc, pair.value);
      const sources = isSeq(value) ? value.items.map((item) => resolveAlias(doc, item)) : [value];
      if (value === undefined || !sources.every(isMap)) {
        const node = (pair.value ?? pair.key) as Node;
        problems.push(
          at(node.range?.[0] ?? 0, 'a << merge key takes a mapping, an alias of one, or a list of them'),
        );
      }
    },
  });
  return problems;
}

/** The node an alias stands for (the node itself when it is not an alias). */
function resolveAlias(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** A `<<` merge key (a quoted "<<" is an ordinary key). */
function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol';
}

/** The pair for `key` in a mapping, or in the mappings merged into it with `<<`, where it was written. */
function findPair(doc: Document, map: YAMLMap, key: string, seen: Set<unknown>): Pair | undefined {
  if (seen.has(map)) return undefined;
  seen.add(map);
  // Keys are compared as text: `2049: nfs` has a numeric key, but zod reports the path as "2049".
  const own = map.items.find((p) => !isMergeKey(p) && String(isScalar(p.key) ? p.key.value : p.key) === key);
  if (own) return own;
  for (const merge of map.items.filter(isMergeKey)) {
    const value = resolveAlias(doc, merge.value);
    const sources = isSeq(value) ? value.items.map((item) => resolveAlias(doc, item)) : [value];
    for (const source of sources) {
      const found = isMap(source) ? findPair(doc, source, key, seen) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** Where the first alias of the document is. */
function firstAlias(doc: Document, position: (offset: number) => Position): Position {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return position(offset);
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
      if (isMergeKey(pair)) continue;
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
