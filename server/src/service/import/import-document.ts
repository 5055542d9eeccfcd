/**
 * The mapping of an imported file into a `*.vbhc.md` text: front matter
 * from the header and closing lines (header.ts), body from the blocks
 * (markdown-writer.ts). A required key whose text is not found is written as
 * a `«…»` placeholder, so `draft.placeholder` points at it; nothing is
 * invented and the text is kept as it was (import is not correction: the
 * checks run after it).
 */
import { readClosing, readHeader, type ClosingFacts, type HeaderFacts } from './header';
import { bodyMarkdown } from './markdown-writer';
import { fillIn } from '../text/placeholders';
import type { ImportNote, ImportSource } from './types';

/** Fill-ins of the required keys not found (dialect §1), worded as the skeletons word them. */
export const IMPORT_PLACEHOLDER = {
  loai: fillIn('Mã loại văn bản'),
  co_quan: fillIn('TÊN CƠ QUAN BAN HÀNH'),
  ky_hieu: fillIn('KÝ HIỆU'),
  dia_danh: fillIn('Địa danh'),
  ngay: fillIn('Ngày ký'),
  trich_yeu: fillIn('Trích yếu nội dung'),
  noi_nhan: fillIn('Nơi nhận'),
  chuc_vu: fillIn('CHỨC VỤ NGƯỜI KÝ'),
  ho_ten: fillIn('Họ và tên'),
} as const;

/** The result of an import. */
export interface ImportResult {
  /** The `*.vbhc.md` text. */
  text: string;
  /** Keys written as placeholders because the file did not show them. */
  missing: string[];
  notes: ImportNote[];
}

/** A YAML scalar: double-quoted (JSON's escapes are YAML's), dates of the dialect bare. */
function scalar(v: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return JSON.stringify(v);
}

/** The front matter text of the facts found (placeholders for required keys not found). */
export function frontMatterText(h: HeaderFacts, c: ClosingFacts, missing: string[]): string {
  const lines: string[] = ['---'];
  const put = (key: string, value: string | undefined, placeholder?: string, indent = '') => {
    if (value === undefined && placeholder === undefined) return;
    if (value === undefined) missing.push(indent ? `ky.${key}` : key);
    lines.push(`${indent}${key}: ${key === 'loai' && value ? value : scalar(value ?? placeholder!)}`);
  };
  put('loai', h.loai, IMPORT_PLACEHOLDER.loai);
  put('co_quan_chu_quan', h.coQuanChuQuan);
  put('co_quan', h.coQuan, IMPORT_PLACEHOLDER.co_quan);
  put('ky_hieu', h.kyHieu, IMPORT_PLACEHOLDER.ky_hieu);
  // A number is written as one (the exporter prints `05` for 5 again); other text as text.
  const so = h.so ?? '';
  lines.push(`so: ${/^\d{1,9}$/.test(so) ? String(Number(so)) : JSON.stringify(so)}`);
  put('dia_danh', h.diaDanh, IMPORT_PLACEHOLDER.dia_danh);
  put('ngay', h.ngay, IMPORT_PLACEHOLDER.ngay);
  put('trich_yeu', h.trichYeu, h.loai === 'CV' ? undefined : IMPORT_PLACEHOLDER.trich_yeu);
  if (h.kinhGui?.length === 1) lines.push(`kinh_gui: ${scalar(h.kinhGui[0])}`);
  else if (h.kinhGui?.length) lines.push('kinh_gui:', ...h.kinhGui.map((k) => `  - ${scalar(k)}`));
  if (!c.noiNhan?.length) missing.push('noi_nhan');
  lines.push('noi_nhan:', ...(c.noiNhan?.length ? c.noiNhan : [IMPORT_PLACEHOLDER.noi_nhan]).map((k) => `  - ${scalar(k)}`));
  lines.push('ky:');
  if (c.quyenHan?.length === 1) lines.push(`  quyen_han: ${scalar(c.quyenHan[0])}`);
  else if (c.quyenHan?.length) lines.push('  quyen_han:', ...c.quyenHan.map((q) => `    - ${scalar(q)}`));
  put('chuc_vu', c.chucVu, IMPORT_PLACEHOLDER.chuc_vu, '  ');
  put('ho_ten', c.hoTen, IMPORT_PLACEHOLDER.ho_ten, '  ');
  lines.push('---');
  return lines.join('\n');
}

/**
 * Maps what a reader found to the dialect. `wrappedLines`: the head's lines
 * are visual lines of a copied text (a subject may run over several), not
 * paragraphs.
 */
export function assembleDocument(src: ImportSource, wrappedLines: boolean): ImportResult {
  const notes = [...src.notes];
  const { facts } = readHeader(src.head, src.headTable, wrappedLines);
  const closing = readClosing(src.closing);
  const missing: string[] = [];
  const front = frontMatterText(facts, closing, missing);
  const body = bodyMarkdown(src.body, src.footnotes, notes);
  return { text: `${front}\n\n${body}${body ? '\n' : ''}`, missing, notes };
}
