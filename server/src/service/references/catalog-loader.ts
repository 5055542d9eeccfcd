/**
 * Reads user catalogs through the injected file system: the files named by
 * the setting `vbhc.catalogs` (CLI `--catalog`; absolute, or relative to the
 * first workspace root) and every `*.vanban.yaml` under the workspace roots.
 * A file that cannot be read is logged and skipped; a malformed one is
 * parsed as far as it goes (./catalog-file.ts).
 */
import type { Logger } from '../logger';
import { noCancellation, type CancellationToken } from '../types';
import { CATALOG_SUFFIX, type IFileSystem } from '../workspace';
import { parseCatalogFile, type CatalogFile } from './catalog-file';

/** A file: URI for an absolute path (POSIX or Windows), encoded as VS Code encodes it. */
export function defaultPathToUri(p: string): string {
  let path = p.replace(/\\/g, '/');
  if (/^[a-zA-Z]:/.test(path)) path = `/${path[0].toLowerCase()}%3A${path.slice(2)}`;
  return `file://${path.split('/').map((seg) => (seg.includes('%3A') ? seg : encodeURIComponent(seg))).join('/')}`;
}

/** True for an absolute path. */
function isAbsolute(p: string): boolean {
  return /^(?:[a-zA-Z]:)?[\\/]/.test(p);
}

/** Reads every user catalog. */
export async function readUserCatalogs(
  fs: IFileSystem,
  settingPaths: readonly string[],
  roots: readonly string[],
  toUri: (path: string) => string,
  logger: Logger,
  token: CancellationToken = noCancellation,
): Promise<CatalogFile[]> {
  const paths: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      paths.push(p);
    }
  };
  for (const p of settingPaths) {
    if (isAbsolute(p)) add(p);
    else if (roots.length) add(`${roots[0].replace(/[\\/]+$/, '')}/${p}`);
    else logger.error(`vbhc: catalog "${p}" is relative and there is no workspace folder to resolve it against`);
  }
  for (const root of roots) {
    if (token.isCancellationRequested) break;
    try {
      for (const f of await fs.findFiles(root, [CATALOG_SUFFIX])) add(f);
    } catch (e) {
      logger.error(`vbhc: cannot list catalogs under ${root}: ${(e as Error).message}`);
    }
  }
  const out: CatalogFile[] = [];
  for (const p of paths) {
    if (token.isCancellationRequested) break;
    try {
      out.push(parseCatalogFile(toUri(p), await fs.readFile(p)));
    } catch (e) {
      logger.error(`vbhc: cannot read catalog ${p}: ${(e as Error).message}`);
    }
  }
  return out;
}
