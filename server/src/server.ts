/**
 * LSP wiring of the vbhc language server. Every handler finds the document,
 * returns an empty answer when it is unknown, and delegates to the core.
 * `startServer(connection, deps)` is separate from the process entry
 * (main.ts) so that tests can start it over any connection.
 */
import {
  CodeActionKind,
  CompletionTriggerKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI_TO_PATH, pathToUri } from './uri';
import { createLanguageService, resolveLang, type IFileSystem, type VbhcLanguageService, type Logger, type Severity, type VbhcDiagnostic, type VbhcSettings } from './service/index';
import { VBHC_SUFFIX } from './service/workspace';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import {
  DidGrantWorkspaceTrustNotification,
  DocumentInfoRequest,
  FixAllRequest,
  RenumberHeadingsRequest,
  type DocumentInfoParams,
  type DocumentInfoResult,
  type FixAllParams,
  type RenumberHeadingsParams,
  type VbhcInitializationOptions,
} from './protocol';
import { ConvertLegacyRequest, type ConvertLegacyParams } from './protocol';
import { SearchCatalogRequest, type SearchCatalogParams, type SearchCatalogResult } from './protocol';
import { ImportCatalogRequest, type ImportCatalogParams, type ImportCatalogResult } from './protocol';
import { importCatalog, importFormat } from './service/references/catalog-import';
import { CATALOG_SUFFIX } from './service/workspace';
import type { CompletionList, FileEvent, Hover, Location, SymbolInformation } from 'vscode-languageserver';
import { RenderHtmlRequest, type RenderHtmlParams, type RenderHtmlResult } from './protocol';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { ExportCancelledError } from './service/index';
import { whileReadingWorkspace } from './heap';
import { importDocument } from './server-import';
import { ImportDocumentRequest, type ImportDocumentParams } from './protocol';
import { ExportFileRequest, type ExportFileErrorData, type ExportFileParams, type ExportFileResult } from './protocol';
import { ExportFileError, exportSource, untrustedPdfError, writeExport } from './export-file';
import { insideWorkspace } from './node-fs';
import { PROJECT_CONFIG_NAME, layoutWithProject, readProjectConfig } from './project-config';

/** What the server is built from. */
/** Delay before the catalogs' word index is built after they load, so that the first diagnostics and completions come first. */
const CATALOG_INDEX_DELAY_MS = 1500;

export interface ServerDeps {
  fs: IFileSystem;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Delay after a keystroke before the edited document is re-checked. */
const CHECK_DELAY_MS = 200;
/** Delay before the rest of the workspace is re-checked (cross-document rules). */
const WORKSPACE_CHECK_DELAY_MS = 1500;
/** Workspace files prepared per turn of the event loop while reading a workspace (≈ 1 ms each). */
const PREPARE_BATCH = 8;

/** Starts the server on a connection; returns the service for tests. */
export function startServer(connection: Connection, deps: ServerDeps): VbhcLanguageService {
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    error: (m) => connection.console.error(m),
  };
  const service = createLanguageService({ fs: deps.fs, logger });
  const documents = new TextDocuments(TextDocument);
  let roots: string[] = [];
  let hasConfiguration = false;
  let canWatchFiles = false;
  let locale: string | undefined;
  let trusted = true;
  let userSettings: Partial<Record<keyof VbhcSettings, unknown>> & { language?: string } = {};
  /** The `layout` of the workspace's `.vbhc.yaml` (it wins over `vbhc.layout.*`, as for the CLI). */
  let projectLayout: unknown;
  const published = new Map<string, string>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as VbhcInitializationOptions;
    locale = opts.locale ?? params.locale;
    trusted = opts.trusted !== false;
    service.configure({ lang: resolveLang(opts.language ?? 'auto', locale) });
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.map(URI_TO_PATH).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.vbhc'] },
        // ---- capabilities of feature areas (references, export) go below ----
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
    await loadProjectLayout();
    if (!hasConfiguration) applySettings();
    if (canWatchFiles) {
      // Clients that do not watch files for us (other LSP editors) get a registration.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.vbhc.md' }, { globPattern: '**/*.vanban.yaml' }, { globPattern: `**/${PROJECT_CONFIG_NAME}` }],
      });
    }
    if (hasConfiguration) {
      await loadConfiguration();
      connection.onDidChangeConfiguration(async () => {
        await loadConfiguration();
        await reloadCatalogs();
        void scheduleWorkspaceCheck(0);
      });
    }
    // Read, parse and check the workspace's files a few per turn of the
    // event loop, so that requests (an open document's diagnostics,
    // completion …) are answered meanwhile; until then cross-document
    // results see the files done so far and catch up as the rest are. The
    // burst runs with a young generation that does not grow (heap.ts).
    await whileReadingWorkspace(async () => {
      service.deferUnprepared(true);
      try {
        const read = await service.indexWorkspace(roots, pathToUri);
        logger.info(`vbhc: indexed ${read.length} document(s) in ${roots.length} folder(s)`);
        for (let i = 0; i < read.length; i++) {
          service.prepareDocument(read[i]);
          if (i % PREPARE_BATCH === PREPARE_BATCH - 1) await new Promise((r) => setImmediate(r));
        }
      } finally {
        service.deferUnprepared(false);
      }
      await reloadCatalogs();
      await scheduleWorkspaceCheck(0);
    });
  });

  async function loadConfiguration(): Promise<void> {
    try {
      const cfg = (await connection.workspace.getConfiguration('vbhc')) as Record<string, unknown> | null;
      userSettings = cfg ?? {};
    } catch (e) {
      logger.error(`vbhc: cannot read settings: ${(e as Error).message}`);
      userSettings = {};
    }
    applySettings();
  }

  function applySettings(): void {
    const s = userSettings as Record<string, unknown>;
    const diag = (s.diagnostics ?? {}) as Record<string, unknown>;
    service.configure({
      lang: resolveLang(typeof s.language === 'string' ? s.language : 'auto', locale),
      severity: (diag.severity ?? {}) as VbhcSettings['severity'],
      catalogs: allowedCatalogs(Array.isArray(s.catalogs) ? (s.catalogs as string[]) : []),
      profiles: (s.profiles ?? {}) as VbhcSettings['profiles'],
      layout: layoutWithProject(s.layout, projectLayout),
      dictionary: s.dictionary as VbhcSettings['dictionary'],
    });
  }

  /** Reads the layout of `.vbhc.yaml` in the first workspace folder (or a parent); a file that cannot be read is logged and left out. */
  async function loadProjectLayout(): Promise<void> {
    projectLayout = undefined;
    if (!roots[0]) return;
    try {
      projectLayout = (await readProjectConfig(roots[0])).settings.layout;
    } catch (e) {
      logger.error(`vbhc: ${(e as Error).message}`);
    }
  }

  /** In an untrusted workspace only catalogs inside the workspace folders are read. */
  function allowedCatalogs(catalogs: string[]): string[] {
    if (trusted) return catalogs;
    const inside = (p: string) => roots.some((r) => { const rel = path.relative(r, p); return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel); });
    const kept = catalogs.filter((c) => typeof c === 'string' && (path.isAbsolute(c) ? inside(path.normalize(c)) : !c.split(/[\\/]/).includes('..')));
    if (kept.length < catalogs.length) logger.info(`vbhc: untrusted workspace — ${catalogs.length - kept.length} catalog(s) outside the workspace are not read`);
    return kept;
  }

  connection.onNotification(DidGrantWorkspaceTrustNotification, async () => {
    if (trusted) return;
    trusted = true;
    applySettings();
    await reloadCatalogs();
    void scheduleWorkspaceCheck(0);
  });

  // ---- documents -----------------------------------------------------------

  let editTimer: NodeJS.Timeout | undefined;
  let workspaceTimer: NodeJS.Timeout | undefined;
  const pendingUris = new Set<string>();
  let workspaceRun = 0;
  /** Ends the promise of a scheduled run whose timer is cleared before it fires. */
  let endScheduledRun: (() => void) | undefined;

  function scheduleCheck(uri: string): void {
    pendingUris.add(uri);
    if (editTimer) clearTimeout(editTimer);
    editTimer = setTimeout(() => {
      editTimer = undefined;
      for (const u of pendingUris) publish(u);
      pendingUris.clear();
      void scheduleWorkspaceCheck(WORKSPACE_CHECK_DELAY_MS);
    }, CHECK_DELAY_MS);
  }

  /** Re-checks the workspace after `delay`; resolves when that run has ended (done, or replaced by a newer one). */
  function scheduleWorkspaceCheck(delay: number): Promise<void> {
    if (workspaceTimer) clearTimeout(workspaceTimer);
    endScheduledRun?.();
    const run = ++workspaceRun;
    return new Promise<void>((resolve) => {
      endScheduledRun = resolve;
      workspaceTimer = setTimeout(async () => {
        workspaceTimer = undefined;
        endScheduledRun = undefined;
        try {
          // Open documents first, then the rest; yield between documents and stop when a newer run starts.
          const open = new Set(documents.keys());
          const order = [...open, ...service.uris().filter((u) => !open.has(u))];
          for (const uri of order) {
            if (run !== workspaceRun) return;
            publish(uri);
            await new Promise((r) => setImmediate(r));
          }
        } finally {
          resolve();
        }
      }, delay);
    });
  }

  function publish(uri: string): void {
    if (!service.hasDocument(uri)) return;
    const diagnostics = service.getDiagnostics(uri).map(toLspDiagnostic);
    // A digest of what was sent, not the JSON itself: 1,000 documents' lists
    // held as text cost megabytes for a comparison.
    const key = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if (published.get(uri) === key) return;
    published.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  documents.onDidOpen((e) => {
    service.setDocument(e.document.uri, e.document.getText(), e.document.version);
    scheduleCheck(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    service.setDocument(e.document.uri, e.document.getText(), e.document.version);
    scheduleCheck(e.document.uri);
  });
  documents.onDidClose(async (e) => {
    // The file still exists on disk: keep its saved text in the workspace.
    const p = URI_TO_PATH(e.document.uri);
    if (p && (await deps.fs.isFile(p))) {
      try {
        await service.readDocumentFile(e.document.uri, p);
        return;
      } catch {
        /* fall through: forget it */
      }
    }
    service.removeDocument(e.document.uri);
    published.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${PROJECT_CONFIG_NAME}`)) {
        await loadProjectLayout();
        applySettings();
        continue;
      }
      if (change.uri.endsWith(CATALOG_SUFFIX)) {
        await catalogFileChanged(change);
        continue;
      }
      if (!change.uri.endsWith(VBHC_SUFFIX) || documents.get(change.uri)) continue;
      const p = URI_TO_PATH(change.uri);
      if (change.type === FileChangeType.Deleted || !p) {
        service.removeDocument(change.uri);
        published.delete(change.uri);
        void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        continue;
      }
      try {
        await service.readDocumentFile(change.uri, p);
      } catch (e) {
        logger.error(`vbhc: cannot read ${p}: ${(e as Error).message}`);
      }
    }
    void scheduleWorkspaceCheck(WORKSPACE_CHECK_DELAY_MS);
  });

  // ---- features --------------------------------------------------------------

  connection.onDocumentSymbol((params, token) => {
    if (token.isCancellationRequested || !service.hasDocument(params.textDocument.uri)) return [];
    return service.getDocumentSymbols(params.textDocument.uri) as DocumentSymbol[];
  });

  connection.onFoldingRanges((params, token) => {
    if (token.isCancellationRequested || !service.hasDocument(params.textDocument.uri)) return [];
    return service.getFoldingRanges(params.textDocument.uri);
  });

  connection.onCodeAction((params, token) => {
    const uri = params.textDocument.uri;
    if (!service.hasDocument(uri)) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    for (const a of service.getCodeActions(uri, params.range, token)) {
      if (only && !only.some((k) => a.kind === k || a.kind.startsWith(k + '.'))) continue;
      actions.push({
        title: a.title,
        kind: a.kind,
        diagnostics: a.diagnostic ? [toLspDiagnostic(a.diagnostic)] : undefined,
        isPreferred: a.isPreferred,
        edit: a.edits.length || !a.command ? { changes: { [uri]: a.edits } } : undefined,
        command: a.command ? { title: a.title, command: a.command.id, arguments: a.command.arguments } : undefined,
      });
    }
    return actions;
  });

  connection.onRequest(FixAllRequest, (params: FixAllParams, token) => {
    if (!service.hasDocument(params.uri)) return [];
    return service.getFixAllEdits(params.uri, token);
  });

  connection.onRequest(RenumberHeadingsRequest, (params: RenumberHeadingsParams) => {
    if (!service.hasDocument(params.uri)) return [];
    return service.getRenumberEdits(params.uri);
  });

  connection.onRequest(DocumentInfoRequest, (params: DocumentInfoParams): DocumentInfoResult => {
    const doc = service.getDocument(params.uri);
    if (!doc) return { errors: 0, warnings: 0 };
    const diags = service.getDiagnostics(params.uri);
    const symbol = doc.loai && doc.kyHieu ? (doc.loai === 'CV' ? doc.kyHieu : `${doc.loai}-${doc.kyHieu}`) : undefined;
    return {
      loai: doc.loai,
      symbol,
      errors: diags.filter((d) => d.severity === 'error').length,
      warnings: diags.filter((d) => d.severity === 'warning').length,
    };
  });

  // ---- handlers of feature areas (references, export) go below ----

  // ---- references (issue 4) ----

  /** Loads the user catalogs (settings + `*.vanban.yaml` of the workspace) and publishes their problems. */
  async function reloadCatalogs(): Promise<void> {
    const before = service.catalogUris();
    try {
      const { uris, entries } = await service.loadCatalogs(roots, pathToUri);
      logger.info(`vbhc: loaded ${uris.length} catalog file(s) with ${entries} entries`);
      for (const u of before) if (!uris.includes(u)) void connection.sendDiagnostics({ uri: u, diagnostics: [] });
      for (const u of uris) publishCatalog(u);
      prepareCatalogSearchSoon();
    } catch (e) {
      logger.error(`vbhc: cannot load catalogs: ${(e as Error).message}`);
    }
  }

  /** Builds the catalogs' word index after the first requests are answered (a search by subject before then builds it itself). */
  function prepareCatalogSearchSoon(): void {
    setTimeout(() => service.prepareCatalogSearch(), CATALOG_INDEX_DELAY_MS).unref();
  }

  function publishCatalog(uri: string): void {
    void connection.sendDiagnostics({ uri, diagnostics: service.getCatalogDiagnostics(uri).map(toLspDiagnostic) });
  }

  async function catalogFileChanged(change: FileEvent): Promise<void> {
    const p = URI_TO_PATH(change.uri);
    if (change.type === FileChangeType.Deleted || !p) {
      service.removeCatalogDocument(change.uri);
      void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      return;
    }
    try {
      service.setCatalogDocument(change.uri, await deps.fs.readFile(p));
      publishCatalog(change.uri);
      prepareCatalogSearchSoon();
    } catch (e) {
      logger.error(`vbhc: cannot read catalog ${p}: ${(e as Error).message}`);
    }
  }

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

  connection.onRequest(ConvertLegacyRequest, (params: ConvertLegacyParams) => {
    if (!service.hasDocument(params.uri)) return [];
    return service.convertLegacyEncoding(params.uri, params.range);
  });

  // ---- export (issue 5) ----

  /**
   * Makes sure the service holds the document: one open in the editor or of
   * the workspace; a `*.vbhc.md` file of a workspace folder not read yet is
   * read from disk. Any other path is refused (a request cannot read
   * /etc/passwd).
   */
  async function ensureDocument(uri: string): Promise<boolean> {
    if (service.hasDocument(uri)) return true;
    const p = URI_TO_PATH(uri);
    if (!p || !p.endsWith(VBHC_SUFFIX) || !(await insideWorkspace(p, roots)) || !(await deps.fs.isFile(p))) return false;
    try {
      await service.readDocumentFile(uri, p);
      return true;
    } catch {
      return false;
    }
  }

  connection.onRequest(ExportFileRequest, async (params: ExportFileParams, token): Promise<ExportFileResult> => {
    if (!(await ensureDocument(params.uri))) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Không tìm thấy văn bản ${params.uri} / document not found: ${params.uri}`);
    }
    const abort = new AbortController();
    const cancel = token.onCancellationRequested(() => abort.abort());
    try {
      if (params.format === 'pdf' && !trusted) throw untrustedPdfError();
      const source = URI_TO_PATH(params.uri);
      const options = { sources: source ? [source] : [], makeFolder: params.makeFolder, sofficePath: params.libreOfficePath, signal: abort.signal };
      const { notes } = await writeExport(exportSource(service, params.uri, token), params.format, params.target, options);
      return { path: params.target, notes };
    } catch (e) {
      if (e instanceof ExportCancelledError || token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'export cancelled');
      if (e instanceof ExportFileError) throw new ResponseError<ExportFileErrorData>(LSPErrorCodes.RequestFailed, service.settings.lang === 'en' ? e.en : e.vi, { code: e.code, vi: e.vi, en: e.en });
      throw e;
    } finally {
      cancel.dispose();
    }
  });

  connection.onRequest(RenderHtmlRequest, async (params: RenderHtmlParams): Promise<RenderHtmlResult> => {
    if (!(await ensureDocument(params.uri))) return { html: '' };
    return { html: service.renderHtml(params.uri, { nonce: params.nonce }) };
  });

  connection.onRequest(ImportDocumentRequest, (params: ImportDocumentParams) => importDocument(params, service.settings.lang));

  documents.listen(connection);
  connection.listen();
  return service;
}

/** Converts a core diagnostic to the LSP shape. */
export function toLspDiagnostic(d: VbhcDiagnostic): Diagnostic {
  return { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'vbhc', message: d.message, data: d.data };
}
