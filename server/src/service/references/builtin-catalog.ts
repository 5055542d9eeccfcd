/**
 * The built-in catalog: national documents (laws, decrees, circulars,
 * decisions and directives of the Prime Minister, resolutions, Party
 * documents) built by scripts/build-catalog.ts into
 * server/data/catalog/builtin.json, which ships beside the bundles as
 * dist/builtin-catalog.json. Read and decoded once per process, on first
 * use — never at start-up — and shared by every language service of the
 * process (the entries and their search items are immutable).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogEntry } from './catalog-entry';
import { decodeBuiltinCatalog } from './builtin-data';

/** Where the file is, relative to the running code: beside a bundle in dist/, or in the source tree. */
const CANDIDATES = ['builtin-catalog.json', '../../../data/catalog/builtin.json', '../data/catalog/builtin.json', '../../server/data/catalog/builtin.json', '../dist/builtin-catalog.json'];

let cached: readonly CatalogEntry[] | undefined;

/** The built-in entries (read on the first call). Throws when the file is missing or damaged. */
export function builtinCatalog(): readonly CatalogEntry[] {
  if (cached) return cached;
  const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  let lastError: unknown;
  for (const rel of CANDIDATES) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, rel), 'utf8');
    } catch (e) {
      lastError = e;
      continue;
    }
    cached = Object.freeze(decodeBuiltinCatalog(text));
    return cached;
  }
  throw new Error(`the built-in catalog file is missing (${(lastError as Error)?.message ?? 'not found'})`);
}
