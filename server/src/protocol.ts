/**
 * Custom requests between the vbhc client and server, declared once and
 * namespaced. Shared by both sides (the client imports this file); it holds
 * only names and plain types.
 */

/** Client → server: render the HTML preview of a document. */
export const RenderHtmlRequest = 'vbhc/renderHtml';
export interface RenderHtmlParams {
  uri: string;
  /** Nonce the webview's CSP allows for the preview's <style>/<script>. */
  nonce: string;
  /** Webview CSP source (`webview.cspSource`). */
  cspSource?: string;
}
export interface RenderHtmlResult {
  html: string;
}

/** Messages of the preview page's scroll sync (page ↔ webview host), stated in the core beside the page that posts them. */
export { PREVIEW_MESSAGE } from './service/export/preview-message';

/**
 * Client → server: import a Word document (.docx) or a plain text (.txt)
 * into the dialect (dialect §5, as `vbhc import`). The client reads the
 * file and writes the result; the server maps it. An input it refuses
 * (damaged, encrypted, empty, another kind) answers with a ResponseError
 * whose message is the one-line reason in the user's language.
 */
export const ImportDocumentRequest = 'vbhc/importDocument';
export interface ImportDocumentParams {
  /** The file's name or path: its extension says its kind. */
  name: string;
  /** The file's bytes, base64-encoded. */
  base64: string;
}
export interface ImportDocumentResult {
  /** The `*.vbhc.md` text. */
  text: string;
  /** Front-matter keys left as «…» placeholders (not found in the file). */
  missing: string[];
  /** Notes about what could not be carried over faithfully. */
  notes: string[];
}

/**
 * Client → server: export a document and write the file — the writer the
 * CLI uses (export-file.ts), so both refuse the same targets (the document
 * itself, a device, a pipe) and fail with the same messages. Answers the
 * written path and notes, or an error whose `data` is ExportFileErrorData.
 */
export const ExportFileRequest = 'vbhc/exportFile';
export interface ExportFileParams {
  uri: string;
  format: 'docx' | 'html' | 'pdf';
  /** Absolute path of the file to write. */
  target: string;
  /** Create the target's folder when it is missing (an output folder of the settings). */
  makeFolder?: boolean;
  /** LibreOffice's soffice (setting `vbhc.libreOfficePath`); searched on PATH when absent. */
  libreOfficePath?: string;
}
export interface ExportFileResult {
  /** The file written. */
  path: string;
  /** Notes about content that could not be rendered faithfully. */
  notes: string[];
}
/** The `data` of a failed `vbhc/exportFile`: why, and the message in both languages. */
export interface ExportFileErrorData {
  code: string;
  vi: string;
  en: string;
}

/** Client → server: status-bar facts of a document (type and symbol). */
export const DocumentInfoRequest = 'vbhc/documentInfo';
export interface DocumentInfoParams {
  uri: string;
}
export interface DocumentInfoResult {
  /** `BC`, `KH`, … when known. */
  loai?: string;
  /** The printed symbol without number, e.g. `BC-SKHCN`. */
  symbol?: string;
  /** Counts of diagnostics by severity. */
  errors: number;
  warnings: number;
}

/** Client → server: the edits of "fix all" for a document. */
export const FixAllRequest = 'vbhc/fixAll';
export interface FixAllParams {
  uri: string;
}
/** The edits of "fix all" and how many problems of each code they fix. */
export interface FixAllResult {
  edits: TextEdit[];
  /** Problems fixed, by diagnostic code (`{ "style.spacing": 7 }`). */
  counts: Record<string, number>;
}

/** Client → server: the edits that renumber every heading label of a document in sequence (labels only). */
export const RenumberHeadingsRequest = 'vbhc/renumberHeadings';
export interface RenumberHeadingsParams {
  uri: string;
}

/**
 * Client → server: edits converting text typed in a legacy Vietnamese
 * encoding (TCVN3/ABC, VNI) to Unicode NFC — the selection when `range` is
 * given and not empty, else every legacy run of the document. Result: TextEdit[].
 */
export const ConvertLegacyRequest = 'vbhc/convertLegacy';
export interface ConvertLegacyParams {
  uri: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * Client → server: the "insert legal reference" pick list. Catalog entries
 * (built-in, user `*.vanban.yaml`, learned from the workspace) matching
 * `query` by number, type, issuer or subject, diacritics and case ignored.
 * With `uri` and `position`, each item's `insertText` is the full citation
 * when the document does not cite it before the position, else the short
 * form (`Chỉ thị số 33/CT-TTg`).
 */
export const SearchCatalogRequest = 'vbhc/searchCatalog';
export interface SearchCatalogParams {
  query: string;
  uri?: string;
  position?: { line: number; character: number };
  /** Most items returned (default 100). */
  limit?: number;
}
/** One row of the pick list: the core's plain result, passed through unchanged. */
export type { CatalogPickItem as SearchCatalogItem } from './service/references/results';
import type { CatalogPickItem as SearchCatalogItem } from './service/references/results';
import type { TextEdit } from './service/types';

export interface SearchCatalogResult {
  items: SearchCatalogItem[];
}

/** Initialization options the client may send. All optional. */
export interface VbhcInitializationOptions {
  /** VS Code's display language (`vscode.env.language`); what the `auto` language setting follows. */
  locale?: string;
  /**
   * The language of the messages (`vi` or `en`) until the server has read
   * the `vbhc.language` setting; absent: `auto`.
   */
  language?: string;
  /**
   * Whether the workspace is trusted (`vscode.workspace.isTrusted`). Absent
   * means trusted (other editors). Untrusted: catalogs outside the workspace
   * folders are not read.
   */
  trusted?: boolean;
}

/** Client → server notification: the user granted workspace trust. */
export const DidGrantWorkspaceTrustNotification = 'vbhc/didGrantWorkspaceTrust';

/** Client → server: turn a department's list (§4 YAML, JSON lines or CSV) into a user catalog's text, merged with the existing one. */
export const ImportCatalogRequest = 'vbhc/importCatalog';
export interface ImportCatalogParams {
  /** The list's file name (its extension tells the format). */
  name: string;
  text: string;
  /** The user catalog's current text ('' for a new one). */
  existing: string;
}
export interface ImportCatalogResult {
  /** The user catalog's new text. */
  text: string;
  added: string[];
  changed: string[];
  unchanged: number;
  rejected: { line: number; so_ky_hieu?: string; reason: string }[];
  total: number;
}
