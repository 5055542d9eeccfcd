/**
 * The workspace's documents: the editor's open ones (their text wins), the
 * workspace's files read at start-up a few per turn of the event loop, and
 * files created, changed or deleted on disk (a changed `.vbhc.yaml` applies
 * its layout again). A document closed in the editor goes back to its saved
 * text.
 */
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import { whileReadingWorkspace } from '../heap';
import { CATALOG_SUFFIX, PROJECT_CONFIG_NAME, VBHC_SUFFIX, WATCHED_GLOBS } from '../service/workspace';
import { URI_TO_PATH, pathToUri } from '../uri';
import type { Feature, ServerContext } from './context';
import { inSlices } from './give-way';
import { WORKSPACE_CHECK_DELAY_MS } from './diagnostics';
import { catalogFileChanged, reloadCatalogs } from './references';
import { applySettings, loadProjectLayout } from './settings';

/** Asks a client that does not watch files for us (other LSP editors) to report changes of documents, catalogs and `.vbhc.yaml`. */
export function watchFiles(ctx: ServerContext): void {
  void ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
  });
}

/**
 * Reads, parses and checks the workspace's files a few per turn of the
 * event loop, so that requests (an open document's diagnostics, completion
 * …) are answered meanwhile; until then cross-document results see the
 * files done so far and catch up as the rest are. Then loads the catalogs
 * and publishes the whole workspace's diagnostics. The burst runs with a
 * young generation that does not grow (heap.ts).
 */
export async function readWorkspace(ctx: ServerContext): Promise<void> {
  const { service } = ctx;
  await whileReadingWorkspace(async () => {
    service.deferUnprepared(true);
    ctx.diagnostics.readingWorkspace = true;
    try {
      const read = await service.indexWorkspace(ctx.roots, pathToUri);
      ctx.logger.info(`vbhc: indexed ${read.length} document(s) in ${ctx.roots.length} folder(s)`);
      // Paused after the parse and after each rule: a costly file does not hold requests for its whole check.
      const steps = function* () {
        for (const uri of read) yield* service.prepareDocumentSteps(uri);
      };
      await inSlices(steps(), ctx.giveWay);
    } finally {
      service.deferUnprepared(false);
      ctx.diagnostics.readingWorkspace = false;
    }
    await reloadCatalogs(ctx);
    await ctx.diagnostics.scheduleWorkspaceCheck(0);
  });
}

export const registerDocuments: Feature = (ctx) => {
  const { connection, service, documents, diagnostics } = ctx;

  documents.onDidOpen((e) => {
    service.setDocument(e.document.uri, e.document.getText(), e.document.version);
    diagnostics.scheduleCheck(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    service.setDocument(e.document.uri, e.document.getText(), e.document.version);
    diagnostics.scheduleCheck(e.document.uri);
  });
  documents.onDidClose(async (e) => {
    // The file still exists on disk: keep its saved text in the workspace.
    const p = URI_TO_PATH(e.document.uri);
    if (p && (await ctx.fs.isFile(p))) {
      try {
        await service.readDocumentFile(e.document.uri, p);
        return;
      } catch {
        /* fall through: forget it */
      }
    }
    service.removeDocument(e.document.uri);
    diagnostics.clear(e.document.uri);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${PROJECT_CONFIG_NAME}`)) {
        await loadProjectLayout(ctx);
        applySettings(ctx);
        continue;
      }
      if (change.uri.endsWith(CATALOG_SUFFIX)) {
        await catalogFileChanged(ctx, change);
        continue;
      }
      if (!change.uri.endsWith(VBHC_SUFFIX) || documents.get(change.uri)) continue;
      const p = URI_TO_PATH(change.uri);
      if (change.type === FileChangeType.Deleted || !p) {
        service.removeDocument(change.uri);
        diagnostics.clear(change.uri);
        continue;
      }
      try {
        await service.readDocumentFile(change.uri, p);
      } catch (e) {
        ctx.logger.error(`vbhc: cannot read ${p}: ${(e as Error).message}`);
      }
    }
    void diagnostics.scheduleWorkspaceCheck(WORKSPACE_CHECK_DELAY_MS);
  });
};
