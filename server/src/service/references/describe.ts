/**
 * Words shared by completion, hover and the pick list: validity, source and
 * the one-line description of a catalogued document, in both UI languages.
 */
import type { Lang } from '../types';
import type { CatalogItem } from './catalog';
import { UNCERTAIN } from './builtin-data';
import { citationDate, subjectWithLead } from './citation-format';

/** `còn hiệu lực`, `hết hiệu lực — thay bằng …`, … (empty when unknown). */
export function validityText(it: CatalogItem, lang: Lang): string {
  const e = it.entry;
  const by = [e.thay_the_boi?.trim(), ...(e.also_replaced_by ?? [])].filter(Boolean).join(', ');
  if (lang === 'en') {
    if (by) return `no longer in force — replaced by ${by}`;
    return e.hieu_luc === 'con' ? (e.partly ? 'in force, partly repealed' : 'in force') : e.hieu_luc === 'het' ? 'no longer in force' : '';
  }
  if (by) return `hết hiệu lực — thay bằng ${by}`;
  return e.hieu_luc === 'con' ? (e.partly ? 'còn hiệu lực, một phần đã bị bãi bỏ' : 'còn hiệu lực') : e.hieu_luc === 'het' ? 'hết hiệu lực' : '';
}

/** True when the entry's facts are sure enough to ground a diagnostic (a clean record, or a user's own catalog). */
export function isCertain(it: CatalogItem): boolean {
  return it.source !== 'learned' && !it.entry.uncertain;
}

/** Why a built-in entry is less certain, in words (empty for a clean one). */
export function certaintyText(it: CatalogItem, lang: Lang): string {
  const bits = it.entry.uncertain ?? 0;
  if (!bits) return '';
  const en = lang === 'en';
  const why: string[] = [];
  if (bits & UNCERTAIN.singleSource) why.push(en ? 'known from a single source' : 'chỉ thấy ở một nguồn');
  if (bits & UNCERTAIN.disagreement) why.push(en ? 'sources disagree' : 'các nguồn ghi khác nhau');
  if (bits & UNCERTAIN.webOnly) why.push(en ? 'known only from web copies' : 'chỉ có từ bản đăng trên trang web');
  if (bits & UNCERTAIN.title) why.push(en ? 'the title may be cut short' : 'trích yếu có thể chưa đủ');
  if (bits & UNCERTAIN.ambiguous) why.push(en ? 'another document has the same symbol' : 'có văn bản khác cùng số, ký hiệu');
  return en ? `less certain: ${why.join('; ')} — check the original` : `ít chắc chắn: ${why.join('; ')} — hãy đối chiếu văn bản gốc`;
}

/** Where an item comes from, in words a user can read. */
export function sourceText(it: CatalogItem, lang: Lang): string {
  const en = lang === 'en';
  const nguon = it.entry.nguon?.trim();
  if (it.source === 'learned') {
    const loc = it.location;
    if (loc) return en ? `learned from ${fileName(loc.uri)}, line ${loc.range.start.line + 1}` : `học từ văn bản ${fileName(loc.uri)}, dòng ${loc.range.start.line + 1}`;
    return nguon ?? (en ? 'learned from the workspace' : 'học từ văn bản trong thư mục');
  }
  if (it.source === 'user') {
    const name = it.location ? fileName(it.location.uri) : '';
    const origin = en ? `agency catalog: ${name}` : `danh mục của cơ quan: ${name}`;
    return nguon ? `${origin} — ${nguon}` : origin;
  }
  const origin = en ? 'built-in catalog' : 'danh mục có sẵn';
  return nguon ? `${origin} — ${nguon}` : origin;
}

/** A markdown link to look the document up on vbpl.vn, when its ItemID is known. */
export function lookupLink(it: CatalogItem, lang: Lang): string {
  const id = it.entry.vbpl?.[0];
  if (!id || !/^\d+$/.test(id)) return '';
  return `[${lang === 'en' ? 'Look it up on vbpl.vn' : 'Tra cứu trên vbpl.vn'}](${VBPL_ITEM}${id})`;
}

/** The vbpl.vn page of a document by ItemID. */
export const VBPL_ITEM = 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=';

/** A file's name from its URI. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** `26/11/2021 — Thủ tướng Chính phủ`. */
export function shortDescription(it: CatalogItem): string {
  return [citationDate(it.entry.ngay), it.entry.co_quan?.trim()].filter(Boolean).join(' — ');
}

/** The full citation in markdown: `**Chỉ thị số 33/CT-TTg** ngày … của … về …`. */
export function citationMarkdown(it: CatalogItem): string {
  const e = it.entry;
  const parts = [`**${md(e.loai ? `${e.loai} số` : 'Số')} ${md(e.so_ky_hieu)}**`];
  const d = citationDate(e.ngay);
  if (d) parts.push(`ngày ${d}`);
  if (e.co_quan?.trim()) parts.push(`của ${md(e.co_quan.trim())}`);
  const s = subjectWithLead(e.trich_yeu);
  if (s) parts.push(md(s));
  return parts.join(' ');
}

/** Escapes markdown's special characters in user text. */
export function md(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
