/**
 * Plain result shapes of the reference features, structurally identical to
 * the LSP ones (ranges in the ORIGINAL text) so that the server passes them
 * through unchanged.
 */
import type { Range } from '../types';
import type { HieuLuc } from './catalog-entry';
import type { CatalogSource, Location } from './catalog';

export type { Location } from './catalog';

/** LSP CompletionItemKind numbers used here. */
export const COMPLETION_KIND = { Text: 1, Property: 10, Value: 12, Keyword: 14, Reference: 18, EnumMember: 20 } as const;
/** LSP SymbolKind numbers used here. */
export const SYMBOL_KIND = { File: 1 } as const;

/** Markdown content. */
export interface MarkupContent {
  kind: 'markdown';
  value: string;
}

/** A completion item (LSP CompletionItem subset). */
export interface CompletionItemLike {
  label: string;
  kind: number;
  detail?: string;
  documentation?: MarkupContent;
  insertText?: string;
  filterText?: string;
  sortText?: string;
  textEdit?: { range: Range; newText: string };
  preselect?: boolean;
}

/** A completion list (LSP CompletionList). */
export interface CompletionListLike {
  isIncomplete: boolean;
  items: CompletionItemLike[];
}

/** A hover (LSP Hover). */
export interface HoverLike {
  contents: MarkupContent;
  range: Range;
}

/** A workspace symbol (LSP SymbolInformation). */
export interface WorkspaceSymbolLike {
  name: string;
  kind: number;
  location: Location;
  containerName?: string;
}

/** One row of the "insert legal reference" pick list. */
export interface CatalogPickItem {
  /** `Chỉ thị số 33/CT-TTg` */
  label: string;
  /** `26/11/2021 — Thủ tướng Chính phủ` */
  description: string;
  /** The subject, and validity when known. */
  detail: string;
  so_ky_hieu: string;
  loai: string;
  ngay: string;
  co_quan: string;
  trich_yeu: string;
  hieu_luc?: HieuLuc;
  thay_the_boi?: string | null;
  source: CatalogSource;
  /** Text to insert: the full form when the document does not cite it before the position, else the short form. */
  insertText: string;
}
