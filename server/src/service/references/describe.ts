/**
 * Words shared by completion, hover and the pick list: validity, source and
 * the one-line description of a catalogued document, in both UI languages.
 */
import type { Lang } from '../types';
import type { CatalogItem } from './catalog';
import { citationDate, subjectWithLead } from './citation-format';

/** `còn hiệu lực`, `hết hiệu lực — thay thế bởi …`, … (empty when unknown). */
export function validityText(it: CatalogItem, lang: Lang): string {
  const e = it.entry;
  const by = e.thay_the_boi?.trim();
  if (lang === 'en') {
    if (by) return `replaced by ${by}`;
    return e.hieu_luc === 'con' ? 'in force' : e.hieu_luc === 'het' ? 'no longer in force' : '';
  }
  if (by) return `đã được thay thế bởi ${by}`;
  return e.hieu_luc === 'con' ? 'còn hiệu lực' : e.hieu_luc === 'het' ? 'hết hiệu lực' : '';
}

/** Where an item comes from. */
export function sourceText(it: CatalogItem, lang: Lang): string {
  const name = it.location ? decodeURIComponent(it.location.uri.slice(it.location.uri.lastIndexOf('/') + 1)) : '';
  const origin =
    it.source === 'builtin'
      ? lang === 'en' ? 'built-in catalog' : 'danh mục có sẵn'
      : it.source === 'user'
        ? lang === 'en' ? `catalog ${name}` : `danh mục ${name}`
        : lang === 'en' ? `learned from ${name}` : `học từ ${name}`;
  const nguon = it.source !== 'learned' && it.entry.nguon ? ` (${lang === 'en' ? 'source' : 'nguồn'}: ${it.entry.nguon})` : '';
  return origin + nguon;
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
