/**
 * Features on one document: outline (symbols, folding), quick fixes and
 * fix-all, renumbering the headings, converting legacy-encoded text, and the
 * document's facts the status bar and the export show.
 */
import type { CodeAction, DocumentSymbol } from 'vscode-languageserver';
import {
  ConvertLegacyRequest,
  DocumentInfoRequest,
  FixAllRequest,
  RenumberHeadingsRequest,
  type ConvertLegacyParams,
  type DocumentInfoParams,
  type DocumentInfoResult,
  type FixAllParams,
  type FixAllResult,
  type RenumberHeadingsParams,
} from '../protocol';
import { documentSymbol } from '../service/export/header-format';
import type { Feature } from './context';
import { toLspDiagnostic } from './diagnostics';

export const registerEditing: Feature = ({ connection, service }) => {
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

  connection.onRequest(FixAllRequest, (params: FixAllParams, token): FixAllResult => {
    if (!service.hasDocument(params.uri)) return { edits: [], counts: {} };
    const { edits, counts } = service.fixAll(params.uri, token);
    return { edits, counts: Object.fromEntries(counts) };
  });

  connection.onRequest(RenumberHeadingsRequest, (params: RenumberHeadingsParams) => {
    if (!service.hasDocument(params.uri)) return [];
    return service.getRenumberEdits(params.uri);
  });

  connection.onRequest(ConvertLegacyRequest, (params: ConvertLegacyParams) => {
    if (!service.hasDocument(params.uri)) return [];
    return service.convertLegacyEncoding(params.uri, params.range);
  });

  connection.onRequest(DocumentInfoRequest, (params: DocumentInfoParams): DocumentInfoResult => {
    const doc = service.getDocument(params.uri);
    if (!doc) return { errors: 0, warnings: 0 };
    const diags = service.getDiagnostics(params.uri);
    const symbol = doc.loai && doc.kyHieu ? documentSymbol(doc.loai, doc.kyHieu) : undefined;
    return {
      loai: doc.loai,
      symbol,
      errors: diags.filter((d) => d.severity === 'error').length,
      warnings: diags.filter((d) => d.severity === 'warning').length,
    };
  });
};
