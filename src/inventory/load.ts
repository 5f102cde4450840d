// Load and validate an inventory file: every problem at once, with file, line, column and field.
import { readFileSync } from 'node:fs';
import { loadYaml } from '../common/yaml-source.js';
import { InputError, type Problem } from '../errors.js';
import { type Inventory, inventorySchema } from './schema.js';

/**
 * Parse and validate an inventory.
 *
 * @example
 * const inventory = loadInventory('connectors: [{ name: sc-01, address: 10.0.0.1 }]\ncloud: { region: us-east-1 }', 'x.yaml');
 */
export function loadInventory(text: string, file: string): Inventory {
  return loadYaml(text, file, inventorySchema, (inv, locate) => {
    const problems: Problem[] = [];
    const names = new Map<string, number>();
    for (const [i, c] of inv.connectors.entries()) {
      const first = names.get(c.name);
      if (first !== undefined) {
        problems.push({
          file,
          position: locate(['connectors', i, 'name']),
          field: `connectors[${i}].name`,
          message: `duplicate connector name "${c.name}" (first used by connectors[${first}])`,
        });
      } else names.set(c.name, i);
    }
    for (const [i, v] of inv.sources.vmware.entries()) {
      if (!v.vcenter && v.esxi.length === 0) {
        problems.push({
          file,
          position: locate(['sources', 'vmware', i]),
          field: `sources.vmware[${i}]`,
          message: 'expected a vcenter, esxi hosts, or both',
        });
      }
    }
    return problems;
  });
}

/** Read and load an inventory file. */
export function readInventory(path: string): Inventory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(
      [{ file: path, field: '', message: `cannot read inventory: ${(cause as Error).message}` }],
      {
        cause,
      },
    );
  }
  return loadInventory(text, path);
}
