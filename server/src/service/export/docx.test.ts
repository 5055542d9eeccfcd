/**
 * The exported .docx, unzipped and read back: page setup, styles, header and
 * closing tables, rules, page numbers, footnotes, dash items, tables, page
 * breaks and the placeholder for a node that cannot be written. Expectations
 * are written with the named layout constants.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseDocument } from '../model/document';
import { pick } from '../i18n';
import { buildDocument, exportDocx, ExportCancelledError, packDocument, rawParagraph, rawRun, HEADER_CELL_INNER_MM, issuerLines, issuerRuleMm, tieuNguRuleMm, trichYeuRuleMm } from './docx';
import { textWidthMm } from './text-measure';
import { STYLE } from './docx-styles';
import { documentParts } from './header-format';
import {
  BODY_TWIP,
  CLOSING_TABLE_TWIP,
  FIXED_TEXT,
  FONT,
  FONT_SIZE_HALF_PT,
  FONT_SIZE_PT,
  HEADER_TABLE_TWIP,
  PAGE_TWIP,
  RULE,
  TEXT_WIDTH_MM,
  TEXT_WIDTH_TWIP,
  mmToTwip,
} from './layout-constants';
import { buildRenderModel, type BodyNode } from './render-model';

/** The project's sample report: a two-level header, headings, dash items, a table and a footnote. */
const REPORT = join(process.cwd(), 'examples/bao-cao-mau.vbhc.md');

/** The parts of an unzipped .docx the tests read. */
interface Unzipped {
  document: string;
  styles: string;
  footnotes: string;
  settings: string;
  /** Header XML by reference type (`default`, `first`). */
  headers: Record<string, string>;
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    headers[m[1]] = target ? await read(`word/${target}`) : '';
  }
  return { document, styles: await read('word/styles.xml'), footnotes: await read('word/footnotes.xml'), settings: await read('word/settings.xml'), headers };
}

async function exportText(text: string) {
  const doc = parseDocument('file:///t.vbhc.md', text);
  const r = await exportDocx(doc);
  return { doc, notes: r.notes, x: await unzip(r.bytes) };
}

async function exportReport() {
  return exportText(readFileSync(REPORT, 'utf8'));
}

/** The XML of one style by id. */
function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles);
  assert.ok(m, `style ${id} exists`);
  return m[0];
}

/** Every top-level table of the body, in order. */
function tables(document: string): string[] {
  return [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
}

/** Paragraphs with their style id and text. */
function paragraphs(xml: string): { style?: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[0])?.[1],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    xml: m[0],
  }));
}

const attr = (xml: string, tag: string, name: string): string | undefined => new RegExp(`<${tag} [^>]*w:${name}="([^"]*)"`).exec(xml)?.[1];

const SAMPLE = `---
loai: KH
co_quan_chu_quan: UBND TỈNH QUẢNG NGÃI
co_quan: SỞ KHOA HỌC VÀ CÔNG NGHỆ
ky_hieu: SKHCN
so: 5
dia_danh: Quảng Ngãi
ngay: 2025-01-05
trich_yeu: thử nghiệm xuất văn bản
noi_nhan: ["Sở Nội vụ", "Lưu: VT, VP"]
ky:
  quyen_han: KT. GIÁM ĐỐC
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Trần Công Hòa
---

# I. MỤC ĐÍCH

Đoạn có **chữ đậm** và *chữ nghiêng*[^1].

- Ý thứ nhất;
  + ý con.

| STT | Nội dung |
|---|---|
| 1 | Một |

<!-- pagebreak -->

# II. TỔ CHỨC THỰC HIỆN

Kết thúc./.

[^1]: Chú thích.
`;

test('the page is A4 portrait with margins 20/20/30/15 mm and a header 10 mm from the edge', async () => {
  const { x } = await exportReport();
  const sect = /<w:sectPr>.*?<\/w:sectPr>/s.exec(x.document)![0];
  assert.equal(attr(sect, 'w:pgSz', 'w'), String(PAGE_TWIP.WIDTH));
  assert.equal(attr(sect, 'w:pgSz', 'h'), String(PAGE_TWIP.HEIGHT));
  assert.equal(attr(sect, 'w:pgSz', 'orient'), 'portrait');
  assert.equal(attr(sect, 'w:pgMar', 'top'), String(PAGE_TWIP.MARGIN_TOP));
  assert.equal(attr(sect, 'w:pgMar', 'bottom'), String(PAGE_TWIP.MARGIN_BOTTOM));
  assert.equal(attr(sect, 'w:pgMar', 'left'), String(PAGE_TWIP.MARGIN_LEFT));
  assert.equal(attr(sect, 'w:pgMar', 'right'), String(PAGE_TWIP.MARGIN_RIGHT));
  assert.equal(attr(sect, 'w:pgMar', 'header'), String(PAGE_TWIP.HEADER_DISTANCE));
});

test('page numbers: a different first page (titlePg) with an empty header, a centred PAGE field from page 2', async () => {
  const { x } = await exportReport();
  assert.match(x.document, /<w:titlePg\/>/);
  assert.match(x.headers.default, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
  assert.match(x.headers.default, new RegExp(`<w:pStyle w:val="${STYLE.PAGE_HEADER}"/>`));
  assert.doesNotMatch(x.headers.first, /PAGE/);
  const header = style(x.styles, STYLE.PAGE_HEADER);
  assert.equal(attr(header, 'w:jc', 'val'), 'center');
  assert.equal(attr(header, 'w:sz', 'val'), String(FONT_SIZE_HALF_PT.PAGE_NUMBER));
});

test('Normal is Times New Roman 14 pt black, justified, first line 1.27 cm, 6 pt before, 0 after, single', async () => {
  const { x } = await exportReport();
  const normal = style(x.styles, STYLE.NORMAL);
  assert.equal(attr(normal, 'w:rFonts', 'ascii'), FONT.FAMILY);
  assert.equal(attr(normal, 'w:rFonts', 'hAnsi'), FONT.FAMILY);
  assert.equal(attr(normal, 'w:sz', 'val'), String(FONT_SIZE_HALF_PT.BODY));
  assert.equal(attr(normal, 'w:color', 'val'), FONT.COLOR_HEX);
  assert.equal(attr(normal, 'w:jc', 'val'), 'both');
  assert.equal(attr(normal, 'w:ind', 'firstLine'), String(BODY_TWIP.FIRST_LINE_INDENT));
  assert.equal(attr(normal, 'w:spacing', 'before'), String(BODY_TWIP.SPACE_BEFORE));
  assert.equal(attr(normal, 'w:spacing', 'after'), String(BODY_TWIP.SPACE_AFTER));
  assert.equal(attr(normal, 'w:spacing', 'line'), '240');
  assert.equal(attr(/<w:docDefaults>.*?<\/w:docDefaults>/s.exec(x.styles)![0], 'w:rFonts', 'ascii'), FONT.FAMILY);
});

test('headings use Heading 1–4 styles, bold and black, level 1 in capitals, with no direct formatting and no Word numbering', async () => {
  const { x, doc } = await exportReport();
  for (const [i, id] of STYLE.HEADING.entries()) {
    const s = style(x.styles, id);
    assert.match(s, /<w:b\/>/);
    assert.equal(attr(s, 'w:color', 'val'), FONT.COLOR_HEX);
    assert.equal(attr(s, 'w:sz', 'val'), String(FONT_SIZE_HALF_PT.HEADING));
    assert.equal(attr(s, 'w:outlineLvl', 'val'), String(i));
    assert.equal(/<w:caps\/>/.test(s), i === 0);
  }
  const heads = paragraphs(x.document).filter((p) => p.style?.startsWith('Heading'));
  assert.equal(heads.length, doc.body.headings.length);
  assert.deepEqual(
    heads.map((h) => h.text),
    doc.body.headings.map((h) => h.content),
  );
  for (const h of heads) {
    assert.doesNotMatch(h.xml, /<w:rPr>|<w:numPr>/, `no direct formatting in ${h.text}`);
  }
  assert.doesNotMatch(x.document, /<w:numPr>/);
});

test('the header table is borderless, 65 + 103 mm wide with a negative indent, agencies and Số left, Quốc hiệu and date right', async () => {
  const { x } = await exportReport();
  const hdr = tables(x.document)[0];
  const cols = [...hdr.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.deepEqual(cols, [HEADER_TABLE_TWIP.LEFT_COL, HEADER_TABLE_TWIP.RIGHT_COL]);
  assert.equal(attr(hdr, 'w:tblInd', 'w'), String(HEADER_TABLE_TWIP.INDENT));
  const borders = /<w:tblBorders>.*?<\/w:tblBorders>/s.exec(hdr)![0];
  assert.doesNotMatch(borders, /w:val="single"/);
  const rows = [...hdr.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => paragraphs(c[0])));
  assert.equal(rows.length, 2);
  const [[left1, right1], [left2, right2]] = rows;
  assert.deepEqual(left1.filter((p) => p.text).map((p) => p.style), [STYLE.CO_QUAN_CHU_QUAN, STYLE.CO_QUAN]);
  assert.equal(left1[0].text, 'UBND TỈNH QUẢNG NGÃI');
  // The issuer wraps in balanced lines: "SỞ KHOA HỌC / VÀ CÔNG NGHỆ", broken with a line break.
  assert.equal(left1[1].text, 'SỞ KHOA HỌCVÀ CÔNG NGHỆ');
  assert.match(left1[1].xml, /SỞ KHOA HỌC<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">VÀ CÔNG NGHỆ/);
  assert.deepEqual(right1.filter((p) => p.text).map((p) => [p.style, p.text]), [
    [STYLE.QUOC_HIEU, FIXED_TEXT.QUOC_HIEU],
    [STYLE.TIEU_NGU, FIXED_TEXT.TIEU_NGU],
  ]);
  assert.equal(left2[0].style, STYLE.SO_KY_HIEU);
  assert.match(left2[0].text, /^Số: \u00a0+\/BC-SKHCN$/);
  assert.deepEqual([right2[0].style, right2[0].text], [STYLE.DIA_DANH_NGAY, 'Quảng Ngãi, ngày 05 tháng 6 năm 2025']);
});

test('header styles carry the decree sizes: 13 pt agencies and Số, 13 pt bold Quốc hiệu, 14 pt bold Tiêu ngữ, 14 pt italic date', async () => {
  const { x } = await exportReport();
  const sz = (id: string) => attr(style(x.styles, id), 'w:sz', 'val');
  assert.equal(sz(STYLE.CO_QUAN_CHU_QUAN), String(FONT_SIZE_HALF_PT.CO_QUAN_CHU_QUAN));
  assert.doesNotMatch(style(x.styles, STYLE.CO_QUAN_CHU_QUAN), /<w:b\/>/);
  assert.equal(sz(STYLE.CO_QUAN), String(FONT_SIZE_HALF_PT.CO_QUAN));
  assert.match(style(x.styles, STYLE.CO_QUAN), /<w:b\/>/);
  assert.equal(sz(STYLE.SO_KY_HIEU), String(FONT_SIZE_HALF_PT.SO_KY_HIEU));
  assert.equal(sz(STYLE.QUOC_HIEU), String(FONT_SIZE_HALF_PT.QUOC_HIEU));
  assert.match(style(x.styles, STYLE.QUOC_HIEU), /<w:b\/>/);
  assert.equal(sz(STYLE.TIEU_NGU), String(FONT_SIZE_HALF_PT.TIEU_NGU));
  assert.match(style(x.styles, STYLE.TIEU_NGU), /<w:b\/>/);
  assert.equal(sz(STYLE.DIA_DANH_NGAY), String(FONT_SIZE_HALF_PT.DIA_DANH_NGAY));
  assert.match(style(x.styles, STYLE.DIA_DANH_NGAY), /<w:i\/>/);
  assert.equal(sz(STYLE.TEN_LOAI), String(FONT_SIZE_HALF_PT.TEN_LOAI));
  assert.equal(sz(STYLE.TRICH_YEU), String(FONT_SIZE_HALF_PT.TRICH_YEU));
  assert.equal(attr(style(x.styles, STYLE.TEN_LOAI), 'w:jc', 'val'), 'center');
  assert.equal(sz(STYLE.NOI_NHAN_LABEL), String(FONT_SIZE_HALF_PT.NOI_NHAN_LABEL));
  assert.match(style(x.styles, STYLE.NOI_NHAN_LABEL), /<w:b\/>.*<w:i\/>/s);
  assert.equal(sz(STYLE.NOI_NHAN_ITEM), String(FONT_SIZE_HALF_PT.NOI_NHAN_ITEM));
  assert.equal(sz(STYLE.SIGNER), String(FONT_SIZE_HALF_PT.SIGNER));
});

test('rules are drawn paragraph borders at the spec lengths, never underlined text', async () => {
  const { x, doc } = await exportReport();
  const parts = documentParts(doc);
  assert.doesNotMatch(x.document, /<w:u /);
  const rules = paragraphs(x.document).filter((p) => p.style === STYLE.RULE);
  assert.equal(rules.length, 3, 'issuer, Tiêu ngữ and trích yếu rules');
  for (const r of rules) {
    assert.match(r.xml, /<w:pBdr><w:bottom w:val="single"/);
    assert.equal(attr(r.xml, 'w:ind', 'left'), attr(r.xml, 'w:ind', 'right'), 'centred');
    assert.equal(r.text, '');
  }
  const length = (r: { xml: string }, areaMm: number) => mmToTwip(areaMm) - 2 * Number(attr(r.xml, 'w:ind', 'left'));
  const near = (a: number, b: number) => Math.abs(a - b) <= 2;
  const [issuer, motto, subject] = rules;
  assert.ok(near(length(issuer, HEADER_CELL_INNER_MM.LEFT), mmToTwip(issuerRuleMm(parts.coQuan))));
  assert.ok(near(length(motto, HEADER_CELL_INNER_MM.RIGHT), mmToTwip(tieuNguRuleMm())));
  assert.ok(near(length(subject, TEXT_WIDTH_MM), mmToTwip(trichYeuRuleMm(parts.trichYeu!))));
  // The issuer and subject rules are 1/3–1/2 of their line; the motto rule as long as the motto.
  const issuerLine = Math.max(...issuerLines(parts.coQuan).map((l) => textWidthMm(l, 'bold', FONT_SIZE_PT.CO_QUAN)));
  const ratio = issuerRuleMm(parts.coQuan) / issuerLine;
  assert.ok(ratio >= RULE.SHORT_FRACTION_MIN && ratio <= RULE.SHORT_FRACTION_MAX, `issuer rule ratio ${ratio}`);
  assert.ok(Math.abs(tieuNguRuleMm() - textWidthMm(FIXED_TEXT.TIEU_NGU, 'bold', FONT_SIZE_PT.TIEU_NGU)) < 0.01);
});

test('type name and subject follow the header, centred; the closing table holds Nơi nhận left and the signer right', async () => {
  const { x } = await exportReport();
  const ps = paragraphs(x.document);
  const tl = ps.find((p) => p.style === STYLE.TEN_LOAI)!;
  assert.equal(tl.text, 'BÁO CÁO');
  assert.equal(ps.find((p) => p.style === STYLE.TRICH_YEU)!.text.slice(0, 20), 'kết quả thực hiện cô');
  const all = tables(x.document);
  const closing = all[all.length - 1];
  const cols = [...closing.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.deepEqual(cols, [CLOSING_TABLE_TWIP.LEFT_COL, CLOSING_TABLE_TWIP.RIGHT_COL]);
  assert.doesNotMatch(/<w:tblBorders>.*?<\/w:tblBorders>/s.exec(closing)![0], /w:val="single"/);
  const cells = [...closing.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => paragraphs(c[0]));
  assert.deepEqual(
    cells[0].map((p) => [p.style, p.text]),
    [
      [STYLE.NOI_NHAN_LABEL, 'Nơi nhận:'],
      [STYLE.NOI_NHAN_ITEM, '- Sở Nội vụ;'],
      [STYLE.NOI_NHAN_ITEM, '- Giám đốc, các Phó Giám đốc Sở;'],
      [STYLE.NOI_NHAN_ITEM, '- Lưu: VT, VP.'],
    ],
  );
  assert.deepEqual(
    cells[1].filter((p) => p.text).map((p) => [p.style, p.text]),
    [
      [STYLE.SIGNER, 'KT. GIÁM ĐỐC'],
      [STYLE.SIGNER, 'PHÓ GIÁM ĐỐC'],
      [STYLE.SIGNER_NAME, 'Trần Công Hòa'],
    ],
  );
  assert.equal(attr(cells[1].find((p) => p.style === STYLE.SIGNATURE_SPACE)!.xml, 'w:spacing', 'before'), String(CLOSING_TABLE_TWIP.SIGNATURE_SPACE));
});

test('footnotes are real Word footnotes in Footnote Text', async () => {
  const { x } = await exportReport();
  assert.match(x.document, /<w:footnoteReference w:id="1"\/>/);
  const fn = paragraphs(/<w:footnote w:id="1">.*?<\/w:footnote>/s.exec(x.footnotes)![0]);
  assert.equal(fn[0].style, STYLE.FOOTNOTE_TEXT);
  // The note opens with its superscript mark and a space.
  assert.match(fn[0].xml, /^<w:p><w:pPr><w:pStyle w:val="FootnoteText"\/><\/w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteRef\/><\/w:r>/);
  assert.match(fn[0].text, /^ Theo kết quả đánh giá, phân loại/);
  assert.doesNotMatch(x.document, /\[\^1\]/);
});

/** A plan written for these tests: no number, place or date, dash items and a numbered list. */
const PLAN = `---
loai: KH
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
trich_yeu: "tổ chức Ngày hội sáng tạo trẻ năm 2026"
noi_nhan:
  - "Các phòng thuộc Sở"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Nguyễn Thị Lan"
---

# I. NỘI DUNG

- Trưng bày sản phẩm sáng tạo của học sinh, sinh viên;
- Tổ chức tọa đàm về khởi nghiệp đổi mới sáng tạo.

# II. TỔ CHỨC THỰC HIỆN

1. Văn phòng Sở chuẩn bị địa điểm và hậu cần.
2. Phòng Quản lý khoa học mời các trường tham gia.
3. Trung tâm Ứng dụng tiến bộ khoa học lắp đặt gian trưng bày.
4. Các phòng cử người hỗ trợ trong ngày hội.
5. Thực hiện báo cáo kết quả trước ngày 30/6/2026./.
`;

test('a plan exports dash items as indented paragraphs that begin with the dash, and blanks for the missing header fields', async () => {
  const { x } = await exportText(PLAN);
  const dashes = paragraphs(x.document).filter((p) => p.style === STYLE.DASH);
  assert.equal(dashes.length, 2);
  for (const d of dashes) assert.match(d.text, /^- \S/);
  assert.equal(attr(style(x.styles, STYLE.DASH), 'w:basedOn', 'val'), STYLE.NORMAL);
  const ps = paragraphs(x.document);
  assert.equal(ps.find((p) => p.style === STYLE.TEN_LOAI)!.text, 'KẾ HOẠCH');
  assert.match(ps.find((p) => p.style === STYLE.DIA_DANH_NGAY)!.text, /^\u00a0+, ngày \u00a0+ tháng \u00a0+ năm \u00a0+$/);
  // Ordered items keep the numbers as written.
  assert.ok(ps.some((p) => p.text.startsWith('1. Văn phòng Sở')));
  assert.ok(ps.some((p) => p.text.startsWith('5. Thực hiện báo cáo')));
});

test('a pipe table spans the text width with borders and unindented cell paragraphs; page breaks are Word page breaks', async () => {
  const { x, notes } = await exportText(SAMPLE);
  assert.deepEqual(notes, []);
  const grid = tables(x.document).find((t) => t.includes('STT'))!;
  assert.equal(attr(grid, 'w:tblW', 'w'), String(TEXT_WIDTH_TWIP));
  const cols = [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.equal(cols.reduce((a, b) => a + b, 0), TEXT_WIDTH_TWIP);
  assert.match(/<w:tblBorders>.*?<\/w:tblBorders>/s.exec(grid)![0], /<w:insideV w:val="single"/);
  const cellStyles = paragraphs(grid).map((p) => p.style);
  assert.deepEqual(cellStyles, [STYLE.TABLE_HEADER, STYLE.TABLE_HEADER, STYLE.TABLE_TEXT, STYLE.TABLE_TEXT]);
  assert.equal(attr(style(x.styles, STYLE.TABLE_TEXT), 'w:ind', 'firstLine'), '0');
  const ps = paragraphs(x.document);
  const breaks = ps.filter((p) => /<w:br w:type="page"\/>/.test(p.xml));
  assert.deepEqual(breaks.map((p) => [p.style, p.text]), [[STYLE.PAGE_BREAK, '']]);
  assert.doesNotMatch(x.document, /pagebreak/);
  assert.deepEqual(
    ps.filter((p) => p.style === STYLE.DASH).map((p) => p.text),
    ['- Ý thứ nhất;', '+ ý con.'],
  );
  assert.match(x.document, /<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">chữ đậm<\/w:t>/);
  assert.match(ps.find((p) => p.style === STYLE.SO_KY_HIEU)!.text, /^Số: 05\/KH-SKHCN$/);
  assert.equal(ps.find((p) => p.style === STYLE.DIA_DANH_NGAY)!.text, 'Quảng Ngãi, ngày 05 tháng 01 năm 2025');
});

test('a công văn gets V/v under Số, no type name, and a Kính gửi line', async () => {
  const { x } = await exportText('---\nloai: CV\nco_quan: SỞ KHOA HỌC VÀ CÔNG NGHỆ\nky_hieu: SKHCN-VP\nso: 335\ndia_danh: Quảng Ngãi\nngay: 2025-03-31\ntrich_yeu: đăng ký mô hình\nkinh_gui: [Sở Nội vụ, Ban Dân vận Tỉnh ủy]\nnoi_nhan: [Như trên, "Lưu: VT, VP"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: A\n---\n\nNội dung./.\n');
  const ps = paragraphs(x.document);
  assert.equal(ps.find((p) => p.style === STYLE.VV)!.text, 'V/v đăng ký mô hình');
  assert.equal(ps.find((p) => p.style === STYLE.TEN_LOAI), undefined);
  assert.deepEqual(
    ps.filter((p) => p.style === STYLE.KINH_GUI).map((p) => p.text),
    ['Kính gửi:', '- Sở Nội vụ;', '- Ban Dân vận Tỉnh ủy.'],
  );
});

test('draft, urgency and confidentiality marks are printed in boxes', async () => {
  const { x } = await exportText('---\nloai: BC\nco_quan: SỞ X\ndo_khan: Khẩn\ndo_mat: Mật\ndu_thao: true\n---\n\nA./.\n');
  const ps = paragraphs(x.document);
  assert.deepEqual(ps.filter((p) => p.style === STYLE.MARK).map((p) => p.text), ['MẬT', 'KHẨN']);
  assert.equal(ps.find((p) => p.style === STYLE.DRAFT)!.text, 'DỰ THẢO');
  for (const id of [STYLE.MARK, STYLE.DRAFT]) assert.match(style(x.styles, id), /<w:bdr w:val="single"/);
});

test('one node that cannot be written becomes a visible placeholder with a note naming its line; the rest survives', async () => {
  const doc = parseDocument('file:///t.vbhc.md', SAMPLE);
  const parts = documentParts(doc);
  const model = buildRenderModel(doc);
  model.nodes.splice(1, 0, { kind: 'broken', line: 16 } as unknown as BodyNode);
  const notes: { vi: string; en: string }[] = [];
  const bytes = packDocument(buildDocument(doc, parts, model, notes));
  const x = await unzip(bytes);
  const ps = paragraphs(x.document);
  const ph = ps.find((p) => p.style === STYLE.PLACEHOLDER)!;
  assert.match(ph.text, /dòng 17/);
  assert.equal(notes.length, 1);
  assert.match(pick(notes[0], 'vi'), /^Dòng 17:/);
  assert.match(pick(notes[0], 'en'), /^Line 17:/);
  assert.ok(ps.some((p) => p.text === 'Kết thúc./.'));
});

test('a document with broken front matter still exports, with blanks and a note', async () => {
  const { x, notes } = await exportText('---\nloai: BC\nco_quan: "SỞ\n---\n\n# I. A\n\nNội dung./.\n');
  assert.ok(notes.some((n) => /Dòng 1/.test(n)));
  assert.ok(paragraphs(x.document).some((p) => p.text === 'Nội dung./.'));
});

test('a cancelled export stops with ExportCancelledError', async () => {
  const doc = parseDocument('file:///t.vbhc.md', SAMPLE);
  await assert.rejects(exportDocx(doc, { token: { isCancellationRequested: true } }), ExportCancelledError);
});

test('notes come in English when asked', async () => {
  const doc = parseDocument('file:///t.vbhc.md', 'Không có phần khai báo./.\n');
  const r = await exportDocx(doc, { lang: 'en' });
  assert.match(r.notes[0], /^Line 1: the document has no front matter/);
});

test('characters XML 1.0 forbids are dropped from the body and the header, so Word can open the file', async () => {
  const bad = ['\u0000', '\u0001', '\u000b', '\u001b', '\ufffe', '\uffff'];
  const { x } = await exportText(`---\nloai: BC\nco_quan: "SỞ\\u0001 X"\ntrich_yeu: "kết\\u001b quả"\n---\n\nVăn bản ${bad.join('')} tiếp \ud800 hết./.\n`);
  for (const part of [x.document, x.footnotes]) {
    assert.doesNotMatch(part, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  }
  const ps = paragraphs(x.document);
  // markdown-it turns NUL into U+FFFD (CommonMark); the lone surrogate becomes U+FFFD too.
  assert.ok(ps.some((p) => /^Văn bản \ufffd? ?tiếp \ufffd hết\.\/\.$/.test(p.text)), ps.map((p) => JSON.stringify(p.text)).join('\n'));
  assert.ok(ps.some((p) => p.text === 'kết quả'));
});

test('body paragraphs written as XML are what the docx package writes for the same paragraphs, byte for byte', async () => {
  const { Document, FootnoteReferenceRun, Packer: P, Paragraph, TextRun } = await import('docx');
  const texts = ['Kết quả', 'a & b < c > d "e" \'f\'', '  hai  khoảng  ', '', 'ngày 05/3/2025; 12/KH-UBND.', 'Đ', '…–—“”'];
  const cases: { style?: string; runs: { text: string; bold?: boolean; italic?: boolean; br?: boolean; fn?: number }[] }[] = [
    { runs: [] },
    { style: STYLE.HEADING[0], runs: [{ text: 'I. KẾT QUẢ' }] },
    { style: STYLE.QUOTE, runs: texts.map((text, i) => ({ text, bold: i % 2 === 0, italic: i % 3 === 0 })) },
    { style: STYLE.DASH, runs: [{ text: '- ' }, { text: texts[1] }, { text: '', br: true }, { text: texts[0], italic: true }] },
    { runs: [{ text: texts[0] }, { text: '', fn: 3 }, { text: '.' }] },
    { style: 'A&B"', runs: [{ text: 'x' }] },
  ];
  const compiler = (P as unknown as { compiler: { xmlifyFile(f: unknown, p?: string): { Document: { data: string } } } }).compiler;
  for (const c of cases) {
    const children = c.runs.map((r) => (r.fn !== undefined ? new FootnoteReferenceRun(r.fn) : new TextRun({ text: r.text, ...(r.br ? { break: 1 } : {}), ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) })));
    const file = new Document({ sections: [{ children: [new Paragraph({ ...(c.style ? { style: c.style } : {}), children })] }] });
    const xml = compiler.xmlifyFile(file).Document.data;
    const theirs = xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
    const ours = rawParagraph(
      c.style,
      c.runs.map((r) => (r.fn !== undefined ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${r.fn}"/></w:r>` : r.br ? '<w:r><w:br/><w:t xml:space="preserve"></w:t></w:r>' : rawRun(r.text, !!r.bold, !!r.italic))).join(''),
    );
    assert.equal(ours, theirs, JSON.stringify(c));
  }
});

test('a signing authority of two or three lines prints each line as its own signer paragraph, above the title', async () => {
  for (const [qh, lines] of [
    ['["TM. ủy ban nhân dân", "KT. CHỦ TỊCH"]', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']],
    ['\n    - TM. ỦY BAN NHÂN DÂN\n    - TL. CHỦ TỊCH\n    - KT. CHÁNH VĂN PHÒNG', ['TM. ỦY BAN NHÂN DÂN', 'TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG']],
  ] as const) {
    const { x } = await exportText(SAMPLE.replace('  quyen_han: KT. GIÁM ĐỐC', `  quyen_han: ${qh}`));
    const all = tables(x.document);
    const right = paragraphs([...all[all.length - 1].matchAll(/<w:tc>.*?<\/w:tc>/gs)][1][0]);
    assert.deepEqual(
      right.filter((p) => p.text).map((p) => [p.style, p.text]),
      [...lines.map((l) => [STYLE.SIGNER, l]), [STYLE.SIGNER, 'PHÓ GIÁM ĐỐC'], [STYLE.SIGNER_NAME, 'Trần Công Hòa']],
    );
  }
});
