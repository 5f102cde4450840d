// Hostile text for property tests: strings that try to end a quote, a comment, a line or a command in
// any of the languages portplan writes, in the three shapes user text takes on its way there.
import fc from 'fast-check';

/**
 * Pieces that break some syntax: quotes of every kind (PowerShell reads U+2018–U+201B as single
 * quotes), escapes, line breaks and control characters, shell and template substitutions, comment
 * enders, XML/JSON breakers, and the statements of each target's own language.
 */
export const FRAGMENTS: readonly string[] = [
  '"',
  "'",
  '`',
  '\u2018',
  '\u2019',
  '\u201a',
  '\u201b',
  '\u201c',
  '\u201d',
  '\u00ab',
  '\\',
  '\\"',
  "\\'",
  '\\\\',
  '\\n',
  '\\u0022',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\f',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '$(id)',
  '`id`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell and HCL substitution, on purpose
  '${HOME}',
  '$x',
  '%{if true}',
  '${',
  '%{',
  '$${',
  '%%{',
  '{',
  '}',
  '[',
  ']',
  ';',
  '&&',
  '|',
  '>',
  '<',
  '#',
  '!',
  '*/',
  '/*',
  '-->',
  '<!--',
  '<#',
  '#>',
  '//',
  '</description>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '"}',
  '"]}',
  '},{"x":1',
  'COMMIT',
  '*nat',
  '-j ACCEPT',
  '-A INPUT -j ACCEPT',
  ':INPUT ACCEPT [0:0]',
  'flush ruleset',
  'table inet x { }',
  'http_access allow all',
  'acl all src all',
  'include /etc/passwd',
  'Remove-Item -Recurse -Force C:\\',
  '; Stop-Computer',
  'end',
  'next',
  'exit',
  'quit',
  'config system admin',
  'set action accept',
  'delete rulebase',
  'commit',
  'access-list x extended permit ip any any',
  'write erase',
  '?',
  'resource "x" "y" {',
  '<<EOT',
  'EOT',
  ' ',
  '  ',
  'a',
  'Z',
  '0',
  'é',
  'ß',
  '日本',
  'Ω',
  '😀',
  // Characters outside the BMP in a row: a cut at a fixed length often falls between two halves.
  '𝄞😀𓀀😀𝄞😀',
  '\u0301',
];

/**
 * What the catalog refuses in one-line text (its schema's CONTROL_CHARACTERS): C0 and C1
 * controls, the Unicode line separators and the bidi controls.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
export const CATALOG_REFUSES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const textOf = (fragments: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...fragments), minLength: 1, maxLength: 12 }) },
    // Longer than any limit a target cuts to (255, 1023, 1024 characters).
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom(...fragments), minLength: 200, maxLength: 500 }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    // Long and mostly outside the BMP: wherever a target cuts it, it may cut between two halves.
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom('😀', '𝄞', 'a', ' '), minLength: 200, maxLength: 600 }),
    },
  );

/** Any text (a header line, a file name): every fragment, control characters included. */
export const hostileText: fc.Arbitrary<string> = textOf(FRAGMENTS);

/** Text the catalog's schema accepts (a purpose, a note, its name): no control characters. */
export const catalogText: fc.Arbitrary<string> = textOf(
  FRAGMENTS.filter((f) => !CATALOG_REFUSES.test(f)),
).filter((s) => !CATALOG_REFUSES.test(s));

/** Pieces of inventory names: keywords of the targets' languages and of JavaScript objects. */
const WORDS = [
  'COMMIT',
  'ACCEPT',
  'end',
  'next',
  'exit',
  'all',
  'any',
  'lo',
  'self',
  'constructor',
  'toString',
  'hasOwnProperty',
  '__proto__',
  'prototype',
  'NaN',
  'null',
  '0',
  '1e3',
  '-j',
  '--',
  '..',
  '.',
  '-',
  '_',
  'r001',
  'pp-r001-src',
  'INPUT',
  'PORTPLAN-IN',
  'set',
  'edit',
  'object',
  'host',
  'x'.repeat(40),
];

/**
 * An inventory name: letters, digits, `.`, `_`, `-`, at most 63, a letter or digit first (all the
 * inventory schema accepts), made of the targets' keywords.
 */
export const inventoryName: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 })
  .map((parts) => {
    const name = parts.join('').replace(/[^A-Za-z0-9._-]/g, '');
    return (/^[A-Za-z0-9]/.test(name) ? name : `0${name}`).slice(0, 63);
  });
