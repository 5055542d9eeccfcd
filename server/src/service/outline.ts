/**
 * Outline and folding from the section tree: document symbols nest by
 * heading level; folding ranges cover the front matter and each section.
 */
import type { VbhcDocument } from './model/document';
import type { Range } from './types';

/** LSP SymbolKind values used here (the core does not import LSP). */
export const SymbolKindNumber = { File: 1, Namespace: 3, Module: 2, Class: 5, String: 15, Field: 8 } as const;

/** A document symbol (structurally the LSP one). */
export interface DocSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children: DocSymbol[];
}

/** A folding range in original lines (0-based). */
export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'imports' | 'region';
}

/**
 * A section of a document is shown as a page (File) at every level, the
 * tree giving the nesting: the code kinds (namespace, class, module) made
 * the Outline of a report look like a program.
 */
const SECTION_KIND = SymbolKindNumber.File;

/** Nested symbols: one per heading, children by level. */
export function documentSymbols(doc: VbhcDocument): DocSymbol[] {
  const src = doc.source;
  const roots: DocSymbol[] = [];
  const bySymbol: DocSymbol[] = [];
  doc.body.headings.forEach((h, i) => {
    const endLine = lastContentLine(doc, h.startLine, h.sectionEndLine);
    const sym: DocSymbol = {
      name: h.content.trim() || '#',
      detail: h.label ? undefined : undefined,
      kind: SECTION_KIND,
      range: src.rangeOf(h.start, src.lineEnd(endLine)),
      selectionRange: src.rangeOf(h.contentStart, h.contentEnd),
      children: [],
    };
    bySymbol[i] = sym;
    if (h.parent >= 0) bySymbol[h.parent].children.push(sym);
    else roots.push(sym);
  });
  return roots;
}

/** Folding ranges: the front matter, then every section. */
export function foldingRanges(doc: VbhcDocument): FoldRange[] {
  const out: FoldRange[] = [];
  const fm = doc.frontMatter;
  if (fm && fm.closed && fm.closeLine > 0) out.push({ startLine: 0, endLine: fm.closeLine, kind: 'region' });
  for (const h of doc.body.headings) {
    const end = lastContentLine(doc, h.startLine, h.sectionEndLine);
    if (end > h.startLine) out.push({ startLine: h.startLine, endLine: end });
  }
  for (const b of doc.body.blocks) {
    if ((b.kind === 'table' || b.kind === 'code') && b.endLine - 1 > b.startLine) out.push({ startLine: b.startLine, endLine: b.endLine - 1 });
  }
  return out;
}

/** The last non-blank line before `endLine` (exclusive), at least `startLine`. */
function lastContentLine(doc: VbhcDocument, startLine: number, endLine: number): number {
  let e = Math.min(endLine, doc.source.lineCount) - 1;
  while (e > startLine && doc.source.lineText(e).trim() === '') e--;
  return e;
}
