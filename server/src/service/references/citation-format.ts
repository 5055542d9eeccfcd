/**
 * How a catalogued document is written in prose: the full form of its first
 * citation (`số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về …`), the
 * short form of later ones (`số 33/CT-TTg`), and dates as citations write
 * them (`26/11/2021`; days below 10 and the months 1 and 2 with a leading
 * zero, as Decree 30/2020/NĐ-CP Appendix I §II.4 prints dates).
 */
import type { CatalogEntry } from './catalog-entry';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** `2021-11-26` → `26/11/2021`; undefined when the value is no date. */
export function citationDate(ngay: string | undefined): string | undefined {
  const m = ngay ? ISO_DATE.exec(ngay.trim()) : null;
  if (!m) return undefined;
  return formatDmy(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Day, month and year as a citation writes them. */
export function formatDmy(day: number, month: number, year: number): string {
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${dd}/${mm}/${year}`;
}

/** `{day, month, year}` of an ISO date, or undefined. */
export function isoParts(ngay: string | undefined): { day: number; month: number; year: number } | undefined {
  const m = ngay ? ISO_DATE.exec(ngay.trim()) : null;
  return m ? { day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) } : undefined;
}

/** The subject with its lead word (`về …`, `ban hành …`, `sửa đổi, bổ sung …`); `về` is added when it has none. */
export function subjectWithLead(trichYeu: string | undefined): string | undefined {
  const t = trichYeu?.trim();
  if (!t) return undefined;
  return /^(về|ban hành|phê duyệt|quy định|hướng dẫn|sửa đổi|bổ sung|bãi bỏ|thay thế)[\s,]/iu.test(t) ? t : `về ${t}`;
}

/** The full form after the type name: `số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về …`. */
export function fullForm(e: CatalogEntry): string {
  const parts = [`số ${e.so_ky_hieu}`];
  const d = citationDate(e.ngay);
  if (d) parts.push(`ngày ${d}`);
  if (e.co_quan?.trim()) parts.push(`của ${e.co_quan.trim()}`);
  const s = subjectWithLead(e.trich_yeu);
  if (s) parts.push(s);
  return parts.join(' ');
}

/** The short form after the type name: `số 33/CT-TTg`. */
export function shortForm(e: CatalogEntry): string {
  return `số ${e.so_ky_hieu}`;
}

/** `Chỉ thị số 33/CT-TTg`; without a type name, `Số 33/CT-TTg` (the label of a catalog entry in completion and the pick list). */
export function citationLabel(e: CatalogEntry): string {
  return `${e.loai ? `${e.loai} số` : 'Số'} ${e.so_ky_hieu}`;
}
