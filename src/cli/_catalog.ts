// The catalog a verb works from: the built-in one, or the user's own given with --catalog.
import { builtinCatalog, readCatalog } from '../catalog/read.js';
import type { Catalog } from '../catalog/schema.js';

export const CATALOG_FLAG = { catalog: { type: 'string' } } as const;

export function chooseCatalog(file: string | undefined): Catalog {
  return file ? readCatalog(file) : builtinCatalog();
}
