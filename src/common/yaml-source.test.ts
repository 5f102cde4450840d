// The fast path (js-yaml) and the positioned path (yaml) must read every valid file to the same value.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../catalog/schema.js';
import { inventorySchema } from '../inventory/schema.js';
import { loadWithPositions, loadYaml } from './yaml-source.js';

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
