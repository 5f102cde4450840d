// The catalog a verb works from: the built-in one, or the user's own given with --catalog (or "-").
import { loadCatalog } from '../catalog/load.js';
import { BUILTIN_CATALOG_PATH, builtinCatalog, readCatalog } from '../catalog/read.js';
import type { Catalog } from '../catalog/schema.js';
import { type Io, readInput } from './_io.js';

export const CATALOG_FLAG = { catalog: { type: 'string' } } as const;

export function chooseCatalog(file: string | undefined, io: Io): Catalog {
  if (file === '-') {
    const input = readInput(file, 'catalog', io);
    return loadCatalog(input.text, input.name);
  }
  return file ? readCatalog(file) : builtinCatalog();
}

/** The catalog files a verb reads, which its output must never replace: the user's own, or the built-in one. */
export function catalogInputs(file: string | undefined): string[] {
  return [file ?? BUILTIN_CATALOG_PATH];
}
