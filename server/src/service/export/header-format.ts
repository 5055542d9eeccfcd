/**
 * The printed words of the header and the closing block, derived from the
 * front matter (dialect §1): `Số: 05/BC-SKHCN`, `Quảng Ngãi, ngày 05 tháng 01
 * năm 2025`, the type name in capitals, Kính gửi and Nơi nhận lines, the
 * signer, and the độ mật / độ khẩn / draft marks. Pure text; the .docx and
 * HTML writers decide how it looks. Rules: layout.md §2 (ô 1–12), §6, §8, §9.
 */
import type { VbhcDocument } from '../model/document';
import { docTypeByCode, CONG_VAN } from '../data/doc-types';
import { msg, type Msg } from '../i18n';
import { FIXED_TEXT } from './layout-constants';
import { printable } from './render-model';

/** Blank left for the clerk where a number or a date part is not known yet (drafts). */
export const BLANK = '\u00a0'.repeat(6);

/** Upper case with Vietnamese rules. */
export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** A number below 10 gets a leading zero (PL I §II.3, §II.4: `05`, not `5`). */
export function padNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Day of the date line: 01–09 padded (PL I §II.4). */
export function formatDay(day: number): string {
  return padNumber(day);
}

/** Month of the date line: 01 and 02 padded, 3–12 not (PL I §II.4; layout.md §9). */
export function formatMonth(month: number): string {
  return month <= 2 ? padNumber(month) : String(month);
}

/**
 * The registration number as printed: `05` for 5, as written for other
 * text, blank space when empty (a draft: the number is given after signing).
 */
export function formatSoNumber(so: unknown): string {
  if (typeof so === 'number' && Number.isInteger(so) && so >= 0) return padNumber(so);
  if (typeof so !== 'string') return BLANK;
  const t = so.trim();
  if (t === '') return BLANK;
  return /^\d+$/.test(t) ? padNumber(Number(t)) : t;
}

/**
 * `Số: 05/BC-SKHCN`; công văn `Số: 05/SKHCN-VP` (the symbol is the issuer
 * part only). Unknown parts are left blank.
 */
export function formatSoKyHieu(so: unknown, loai: string | undefined, kyHieu: string | undefined): string {
  return `${FIXED_TEXT.SO_LABEL} ${formatSoNumber(so)}/${documentSymbol(loai, kyHieu?.trim() || BLANK)}`;
}

/** The symbol after the number: `BC-SKHCN`; of a công văn (or a document of no type), the agency's part alone. */
export function documentSymbol(loai: string | undefined, agency: string): string {
  return !loai || loai === CONG_VAN.code ? agency : `${loai}-${agency}`;
}

/** A date that may be partial (`ngay: 2025-05` or `2025`). */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * `Quảng Ngãi, ngày 05 tháng 01 năm 2025`. Missing parts (a partial `ngay`,
 * an absent place) are printed as blank space for the clerk.
 */
export function formatDateLine(diaDanh: string | undefined, date: PartialDate | undefined): string {
  const place = diaDanh?.trim() || BLANK;
  const d = date?.day !== undefined ? formatDay(date.day) : BLANK;
  const m = date?.month !== undefined ? formatMonth(date.month) : BLANK;
  const y = date?.year !== undefined ? String(date.year) : BLANK;
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/** Strips a leading `- ` and a trailing `;` / `.` / `,` the user may have typed. */
export function bareItem(s: string): string {
  return s.trim().replace(/^[-+–]\s*/, '').replace(/\s*[;.,]+$/, '').trim();
}

/** Nơi nhận lines: `- Sở Nội vụ;` … the last one ends with `.` (PL I §II.9; layout.md §6). */
export function formatRecipientLines(items: readonly string[]): string[] {
  const clean = items.map(bareItem).filter((s) => s !== '');
  return clean.map((s, i) => `- ${s}${i === clean.length - 1 ? '.' : ';'}`);
}

/** Everything printed around the body, as text. */
export interface DocumentParts {
  /** `du_thao: true`: the draft mark. */
  draftMark?: string;
  /** Parent agency (upper case), when given. */
  coQuanChuQuan?: string;
  /** Issuing agency (upper case). Blank when absent. */
  coQuan: string;
  soKyHieu: string;
  /** Công văn: the subject line `V/v …` under Số (ô 5b). */
  vv?: string;
  /** Độ mật / độ khẩn marks (upper case). */
  marks: string[];
  quocHieu: string;
  tieuNgu: string;
  dateLine: string;
  /** Type name in capitals (not for công văn). */
  tenLoai?: string;
  /** Subject line under the type name (not for công văn). */
  trichYeu?: string;
  /** Kính gửi recipients (bare), when `kinh_gui` is set. */
  kinhGui: string[];
  /** Nơi nhận lines, formatted. */
  noiNhan: string[];
  /** Authority lines (`KT. GIÁM ĐỐC`; `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`), upper case, each printed on its own line. */
  quyenHan: string[];
  /** Title of the signer, upper case. */
  chucVu?: string;
  /** Signer's name as written. */
  hoTen?: string;
  /** Problems met while reading the front matter (line numbers 1-based). */
  notes: Msg[];
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => !!x);
  const s = str(v);
  return s ? [s] : [];
}

/** Reads `ngay` leniently for printing: full, month or year, whatever is readable. */
function printableDate(doc: VbhcDocument): PartialDate | undefined {
  if (doc.date) return doc.date;
  const raw = doc.frontMatter?.data.ngay;
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '');
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : undefined;
  return { year: Number(m[1]), month: month && month >= 1 && month <= 12 ? month : undefined };
}

/** Derives the printed header and closing texts of a document (only printable characters). */
export function documentParts(doc: VbhcDocument): DocumentParts {
  const parts = rawParts(doc);
  const clean = (v: string | undefined) => (v === undefined ? undefined : printable(v));
  return {
    ...parts,
    draftMark: clean(parts.draftMark),
    coQuanChuQuan: clean(parts.coQuanChuQuan),
    coQuan: printable(parts.coQuan),
    soKyHieu: printable(parts.soKyHieu),
    vv: clean(parts.vv),
    marks: parts.marks.map(printable),
    dateLine: printable(parts.dateLine),
    tenLoai: clean(parts.tenLoai),
    trichYeu: clean(parts.trichYeu),
    kinhGui: parts.kinhGui.map(printable),
    noiNhan: parts.noiNhan.map(printable),
    quyenHan: parts.quyenHan.map(printable),
    chucVu: clean(parts.chucVu),
    hoTen: clean(parts.hoTen),
    notes: parts.notes.map((n) => ({ vi: printable(n.vi), en: printable(n.en) })),
  };
}

function rawParts(doc: VbhcDocument): DocumentParts {
  const data = doc.frontMatter?.data ?? {};
  const notes: Msg[] = [];
  if (!doc.frontMatter) {
    notes.push(msg('Dòng 1: văn bản không có phần khai báo (---), phần đầu và phần ký để trống.', 'Line 1: the document has no front matter (---); the header and signature block are left blank.'));
  } else if (doc.frontMatter.errors.length > 0) {
    notes.push(msg('Dòng 1: phần khai báo YAML có lỗi, các mục không đọc được để trống.', 'Line 1: the YAML front matter has errors; unreadable fields are left blank.'));
  }
  const loai = doc.loai;
  const type = loai ? docTypeByCode(loai) : undefined;
  if (loai && !type) notes.push(msg(`Dòng 1: loại văn bản "${loai}" không có trong Phụ lục III, tên loại in theo mã.`, `Line 1: document type "${loai}" is not in Appendix III; the type name is printed as the code.`));
  const isCongVan = loai === CONG_VAN.code;
  const ky = (data.ky && typeof data.ky === 'object' ? data.ky : {}) as Record<string, unknown>;
  const trichYeu = str(data.trich_yeu);
  const marks = [str(data.do_mat), str(data.do_khan)].filter((x): x is string => !!x).map(upper);
  const rawDate = data.ngay;
  if (rawDate !== undefined && rawDate !== null && !doc.date && str(rawDate)) {
    notes.push(msg(`Dòng 1: ngày "${String(rawDate)}" không đúng dạng YYYY-MM-DD, phần không đọc được để trống.`, `Line 1: date "${String(rawDate)}" is not YYYY-MM-DD; unreadable parts are left blank.`));
  }
  return {
    draftMark: data.du_thao === true ? FIXED_TEXT.DU_THAO : undefined,
    coQuanChuQuan: str(data.co_quan_chu_quan) ? upper(str(data.co_quan_chu_quan)!) : undefined,
    coQuan: str(data.co_quan) ? upper(str(data.co_quan)!) : BLANK,
    soKyHieu: formatSoKyHieu(data.so, loai, doc.kyHieu),
    vv: isCongVan && trichYeu ? `V/v ${trichYeu.replace(/^V\/v\s*/i, '')}` : undefined,
    marks,
    quocHieu: FIXED_TEXT.QUOC_HIEU,
    tieuNgu: FIXED_TEXT.TIEU_NGU,
    dateLine: formatDateLine(str(data.dia_danh), printableDate(doc)),
    tenLoai: isCongVan ? undefined : upper(type?.name ?? loai ?? BLANK),
    trichYeu: isCongVan ? undefined : trichYeu,
    kinhGui: list(data.kinh_gui).map(bareItem).filter(Boolean),
    noiNhan: formatRecipientLines(list(data.noi_nhan)),
    quyenHan: list(ky.quyen_han).map(upper),
    chucVu: str(ky.chuc_vu) ? upper(str(ky.chuc_vu)!) : undefined,
    hoTen: str(ky.ho_ten),
    notes,
  };
}

/**
 * Kính gửi lines (PL I §II.9): one recipient on the label's line; several
 * each on its own line, `- …;`, the last ending with `.`.
 */
export function formatKinhGui(items: readonly string[]): { single?: string; lines: string[] } {
  if (items.length === 0) return { lines: [] };
  if (items.length === 1) return { single: `${FIXED_TEXT.KINH_GUI_LABEL} ${items[0]}`, lines: [] };
  return { lines: formatRecipientLines(items) };
}
