/**
 * Loading the catalogs of a workspace. User catalogs are read through the
 * injected file system: the files named by the setting `vbhc.catalogs` (CLI
 * `--catalog`; absolute, or relative to the first workspace root) and every
 * `*.vanban.yaml` under the workspace roots. A file that cannot be read is
 * logged and skipped; a malformed one is parsed as far as it goes
 * (./catalog-file.ts) and its problems become the file's diagnostics. The
 * built-in catalog is read when first needed; a failure to read it leaves
 * the workspace's catalogs.
 */
import { pick } from '../i18n';
import type { Logger } from '../logger';
import { noCancellation, type CancellationToken, type Lang, type VbhcDiagnostic } from '../types';
import { CATALOG_SUFFIX, type IFileSystem } from '../workspace';
import { parseCatalogFile, type CatalogFile } from './catalog-file';
import type { BuiltinSource, ReferenceState } from './reference-state';

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

/** What a load of the user catalogs found. */
export interface CatalogLoad {
  uris: string[];
  entries: number;
  problems: number;
}

/**
 * Reads the user catalogs (see readUserCatalogs) into `state`, replacing
 * those loaded before; catalogs set from an editor's text since stay until
 * reloaded. The search maps are built when first needed, or ahead of that
 * in steps (ReferenceState.prepareSteps: a server does, between requests).
 */
export async function loadUserCatalogs(
  state: ReferenceState,
  fs: IFileSystem | undefined,
  settingPaths: readonly string[],
  roots: readonly string[],
  toUri: (path: string) => string,
  logger: Logger,
  token: CancellationToken = noCancellation,
): Promise<CatalogLoad> {
  const files = fs ? await readUserCatalogs(fs, settingPaths, roots, toUri, logger, token) : [];
  for (const uri of state.userCatalogUris()) state.removeUserCatalog(uri);
  for (const f of files) state.setUserCatalog(f);
  return { uris: files.map((f) => f.uri), entries: files.reduce((n, f) => n + f.items.length, 0), problems: files.reduce((n, f) => n + f.problems.length, 0) };
}

/** Sets a user catalog from its text (an open or changed `*.vanban.yaml`); false when the text is the one loaded. */
export function setUserCatalogText(state: ReferenceState, uri: string, text: string): boolean {
  const old = state.userCatalog(uri);
  if (old && old.source.original === text) return false;
  state.setUserCatalog(parseCatalogFile(uri, text));
  void state.catalog; // the search maps now, not on the next keystroke
  return true;
}

/** The problems of a user catalog file as diagnostics (malformed YAML, bad entries); empty when unknown or sound. */
export function userCatalogDiagnostics(state: ReferenceState, uri: string, lang: Lang): VbhcDiagnostic[] {
  const f = state.userCatalog(uri);
  if (!f) return [];
  return f.problems.map((p) => ({ range: f.source.rangeOf(p.start, p.end), severity: p.severity, code: p.code, message: pick(p.message, lang) }));
}

/** The built-in catalog's entries from `source`; when they cannot be read, none, and the log says only the workspace's catalogs are used. */
export function readBuiltinCatalog(source: () => BuiltinSource, logger: Logger): BuiltinSource {
  try {
    return source();
  } catch (e) {
    logger.error(`vbhc: ${(e as Error).message}; only the workspace's catalogs are used`);
    return [];
  }
}
