/**
 * LSP wiring of the vbhc language server. `startServer(connection, deps)`
 * answers initialize, reads the workspace once initialized, and registers
 * each feature's handlers (server/src/lsp/): every handler finds the
 * document, returns an empty answer when it is unknown, and delegates to the
 * core. It is separate from the process entry (main.ts) so that tests can
 * start it over any connection.
 */
import { CodeActionKind, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { VbhcInitializationOptions } from './protocol';
import { createLanguageService, resolveLang, type Logger, type VbhcLanguageService } from './service/index';
import { URI_TO_PATH } from './uri';
import type { Feature, ServerContext, ServerDeps } from './lsp/context';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { giveWay } from './lsp/give-way';
import { readWorkspace, registerDocuments, watchFiles } from './lsp/documents';
import { registerEditing } from './lsp/editing';
import { registerExport } from './lsp/export';
import { registerReferences } from './lsp/references';
import { applySettings, followSettings, loadProjectLayout, registerTrust } from './lsp/settings';

export type { ServerDeps } from './lsp/context';
export { toLspDiagnostic } from './lsp/diagnostics';

/** The features, each registering its handlers. */
const FEATURES: readonly Feature[] = [registerTrust, registerDocuments, registerEditing, registerReferences, registerExport];

/** Starts the server on a connection; returns the service for tests. */
export function startServer(connection: Connection, deps: ServerDeps): VbhcLanguageService {
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    error: (m) => connection.console.error(m),
  };
  const service = createLanguageService({ fs: deps.fs, logger });
  const documents = new TextDocuments(TextDocument);
  let settled!: () => void;
  const yieldToMessages = () => giveWay(deps.messagesHandled);
  const ctx: ServerContext = {
    connection,
    service,
    documents,
    logger,
    fs: deps.fs,
    diagnostics: new DiagnosticsPublisher(connection, service, documents, yieldToMessages),
    giveWay: yieldToMessages,
    roots: [],
    trusted: true,
    clientSettings: {},
    settingsApplied: new Promise<void>((resolve) => (settled = resolve)),
  };
  let hasConfiguration = false;
  let canWatchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as VbhcInitializationOptions;
    ctx.locale = opts.locale ?? params.locale;
    ctx.trusted = opts.trusted !== false;
    service.configure({ lang: resolveLang(opts.language ?? 'auto', ctx.locale) });
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    ctx.roots = folders.map(URI_TO_PATH).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.vbhc'] },
        completionProvider: { triggerCharacters: [' ', '/', '-'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'vbhc-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    try {
      await loadProjectLayout(ctx);
      if (!hasConfiguration) applySettings(ctx);
      if (canWatchFiles) watchFiles(ctx);
      if (hasConfiguration) await followSettings(ctx);
    } finally {
      settled();
    }
    await readWorkspace(ctx);
  });

  for (const register of FEATURES) register(ctx);
  documents.listen(connection);
  connection.listen();
  return service;
}
