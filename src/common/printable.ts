// Input text made safe to show: control characters a terminal or editor would act on, written out visibly.

/** The controls after C0: DEL, C1, and the Unicode ones listed below (a regular expression's class). */
const BEYOND_C0 = String.raw`\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069`;

/**
 * C0 and C1 controls, DEL, the Arabic letter mark, left-to-right and right-to-left marks, line and
 * paragraph separators, and the bidi embeddings, overrides and isolates: characters that move the
 * cursor, clear the screen, set a window title or reorder the text shown around them.
 */
const UNSHOWN = new RegExp(String.raw`[\u0000-\u001f${BEYOND_C0}]`, 'g');

/** The characters of {@link UNSHOWN} that JSON.stringify leaves as they are (it escapes C0 itself). */
const UNSHOWN_BY_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const hex = (c: string, digits: number): string => c.charCodeAt(0).toString(16).padStart(digits, '0');

/**
 * Text from an input file or argument as it may be printed: each control character written as
 * `\xNN` (up to U+00FF) or `\uNNNN`, everything else as it is.
 *
 * @example
 * printable('regoin\x1b[2J') // 'regoin\\x1b[2J'
 * printable('vc01\u202eelpmaxe') // 'vc01\\u202eelpmaxe'
 */
export function printable(text: string): string {
  return text.replace(UNSHOWN, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * JSON text (from JSON.stringify) with the controls it leaves as they are (C1, bidi, separators)
 * written as `\uNNNN` escapes: the same JSON value, safe to show. Such characters occur only
 * inside strings in JSON, where the escape means the character itself.
 *
 * @example
 * printableJson(JSON.stringify('a\u202eb')) // '"a\\u202eb"'
 */
export function printableJson(json: string): string {
  // Not C0: outside strings, newlines are the layout of the JSON itself.
  return json.replace(UNSHOWN_BY_JSON, (c) => `\\u${hex(c, 4)}`);
}
