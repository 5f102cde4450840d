// The fast path (js-yaml) and the positioned path (yaml) must read every valid file to the same value.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { loadCatalog } from '../catalog/load.js';
import { catalogSchema } from '../catalog/schema.js';
import { InputError } from '../errors.js';
import { loadInventory } from '../inventory/load.js';
import { inventorySchema } from '../inventory/schema.js';
import { loadWithPositions, loadYaml, MAX_ALIAS_EXPANSION } from './yaml-source.js';

const inventories = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `examples/${f}`);

describe('loadYaml', () => {
  it.each(inventories)('reads %s the same on both paths', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(loadYaml(text, file, inventorySchema)).toEqual(loadWithPositions(text, file, inventorySchema));
  });

  it('reads the built-in catalog the same on both paths', () => {
    const file = 'catalog/saas-connector.yaml';
    const text = readFileSync(file, 'utf8');
    expect(loadYaml(text, file, catalogSchema)).toEqual(loadWithPositions(text, file, catalogSchema));
  });

  it.each([
    [
      'a YAML 1.1 boolean word stays a string',
      'cloud: { region: us-east-1 }\nconnectors: [{ name: yes, address: 10.0.0.1 }]\n',
    ],
    [
      'a date-like value stays a string',
      'cloud: { region: us-east-1 }\nconnectors: [{ name: 2026-01-01, address: 10.0.0.1 }]\n',
    ],
    [
      'an octal-looking name stays a string',
      'cloud: { region: us-east-1 }\nconnectors: [{ name: "0755", address: 10.0.0.1 }]\n',
    ],
  ])('agrees where YAML versions differ: %s', (_, text) => {
    expect(loadYaml(text, 'x.yaml', inventorySchema)).toEqual(
      loadWithPositions(text, 'x.yaml', inventorySchema),
    );
    expect(typeof loadYaml(text, 'x.yaml', inventorySchema).connectors[0]?.name).toBe('string');
  });
});

/** Nine levels of nine aliases each: a few hundred bytes that expand to 9^9 values. */
function aliasBomb(under: string): string {
  let text = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i <= 9; i++)
    text += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return `${text}${under}: *a9\n`;
}

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof InputError)
      return error.problems.map((p) => `${p.position?.line}:${p.position?.column}: ${p.message}`);
    throw error;
  }
  throw new Error('loaded without error');
}

describe('merge keys', () => {
  const merged = [
    'cloud: { region: us-west-2 }',
    'connectors:',
    '  - &sc { name: sc-01, address: 10.20.0.11 }',
    '  - { <<: *sc, name: sc-02, address: 10.20.0.12 }',
    'sources:',
    '  oracle:',
    '    - &linux { host: ora01.corp.example, os: linux }',
    '    - <<: [{ os: windows }, *linux]',
    '      host: ora02.corp.example',
    '',
  ].join('\n');

  it('reads << the same on both paths, the keys written beside it winning over the merged ones', () => {
    const inventory = loadYaml(merged, 'x.yaml', inventorySchema);
    expect(inventory).toEqual(loadWithPositions(merged, 'x.yaml', inventorySchema));
    expect(inventory.connectors).toEqual([
      { name: 'sc-01', address: '10.20.0.11' },
      { name: 'sc-02', address: '10.20.0.12' },
    ]);
    // In a list of merged mappings, the first that has a key gives it.
    expect(inventory.sources.oracle).toEqual([
      { host: 'ora01.corp.example', os: 'linux' },
      { host: 'ora02.corp.example', os: 'windows' },
    ]);
  });

  it('puts a problem in merged content where it is written', () => {
    const text = merged.replace('name: sc-01', 'name: "sc 01"').replace('name: sc-02, ', '');
    const name =
      'expected a name of letters, digits, ".", "_" and "-" (at most 63, starting with a letter or digit), got "sc 01"';
    // connectors[1] takes its name from the anchor on line 3: each problem is shown there.
    expect(problemsOf(() => loadInventory(text, 'x.yaml'))).toEqual([
      `3:17: ${name}`,
      `3:17: ${name}`,
      '3:17: duplicate connector name "sc 01" (first used by connectors[0])',
    ]);
  });
});

describe('files that are not one YAML document in UTF-8', () => {
  it('reads a file with a byte-order mark as the same file without one', () => {
    const text = readFileSync('examples/small.yaml', 'utf8');
    expect(loadInventory(`\uFEFF${text}`, 'x.yaml')).toEqual(loadInventory(text, 'x.yaml'));
  });

  it('stops an alias bomb on the fast path too, whatever the schema lets through', () => {
    expect(problemsOf(() => loadYaml(aliasBomb('x'), 'x.yaml', z.unknown()))).toEqual([
      `2:10: YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values (aliases of aliases, an "alias bomb"?); write the values out instead`,
    ]);
  });

  it('still reads an anchor reused many times', () => {
    const text = `a: &a x\nlist: [${Array(500).fill('*a').join(', ')}]\n`;
    expect(loadYaml(text, 'x.yaml', z.unknown())).toEqual({ a: 'x', list: Array(500).fill('x') });
  });

  // Catalogs go through the same loader: the same files get the same one-line answers.
  it.each([
    [
      'an undefined alias',
      'name: *nothing\n',
      ['1:7: YAML syntax: alias *nothing has no anchor &nothing before it'],
    ],
    [
      'an alias bomb',
      aliasBomb('requirements'),
      [
        '2:10: YAML aliases expand to more than 10,000 values (aliases of aliases, an "alias bomb"?); write the values out instead',
      ],
    ],
    [
      'two documents',
      'name: a\n---\nname: b\n',
      [
        '2:1: YAML syntax: a second YAML document starts here; a portplan file holds one: join them, or move the second to a file of its own',
      ],
    ],
    [
      'tabs',
      'requirements:\n\t- id: a\n\t  workload: nas\n',
      [
        '2:1: YAML syntax: a tab in the indentation; YAML indents with spaces only: replace the tabs on lines 2, 3 with spaces',
      ],
    ],
    [
      'UTF-16',
      '\uFFFD\uFFFDn\u0000a\u0000m\u0000e\u0000',
      ['1:1: the file is UTF-16 text; portplan reads UTF-8: save it as UTF-8'],
    ],
    [
      'a binary file',
      'PK\u0003\u0004\u0014\u0000\u0000',
      ['1:1: not a text file (it holds NUL bytes); expected YAML text in UTF-8'],
    ],
  ])('a catalog with %s', (_, text, expected) => {
    expect(problemsOf(() => loadCatalog(text, 'catalog.yaml'))).toEqual(expected);
  });
});
