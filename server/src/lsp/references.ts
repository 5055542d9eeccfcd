/**
 * Legal references: the user catalogs (loaded from the settings and the
 * workspace's `*.vanban.yaml`, their problems published as diagnostics of
 * those files), completion, hover, definition, references, workspace
 * symbols, the "insert legal reference" pick list and the import of a
 * department's list into a catalog.
 */
import { CompletionTriggerKind, FileChangeType, type CompletionList, type FileEvent, type Hover, type Location, type SymbolInformation } from 'vscode-languageserver';
import { ImportCatalogRequest, SearchCatalogRequest, type ImportCatalogParams, type ImportCatalogResult, type SearchCatalogParams, type SearchCatalogResult } from '../protocol';
import { importCatalog, importFormat } from '../service/references/catalog-import';
import { URI_TO_PATH, pathToUri } from '../uri';
import type { Feature, ServerContext } from './context';
import { inSlices } from './give-way';
import { toLspDiagnostic } from './diagnostics';

/** Delay before the catalogs' word index is built after they load, so that the first diagnostics and completions come first. */
const CATALOG_INDEX_DELAY_MS = 1500;

/** Loads the user catalogs (settings + `*.vanban.yaml` of the workspace) and publishes their problems. */
export async function reloadCatalogs(ctx: ServerContext): Promise<void> {
  const before = ctx.service.catalogUris();
  try {
    const { uris, entries } = await ctx.service.loadCatalogs(ctx.roots, pathToUri);
    // The search maps now (not on the first completion), in steps.
    await inSlices(ctx.service.prepareCatalogSteps(false), ctx.giveWay);
    ctx.logger.info(`vbhc: loaded ${uris.length} catalog file(s) with ${entries} entries`);
    for (const u of before) if (!uris.includes(u)) void ctx.connection.sendDiagnostics({ uri: u, diagnostics: [] });
    for (const u of uris) publishCatalog(ctx, u);
    prepareCatalogSearchSoon(ctx);
  } catch (e) {
    ctx.logger.error(`vbhc: cannot load catalogs: ${(e as Error).message}`);
  }
}

/** A `*.vanban.yaml` of the workspace was created, changed or deleted. */
export async function catalogFileChanged(ctx: ServerContext, change: FileEvent): Promise<void> {
  const p = URI_TO_PATH(change.uri);
  if (change.type === FileChangeType.Deleted || !p) {
    ctx.service.removeCatalogDocument(change.uri);
    void ctx.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
    return;
  }
  try {
    ctx.service.setCatalogDocument(change.uri, await ctx.fs.readFile(p));
    publishCatalog(ctx, change.uri);
    prepareCatalogSearchSoon(ctx);
  } catch (e) {
    ctx.logger.error(`vbhc: cannot read catalog ${p}: ${(e as Error).message}`);
  }
}

/** Builds the catalogs' word index after the first requests are answered (a search by subject before then builds it itself). */
function prepareCatalogSearchSoon(ctx: ServerContext): void {
  setTimeout(() => void inSlices(ctx.service.prepareCatalogSteps(true), ctx.giveWay), CATALOG_INDEX_DELAY_MS).unref();
}

function publishCatalog(ctx: ServerContext, uri: string): void {
  void ctx.connection.sendDiagnostics({ uri, diagnostics: ctx.service.getCatalogDiagnostics(uri).map(toLspDiagnostic) });
}

export const registerReferences: Feature = ({ connection, service }) => {
  connection.onCompletion((params, token): CompletionList | null => {
    if (token.isCancellationRequested || !service.hasDocument(params.textDocument.uri)) return null;
    const invoked = params.context?.triggerKind === CompletionTriggerKind.Invoked;
    return service.getCompletions(params.textDocument.uri, params.position, invoked) as CompletionList;
  });

  connection.onHover((params, token): Hover | null => {
    if (token.isCancellationRequested || !service.hasDocument(params.textDocument.uri)) return null;
    return (service.getHover(params.textDocument.uri, params.position) as Hover | undefined) ?? null;
  });

  connection.onDefinition((params, token): Location[] => {
    if (token.isCancellationRequested || !service.hasDocument(params.textDocument.uri)) return [];
    return service.getDefinition(params.textDocument.uri, params.position);
  });

  connection.onReferences((params, token): Location[] => {
    if (token.isCancellationRequested || !service.hasDocument(params.textDocument.uri)) return [];
    return service.getReferences(params.textDocument.uri, params.position, params.context.includeDeclaration);
  });

  connection.onWorkspaceSymbol((params, token): SymbolInformation[] => {
    if (token.isCancellationRequested) return [];
    return service.getWorkspaceSymbols(params.query) as SymbolInformation[];
  });

  connection.onRequest(SearchCatalogRequest, (params: SearchCatalogParams): SearchCatalogResult => {
    return { items: service.searchCatalog(params.query ?? '', { uri: params.uri, position: params.position, limit: params.limit }) };
  });

  connection.onRequest(ImportCatalogRequest, (params: ImportCatalogParams): ImportCatalogResult => {
    const { format: _format, ...report } = importCatalog(params.text ?? '', importFormat(params.name ?? '', params.text ?? ''), params.existing ?? '', params.name);
    return report;
  });
};
