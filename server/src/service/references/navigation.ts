/**
 * Hover, go to definition, find references and workspace symbols for the
 * citations of a workspace. Definition: a user catalog's entry (its file
 * and line), else the first full citation of the symbol in the workspace
 * (a short citation links to it); a built-in entry that no document cites
 * in full has no location.
 */
import type { VbhcDocument } from '../model/document';
import type { Lang } from '../types';
import type { CatalogItem, Location } from './catalog';
import { citationDate } from './citation-format';
import { certaintyText, citationMarkdown, fileName, lookupLink, md, sourceText, validityText } from './describe';
import { fold } from '../text/fold';
import { documentCitations, type Citation } from './recognizer';
import type { Occurrence } from './reference-index';
import type { ReferenceState } from './reference-state';
import { symbolKey } from './symbol';
import { SYMBOL_KIND, type HoverLike, type WorkspaceSymbolLike } from './results';

const MAX_HOVER_PLACES = 8;
const MAX_WORKSPACE_SYMBOLS = 1000;

/** The citation at an analysis offset (type name to subject end), if any. */
export function citationAt(doc: VbhcDocument, offset: number): Citation | undefined {
  return documentCitations(doc).find((c) => c.start <= offset && offset <= c.end);
}

/** Where an occurrence stands (its head: type name to issuer). */
export function occurrenceLocation(o: Occurrence): Location {
  return { uri: o.doc.uri, range: o.doc.source.rangeOf(o.citation.start, o.citation.headEnd) };
}

/** Hover of the citation at an offset. */
export function hoverAt(doc: VbhcDocument, offset: number, state: ReferenceState, lang: Lang): HoverLike | undefined {
  const c = citationAt(doc, offset);
  if (!c) return undefined;
  const en = lang === 'en';
  const item = state.lookup(c.key);
  const parts: string[] = [];
  if (item) {
    parts.push(citationMarkdown(item));
    const v = validityText(item, lang);
    if (v) parts.push(`${en ? 'Validity' : 'Hiệu lực'}: ${md(v)}`);
    if (item.entry.thay_the_boi) {
      const rep = state.lookup(symbolKey(item.entry.thay_the_boi));
      if (rep) parts.push(`${en ? 'Replacement' : 'Văn bản thay thế'}: ${citationMarkdown(rep)}`);
    }
    const doubt = certaintyText(item, lang);
    if (doubt) parts.push(`_${md(doubt)}_`);
    parts.push(`${en ? 'Source' : 'Nguồn'}: ${md(sourceText(item, lang))}`);
    const link = lookupLink(item, lang);
    if (link) parts.push(link);
  } else {
    const d = c.date ? ` ngày ${c.date.text}` : '';
    parts.push(`**${md(c.type?.text ?? '')} ${c.so ? 'số ' : ''}${md(c.symbol.text)}**${md(d)}`);
    parts.push(en ? '_Not in any catalog._' : '_Chưa có trong danh mục nào._');
  }
  const occ = state.refs.occurrences(c.key);
  const byDoc = new Map<string, number[]>();
  for (const o of occ) {
    const lines = byDoc.get(o.doc.uri) ?? [];
    lines.push(o.doc.source.positionAt(o.citation.start).line + 1);
    byDoc.set(o.doc.uri, lines);
  }
  if (occ.length) {
    const head = en ? `Cited ${occ.length} time(s) in ${byDoc.size} document(s):` : `Được dẫn ${occ.length} lần trong ${byDoc.size} văn bản:`;
    const rows = [...byDoc.entries()].slice(0, MAX_HOVER_PLACES).map(([uri, lines]) => `- ${md(fileName(uri))}: ${en ? 'line' : 'dòng'} ${lines.join(', ')}`);
    if (byDoc.size > MAX_HOVER_PLACES) rows.push('- …');
    parts.push([head, ...rows].join('\n'));
  }
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: doc.source.rangeOf(c.start, c.headEnd) };
}

/** Definition of the citation at an offset. */
export function definitionAt(doc: VbhcDocument, offset: number, state: ReferenceState): Location[] {
  const c = citationAt(doc, offset);
  if (!c) return [];
  const item = state.catalogItem(c.key);
  if (item?.source === 'user' && item.location) return [item.location];
  const first = state.refs.firstFull(c.key);
  return first ? [occurrenceLocation(first)] : [];
}

/** Every citation of the symbol at an offset across the workspace (and its user-catalog entry when asked). */
export function referencesAt(doc: VbhcDocument, offset: number, state: ReferenceState, includeDeclaration: boolean): Location[] {
  const c = citationAt(doc, offset);
  if (!c) return [];
  const out: Location[] = [];
  const item = state.catalogItem(c.key);
  if (includeDeclaration && item?.source === 'user' && item.location) out.push(item.location);
  for (const o of state.refs.occurrences(c.key)) out.push({ uri: o.doc.uri, range: o.doc.source.rangeOf(o.citation.symbol.start, o.citation.symbol.end) });
  return out;
}

/** Cited documents of the workspace whose name, issuer or subject contains the query (diacritics and case ignored). */
export function workspaceSymbols(query: string, state: ReferenceState): WorkspaceSymbolLike[] {
  const q = fold(query.trim());
  const out: WorkspaceSymbolLike[] = [];
  const idx = state.refs;
  for (const key of [...idx.keys()].sort()) {
    const occ = idx.occurrences(key);
    if (occ.length === 0) continue;
    const anchor = occ.find((o) => o.citation.date) ?? occ[0];
    const item: CatalogItem | undefined = state.lookup(key);
    const c = anchor.citation;
    const typeName = item?.entry.loai || (c.type && !c.type.type.generic ? c.type.type.name : '');
    const name = `${typeName ? `${typeName} số ` : ''}${c.symbol.text}`;
    const date = citationDate(item?.entry.ngay) ?? c.date?.text;
    const container = [date, item?.entry.co_quan || c.issuer?.text].filter(Boolean).join(' — ');
    if (q && !fold(`${name} ${container} ${item?.entry.trich_yeu ?? c.subject?.text ?? ''}`).includes(q)) continue;
    out.push({ name, kind: SYMBOL_KIND.File, location: occurrenceLocation(anchor), containerName: container || undefined });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
  }
  return out;
}
