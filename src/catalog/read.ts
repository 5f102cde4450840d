// The catalog files portplan reads: the built-in one shipped beside the code, or a user's own.
import { fileURLToPath } from 'node:url';
import { readInputFile } from '../common/read.js';
import { loadCatalog } from './load.js';
import type { Catalog } from './schema.js';

/** Path of the built-in catalog shipped with portplan. */
export const BUILTIN_CATALOG_PATH = fileURLToPath(
  new URL('../../catalog/saas-connector.yaml', import.meta.url),
);

/** Read and load a catalog file. */
export function readCatalog(path: string): Catalog {
  return loadCatalog(readInputFile(path, 'catalog'), path);
}

let builtin: Catalog | undefined;

/** The built-in catalog, loaded once: there is only one. */
export function builtinCatalog(): Catalog {
  builtin ??= readCatalog(BUILTIN_CATALOG_PATH);
  return builtin;
}
