// The inventory files portplan reads.
import { readInputFile } from '../common/read.js';
import { loadInventory } from './load.js';
import type { Inventory } from './schema.js';

/** Read and load an inventory file. */
export function readInventory(path: string): Inventory {
  return loadInventory(readInputFile(path, 'inventory'), path);
}
