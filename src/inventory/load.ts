// Validate an inventory given as text: every problem at once, with file, line, column and field.
import { type Locate, loadYaml } from '../common/yaml-source.js';
import { addressConflicts } from './conflicts.js';
import { type Inventory, inventorySchema } from './schema.js';

/**
 * Parse and validate an inventory.
 *
 * @example
 * const inventory = loadInventory('connectors: [{ name: sc-01, address: 10.0.0.1 }]\ncloud: { region: us-east-1 }', 'x.yaml');
 */
export function loadInventory(text: string, file: string): Inventory {
  // Checks of one field live in the schema; checks across roles also run on an inventory the schema
  // rejects, so problems in different parts of the file are all reported at once.
  const conflicts = (value: unknown, locate: Locate) => addressConflicts(value, file, locate);
  return loadYaml(text, file, inventorySchema, conflicts, conflicts);
}
