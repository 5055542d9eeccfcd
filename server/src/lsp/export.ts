/**
 * Export, preview and import: the server writes exported files with the
 * writer the CLI uses (export-file.ts), so VS Code and `vbhc export` refuse
 * the same targets and fail with the same messages; it renders the preview
 * page and turns a .docx or .txt into the dialect.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { ExportFileError, exportSource, untrustedPdfError, writeExport } from '../export-file';
import { insideWorkspace } from '../node-fs';
import {
  ExportFileRequest,
  ImportDocumentRequest,
  RenderHtmlRequest,
  type ExportFileErrorData,
  type ExportFileParams,
  type ExportFileResult,
  type ImportDocumentParams,
  type RenderHtmlParams,
  type RenderHtmlResult,
} from '../protocol';
import { importDocument } from '../server-import';
import { ExportCancelledError } from '../service/index';
import { VBHC_SUFFIX } from '../service/workspace';
import { URI_TO_PATH } from '../uri';
import type { Feature, ServerContext } from './context';

/**
 * Makes sure the service holds the document: one open in the editor or of
 * the workspace; a `*.vbhc.md` file of a workspace folder not read yet is
 * read from disk. Any other path is refused (a request cannot read
 * /etc/passwd).
 */
async function ensureDocument(ctx: ServerContext, uri: string): Promise<boolean> {
  if (ctx.service.hasDocument(uri)) return true;
  const p = URI_TO_PATH(uri);
  if (!p || !p.endsWith(VBHC_SUFFIX) || !(await insideWorkspace(p, ctx.roots)) || !(await ctx.fs.isFile(p))) return false;
  try {
    await ctx.service.readDocumentFile(uri, p);
    return true;
  } catch {
    return false;
  }
}

export const registerExport: Feature = (ctx) => {
  const { connection, service } = ctx;

  connection.onRequest(ExportFileRequest, async (params: ExportFileParams, token): Promise<ExportFileResult> => {
    await ctx.settingsApplied;
    if (!(await ensureDocument(ctx, params.uri))) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Không tìm thấy văn bản ${params.uri} / document not found: ${params.uri}`);
    }
    const abort = new AbortController();
    const cancel = token.onCancellationRequested(() => abort.abort());
    try {
      if (params.format === 'pdf' && !ctx.trusted) throw untrustedPdfError();
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
    await ctx.settingsApplied;
    if (!(await ensureDocument(ctx, params.uri))) return { html: '' };
    return { html: service.renderHtml(params.uri, { nonce: params.nonce }) };
  });

  connection.onRequest(ImportDocumentRequest, (params: ImportDocumentParams) => importDocument(params, service.settings.lang));
};
