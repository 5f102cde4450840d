// A PowerShell checker for generated scripts: no PowerShell runs here, so the tree-sitter grammar
// parses them and every command, parameter and argument is checked against what the target may write.
import { createRequire } from 'node:module';
import { Language, type Node, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parser: Parser | undefined;

/** The tree-sitter-powershell grammar (its published .wasm), loaded once. */
export async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const wasm = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  const language = await Language.load(wasm);
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

// PowerShell's tokenizer reads these as single quotes (IsSingleQuote), the grammar only `'`.
const QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);

/**
 * The value of a single-quoted literal as PowerShell reads it, or an error if PowerShell would
 * end the string elsewhere than the grammar did (a Unicode quote the grammar does not know).
 */
export function verbatimValue(text: string): string {
  if (!QUOTES.has(text[0] as string)) throw new Error(`not a single-quoted string: ${text}`);
  let out = '';
  let i = 1;
  for (;;) {
    if (i >= text.length) throw new Error(`unterminated string: ${text}`);
    const c = text[i] as string;
    if (QUOTES.has(c)) {
      if (i + 1 < text.length && QUOTES.has(text[i + 1] as string)) {
        out += text[i + 1];
        i += 2;
        continue;
      }
      if (i !== text.length - 1) throw new Error(`PowerShell ends this string early, at ${i}: ${text}`);
      return out;
    }
    out += c;
    i++;
  }
}

/** Parameters a command may carry, with the bare words (enums) each may take; `string`/`int` otherwise. */
export type Grammar = Readonly<
  Record<string, Readonly<Record<string, 'string' | 'int' | readonly string[]>>>
>;

export interface PsCommand {
  readonly name: string;
  /** Parameter (without `-`, as written) → argument values. */
  readonly parameters: ReadonlyMap<string, readonly (string | number)[]>;
}

function fail(node: Node, why: string): never {
  throw new Error(
    `${why} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.text.slice(0, 120)}`,
  );
}

/**
 * Parse `script` and return its commands, or throw naming the first thing that is not a plain
 * command of `grammar` with literal arguments: a parse error, another statement, an unknown
 * parameter, a value that is not a single-quoted string, integer or allowed bare word.
 */
export async function checkPowerShell(script: string, grammar: Grammar): Promise<PsCommand[]> {
  const tree = (await powershellParser()).parse(script);
  if (!tree) throw new Error('no parse tree');
  const root = tree.rootNode;
  if (root.hasError) {
    const bad = root.descendantsOfType(['ERROR'])[0] ?? root;
    fail(bad, 'parse error (ERROR or MISSING node)');
  }
  const commands: PsCommand[] = [];
  for (const top of root.namedChildren) {
    if (!top || top.type === 'comment') continue;
    if (top.type !== 'statement_list') fail(top, `unexpected ${top.type}`);
    for (const statement of top.namedChildren) {
      if (!statement) continue;
      if (statement.type === 'comment') continue;
      const command =
        statement.type === 'pipeline'
          ? onlyChild(onlyChild(statement, 'pipeline_chain'), 'command')
          : fail(statement, `unexpected ${statement.type}`);
      commands.push(readCommand(command, grammar));
    }
  }
  return commands;
}

function onlyChild(node: Node, type: string): Node {
  const kids = node.namedChildren.filter((n): n is Node => n !== null);
  if (kids.length !== 1 || (kids[0] as Node).type !== type) fail(node, `expected one ${type}`);
  return kids[0] as Node;
}

function readCommand(command: Node, grammar: Grammar): PsCommand {
  const nameNode = command.childForFieldName('command_name');
  const name = nameNode?.text ?? '';
  const allowed = grammar[name];
  if (nameNode?.type !== 'command_name' || !allowed) fail(command, `command ${name} not allowed`);
  const elements = command.childForFieldName('command_elements');
  const items = (elements?.namedChildren ?? []).filter(
    (n): n is Node => n !== null && n.type !== 'command_argument_sep',
  );
  const parameters = new Map<string, (string | number)[]>();
  for (let i = 0; i < items.length; i += 2) {
    const p = items[i] as Node;
    if (p.type !== 'command_parameter') fail(p, 'expected a -Parameter');
    const pname = p.text.slice(1);
    const kind = allowed[pname];
    if (!kind) fail(p, `parameter -${pname} not known for ${name}`);
    if (parameters.has(pname)) fail(p, `-${pname} twice`);
    const arg = items[i + 1];
    if (!arg) fail(p, `-${pname} without a value`);
    parameters.set(pname, readArgument(arg, kind));
  }
  return { name, parameters };
}

function readArgument(arg: Node, kind: 'string' | 'int' | readonly string[]): (string | number)[] {
  if (typeof kind !== 'string') {
    if (arg.type !== 'generic_token' || !kind.includes(arg.text))
      fail(arg, `expected one of ${kind.join(', ')}`);
    return [arg.text];
  }
  if (arg.type !== 'array_literal_expression') fail(arg, 'expected a value or a list');
  return arg.namedChildren.map((u) => {
    const value = u?.type === 'unary_expression' ? u.namedChildren[0] : undefined;
    if (!u || !value) return fail(arg, 'expected a literal');
    if (value.type === 'integer_literal' && kind === 'int') return Number(value.text);
    const chars = value.type === 'string_literal' ? value.namedChildren[0] : undefined;
    if (chars?.type !== 'verbatim_string_characters' || value.namedChildren.length !== 1)
      return fail(value, 'expected a single-quoted string');
    return verbatimValue(chars.text);
  });
}

const STRING = 'string' as const;
/** What the windows-firewall target may write: New-NetFirewallRule's and Remove-NetFirewallRule's documented parameters. */
export const WINDOWS_FIREWALL: Grammar = {
  'New-NetFirewallRule': {
    Name: STRING,
    DisplayName: STRING,
    Group: STRING,
    Direction: ['Inbound'],
    Protocol: ['TCP', 'UDP'],
    LocalPort: 'int',
    LocalAddress: STRING,
    RemoteAddress: STRING,
    Action: ['Allow'],
    Profile: ['Any'],
    Description: STRING,
  },
  'Remove-NetFirewallRule': { Group: STRING },
};
