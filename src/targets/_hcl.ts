// Terraform (HCL native syntax) text that no inventory or catalog string can break: quoted strings,
// comments and resource names.

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A quoted HCL string holding exactly `s`: quotes, backslashes and control characters escaped, and
 * `${` / `%{` doubled, since HCL reads them as template interpolation and directives.
 *
 * @example
 * hclString('a "b" ${c}') // '"a \\"b\\" $${c}"'
 */
export function hclString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ESCAPES[ch]) out += ESCAPES[ch];
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out.replace(/([$%])\{/g, '$1$1{')}"`;
}

/** A list of quoted HCL strings on one line: `["a", "b"]`. */
export function hclList(items: readonly string[]): string {
  return `[${items.map(hclString).join(', ')}]`;
}

/**
 * `# text` comment lines: a `#` comment ends at the line's end, so every line break (and any other
 * control character) inside `text` becomes a space.
 */
export function hclComment(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return clean === '' ? '#' : `# ${clean}`;
}

/**
 * A Terraform resource or block label made from any text: letters, digits and underscores, never
 * starting with a digit (Terraform identifiers also allow `-`, kept out so names read the same in
 * references).
 */
export function hclName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/**
 * `key = value` lines for a block body, the `=` aligned as `terraform fmt` aligns consecutive
 * arguments. Values are HCL expressions already (quote strings with `hclString`).
 */
export function hclArguments(args: readonly (readonly [string, string])[], indent: string): string[] {
  const width = Math.max(0, ...args.map(([k]) => k.length));
  return args.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`);
}
