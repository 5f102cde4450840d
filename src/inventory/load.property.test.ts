// Property test of the loaders: random and mutated files end in a value or an input error, never another exception.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/paths.js';
import { loadCatalog } from '../catalog/load.js';
import { BUILTIN_CATALOG_PATH, builtinCatalog } from '../catalog/read.js';
import { InputError, PlanError } from '../errors.js';
import { planInventory } from '../plan/plan.js';
import { loadInventory } from './load.js';
import { inventorySchema } from './schema.js';

/** `PORTPLAN_FC_SEED=… npx vitest run src/inventory/load.property.test.ts` replays a failure fast-check reported. */
const seed = process.env.PORTPLAN_FC_SEED === undefined ? undefined : Number(process.env.PORTPLAN_FC_SEED);

const fixtures = join(ROOT, 'test/fixtures');
const inventories = [
  readFileSync(join(ROOT, 'examples/small.yaml'), 'utf8'),
  ...readdirSync(fixtures)
    .filter((f) => f.startsWith('invalid-') && !f.startsWith('invalid-catalog-'))
    .map((f) => readFileSync(join(fixtures, f), 'utf8')),
];

/** Pieces of YAML and of inventories that make a file interesting to a parser when dropped anywhere. */
const PIECES = [
  '\t',
  '  ',
  ' ',
  '\n',
  ':',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '#',
  '"',
  "'",
  '|',
  '>',
  '!',
  '!!str ',
  '!!binary ',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '*b',
  '<<: *a\n',
  '<<: ',
  '? ',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '\u202e',
  '\u2028',
  '\r',
  '10.0.0.1',
  '10.0.0.0/24',
  '2001:db8::1',
  '10.0.0.9-10.0.0.1',
  'vc01.corp.example',
  'connectors',
  'sources',
  'vmware',
  'oracle',
  'region',
  'regionUnlisted: true',
  'platform: vmc',
  'os: windows',
  '~',
  'null',
  '1e999',
  '0x1F',
  '-.inf',
  'true',
];

/** One change to the lines of a file. */
const mutation: fc.Arbitrary<(lines: string[]) => string[]> = fc.oneof(
  fc.nat().map((n) => (lines: string[]) => lines.filter((_, i) => i !== n % Math.max(1, lines.length))),
  fc.nat().map((n) => (lines: string[]) => {
    const i = n % Math.max(1, lines.length);
    return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (lines: string[]) => {
    const out = [...lines];
    const i = a % Math.max(1, out.length);
    const j = b % Math.max(1, out.length);
    [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    return out;
  }),
  fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })),
    )
    .map(([a, b, piece]) => (lines: string[]) => {
      const out = [...lines];
      const i = a % Math.max(1, out.length);
      const line = out[i] ?? '';
      const at = b % (line.length + 1);
      out[i] = line.slice(0, at) + piece + line.slice(at);
      return out;
    }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([a, shift]) => (lines: string[]) => {
    const out = [...lines];
    const i = a % Math.max(1, out.length);
    const line = out[i] ?? '';
    out[i] = shift >= 0 ? ' '.repeat(shift) + line : line.replace(new RegExp(`^ {0,${-shift}}`), '');
    return out;
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([a, text]) => (lines: string[]) => {
    const out = [...lines];
    out[a % Math.max(1, out.length)] = text;
    return out;
  }),
  fc.nat().map((n) => (lines: string[]) => {
    const text = lines.join('\n');
    return text.slice(0, n % (text.length + 1)).split('\n');
  }),
);

/** A file made from `bases` by a few mutations, or from nothing at all. */
function mutated(bases: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      {
        weight: 8,
        arbitrary: fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 })),
      },
      { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.constant([])) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), fc.constant([])),
      },
    )
    .map(([base, changes]) => changes.reduce((lines, change) => change(lines), base.split('\n')).join('\n'));
}

/** Runs `load`, and says what it ended in: a value, or an input error whose every problem names the file. */
function outcome<T>(load: () => T, file: string): { value: T } | { error: InputError } {
  try {
    return { value: load() };
  } catch (error) {
    // Anything but an InputError here would be exit 70, an internal error: the property fails with it.
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) {
      expect(problem.file).toBe(file);
      expect(problem.message).not.toBe('');
      if (problem.position) {
        expect(problem.position.line).toBeGreaterThanOrEqual(1);
        expect(problem.position.column).toBeGreaterThanOrEqual(1);
      }
    }
    expect(error.exitCode).toBe(2);
    return { error };
  }
}

describe('loading a random or mutated file', () => {
  it('ends in an inventory that plans, or in an input error (exit 2)', () => {
    const catalog = builtinCatalog();
    fc.assert(
      fc.property(mutated(inventories), (text) => {
        const result = outcome(() => loadInventory(text, 'fuzz.yaml'), 'fuzz.yaml');
        if ('value' in result) {
          expect(inventorySchema.safeParse(result.value).success).toBe(true);
          try {
            planInventory(catalog, result.value);
          } catch (error) {
            if (!(error instanceof PlanError)) throw error;
          }
        }
      }),
      { numRuns: 300, seed },
    );
  });

  it('ends in a catalog or in an input error (exit 2)', () => {
    const builtin = readFileSync(BUILTIN_CATALOG_PATH, 'utf8');
    const catalogs = [
      builtin,
      ...readdirSync(fixtures)
        .filter((f) => f.startsWith('invalid-catalog-'))
        .map((f) => readFileSync(join(fixtures, f), 'utf8')),
    ];
    fc.assert(
      fc.property(mutated(catalogs), (text) => {
        outcome(() => loadCatalog(text, 'fuzz.yaml'), 'fuzz.yaml');
      }),
      { numRuns: 100, seed },
    );
  });

  it('finds a tab in the indentation among its mutations, so the generator reaches the cases it is meant to', () => {
    const samples = fc.sample(mutated(inventories), { numRuns: 300, seed: 1 });
    expect(samples.some((text) => /^ *\t/m.test(text))).toBe(true);
    expect(samples.some((text) => text.includes('*a'))).toBe(true);
  });
});
