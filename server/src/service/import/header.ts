/**
 * Reading the front matter back out of printed lines (dialect §1): the header
 * (agency lines, `Số: 15/BC-SKHCN`, `Quảng Ngãi, ngày 30 tháng 5 năm 2025`,
 * the type name and the subject under it, `Kính gửi:`) and the closing block
 * (`Nơi nhận:` and its items, the authority lines, the title and the name).
 * Values are taken as printed; nothing is invented: a key whose text is not
 * found is left out here and the caller writes a placeholder.
 */
import { ADMIN_DOC_TYPES, CONG_VAN, docTypeByCode } from '../data/doc-types';

/** What the header lines say. */
export interface HeaderFacts {
  loai?: string;
  coQuanChuQuan?: string;
  coQuan?: string;
  kyHieu?: string;
  /** `""` when the `Số:` line leaves the number blank (a draft). */
  so?: string;
  diaDanh?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date printed with blanks stays partial. */
  ngay?: string;
  trichYeu?: string;
  kinhGui?: string[];
}

/** What the closing lines say. */
export interface ClosingFacts {
  noiNhan?: string[];
  quyenHan?: string[];
  chucVu?: string;
  hoTen?: string;
}

/** National title and motto: printed by the exporter, never stored. */
const QUOC_HIEU = /C[ỘO]NG\s+H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/giu;
const TIEU_NGU = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/giu;
/** `Số: 15/BC-SKHCN`, `Số:    /BC-SKHCN`, `Số: 335/SKHCN-VP`. */
const SO_LINE = /Số\s*:\s*([^\s/]*)\s*\/\s*([^\s,;]+)/u;
/** `Quảng Ngãi, ngày 30 tháng 5 năm 2025`, day or month possibly blank. */
const DATE_LINE = /([^,]*?)\s*,\s*ngày\s*(\d{1,2})?\s*(?:[._…\u00a0]+\s*)?tháng\s*(\d{1,2})?\s*(?:[._…\u00a0]+\s*)?năm\s*(\d{4})/u;
const KINH_GUI = /^Kính\s+gửi\s*:?\s*(.*)$/iu;
const NOI_NHAN = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
/** Authority prefixes of the signature block (Decree 30 Appendix I §II.7). */
const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)(?:\.\s*|\s+)\p{Lu}/u;
/** An authority prefix glued after other text on one copied line. */
const AUTHORITY_INSIDE = /\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu})/u;
/** Dash item markers of printed lists. */
export const ITEM_MARKER = /^[-–—+•]\s*/u;
/** Lines that stand for a signature or a seal, not a name. */
const SIGNATURE_NOTE = /^[([]?\s*(?:đã\s+ký|ký\s+tên|ký,?\s+ghi\s+rõ|ký\s+và\s+đóng\s+dấu|chữ\s+ký|signed)[^)\]]*[)\]]?\.?$/iu;
/** A drawn rule typed as characters. */
const RULE_LINE = /^[\s_\-–—=.…*]+$/u;

/** Collapses runs of whitespace (values of the front matter are one line). */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** True when a line's letters are capitals (at least two letters, none lower case). */
export function isCapitalsLine(s: string): boolean {
  const letters = s.match(/\p{L}/gu);
  return !!letters && letters.length >= 2 && !/\p{Ll}/u.test(s);
}

/** The type whose printed name (in capitals) the line is, e.g. `BÁO CÁO` → BC. */
export function typeOfNameLine(line: string): string | undefined {
  const t = oneLine(line).toLocaleUpperCase('vi');
  if (!isCapitalsLine(oneLine(line))) return undefined;
  return ADMIN_DOC_TYPES.find((d) => d.name.toLocaleUpperCase('vi') === t)?.code;
}

/** Takes the national title and motto out of a line (a copy from a PDF may glue them to agency lines). */
function withoutFixedText(line: string): string {
  return line.replace(QUOC_HIEU, ' ').replace(TIEU_NGU, ' ');
}

/** Reads `Số: …/…`: number (blank → ""), type code and agency symbol. */
export function parseSoLine(line: string): { so: string; loai?: string; kyHieu?: string; rest: string } | undefined {
  const m = SO_LINE.exec(line);
  if (!m) return undefined;
  const number = /^[\d]+[\p{L}\d.-]*$/u.test(m[1]) ? m[1] : '';
  const symbol = m[2].replace(/[.;,]+$/u, '');
  const dash = symbol.indexOf('-');
  const head = dash > 0 ? symbol.slice(0, dash) : '';
  let loai: string | undefined;
  let kyHieu: string | undefined;
  if (head && docTypeByCode(head) && head !== CONG_VAN.code) {
    loai = head;
    kyHieu = symbol.slice(dash + 1) || undefined;
  } else {
    // No type code in front: a công văn, whose symbol is the issuer's part only.
    kyHieu = symbol || undefined;
  }
  return { so: number, loai, kyHieu, rest: (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).trim() };
}

/** Reads a date line: place and date (partial when the day or month is left blank). */
export function parseDateLine(line: string): { diaDanh?: string; ngay: string } | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const place = oneLine(m[1]);
  const year = m[4];
  const month = m[3] ? Number(m[3]) : undefined;
  const day = m[2] ? Number(m[2]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const ngay = month === undefined ? year : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { diaDanh: place || undefined, ngay };
}

/** An item of a printed list: its marker and the closing `;` / `.` taken off. */
export function bareListItem(line: string): string {
  return oneLine(line.replace(ITEM_MARKER, '').replace(/\s*[;.,]+$/u, ''));
}

/**
 * Splits agency lines into the parent agency and the issuing agency. One
 * line: the issuing agency. Two or more: the first is the parent, the rest
 * the issuer — unless a line ends or the next begins with a connecting word,
 * which marks one name wrapped over two lines.
 */
export function splitAgencies(lines: readonly string[]): { coQuanChuQuan?: string; coQuan?: string } {
  const joined: string[] = [];
  for (const raw of lines) {
    const l = oneLine(raw);
    if (!l) continue;
    const prev = joined[joined.length - 1];
    if (prev !== undefined && (/(?:\s(?:VÀ|CỦA|VỀ)|[,&-])$/u.test(prev) || /^(?:VÀ|CỦA|VỀ|&)\s/u.test(l))) joined[joined.length - 1] = `${prev} ${l}`;
    else joined.push(l);
  }
  if (joined.length === 0) return {};
  if (joined.length === 1) return { coQuan: joined[0] };
  return { coQuanChuQuan: joined[0], coQuan: joined.slice(1).join(' ') };
}

/**
 * Reads the header from its lines in reading order (a copied text, or a
 * header table's left column, right column, then the title paragraphs).
 * `left`/`right`, when given, are the header table's columns and decide the
 * agency lines; `lines` then holds what follows the table. Returns the facts
 * and how many of `lines` the header used (the body starts after them).
 */
export function readHeader(lines: readonly string[], table?: { left: readonly string[]; right: readonly string[] }, wrappedLines = true): { facts: HeaderFacts; used: number } {
  const facts: HeaderFacts = {};
  const agencyLines: string[] = [];
  let agencyOpen = true;
  let sawFixed = false;
  let sawVv = false;
  const take = (raw: string): 'so' | 'date' | 'fixed' | 'agency' | 'vv' | 'other' => {
    const hadFixed = QUOC_HIEU.test(raw) || TIEU_NGU.test(raw);
    QUOC_HIEU.lastIndex = 0;
    TIEU_NGU.lastIndex = 0;
    if (hadFixed) sawFixed = true;
    let line = withoutFixedText(raw);
    let kind: 'so' | 'date' | 'fixed' | 'agency' | 'vv' | 'other' = hadFixed ? 'fixed' : 'other';
    const so = facts.so === undefined ? parseSoLine(line) : undefined;
    if (so) {
      facts.so = so.so;
      if (so.loai) facts.loai = so.loai;
      if (so.kyHieu) facts.kyHieu = so.kyHieu;
      // What stood before `Số:` on a copied line is agency text; after it, the date line.
      line = so.rest;
      agencyOpen = false;
      kind = 'so';
    }
    const date = facts.ngay === undefined ? parseDateLine(line) : undefined;
    if (date) {
      facts.ngay = date.ngay;
      if (date.diaDanh) facts.diaDanh = date.diaDanh;
      return 'date';
    }
    const vv = /^V\/v\s+(.+)$/u.exec(oneLine(line));
    if (vv) {
      facts.trichYeu = vv[1];
      sawVv = true;
      return 'vv';
    }
    const rest = oneLine(line);
    if (agencyOpen && rest && !RULE_LINE.test(rest) && isCapitalsLine(rest) && !typeOfNameLine(rest) && !/^(?:[IVXLC]+|\d{1,3})\.\s/u.test(rest)) {
      agencyLines.push(rest);
      return 'agency';
    }
    return kind;
  };
  if (table) {
    for (const l of table.left) take(l);
    agencyOpen = false;
    for (const l of table.right) take(l);
  }
  let used = 0;
  let i = 0;
  // Lines of the header proper, up to the type name (or to the end of what the header holds).
  const limit = Math.min(lines.length, 40);
  let sawHeader = !!table;
  for (; i < limit; i++) {
    const raw = lines[i];
    if (!oneLine(raw)) continue;
    const code = typeOfNameLine(raw);
    if (code) {
      facts.loai = facts.loai && facts.loai !== code && docTypeByCode(facts.loai) ? facts.loai : code;
      agencyOpen = false;
      used = i + 1;
      // The subject: the next line, and in a copied text the lines that continue it.
      let j = i + 1;
      while (j < lines.length && !oneLine(lines[j])) j++;
      if (j < lines.length && !KINH_GUI.test(oneLine(lines[j])) && !startsBody(lines[j])) {
        const parts = [oneLine(lines[j])];
        j++;
        while (wrappedLines && parts.length < 4) {
          let k = j;
          while (k < lines.length && !oneLine(lines[k])) k++;
          if (k >= lines.length || !/^\p{Ll}/u.test(oneLine(lines[k]))) break;
          parts.push(oneLine(lines[k]));
          j = k + 1;
        }
        facts.trichYeu = parts.join(' ').trim();
        used = j;
      }
      break;
    }
    const kind = take(raw);
    if (kind === 'other') {
      if (!sawHeader) break;
      // A line the header does not explain: the header ended before it.
      break;
    }
    sawHeader = true;
    used = i + 1;
  }
  // Capitals lines alone are no header (a document may open with a heading in capitals):
  // the header shows a Số line, a date line, the national title or a type name.
  if (facts.so === undefined && facts.ngay === undefined && facts.loai === undefined && !sawFixed && !table) return { facts: {}, used: 0 };
  // Kính gửi: on its line, or followed by dash items.
  let j = used;
  while (j < lines.length && !oneLine(lines[j])) j++;
  if (facts.loai === undefined && isCongVan(facts, sawVv, j < lines.length ? oneLine(lines[j]) : '')) facts.loai = CONG_VAN.code;
  const kg = j < lines.length ? KINH_GUI.exec(oneLine(lines[j])) : null;
  if (kg) {
    const items: string[] = [];
    if (kg[1].trim()) items.push(bareListItem(kg[1]));
    j++;
    for (; j < lines.length; j++) {
      const l = oneLine(lines[j]);
      if (!l) continue;
      if (!ITEM_MARKER.test(l)) break;
      items.push(bareListItem(l));
      if (/\.$/u.test(l)) {
        j++;
        break;
      }
    }
    if (items.length) facts.kinhGui = items;
    used = j;
  }
  // A quyết định names its issuing authority in capitals above the căn cứ (Mẫu 1.2); the exporter prints it from the signature.
  if (facts.loai === 'QĐ') {
    let k = used;
    while (k < lines.length && !oneLine(lines[k])) k++;
    if (k < lines.length && isCapitalsLine(oneLine(lines[k])) && !startsBody(lines[k]) && !/^QUYẾT ĐỊNH\s*:/u.test(oneLine(lines[k]))) used = k + 1;
  }
  Object.assign(facts, splitAgencies(agencyLines));
  return { facts, used };
}

/**
 * A header that is surely a công văn's: no type name was read and either a
 * "V/v …" subject stood under Số (printed for a công văn only), or the
 * symbol is an issuer and a unit with no type code (`Số: 05/BNV-VP`: Decree
 * 30, Appendix I §II.3 — a first part that is no Appendix III code means a
 * công văn). Not when the line after the header is in capitals: a type name
 * the table does not know may stand there.
 */
function isCongVan(facts: HeaderFacts, sawVv: boolean, nextLine: string): boolean {
  if (nextLine && isCapitalsLine(nextLine) && !KINH_GUI.test(nextLine)) return false;
  if (sawVv) return true;
  return facts.so !== undefined && !!facts.kyHieu && CONG_VAN_SYMBOL.test(facts.kyHieu) && !docTypeByCode(facts.kyHieu.split('-')[0]);
}

/** The symbol of a công văn after the number: issuer, then unit (`BNV-VP`, `UBND-VX`, `SKHCN-VP`). */
const CONG_VAN_SYMBOL = /^\p{Lu}[\p{L}\d&]*(?:-\p{Lu}[\p{L}\d&]*)+$/u;

/** A line that opens the body rather than continuing the header. */
function startsBody(line: string): boolean {
  const l = oneLine(line);
  return /^(?:Căn\s+cứ|Thực\s+hiện|Theo\s|Kính\s+gửi|Nơi\s+nhận)/u.test(l) || /^(?:[IVXLC]+\.|\d{1,3}\.)\s/u.test(l);
}

/** Where the closing block starts among body lines: the `Nơi nhận:` line, else the authority lines at the end. */
export function closingStart(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (NOI_NHAN.test(oneLine(lines[i]))) return i;
  // No Nơi nhận: an authority line or a title in capitals near the end, then a name.
  for (let i = Math.max(0, lines.length - 12); i < lines.length; i++) if (AUTHORITY.test(oneLine(lines[i]))) return i;
  return lines.length;
}

/**
 * Reads the closing block from its lines (left column then right column, or
 * a copied text where the two may be interleaved).
 */
export function readClosing(input: readonly string[]): ClosingFacts {
  const lines: string[] = [];
  for (const raw of input) {
    const l = oneLine(raw);
    if (!l || RULE_LINE.test(l)) continue;
    // A copy from a PDF may put both columns on one line: `- Lưu: VT, VP. KT. GIÁM ĐỐC`.
    const parts = l.split(AUTHORITY_INSIDE).flatMap((p) => {
      // … or a Nơi nhận item and the signer's title: `- Sở Tài chính; PHÓ GIÁM ĐỐC`.
      const m = /^([-–—+•].*[;.])\s+(\p{Lu}\S*(?:\s+\S+)+)$/u.exec(p);
      return m && isCapitalsLine(m[2]) ? [m[1], m[2]] : [p];
    });
    for (const p of parts) {
      const m = NOI_NHAN.exec(p);
      if (m) {
        lines.push('Nơi nhận:');
        if (m[1].trim()) lines.push(m[1].trim());
      } else lines.push(p);
    }
  }
  const facts: ClosingFacts = {};
  const noiNhan: string[] = [];
  const quyenHan: string[] = [];
  const rest: string[] = [];
  let inNoiNhan = false;
  let sawNoiNhan = false;
  let lastItem = '';
  for (const l of lines) {
    if (l === 'Nơi nhận:') {
      inNoiNhan = sawNoiNhan = true;
      continue;
    }
    // Authority lines may sit between Nơi nhận items when a copy interleaves the two columns.
    if (AUTHORITY.test(l)) {
      quyenHan.push(l);
      continue;
    }
    if (sawNoiNhan && ITEM_MARKER.test(l)) {
      inNoiNhan = true;
      noiNhan.push(bareListItem(l));
      lastItem = l;
      continue;
    }
    // A Nơi nhận item wrapped onto the next line: the item did not end, and this line goes on in lower case.
    if (inNoiNhan && noiNhan.length && !/[;.]$/u.test(lastItem) && /^\p{Ll}/u.test(l)) {
      noiNhan[noiNhan.length - 1] = `${noiNhan[noiNhan.length - 1]} ${bareListItem(l)}`;
      lastItem = l;
      continue;
    }
    inNoiNhan = false;
    if (SIGNATURE_NOTE.test(l)) continue;
    rest.push(l);
  }
  if (noiNhan.length) facts.noiNhan = noiNhan;
  // The name is the last line that is not in capitals (or the last line); the
  // title the last line in capitals before it. Capitals lines above the title
  // are authority lines without a known prefix: kept there, so no line is lost.
  let nameAt = rest.length - 1;
  for (let k = rest.length - 1; k >= 0; k--) {
    if (!isCapitalsLine(rest[k])) {
      nameAt = k;
      break;
    }
  }
  const capitals = rest.slice(0, Math.max(0, nameAt)).filter(isCapitalsLine);
  if (nameAt >= 0 && (capitals.length > 0 || !isCapitalsLine(rest[nameAt]))) facts.hoTen = rest[nameAt];
  if (capitals.length) {
    facts.chucVu = capitals[capitals.length - 1];
    quyenHan.push(...capitals.slice(0, -1));
  } else if (nameAt >= 0 && isCapitalsLine(rest[nameAt])) facts.chucVu = rest[nameAt];
  if (quyenHan.length) facts.quyenHan = quyenHan;
  return facts;
}
