/**
 * The printed words of the header and the closing block, derived from the
 * front matter (dialect §1): `Số: 05/BC-SKHCN`, `Quảng Ngãi, ngày 05 tháng 01
 * năm 2025`, the type name in capitals, Kính gửi and Nơi nhận lines, the
 * signer, and the độ mật / độ khẩn / draft marks. Pure text; the .docx and
 * HTML writers decide how it looks. Rules: layout.md §2 (ô 1–12), §6, §8, §9.
 */
import type { VbhcDocument } from '../model/document';
import { BUILT_IN_TYPES, docTypeByCode, layoutVariantOf, type DocTypeTable } from '../data/doc-types';
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
export function formatSoKyHieu(so: unknown, loai: string | undefined, kyHieu: string | undefined, types: DocTypeTable = BUILT_IN_TYPES): string {
  return `${FIXED_TEXT.SO_LABEL} ${formatNumberSymbol(so, loai, kyHieu, types)}`;
}

/** `05/BC-SKHCN` (công văn `05/SKHCN-VP`), unknown parts blank. */
function formatNumberSymbol(so: unknown, loai: string | undefined, kyHieu: string | undefined, types: DocTypeTable): string {
  return `${formatSoNumber(so)}/${documentSymbol(loai, kyHieu?.trim() || BLANK, types)}`;
}

/** The symbol after the number: `BC-SKHCN`; of a công văn (or a document of no type), the agency's part alone. */
export function documentSymbol(loai: string | undefined, agency: string, types?: DocTypeTable): string {
  return !loai || layoutVariantOf(loai, types) === 'cong-van' ? agency : `${loai}-${agency}`;
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
  return `${place}, ${formatDate(date)}`;
}

/** `ngày 05 tháng 01 năm 2025`, missing parts blank. */
function formatDate(date: PartialDate | undefined): string {
  const d = date?.day !== undefined ? formatDay(date.day) : BLANK;
  const m = date?.month !== undefined ? formatMonth(date.month) : BLANK;
  const y = date?.year !== undefined ? String(date.year) : BLANK;
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * An agency name as running text writes it (Decree 30/2020/NĐ-CP Appendix
 * II §6: the words for the kind of body and for its field capitalised,
 * administrative units in lower case before their place name):
 * `SỞ KHOA HỌC VÀ CÔNG NGHỆ` → `Sở Khoa học và Công nghệ`, `ỦY BAN NHÂN DÂN
 * TỈNH QUẢNG NGÃI` → `Ủy ban nhân dân tỉnh Quảng Ngãi`. Only the shapes
 * below are rewritten; any other name written in capitals, and any name
 * written in mixed case, is printed as written.
 */
export function agencyInText(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  if (t !== upper(t)) return t;
  return agencyWords(t) ?? t;
}

/** Collective bodies whose name is a fixed phrase in lower case after its first word. */
const COLLECTIVE_BODIES = ['ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'];
/** Kinds of body followed by the name of their field (every field word capitalised after `và`, `,` and `-`). */
const FIELD_BODIES = ['SỞ', 'BỘ'];
/** Kinds of body followed by another body's name (`VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH …`). */
const OFFICE_OF = ['VĂN PHÒNG'];
/** Administrative units: lower case, then the place name with every syllable capitalised. */
const ADMIN_UNITS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG'];

const lowerVi = (s: string) => s.toLocaleLowerCase('vi');
/** A word after which a field name starts again with a capital: `VÀ`, a dash, a word ending in a comma. */
const isConnective = (w: string) => /^(VÀ|-|–)$/.test(w) || w.endsWith(',');
const capitalise = (w: string) => upper(w.charAt(0)) + lowerVi(w.slice(1));
const startsWithPhrase = (t: string, phrase: string) => t === phrase || t.startsWith(`${phrase} `);

function agencyWords(t: string): string | undefined {
  for (const c of COLLECTIVE_BODIES) if (startsWithPhrase(t, c)) return withPlace(capitalise(lowerVi(c)), t.slice(c.length).trim());
  for (const o of OFFICE_OF) {
    if (!startsWithPhrase(t, o)) continue;
    const rest = agencyWords(t.slice(o.length).trim());
    return rest ? `${capitalise(lowerVi(o))} ${rest}` : undefined;
  }
  for (const k of FIELD_BODIES) {
    if (!startsWithPhrase(t, k) || t === k) continue;
    const words = t.slice(k.length).trim().split(' ');
    // A unit word after a connective belongs to the field (`… VÀ XÃ HỘI`), not to a place.
    const unit = words.findIndex((_, i) => i > 0 && !isConnective(words[i - 1]) && ADMIN_UNITS.some((u) => startsWithPhrase(words.slice(i).join(' '), u)));
    const field = (unit < 0 ? words : words.slice(0, unit)).map((w, i, all) => (i === 0 || isConnective(all[i - 1]) ? capitalise(w) : lowerVi(w)));
    if (field.length === 0) return undefined;
    const head = `${capitalise(k)} ${field.join(' ')}`;
    return unit < 0 ? head : withPlace(head, words.slice(unit).join(' '));
  }
  return undefined;
}

/** A body's name followed by `TỈNH QUẢNG NGÃI`: the unit in lower case, the place name capitalised. */
function withPlace(head: string, rest: string): string | undefined {
  if (rest === '') return head;
  const unit = ADMIN_UNITS.find((u) => startsWithPhrase(rest, u));
  if (!unit) return undefined;
  const place = rest.slice(unit.length).trim();
  if (place === '') return undefined;
  return `${head} ${lowerVi(unit)} ${place.split(' ').map(capitalise).join(' ')}`;
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
  /** Quyết định: the issuing authority printed above the căn cứ (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`). */
  thamQuyen?: string;
  /** The line under an appendix's title: `(Kèm theo Kế hoạch số 07/KH-SKHCN ngày 15 tháng 01 năm 2025 của Sở …)`. */
  kemTheo: string;
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

/** Derives the printed header and closing texts of a document (only printable characters), laid out as the table of document types says. */
export function documentParts(doc: VbhcDocument, types: DocTypeTable = BUILT_IN_TYPES): DocumentParts {
  const parts = rawParts(doc, types);
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
    thamQuyen: clean(parts.thamQuyen),
    kemTheo: printable(parts.kemTheo),
    kinhGui: parts.kinhGui.map(printable),
    noiNhan: parts.noiNhan.map(printable),
    quyenHan: parts.quyenHan.map(printable),
    chucVu: clean(parts.chucVu),
    hoTen: clean(parts.hoTen),
    notes: parts.notes.map((n) => ({ vi: printable(n.vi), en: printable(n.en) })),
  };
}

function rawParts(doc: VbhcDocument, types: DocTypeTable): DocumentParts {
  const data = doc.frontMatter?.data ?? {};
  const notes: Msg[] = [];
  if (!doc.frontMatter) {
    notes.push(msg('Dòng 1: văn bản không có phần khai báo (---), phần đầu và phần ký để trống.', 'Line 1: the document has no front matter (---); the header and signature block are left blank.'));
  } else if (doc.frontMatter.errors.length > 0) {
    notes.push(msg('Dòng 1: phần khai báo YAML có lỗi, các mục không đọc được để trống.', 'Line 1: the YAML front matter has errors; unreadable fields are left blank.'));
  }
  const loai = doc.loai;
  const type = loai ? docTypeByCode(loai, types) : undefined;
  if (loai && !type) notes.push(msg(`Dòng 1: loại văn bản "${loai}" không có trong Phụ lục III, tên loại in theo mã.`, `Line 1: document type "${loai}" is not in Appendix III; the type name is printed as the code.`));
  const variant = layoutVariantOf(loai, types);
  const isCongVan = variant === 'cong-van';
  const ky = (data.ky && typeof data.ky === 'object' ? data.ky : {}) as Record<string, unknown>;
  const trichYeu = str(data.trich_yeu);
  const marks = [str(data.do_mat), str(data.do_khan)].filter((x): x is string => !!x).map(upper);
  const rawDate = data.ngay;
  if (rawDate !== undefined && rawDate !== null && !doc.date && str(rawDate)) {
    notes.push(msg(`Dòng 1: ngày "${String(rawDate)}" không đúng dạng YYYY-MM-DD, phần không đọc được để trống.`, `Line 1: date "${String(rawDate)}" is not YYYY-MM-DD; unreadable parts are left blank.`));
  }
  const quyenHan = list(ky.quyen_han).map(upper);
  const chucVu = str(ky.chuc_vu) ? upper(str(ky.chuc_vu)!) : undefined;
  const coQuan = str(data.co_quan);
  const typeName = type?.name ?? loai ?? BLANK;
  const agency = coQuan ? agencyInText(coQuan) : BLANK;
  return {
    draftMark: data.du_thao === true ? FIXED_TEXT.DU_THAO : undefined,
    coQuanChuQuan: str(data.co_quan_chu_quan) ? upper(str(data.co_quan_chu_quan)!) : undefined,
    coQuan: str(data.co_quan) ? upper(str(data.co_quan)!) : BLANK,
    soKyHieu: formatSoKyHieu(data.so, loai, doc.kyHieu, types),
    vv: isCongVan && trichYeu ? `V/v ${trichYeu.replace(/^V\/v\s*/i, '')}` : undefined,
    marks,
    quocHieu: FIXED_TEXT.QUOC_HIEU,
    tieuNgu: FIXED_TEXT.TIEU_NGU,
    dateLine: formatDateLine(str(data.dia_danh), printableDate(doc)),
    tenLoai: isCongVan ? undefined : upper(type?.name ?? loai ?? BLANK),
    trichYeu: isCongVan ? undefined : trichYeu,
    thamQuyen: variant === 'quyet-dinh' ? issuingAuthority(quyenHan, chucVu, coQuan ? upper(coQuan) : undefined) : undefined,
    kemTheo: `(Kèm theo ${typeName} số ${formatNumberSymbol(data.so, loai, doc.kyHieu, types)} ${formatDate(printableDate(doc))} của ${agency})`,
    kinhGui: list(data.kinh_gui).map(bareItem).filter(Boolean),
    noiNhan: formatRecipientLines(list(data.noi_nhan)),
    quyenHan,
    chucVu,
    hoTen: str(ky.ho_ten),
    notes,
  };
}

/**
 * The issuing authority of a quyết định (Appendix III, Mẫu 1.2 note 6): the
 * head's title and the body's name when the head decides (`KT. CHỦ TỊCH` of
 * `ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI` → `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG
 * NGÃI`; no prefix: the signer is the head, `GIÁM ĐỐC SỞ …`); the body's
 * name when the collective decides (`TM. ỦY BAN NHÂN DÂN`).
 */
export function issuingAuthority(quyenHan: readonly string[], chucVu: string | undefined, coQuan: string | undefined): string | undefined {
  const first = quyenHan[0]?.trim();
  const prefix = first ? /^(TM|KT|Q|TL|TUQ)\.\s*/u.exec(first) : null;
  const withBody = (title: string) => (!coQuan || title.includes(coQuan) ? title : `${title} ${coQuan}`);
  if (prefix?.[1] === 'TM') {
    const collective = first!.slice(prefix[0].length).trim();
    return coQuan && (coQuan.startsWith(collective) || collective === '') ? coQuan : collective || undefined;
  }
  if (prefix) {
    const title = first!.slice(prefix[0].length).trim();
    return title ? withBody(title) : undefined;
  }
  if (first) return withBody(first);
  return chucVu ? withBody(chucVu) : coQuan;
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
