/**
 * Public surface of the vbhc core, used by the server, the CLI and tests.
 */
export { createLanguageService, LanguageService, DocumentTooLargeError, type LanguageServiceInit } from './language-service';
export type { VbhcLanguageService, CodeActionResult } from './vbhc-language-service';
export type { VbhcDiagnostic, Range, Position, Severity, SeverityOverride, Lang, TextEdit, QuickFix, CancellationToken } from './types';
export { noCancellation } from './types';
export type { VbhcSettings } from './settings';
export { resolveSettings, DEFAULT_SETTINGS } from './settings';
export type { IFileSystem } from './workspace';
export { VBHC_SUFFIX, CATALOG_SUFFIX, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from './workspace';
export { parseDocument, type VbhcDocument } from './model/document';
export type { Logger } from './logger';
export { consoleLogger, silentLogger } from './logger';
export { resolveLang, msg, pick, type Msg } from './i18n';
export { ExportCancelledError, type DocxResult } from './export/docx';
export { PREVIEW_MESSAGE, escapeHtml } from './export/html';
export type { CatalogEntry, HieuLuc } from './references/catalog-entry';
export type { CatalogPickItem, CompletionItemLike, CompletionListLike, HoverLike, Location, WorkspaceSymbolLike } from './references/results';
export { findCitations, documentCitations, type Citation } from './references/recognizer';
export { parseSymbol, type ParsedSymbol, type SymbolFamily } from './references/symbol';
export { parseCatalogFile } from './references/catalog-file';
