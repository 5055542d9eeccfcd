/**
 * Starts the vbhc language server (`dist/server.js`) over IPC and wraps the
 * custom requests of `server/src/protocol.ts` in one typed method each.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type TextEdit as LspTextEdit } from 'vscode-languageclient/node';
import {
  DidGrantWorkspaceTrustNotification,
  DocumentInfoRequest,
  ExportFileRequest,
  ConvertLegacyRequest,
  FixAllRequest,
  RenderHtmlRequest,
  RenumberHeadingsRequest,
  SearchCatalogRequest,
  ImportDocumentRequest,
  type ImportDocumentResult,
  ImportCatalogRequest,
  type ImportCatalogParams,
  type ImportCatalogResult,
  type DocumentInfoResult,
  type ExportFileParams,
  type ExportFileResult,
  type FixAllResult,
  type RenderHtmlResult,
  type SearchCatalogParams,
  type SearchCatalogResult,
  type VbhcInitializationOptions,
} from '../../server/src/protocol';
import { WATCHED_GLOBS } from '../../server/src/service/workspace';
import { LANGUAGE_ID } from './command-ids';
import { uiLang } from './i18n';

/** Time the server gets to shut down before it is killed. */
export const STOP_TIMEOUT_MS = 2000;

/** Creates and starts the client; the returned client is running. */
export async function startLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = WATCHED_GLOBS.map((g) => vscode.workspace.createFileSystemWatcher(g));
  context.subscriptions.push(...watchers);
  // The language goes with the start-up options too, so the first diagnostics
  // (sent before the server reads the settings) are already in it.
  const initializationOptions: VbhcInitializationOptions = { locale: vscode.env.language, language: uiLang(), trusted: vscode.workspace.isTrusted };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: watchers, configurationSection: 'vbhc' },
    initializationOptions,
    outputChannel,
  };
  const client = new LanguageClient('vbhc', 'VBHC', serverOptions, clientOptions);
  await client.start();
  // Catalogs outside the workspace become readable once the user trusts it.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(DidGrantWorkspaceTrustNotification)));
  return client;
}

/** One typed method per custom request of the vbhc server. */
export class VbhcRequests {
  constructor(readonly client: LanguageClient) {}

  /** `vbhc/documentInfo`: type, symbol and problem counts of a document. */
  documentInfo(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<DocumentInfoResult> {
    return this.send<DocumentInfoResult>(DocumentInfoRequest, { uri: uri.toString() }, token);
  }

  /** `vbhc/renderHtml`: the preview HTML of a document. */
  renderHtml(uri: vscode.Uri, nonce: string, cspSource: string, token?: vscode.CancellationToken): Promise<RenderHtmlResult> {
    return this.send<RenderHtmlResult>(RenderHtmlRequest, { uri: uri.toString(), nonce, cspSource }, token);
  }

  /** `vbhc/exportFile`: the server exports the document and writes the file; the written path and notes. */
  exportFile(params: ExportFileParams, token?: vscode.CancellationToken): Promise<ExportFileResult> {
    return this.send<ExportFileResult>(ExportFileRequest, params, token);
  }

  /** `vbhc/fixAll`: the edits of every safe fix, as VS Code edits, and the problems they fix by code. */
  async fixAll(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<{ edits: vscode.TextEdit[]; counts: Record<string, number> }> {
    const r = await this.send<FixAllResult | null>(FixAllRequest, { uri: uri.toString() }, token);
    return { edits: await this.toEdits(r?.edits ?? null), counts: r?.counts ?? {} };
  }

  /** `vbhc/renumberHeadings`: the edits that give every heading its right label. */
  async renumberHeadings(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.TextEdit[]> {
    const edits = await this.send<LspTextEdit[] | null>(RenumberHeadingsRequest, { uri: uri.toString() }, token);
    return this.toEdits(edits);
  }

  /** `vbhc/convertLegacy`: edits converting TCVN3/VNI text to Unicode (the range, or every legacy run). */
  async convertLegacy(uri: vscode.Uri, range?: vscode.Range, token?: vscode.CancellationToken): Promise<vscode.TextEdit[]> {
    const r = range && !range.isEmpty ? this.client.code2ProtocolConverter.asRange(range) : undefined;
    const edits = await this.send<LspTextEdit[] | null>(ConvertLegacyRequest, { uri: uri.toString(), range: r }, token);
    return this.toEdits(edits);
  }

  /** `vbhc/importDocument`: a .docx or .txt file's bytes mapped into the dialect. */
  importDocument(name: string, bytes: Uint8Array, token?: vscode.CancellationToken): Promise<ImportDocumentResult> {
    return this.send<ImportDocumentResult>(ImportDocumentRequest, { name, base64: Buffer.from(bytes).toString('base64') }, token);
  }

  /** `vbhc/searchCatalog`: catalog entries matching a query (all sources), with the text to insert at a position. */
  searchCatalog(params: SearchCatalogParams, token?: vscode.CancellationToken): Promise<SearchCatalogResult> {
    return this.send<SearchCatalogResult>(SearchCatalogRequest, params, token);
  }

  /** `vbhc/importCatalog`: a department's list merged into a user catalog's text, with what was added, changed and rejected. */
  importCatalog(params: ImportCatalogParams): Promise<ImportCatalogResult> {
    return this.send<ImportCatalogResult>(ImportCatalogRequest, params);
  }

  /**
   * Sends a request. The token is passed only when there is one: with a
   * string method name, an `undefined` last argument would be sent as a
   * second positional parameter (`null`) and reach the handler as its token.
   */
  private send<R>(method: string, params: object, token?: vscode.CancellationToken): Promise<R> {
    return token ? this.client.sendRequest<R>(method, params, token) : this.client.sendRequest<R>(method, params);
  }

  private async toEdits(edits: LspTextEdit[] | null | undefined): Promise<vscode.TextEdit[]> {
    return edits && edits.length ? this.client.protocol2CodeConverter.asTextEdits(edits) : [];
  }
}
