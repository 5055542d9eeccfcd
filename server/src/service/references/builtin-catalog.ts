/**
 * The built-in catalog: national documents (laws, decrees, circulars,
 * decisions and directives of the Prime Minister, resolutions, Party
 * documents) built by scripts/build-catalog.ts into
 * server/data/catalog/builtin.json, which ships beside the bundles as
 * dist/builtin-catalog.json. Read once per process, on first use — never
 * at start-up — and shared by every language service of the process; its
 * rows are decoded as they are looked up (the entries and their search
 * items are immutable).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogEntry } from './catalog-entry';
import { BuiltinCatalog } from './builtin-data';

/** Where the file is, relative to the running code: beside a bundle in dist/, or in the source tree. */
const CANDIDATES = ['builtin-catalog.json', '../../../data/catalog/builtin.json', '../data/catalog/builtin.json', '../../server/data/catalog/builtin.json', '../dist/builtin-catalog.json'];

let cached: BuiltinCatalog | undefined;

/** The built-in catalog (its file read on the first call). Throws when the file is missing or damaged. */
export function builtinCatalogFile(): BuiltinCatalog {
  if (cached) return cached;
  const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  let lastError: unknown;
  for (const rel of CANDIDATES) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, rel));
    } catch (e) {
      lastError = e;
      continue;
    }
    cached = BuiltinCatalog.fromFile(bytes);
    return cached;
  }
  throw new Error(`the built-in catalog file is missing (${(lastError as Error)?.message ?? 'not found'})`);
}

/** Every built-in entry, in file order. Throws when the file is missing or damaged. */
export function builtinCatalog(): readonly CatalogEntry[] {
  return builtinCatalogFile().entries();
}
